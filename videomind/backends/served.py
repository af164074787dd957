"""A model server started inside the job that uses it (``serve:`` of the openai backend).

On a GPU cluster the paper's models are best run by a serving engine (vLLM: continuous
batching, structured output by a compiled grammar engine), and the GPU-cluster curation
pipelines run it inside the job that holds the GPU, not as a long-lived service beside the
workflow. So the job starts the configured command on a free local port, waits until
``GET /v1/models`` answers, and the OpenAI-compatible client sends its requests there.

The server must never outlive its job, whatever ends it:
- success or a Python error: ``stop()`` from the backend's ``close()`` and ``atexit``;
- SIGTERM (Slurm's time limit, ``scancel``, Snakemake stopping) and SIGINT: a handler stops the
  server, then the job exits as the signal asked;
- SIGKILL of the job, where no handler runs: the server is started by a small supervisor that
  holds the read end of a pipe whose write end only the job holds; when the job dies, the
  kernel closes it, and the supervisor stops the server's whole process group.
The supervisor, the server and the server's workers (vLLM's engine core) share one process
group of their own, and every stop signals the whole group.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from videomind.backends.protocols import ModelUnavailable

log = logging.getLogger(__name__)
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port nothing listens on now (the kernel's choice) on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# The supervisor: runs the server in its (new) process group and exits with its code; when
# the pipe from the job reaches EOF (the job is gone, however it ended), stops the group.
SUPERVISOR = """
import os, signal, subprocess, sys, threading
fd, grace, argv = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
server = subprocess.Popen(argv)
threading.Thread(target=lambda: os._exit(server.wait()), daemon=True).start()
while os.read(fd, 1):
    pass
signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.killpg(0, signal.SIGTERM)
try:
    server.wait(grace)
finally:
    os.killpg(0, signal.SIGKILL)
"""


class ServedModel:
    """One server process (group) on a local port; ``base_url`` is its OpenAI ``/v1``."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        model: str,
        startup_timeout: float = 1800.0,
        log_path: str | Path | None = None,
        stop_timeout: float = 30.0,
    ) -> None:
        self.port = free_port()
        self.argv = [str(a).replace("{port}", str(self.port)).replace("{model}", model)
                     for a in command]  # fmt: skip
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.stop_timeout = stop_timeout
        self.log_path = Path(log_path) if log_path else None
        self._proc: subprocess.Popen[bytes] | None = None
        self._lifeline = -1
        self._previous: dict[int, object] = {}
        self._start(startup_timeout)

    def _start(self, startup_timeout: float) -> None:
        if shutil.which(self.argv[0]) is None:
            raise ModelUnavailable(f"serve.command: {self.argv[0]!r} is not on the job's PATH")
        # A command of this package (the llama.cpp stand-in) must import it from the job's
        # working directory, which is the workflow's, not the repository.
        env = os.environ | {"PYTHONPATH": os.pathsep.join(
            p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH", "")) if p)}  # fmt: skip
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        t0 = time.perf_counter()
        lifeline_r, self._lifeline = os.pipe()  # the job keeps the write end until it ends
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", SUPERVISOR, str(lifeline_r), str(self.stop_timeout),
                 *self.argv],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                pass_fds=(lifeline_r,), start_new_session=True, env=env,
            )  # fmt: skip
        finally:
            os.close(lifeline_r)
            if out is not subprocess.DEVNULL:
                out.close()
        atexit.register(self.stop)
        self._trap_signals()
        log.info("serving: %s (pid %d)", " ".join(self.argv), self._proc.pid)
        deadline = time.monotonic() + startup_timeout
        while True:
            code = self._proc.poll()
            if code is not None:
                self.stop()
                raise ModelUnavailable(
                    f"the model server exited with code {code} before it answered "
                    f"({' '.join(self.argv)}){self._log_tail()}"
                )
            if self._answers():
                break
            if time.monotonic() > deadline:
                self.stop()
                raise ModelUnavailable(
                    f"the model server did not answer on port {self.port} within "
                    f"{startup_timeout:.0f} s (serve.startup_timeout){self._log_tail()}"
                )
            time.sleep(0.5)
        self.startup_seconds = time.perf_counter() - t0
        log.info("the model server answers after %.1f s", self.startup_seconds)

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/models", timeout=5) as resp:
                return resp.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def _log_tail(self) -> str:
        if not self.log_path or not self.log_path.exists():
            return ""
        tail = self.log_path.read_text(errors="replace")[-1500:]
        return f"; the end of its log {self.log_path}:\n{tail}"

    def _trap_signals(self) -> None:
        """Stop the server on SIGTERM/SIGINT, then end as the signal asked (main thread only:
        Python delivers signals there)."""
        if threading.current_thread() is not threading.main_thread():
            return

        def handler(signum: int, frame: object) -> None:
            self.stop()
            previous = self._previous.get(signum)
            if callable(previous):
                previous(signum, frame)
            raise SystemExit(128 + signum)

        for signum in (signal.SIGTERM, signal.SIGINT):
            self._previous[signum] = signal.signal(signum, handler)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def stop(self) -> None:
        """SIGTERM to the server's process group, SIGKILL after ``stop_timeout``; idempotent."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(self.stop_timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        # Workers the server left in its group (it exited, they did not).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        for signum, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signum, previous)  # type: ignore[arg-type]
        self._previous = {}
        with contextlib.suppress(OSError):
            os.close(self._lifeline)
        log.info("stopped the model server (pid %d)", proc.pid)
