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

from videomind.core.failures import FailureLog
from videomind.verification.ratings import read_ratings
from videomind.verification.review import review_page


def test_atomic_outputs_keep_the_umask_mode(tmp_path):
    """mkstemp makes 0600 files; outputs must be readable as a plain open() would make them."""
    code = (
        "import os, sys; os.umask(int(sys.argv[2], 8)); sys.path.insert(0, sys.argv[3]);"
        "from videomind.core.io import write_json; write_json({'a': 1}, sys.argv[1])"
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

    from videomind.release.export import run_export

    monkeypatch.chdir(tmp_path)
    rows = make_rows(clip_media | {"video": scenes_video}, tmp_path, 4)
    # Ids are up to 80 characters. Two that differ only by a dot share a WebDataset key, so one
    # key gets a hash suffix: with ".frame00.jpg" the member name passes USTAR's 100.
    dotted, plain = "a" * 78 + ".b-c000", "a" * 78 + "_b-c000"
    rows[2]["clip_id"], rows[3]["clip_id"] = dotted, plain  # both in the train split
    for r in rows:
        r["released"], r["license"] = True, "cc-by-4.0"  # media mode ships their frames
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
    from videomind.core.io import FILE_MODE

    mask = os.umask(0)
    os.umask(mask)
    assert mask & FILE_MODE == 0


def test_answer_cache_keys_change_with_everything_that_changes_an_answer(tmp_path):
    from videomind.backends.protocols import ChatRequest
    from videomind.backends.registry import identity
    from videomind.generation.cache import request_key

    model = tmp_path / "m.gguf"
    model.write_bytes(b"weights v1")
    base = {"backend": "llama_cpp", "model": str(model), "seed": 0, "temperature": 0.0,
            "n_ctx": 2048, "repeat_penalty": 1.1, "threads": 1}  # fmt: skip
    req = ChatRequest("system", "user", {"type": "object"}, 64)

    def key(cfg: dict) -> str:
        return request_key(req, identity=identity("llm", cfg))

    first = key(base)
    assert key(base | {"threads": 2}) == first  # speed, not content
    for change in ({"repeat_penalty": 1.3}, {"n_ctx": 4096}, {"seed": 1}, {"temperature": 0.7}):
        assert key(base | change) != first, change
    assert identity("llm", base)["library"].startswith("llama-cpp-python ")
    model.write_bytes(b"weights v2")  # the same name, another model
    os.utime(model, ns=(1, 1))
    assert key(base) != first
    served = {"backend": "openai", "model": "m", "base_url": "http://a:1/v1",
              "response_format": "json_object_schema", "modalities": ["text"]}  # fmt: skip
    other = [served | {"base_url": "http://b:1/v1"}, served | {"response_format": "json_schema"},
             served | {"modalities": ["text", "image"]}]  # fmt: skip
    assert len({key(c) for c in [served, *other]}) == 4
    assert key(served | {"concurrency": 16, "timeout": 5}) == key(served)
    omni = {"backend": "transformers", "model": "x", "video_size": 56}
    assert key(omni) != key(omni | {"video_size": 112})


def test_the_api_key_never_follows_a_redirect_to_another_origin(monkeypatch):
    import json
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from videomind.backends.llm_openai import OpenAIBackend
    from videomind.backends.protocols import ChatRequest

    seen: dict[str, str | None] = {}
    reply = {"choices": [{"message": {"content": "{}"}}], "usage": {}}

    def server(handle):
        class H(BaseHTTPRequestHandler):
            def _any(self):
                handle(self)

            do_GET = do_POST = _any  # noqa: N815

            def log_message(self, *a):
                pass

        srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        return srv

    def answer(h):
        seen[h.path] = h.headers.get("Authorization")
        body = json.dumps(reply).encode()
        h.send_response(200)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    other = server(answer)

    def redirect(h):
        if h.path.startswith("/same"):
            return answer(h)
        target = "/same/done" if "/stay" in h.path else f"http://127.0.0.1:{other.server_port}/x"
        if target.startswith("/"):
            target = f"http://127.0.0.1:{h.server.server_port}{target}"
        h.send_response(302)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()

    first = server(redirect)
    monkeypatch.setenv("VM_TEST_KEY", "sk-SECRET")
    for path in ("stay", "leave"):
        backend = OpenAIBackend("m", f"http://127.0.0.1:{first.server_port}/{path}",
                                api_key_env="VM_TEST_KEY", timeout=5)  # fmt: skip
        backend.chat_batch([ChatRequest("s", "u")], seed=0, temperature=0.0)
    assert seen == {"/same/done": "Bearer sk-SECRET", "/x": None}
    first.shutdown()
    other.shutdown()
