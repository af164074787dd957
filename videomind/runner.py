"""One stage contract: a job's named files and params in, items mapped, tables out.

A per-shard stage says which backends it loads and how it turns one item (or one batch) into a
row; :class:`Runner` does everything else the same way for every stage: it loads each backend
once (only if there is work), maps the items, turns a per-item exception into one failures row
(the rest go on), logs progress with rate and time left, and writes the table, the failures and
the stats atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal, overload

from videomind.backends import registry
from videomind.backends.protocols import (
    ASR,
    LLM,
    OCR,
    ImageTextModel,
    LanguageID,
    ModelUnavailable,
    Retriever,
    TextEmbedder,
    TextToVideo,
)
from videomind.core.errors import CausedError
from videomind.core.failures import FailureLog
from videomind.core.io import read_parquet, write_json, write_parquet
from videomind.core.records import to_table

log = logging.getLogger(__name__)


class Named(dict):
    """A rule's named inputs, outputs or params: ``job.input.clips`` as in the Snakefile."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no entry named {name!r} (has {sorted(self)})") from None


@dataclass
class Job:
    """What a rule hands its script. ``backends`` maps a capability (or a stage's own name for
    it) to a factory that replaces the registry, for tests that script a model's behaviour."""

    input: Named = field(default_factory=Named)
    output: Named = field(default_factory=Named)
    params: Named = field(default_factory=Named)
    shard: str | None = None
    threads: int = 1
    backends: dict[str, Callable[[], Any]] = field(default_factory=dict)

    @classmethod
    def make(cls, input=None, output=None, params=None, **kw: Any) -> Job:  # noqa: A002
        return cls(Named(input or {}), Named(output or {}), Named(params or {}), **kw)

    @classmethod
    def from_snakemake(cls, smk: Any) -> Job:
        return cls(
            input=Named(smk.input.items()),
            output=Named(smk.output.items()),
            params=Named(smk.params.items()),
            shard=getattr(smk.wildcards, "shard", None),
            threads=int(smk.threads),
        )

    def path(self, name: str) -> Path:
        """A named output (or input) as a Path."""
        return Path(self.output[name] if name in self.output else self.input[name])

    def paths(self, name: str) -> list[Path]:
        """A named input that holds a list of files (every shard's table, say)."""
        value = self.input[name]
        return [Path(p) for p in ([value] if isinstance(value, str | Path) else value)]

    # fmt: off
    @overload
    def load(self, capability: Literal["llm"], cfg: Any, *, key: str,
             name: str | None = None) -> LLM: ...
    @overload
    def load(self, capability: Literal["asr"], cfg: Any, *, key: str,
             name: str | None = None) -> ASR: ...
    @overload
    def load(self, capability: Literal["ocr"], cfg: Any, *, key: str,
             name: str | None = None) -> OCR: ...
    @overload
    def load(self, capability: Literal["text_embedder"], cfg: Any, *, key: str,
             name: str | None = None) -> TextEmbedder: ...
    @overload
    def load(self, capability: Literal["image_text"], cfg: Any, *, key: str,
             name: str | None = None) -> ImageTextModel: ...
    @overload
    def load(self, capability: Literal["t2v"], cfg: Any, *, key: str,
             name: str | None = None) -> TextToVideo: ...
    @overload
    def load(self, capability: Literal["retriever"], cfg: Any, *, key: str,
             name: str | None = None) -> Retriever: ...
    @overload
    def load(self, capability: Literal["language_id"], cfg: Any, *, key: str,
             name: str | None = None) -> LanguageID: ...
    # fmt: on

    def load(self, capability: str, cfg: Any, *, key: str, name: str | None = None) -> Any:
        """A backend through the registry (or the factory under ``name``), timed."""
        name = name or capability
        if name in self.backends:
            return self.backends[name]()
        t0 = time.perf_counter()
        backend = registry.load(capability, cfg, threads=self.threads, key=key)
        log.info("loaded %s %s / %s in %.1f s", capability, backend.backend, backend.model,
                 time.perf_counter() - t0)  # fmt: skip
        return backend


@dataclass
class Failed:
    """Where an item failed and why; ``row`` is what the table keeps for it (or nothing)."""

    source_id: str
    cause: str
    message: str
    input: str = ""
    clip_id: str | None = None
    row: dict[str, Any] | None = None

    @classmethod
    def from_error(
        cls,
        err: BaseException,
        default_cause: str,
        source_id: str,
        input: str = "",  # noqa: A002 - the failures table's column
        clip_id: str | None = None,
        row: dict[str, Any] | None = None,
        *,
        step: str | None = None,
    ) -> Failed:
        """The one way an exception on an item becomes its failures row: an error that knows
        its cause (``CausedError``) keeps it; anything else is the stage's ``default_cause``
        with the exception's type. ``step`` names the part of the stage that failed."""
        if isinstance(err, CausedError):
            cause, message = err.failure()
        else:
            cause, message = default_cause, f"{type(err).__name__}: {err}"
        message = f"{step}: {message}" if step else message
        return cls(source_id, cause, message, input, clip_id, row)


