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
- SIGKILL of the job: the kernel sends the server SIGTERM (``PR_SET_PDEATHSIG``).
The server runs in its own process group, and ``stop()`` signals the whole group, so a
server's worker processes (vLLM's engine core) go with it.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from videomind.backends.protocols import BackendError

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """A TCP port nothing listens on now (the kernel's choice) on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> None:  # runs in the child between fork and exec
    os.setsid()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


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
        self._previous: dict[int, object] = {}
        self._start(startup_timeout)

    def _start(self, startup_timeout: float) -> None:
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        t0 = time.perf_counter()
        try:
            self._proc = subprocess.Popen(
                self.argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent,  # noqa: PLW1509 (no threads yet in a job)
            )  # fmt: skip
        except OSError as err:
            raise BackendError(f"serve.command {self.argv[0]!r} could not start: {err}") from None
        finally:
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
                raise BackendError(
                    f"the model server exited with code {code} before it answered "
                    f"({' '.join(self.argv)}){self._log_tail()}"
                )
            if self._answers():
                break
            if time.monotonic() > deadline:
                self.stop()
                raise BackendError(
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
        log.info("stopped the model server (pid %d)", proc.pid)
