"""Integrity at scale: file modes on a shared file system, a failures log shared by threads,
tar members for long ids, and review-page judgments that never outlive their statement."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tarfile
import threading

import pyarrow.parquet as pq
from conftest import ROOT

from videomind.failures import FailureLog
from videomind.verification.ratings import read_ratings
from videomind.verification.review import review_page


def test_atomic_outputs_keep_the_umask_mode(tmp_path):
    """mkstemp makes 0600 files; outputs must be readable as a plain open() would make them."""
    code = (
        "import os, sys; os.umask(int(sys.argv[2], 8)); sys.path.insert(0, sys.argv[3]);"
        "from videomind.io import write_json; write_json({'a': 1}, sys.argv[1])"
    )
    for umask, mode in (("022", 0o644), ("002", 0o664), ("077", 0o600)):
        out = tmp_path / f"out-{umask}.json"
        subprocess.run([sys.executable, "-c", code, str(out), umask, str(ROOT)], check=True)
        assert stat.S_IMODE(out.stat().st_mode) == mode, (umask, oct(out.stat().st_mode))


def test_failure_log_is_safe_across_threads(tmp_path):
    log = FailureLog("clips", "shard00000")
    stop = threading.Event()

    def add(n: int) -> None:
        for i in range(400):
            log.add(f"src{n}", "cut_failed", f"clip {i}", clip_id=f"src{n}-c{i:03d}")

    def churn() -> None:
        while not stop.is_set():
            log.discard("src0", "clips")
            log.write(str(tmp_path / "f.parquet"))

    workers = [threading.Thread(target=add, args=(n,)) for n in range(1, 5)]
    cleaner = threading.Thread(target=churn)
    cleaner.start()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    stop.set()
    cleaner.join()
    log.write(str(tmp_path / "f.parquet"))
    assert pq.read_table(tmp_path / "f.parquet").num_rows == 1600  # none lost to a race


def test_release_tar_members_for_long_ids(tmp_path, monkeypatch, clip_media, scenes_video):
    from test_release import export_job, make_rows, tables

    from videomind.stages.export import run_export

    monkeypatch.chdir(tmp_path)
    rows = make_rows(clip_media | {"video": scenes_video}, tmp_path, 4)
    # Ids are up to 80 characters. Two that differ only by a dot share a WebDataset key, so one
    # key gets a hash suffix: with ".frame00.jpg" the member name passes USTAR's 100.
    dotted, plain = "a" * 78 + ".b-c000", "a" * 78 + "_b-c000"
    rows[2]["clip_id"], rows[3]["clip_id"] = dotted, plain  # both in the train split
    for r in rows:
        r["released"] = True
    dataset, gold = tables(rows)
    out = tmp_path / "release"
    summary = run_export(export_job(tmp_path, dataset, gold, out))
    names = []
    for shard in summary["shards"]:
        with tarfile.open(out / "webdataset" / shard["shard"]) as tar:
            names += tar.getnames()
    assert max(len(n) for n in names) > 100
    assert len({n.split(".")[0] for n in names}) == 4  # four distinct keys


def test_review_keys_follow_the_statement_and_exports_are_neutralised(tmp_path):
    sample = {"clip_id": "a-c000", "abstract_summary": "s", "frame_paths": [], "clip_path": None,
              "intent_uploader": "The uploader aims to share by posting.",
              "intent_protagonist": "The cook aims to eat by cooking."}  # fmt: skip
    page = tmp_path / "review" / "index.html"
    first = review_page("shard00000", [sample], {}, page, "none", ["expert1"])
    changed = dict(sample, intent_uploader="The uploader aims to teach by showing.")
    second = review_page("shard00000", [changed], {}, page, "none", ["expert1"])
    names = [set(_names(html)) for html in (first, second)]
    # the protagonist statement is unchanged, so its saved judgment still applies; the uploader
    # statement is new, so no judgment of the old one is restored
    assert {n for n in names[0] if "protagonist" in n} == {n for n in names[1] if "protag" in n}
    assert not {n for n in names[0] if "uploader" in n} & names[1]
    assert "neutral(comment)" in first
    csv = tmp_path / "expert1.csv"
    csv.write_text("clip_id,role,decision,comment,rater\n"
                   "a-c000,uploader,accept,'=1+1,expert1\n"
                   "a-c000,protagonist,accept,'it's fine,expert1\n")  # fmt: skip
    items = {("a-c000", "uploader"), ("a-c000", "protagonist")}
    got = read_ratings([csv], ["expert1"], items).comments
    assert got[("a-c000", "uploader")] == {"expert1": "=1+1"}
    assert got[("a-c000", "protagonist")] == {"expert1": "'it's fine"}  # not a neutralised cell


def _names(html: str) -> list[str]:
    import re

    return re.findall(r'name="([^"]+):decision"', html)


def test_file_mode_constant_matches_this_process():
    from videomind.io import FILE_MODE

    mask = os.umask(0)
    os.umask(mask)
    assert mask & FILE_MODE == 0
