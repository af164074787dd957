"""One failures table and one way to add to it.

A bad sample is recorded, not raised: the stage goes on with the rest of its shard. Raising is
kept for a broken configuration or environment, where stopping early is the helpful thing.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import asdict, dataclass, field

from videomind.core.io import write_parquet
from videomind.core.records import to_table

log = logging.getLogger(__name__)

MAX_MESSAGE = 4000


@dataclass
class Failure:
    stage: str
    shard: str
    source_id: str
    cause: str
    message: str
    input: str = ""
    clip_id: str | None = None


@dataclass
class FailureLog:
    """Failures of one stage on one shard, written as one parquet file at the end of the job.

    Safe to share between threads: the clips stage adds rows from its cutting pool while the
    detecting thread may discard a source's rows, and writing takes a snapshot."""

    stage: str
    shard: str
    items: list[Failure] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(
        self,
        source_id: str,
        cause: str,
        message: str,
        input: str = "",
        clip_id: str | None = None,
        stage: str | None = None,
    ) -> Failure:
        """Record a failure; ``stage`` overrides the log's own for jobs that span two stages."""
        stage = stage or self.stage
        message = " ".join(str(message).split())[:MAX_MESSAGE]
        failure = Failure(stage, self.shard, source_id, cause, message, input, clip_id)
        where = f"{source_id}" + (f"/{clip_id}" if clip_id else "")
        log.warning("%s failed for %s (%s): %s [input: %s]", stage, where, cause, message, input)
        with self._lock:
            self.items.append(failure)
        return failure

    def discard(self, source_id: str, stage: str) -> None:
        with self._lock:
            self.items[:] = [
                f for f in self.items if not (f.source_id == source_id and f.stage == stage)
            ]

    def snapshot(self) -> list[Failure]:
        with self._lock:
            return list(self.items)

    def write(self, path: str) -> None:
        # Jobs record from worker threads; sort so reruns write byte-identical tables.
        items = sorted(
            self.snapshot(), key=lambda f: (f.source_id, f.clip_id or "", f.cause, f.message)
        )
        write_parquet(to_table("failures", [asdict(f) for f in items]), path)
