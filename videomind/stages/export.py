"""Stage 10: the release a researcher takes away, in the formats video-dataset users load.

``release/`` holds:

- ``data/train.parquet`` and ``data/test.parquet`` (test = the gold set, train = the rest of the
  released samples) and a ``README.md`` dataset card whose YAML block declares the splits, so
  ``datasets.load_dataset("parquet", data_files=...)`` or ``load_dataset("release/")`` reads it;
- ``tables/``: the full sample table (one row per clip: clip, source, ASR and OCR columns),
  verification (every generated sample with its status), failures, sources and scenes tables,
  with ``SCHEMA.md`` and the schema version;
- ``webdataset/<split>-NNNNNN.tar``: per sample the clip (``mp4``), its 12 frames
  (``frame00.jpg`` …), the audio (``wav``) and a ``json`` with all layers, tags and provenance;
  ``index.json`` lists the shards. Tar members are written in a fixed order with fixed metadata,
  so an export is byte-identical when its inputs are.

Sample keys in the tars are the clip ids with dots replaced (WebDataset splits a member name at
its first dot); the JSON keeps the real ``clip_id``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import tarfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from videomind.evaluation.gold import evaluated_statuses
from videomind.io import atomic_path, read_parquet, write_json, write_parquet
from videomind.records import SCHEMA_VERSION, schema_markdown, to_table
from videomind.stages.runner import Job

log = logging.getLogger(__name__)

MEDIA_COLUMNS = ("clip_path", "frame_paths", "audio_path")


def splits(dataset: pa.Table, gold: pa.Table | None, include_unvalidated: bool) -> dict[str, list]:
    wanted = evaluated_statuses(include_unvalidated)
    status = {r["clip_id"]: r["gold_status"] for r in gold.to_pylist()} if gold is not None else {}
    test, train = [], []
    for r in dataset.to_pylist():
        if not r.get("released"):
            continue
        (test if status.get(r["clip_id"]) in wanted else train).append(r)
    return {"train": train, "test": test}


def wds_keys(ids: Sequence[str]) -> dict[str, str]:
    """WebDataset-safe keys (no dots), unique even when two ids differ only by dot/underscore."""
    keys: dict[str, str] = {}
    used: set[str] = set()
    for cid in ids:
        key = cid.replace(".", "_")
        if key in used:
            key = f"{key}_{hashlib.sha256(cid.encode()).hexdigest()[:8]}"
        used.add(key)
        keys[cid] = key
    return keys


def _json_record(row: dict[str, Any]) -> dict[str, Any]:
    """Everything but local file paths, which mean nothing outside this run."""
    return {k: v for k, v in row.items() if k not in MEDIA_COLUMNS}


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 0
    info.mode = 0o644
    info.uname = info.gname = ""
    tar.addfile(info, io.BytesIO(data))


def write_shards(rows: Sequence[dict], split: str, out_dir: Path, per_shard: int,
                 root: Path) -> list[dict[str, Any]]:  # fmt: skip
    """Tar shards of ``per_shard`` samples; returns the index entries."""
    keys = wds_keys([r["clip_id"] for r in rows])
    entries = []
    for n, start in enumerate(range(0, len(rows), per_shard)):
        chunk = rows[start : start + per_shard]
        name = f"{split}-{n:06d}.tar"
        with (
            atomic_path(out_dir / name) as tmp,
            tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar,
        ):
            for r in chunk:
                key = keys[r["clip_id"]]
                _add(tar, f"{key}.mp4", (root / r["clip_path"]).read_bytes())
                for i, frame in enumerate(r["frame_paths"] or []):
                    _add(tar, f"{key}.frame{i:02d}.jpg", (root / frame).read_bytes())
                if r.get("audio_path"):
                    _add(tar, f"{key}.wav", (root / r["audio_path"]).read_bytes())
                record = json.dumps(
                    _json_record(r), ensure_ascii=False, sort_keys=True, default=str
                )
                _add(tar, f"{key}.json", record.encode())
        entries.append({"shard": name, "split": split, "samples": len(chunk),
                        "bytes": (out_dir / name).stat().st_size})  # fmt: skip
    return entries


def card(version: str, counts: dict[str, int], dataset_card: str | None) -> str:
    """The release's README: a YAML block declaring the splits (an empty split is left out:
    `datasets` cannot read a parquet file without rows), then the run's dataset card."""
    present = [s for s in ("train", "test") if counts.get(s)]
    head = ["---", "configs:", "- config_name: default", "  data_files:"]
    for split in present:
        head += [f"  - split: {split}", f"    path: data/{split}.parquet"]
    files = ", ".join(f'"{s}": "data/{s}.parquet"' for s in present)
    head += [
        f"videomind_schema_version: '{version}'",
        "---",
        "",
        "# VideoMind release",
        "",
        f"Splits: train {counts['train']} samples, test (the gold set) {counts['test']} samples"
        + ("" if len(present) == 2 else " (an empty split is not declared above)")
        + f". Record schema version {version}: see `tables/SCHEMA.md`.",
        "",
        "```python",
        "from datasets import load_dataset",
        f'ds = load_dataset("parquet", data_files={{{files}}})',
        "import webdataset as wds",
        'shards = wds.WebDataset("webdataset/train-000000.tar")  # all: webdataset/index.json',
        "```",
        "",
    ]
    body = dataset_card.split("---", 2)[-1] if dataset_card else ""
    return "\n".join(head) + body


def run_export(job: Job, root: Path = Path(".")) -> dict[str, Any]:
    """The release folder (the parent of ``output.card``); media paths are relative to ``root``."""
    i = job.input
    dataset, samples, failures = (read_parquet(i.dataset), read_parquet(i.samples),
                                  read_parquet(i.failures))  # fmt: skip
    gold = read_parquet(i.gold) if i.get("gold") else None
    cfg, include_unvalidated = dict(job.params.export), job.params.include_unvalidated
    out_dir = job.path("card").parent
    dataset_card = Path(i.card).read_text() if i.get("card") else None
    extra_tables = {k: read_parquet(i[k]) for k in ("sources", "scenes") if i.get(k)}
    parts = splits(dataset, gold, include_unvalidated)
    for split, rows in parts.items():
        write_parquet(to_table("dataset", rows), out_dir / "data" / f"{split}.parquet")
    write_parquet(samples, out_dir / "tables" / "samples.parquet")
    write_parquet(dataset, out_dir / "tables" / "verification.parquet")
    write_parquet(failures, out_dir / "tables" / "failures.parquet")
    for name, table in (extra_tables or {}).items():
        write_parquet(table, out_dir / "tables" / f"{name}.parquet")
    with atomic_path(out_dir / "tables" / "SCHEMA.md") as tmp:
        tmp.write_text(schema_markdown())
    per_shard = int(cfg.get("shard_samples", 1000))
    index = []
    for split, rows in parts.items():
        index += write_shards(rows, split, out_dir / "webdataset", per_shard, root)
    summary = {"schema_version": SCHEMA_VERSION, "samples_per_shard": per_shard,
               "splits": {k: len(v) for k, v in parts.items()}, "shards": index}  # fmt: skip
    write_json(summary, out_dir / "webdataset" / "index.json")
    with atomic_path(out_dir / "README.md") as tmp:
        tmp.write_text(card(SCHEMA_VERSION, summary["splits"], dataset_card))
    log.info("release: %s in %d shards", summary["splits"], len(summary["shards"]))
    return summary
