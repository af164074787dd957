"""Atomic writes: an interrupted job must never leave a file that looks complete."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from videomind.core.records import SCHEMAS


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# What a plain open() would give a new file. mkstemp makes its files 0600, so without this the
# outputs would be unreadable to collaborators on a shared file system (review pages, release).
FILE_MODE = 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it into place only if the block succeeds.
    The file gets the mode the umask gives new files."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if tmp_path.exists():
            os.chmod(tmp_path, FILE_MODE)
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; it replaces ``path`` only if the block
    succeeds, so a folder output is never left half-filled."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        yield tmp
        os.chmod(tmp, 0o777 & ~_umask())
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def write_parquet(table: pa.Table, path: str | os.PathLike[str]) -> None:
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")


def read_parquet(path: str | os.PathLike[str]) -> pa.Table:
    return pq.read_table(path)


def write_json(obj: Any, path: str | os.PathLike[str]) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file, read in 1 MiB blocks (media files can be large)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def save_figure(fig: Any, png: str | os.PathLike[str], pdf: str | os.PathLike[str]) -> None:
    """A matplotlib figure as PNG + PDF, atomically and without the creation date and producer
    that matplotlib embeds by default, so a rerun writes byte-identical files."""
    with atomic_path(png) as tmp:
        fig.savefig(tmp, format="png", dpi=120, metadata={"Software": None})
    with atomic_path(pdf) as tmp:
        fig.savefig(tmp, format="pdf", metadata={"CreationDate": None, "Producer": None})


def concat(paths: list[Path], kind: str, out: Path | None) -> pa.Table:
    """Shard tables of one kind as one table, cast to its schema (an empty list is an empty
    table, not an error: a run whose shards all failed still writes its tables)."""
    tables = [read_parquet(p).cast(SCHEMAS[kind]) for p in paths]
    table = pa.concat_tables(tables) if tables else SCHEMAS[kind].empty_table()
    if out is not None:
        write_parquet(table, out)
    return table
