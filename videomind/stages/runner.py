"""One stage contract: a job's named files and params in, items mapped, tables out.

A per-shard stage says which backends it loads and how it turns one item (or one batch) into a
row; :class:`Runner` does everything else the same way for every stage: it loads each backend
once (only if there is work), maps the items, turns a per-item exception into one failures row
(the rest go on), logs progress with rate and time left, and writes the table, the failures and
the stats atomically.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from videomind.backends import registry
from videomind.failures import FailureLog
from videomind.io import read_parquet, write_json, write_parquet
from videomind.records import to_table

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


class Runner:
    """Maps items of one stage of one job; collects rows and failures."""

    def __init__(self, job: Job, stage: str) -> None:
        self.job = job
        self.stage = stage
        self.failures = FailureLog(stage, job.shard or "-")

    def record(self, failed: Failed, stage: str | None = None) -> None:
        self.failures.add(failed.source_id, failed.cause, failed.message, failed.input,
                          failed.clip_id, stage=stage)  # fmt: skip

    def map(
        self,
        items: Sequence[Any],
        process: Callable[[Sequence[Any]], list[Any]],
        failed: Callable[[Any, BaseException], Failed],
        *,
        batch_size: int = 1,
        label: Callable[[Any, Any], str] = lambda item, out: "ok",
    ) -> list[tuple[Any, Any]]:
        """(item, result) for every item that succeeded.

        ``process`` takes a batch and returns one result per item; a result that is an
        exception, or an exception raised for a one-item batch, fails that item only (a batch
        that raises is retried item by item).
        """
        done: list[tuple[Any, Any]] = []
        progress = Progress(self.stage, self.job.shard, len(items))
        for start in range(0, len(items), max(1, batch_size)):
            batch = list(items[start : start + max(1, batch_size)])
            for item, out in zip(batch, self._process(batch, process), strict=True):
                if isinstance(out, BaseException):
                    f = failed(item, out)
                    self.record(f)
                    if f.row is not None:
                        done.append((item, f.row))
                    progress.tick(f"failed ({f.cause})")
                else:
                    done.append((item, out))
                    progress.tick(label(item, out))
        return done

    def _process(self, batch: list[Any], process: Callable[[Sequence[Any]], list[Any]]) -> list:
        try:
            return list(process(batch))
        except Exception as err:  # noqa: BLE001 - one bad item must not sink the shard
            if len(batch) == 1:
                return [err]
            return [self._process([item], process)[0] for item in batch]

    def write(self, kind: str, rows: Iterable[dict[str, Any]], output: str = "table") -> None:
        write_parquet(to_table(kind, rows), self.job.path(output))

    def finish(self, stats: dict[str, Any] | None = None) -> None:
        if "failures" in self.job.output:
            self.failures.write(str(self.job.path("failures")))
        if stats is not None and "stats" in self.job.output:
            write_json(stats, self.job.path("stats"))


class Stage:
    """A per-item stage: ``run(job)`` reads ``input`` (a named table), loads ``uses`` once,
    maps ``process`` over the rows and writes ``table`` and the failures."""

    name: ClassVar[str]
    table: ClassVar[str]
    input: ClassVar[str] = "clips"
    # attribute -> (capability, params key): e.g. {"asr": ("asr", "asr")}
    uses: ClassVar[dict[str, tuple[str, str]]] = {}
    batch_size: ClassVar[int] = 1

    def __init__(self, job: Job) -> None:
        self.job = job
        self.run_ = Runner(job, self.name)

    @classmethod
    def run(cls, job: Job) -> None:
        stage = cls(job)
        items = stage.items()
        if items:
            stage.load()
        results = stage.run_.map(
            items, stage.process_batch, stage.failed, batch_size=cls.batch_size, label=stage.label
        )
        stage.write([row for _, row in results])
        stage.run_.finish()

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
        self.run_.write(self.table, rows)
