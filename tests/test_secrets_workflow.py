"""A run whose manifest has a signed URL and a URL with credentials, with a cookie file and a
proxy password: none of the secrets may be found under .snakemake/, logs/, results/ afterwards;
the manifest alone keeps them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from conftest import snakemake_cmd, workflow_dir

from videomind.ingest.manifest import shard_of

pytestmark = pytest.mark.slow
SECRETS = ("SIGSECRET123", "TOKSECRET456", "PASSWORD789", "COOKIEVALUE000", "PROXYPASS111")


def leaks(work: Path) -> list[str]:
    found = []
    for folder in (".snakemake", "logs", "results", "release"):
        for path in (work / folder).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.relative_to(work)}: {s}" for s in SECRETS if s.encode() in data]
    return found


def run_fetch(work: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    shards = sorted({shard_of(s, 2) for s in ("signed", "userinfo")})
    targets = [f"results/shards/{s}/sources.parquet" for s in shards]
    return subprocess.run(snakemake_cmd(work, "--cores", "2", *targets), capture_output=True,
                          text=True, env=os.environ | {"CI": "true"} | env)  # fmt: skip


def test_no_secret_leaves_the_manifest(tmp_path, http_server, scenes_video):
    host = http_server.base.removeprefix("http://")
    manifest = (
        "id\turl\ttitle\n"
        f"signed\t{http_server.base}/{scenes_video.name}?X-Amz-Signature=SIGSECRET123"
        f"&token=TOKSECRET456&v=1\tSigned\n"
        f"userinfo\thttp://curator:PASSWORD789@{host}/{scenes_video.name}\tWith a password\n"
    )
    cookies = tmp_path / "cookies.txt"
    cookies.write_text("# Netscape HTTP Cookie File\n"
                       "127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tCOOKIEVALUE000\n")  # fmt: skip
    work = workflow_dir(tmp_path / "w", manifest, shards=2)
    cfg = yaml.safe_load((work / "config.yaml").read_text())
    cfg["download"] |= {"cookies": str(cookies), "retries": 0, "socket_timeout": 5}
    (work / "config.yaml").write_text(yaml.safe_dump(cfg))
    done = run_fetch(work, {})
    assert done.returncode == 0, done.stderr[-3000:]
    sources = {r["source_id"]: r for t in (work / "results/shards").glob("*/sources.parquet")
               for r in pq.read_table(t).to_pylist()}  # fmt: skip
    assert {s: r["status"] for s, r in sources.items()} == {"signed": "ok", "userinfo": "ok"}
    assert sources["signed"]["url"].endswith(f"/{scenes_video.name}?v=1")
    assert "@" not in sources["userinfo"]["url"]
    assert leaks(work) == []
    # A proxy password by reference: the env variable's name is the only thing Snakemake keeps.
    # A rotated password reruns nothing; the dead proxy fails both downloads, as failure rows.
    cfg["download"]["proxy_env"] = "VM_TEST_PROXY"
    (work / "config.yaml").write_text(yaml.safe_dump(cfg))
    dead = "http://agent:PROXYPASS111@127.0.0.1:9"
    dry = subprocess.run(snakemake_cmd(work, "-n"), capture_output=True, text=True,
                         env=os.environ | {"VM_TEST_PROXY": dead})  # fmt: skip
    assert "PROXYPASS111" not in dry.stdout + dry.stderr
    for t in (work / "results/shards").glob("*/sources.parquet"):
        t.unlink()  # fetch again, through the proxy
    failed = run_fetch(work, {"VM_TEST_PROXY": dead})
    assert failed.returncode == 0, failed.stderr[-3000:]
    fails = [f for t in (work / "results/shards").glob("*/failures/fetch.parquet")
             for f in pq.read_table(t).to_pylist()]  # fmt: skip
    assert sorted(f["source_id"] for f in fails) == ["signed", "userinfo"]
    assert all(f["cause"] == "network" for f in fails)
    assert leaks(work) == [] and "PROXYPASS111" not in failed.stderr
    assert "SIGSECRET123" in (work / "manifest.tsv").read_text()  # kept where it was given