class Progress:
    """`stage shard: n/N item status — r items/s, t s left` lines for long jobs."""

    def __init__(self, stage: str, shard: str | None, total: int) -> None:
        self.stage, self.shard, self.total = stage, shard or "-", total
        self.done, self.t0 = 0, time.perf_counter()

    def tick(self, what: str, n: int = 1) -> None:
        self.done += n
        elapsed = time.perf_counter() - self.t0
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate else 0.0
        log.info("%s %s: %d/%d %s (%.2f items/s, %.0f s left)", self.stage, self.shard,
                 self.done, self.total, what, rate, left)  # fmt: skip


class ItemTimeout(BaseException):  # noqa: N818 - an interrupt, like KeyboardInterrupt
    """An item that ran past its time limit (its own failure cause, ``item_timeout``). Not an
    Exception: the item's own ``except Exception`` (a download's retry loop) must not catch it."""

    cause = "item_timeout"


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ItemTimeout` in the block after ``seconds`` (SIGALRM: the job's main
    thread only). A blocking ffmpeg/ffprobe wait is interrupted and its process killed by
    ``subprocess.run``; a stuck download is abandoned at its next Python step."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise ItemTimeout(f"took over {seconds:.0f} s (the stage's time limit per item)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Checkpoint:
    """Finished items of a job, one JSON line each, kept beside (not among) the job's outputs:
    Snakemake removes a failed job's outputs, and a retried job must not redo a shard's
    finished items. Lines written by a job with other params or inputs are never reused."""

    def __init__(self, folder: Path, signature: str) -> None:
        self.folder, self.signature = folder, signature
        self.path = folder / "items.jsonl"

    def load(self) -> dict[str, dict[str, Any]]:
        sig = self.folder / "signature"
        if not sig.exists() or sig.read_text() != self.signature:
            self.clear()
            self.folder.mkdir(parents=True, exist_ok=True)
            sig.write_text(self.signature)
            return {}
        done = {}
        with (
            open(self.path, encoding="utf-8")
            if self.path.exists()
            else contextlib.nullcontext([]) as lines
        ):
            for line in lines:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    break  # the line being written when the job died
                done[entry["key"]] = entry
        return done

    def add(self, key: str, row: Any, failure: Failed | None) -> None:
        entry = {"key": key, "row": row, "failure": asdict(failure) if failure else None}
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry, default=str) + "\n")
            out.flush()
            os.fsync(out.fileno())

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.folder.parent.rmdir()  # `.resume/` once no stage of the shard needs it


def job_signature(job: Job) -> str:
    """What the job's results depend on: its params and its input files (name, size, mtime)."""
    files = []
    for value in job.input.values():
        for p in [value] if isinstance(value, str | Path) else value:
            path = Path(p)
            st = path.stat() if path.exists() else None
            files.append([str(p), st.st_size if st else None, st.st_mtime_ns if st else None])
    material = {"params": dict(job.params), "input": files, "shard": job.shard}
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


class Runner:
    """Maps items of one stage of one job; collects rows and failures."""

    def __init__(self, job: Job, stage: str, checkpoint: Checkpoint | None = None) -> None:
        self.job = job
        self.stage = stage
        self.failures = FailureLog(stage, job.shard or "-")
        self.checkpoint = checkpoint

    def record(self, failed: Failed, stage: str | None = None) -> None:
        self.failures.add(failed.source_id, failed.cause, failed.message, failed.input,
                          failed.clip_id, stage=stage)  # fmt: skip

    def map(
        self,
        items: Sequence[Any],
        process: Callable[[Sequence[Any]], list[Any]],
        failed: Callable[[Any, BaseException], Failed | None],
        *,
        batch_size: int = 1,
        label: Callable[[Any, Any], str] = lambda item, out: "ok",
        item_timeout: float | None = None,
        key: Callable[[Any], str] | None = None,
    ) -> list[tuple[Any, Any]]:
        """(item, result) for every item that succeeded.

        ``process`` takes a batch and returns one result per item; a result that is an
        exception, or an exception raised for a one-item batch, fails that item only (a batch
        that raises is retried item by item). ``item_timeout`` bounds each item (a batch gets
        that much per item). With a checkpoint, items finished by an earlier attempt of this
        job (found by ``key``) are taken from it, not processed again. ``failed`` returns the
        item's failures row, or None where the stage keeps the item and records the failure in
        the item itself (a tags step that fails leaves the sample, with null tags and a cause).
        """
        done: list[tuple[Any, Any]] = []
        progress = Progress(self.stage, self.job.shard, len(items))
        before = self.checkpoint.load() if self.checkpoint and key else {}
        todo = []
        for item in items:
            entry = before.get(key(item)) if key else None
            if entry is None:
                todo.append(item)
                continue
            if entry["failure"]:
                self.record(Failed(**entry["failure"]))
            if entry["row"] is not None:
                done.append((item, entry["row"]))
            progress.tick("kept from an earlier attempt")
        for start in range(0, len(todo), max(1, batch_size)):
            batch = todo[start : start + max(1, batch_size)]
            outs = self._process(batch, process, item_timeout)
            for item, out in zip(batch, outs, strict=True):
                f = None
                if isinstance(out, BaseException):
                    f = failed(item, out)
                    if f is None:
                        progress.tick(f"kept without this step ({type(out).__name__})")
                        row = None
                    else:
                        if isinstance(out, ItemTimeout):
                            f.cause = ItemTimeout.cause
                        self.record(f)
                        row = f.row
                        progress.tick(f"failed ({f.cause})")
                else:
                    row = out
                    progress.tick(label(item, out))
                if row is not None:
                    done.append((item, row))
                if self.checkpoint and key:
                    self.checkpoint.add(key(item), row, f)
        return done

    def _process(
        self,
        batch: list[Any],
        process: Callable[[Sequence[Any]], list[Any]],
        item_timeout: float | None = None,
    ) -> list:
        try:
            with time_limit(item_timeout * len(batch) if item_timeout else None):
                return list(process(batch))
        except ModelUnavailable:
            raise  # the job's model is gone: every item would fail; the job fails instead
        except (Exception, ItemTimeout) as err:  # noqa: BLE001 - one bad item must not sink the shard
            if len(batch) == 1:
                return [err]
            return [self._process([item], process, item_timeout)[0] for item in batch]

    def write(self, kind: str, rows: Iterable[dict[str, Any]], output: str = "table") -> None:
        write_parquet(to_table(kind, rows), self.job.path(output))

    def finish(self, stats: dict[str, Any] | None = None) -> None:
        # A part job's failures are `part_failures`: the merge job owns the shard's `failures`.
        name = next((n for n in ("failures", "part_failures") if n in self.job.output), None)
        if name:
            self.failures.write(str(self.job.path(name)))
        elif self.failures.snapshot():
            raise RuntimeError(f"{self.stage}: failures recorded but the rule has no "
                               "`failures` output to keep them")  # fmt: skip
        if stats is not None and "stats" in self.job.output:
            write_json(stats, self.job.path("stats"))
        if self.checkpoint:
            self.checkpoint.clear()


class Stage:
    """The one way a stage processes items: ``run(job)`` reads ``input`` (a named table), loads
    ``uses`` once (only if there are items), runs the stage's passes over the items and writes
    ``table``, the failures and the stats.

    Most stages have one pass: ``process`` each item (``process_batch`` for a batch). A stage
    with several passes (generation: factual, abstract, intent, tags) overrides ``passes``,
    each pass a ``runner.map`` over the items still alive, so every pass gets the same
    per-item failures, time-outs and batch retries."""

    name: ClassVar[str]
    table: ClassVar[str]
    input: ClassVar[str] = "clips"
    # attribute -> (capability, params key): e.g. {"asr": ("asr", "asr")}
    uses: ClassVar[dict[str, tuple[str, str]]] = {}
    batch_size: ClassVar[int] = 1
    # Keep finished items so a retried job resumes (items need a `key`).
    resume: ClassVar[bool] = False

    def __init__(self, job: Job) -> None:
        self.job = job
        checkpoint = None
        if self.resume:
            checkpoint = Checkpoint(self.resume_dir(), job_signature(job))
        self.runner = Runner(job, self.name, checkpoint)

    def resume_dir(self) -> Path:
        """``.resume/<stage>/`` beside the stage's table: not an output, so Snakemake leaves it
        when the job fails; removed when the job succeeds."""
        return self.job.path("table").parent / ".resume" / self.name

    @classmethod
    def run(cls, job: Job) -> None:
        started = time.perf_counter()
        stage = cls(job)
        items = stage.items()
        if items:
            stage.load()
        rows = stage.passes(items)
        stage.write(rows)
        stage.runner.finish(stage.stats(len(rows), time.perf_counter() - started))

    def passes(self, items: list[Any]) -> list[dict[str, Any]]:
        """The stage's work over its items; the rows it keeps."""
        results = self.runner.map(
            items, self.process_batch, self.failed, batch_size=self.batch_size,
            label=self.label, item_timeout=self.job.params.get("item_timeout"),
            key=self.key if self.resume else None,
        )  # fmt: skip
        return [row for _, row in results]

    def stats(self, rows: int, seconds: float) -> dict[str, Any] | None:
        """What the job's ``stats`` output says (a stage without one says nothing)."""
        return None

    def key(self, item: Any) -> str:
        return str(item["clip_id"])

    def items(self) -> list[Any]:
        return read_parquet(self.job.input[self.input]).to_pylist()

    def load(self) -> None:
        for attr, (capability, key) in self.uses.items():
            setattr(self, attr, self.job.load(capability, self.job.params[key], key=key))

    def process_batch(self, batch: Sequence[Any]) -> list[Any]:
        return [self.process(item) for item in batch]

    def process(self, item: Any) -> dict[str, Any]:
        raise NotImplementedError

    def failed(self, item: Any, err: BaseException) -> Failed:
        raise NotImplementedError

    def label(self, item: Any, row: dict[str, Any]) -> str:
        return "ok"

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.runner.write(self.table, rows)
