"""Rule `export` (after `collect`, `gold` and `paper_figures`): the release a researcher takes away,
and the audit folder the team keeps.

``release/`` holds the released samples and nothing else (no id, text or file of a sample that
was screened out, failed, rejected, left pending or taken down):

- ``data/train.parquet`` and ``data/test.parquet`` (test = the gold set) and a ``README.md``
  card whose front matter the Hugging Face hub reads (licence, tasks, languages, size, splits);
- ``tables/``: the released samples' sample, verification, source and scene rows, with
  ``SCHEMA.md``; ``ATTRIBUTION.md`` credits every source whose licence asks for it;
- ``webdataset/<split>-NNNNNN.tar``: per sample a ``json`` with every layer, tag and the
  provenance (video id, page URL, channel, licence, clip times in the source's own timeline,
  clip SHA-256); in ``media`` mode also the clip (``mp4``), its frames and audio, for samples
  whose source licence is on the allow-list. Tar members have a fixed order and metadata, so
  an export is byte-identical when its inputs are.

Annotations only is the default, as InternVid, Panda-70M and HD-VILA-100M publish:
``snakemake rehydrate`` rebuilds the media from the sources.

``internal_audit/`` (named so nobody ships it by mistake) holds the whole run: every table,
``excluded.parquet`` (each sample that was not released, and why) and the team's browser.

Sample keys in the tars are the clip ids with dots replaced (WebDataset splits a member name at
its first dot); the JSON keeps the real ``clip_id``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import tarfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from videomind.core.io import atomic_path, read_parquet, write_json, write_parquet
from videomind.core.records import SCHEMA_VERSION, SCHEMAS, schema_markdown
from videomind.evaluation.selection import evaluated_statuses
from videomind.release.policy import (
    ReleasePolicy,
    attribution,
    attribution_markdown,
    card,
    dataset_exclusion,
    exclusion,
)
from videomind.runner import Job

log = logging.getLogger(__name__)

MEDIA_COLUMNS = ("clip_path", "frame_paths", "audio_path")


def splits(dataset: pa.Table, gold: pa.Table | None, include_unvalidated: bool) -> dict[str, list]:
    """Released samples only: test = the gold set, train = the rest."""
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
                 root: Path, media: Callable[[dict], bool]) -> list[dict[str, Any]]:  # fmt: skip
    """Tar shards of ``per_shard`` samples, with media only where ``media(row)``; returns the
    index entries."""
    keys = wds_keys([r["clip_id"] for r in rows])
    entries = []
    for n, start in enumerate(range(0, len(rows), per_shard)):
        chunk = rows[start : start + per_shard]
        name = f"{split}-{n:06d}.tar"
        with (
            atomic_path(out_dir / name) as tmp,
            tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar,
        ):
            with_media = 0
            for r in chunk:
                key = keys[r["clip_id"]]
                if media(r):
                    with_media += 1
                    _add(tar, f"{key}.mp4", (root / r["clip_path"]).read_bytes())
                    for i, frame in enumerate(r["frame_paths"] or []):
                        _add(tar, f"{key}.frame{i:02d}.jpg", (root / frame).read_bytes())
                    if r.get("audio_path"):
                        _add(tar, f"{key}.wav", (root / r["audio_path"]).read_bytes())
                meta = _json_record(r) | {"media_included": media(r)}
                record = json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str)
                _add(tar, f"{key}.json", record.encode())
        entries.append({"shard": name, "split": split, "samples": len(chunk),
                        "with_media": with_media,
                        "bytes": (out_dir / name).stat().st_size})  # fmt: skip
    return entries


def _strip_media(row: dict[str, Any]) -> dict[str, Any]:
    """A row without this run's local file paths (media travel in the tars, if at all)."""
    return row | {k: None for k in MEDIA_COLUMNS if k in row} | {"info_path": None}


def _write(rows: list[dict[str, Any]], path: Path, schema: pa.Schema) -> None:
    names = set(schema.names)
    write_parquet(pa.Table.from_pylist([{k: v for k, v in r.items() if k in names} for r in rows],
                                       schema=schema), path)  # fmt: skip


def excluded_rows(samples: pa.Table, dataset: pa.Table,
                  screen: pa.Table | None) -> list[dict[str, Any]]:  # fmt: skip
    """One row per sample that is not in the release, with the reason."""
    decisions = {r["clip_id"]: r for r in screen.to_pylist()} if screen is not None else {}
    data = {r["clip_id"]: r for r in dataset.to_pylist()}
    released = {cid for cid, r in data.items() if r.get("released")}
    out = []
    for row in samples.to_pylist():
        why = exclusion(row, decisions, set(data), released)
        if why is None and row["clip_id"] in data:
            why = dataset_exclusion(data[row["clip_id"]])
        if why:
            out.append({"clip_id": row["clip_id"], "source_id": row["source_id"], "reason": why,
                        "title": row.get("title")})  # fmt: skip
    return out


def write_audit(audit_dir: Path, tables: dict[str, pa.Table], excluded: list[dict[str, Any]],
                counts: Counter) -> None:  # fmt: skip
    """Everything the release leaves out, for the team."""
    for name, table in tables.items():
        write_parquet(table, audit_dir / "tables" / f"{name}.parquet")
    write_parquet(pa.Table.from_pylist(excluded, schema=EXCLUDED_SCHEMA),
                  audit_dir / "excluded.parquet")  # fmt: skip
    lines = [
        "# INTERNAL AUDIT — NOT FOR RELEASE",
        "",
        "This folder holds the whole run, including samples that must not be published: screened",
        "out (sensitive content), failed or rejected by verification, pending, taken down. The",
        "release is `release/`; never copy this folder into it.",
        "",
        "| reason | samples |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in sorted(counts.items())),
        "",
        "- `excluded.parquet`: each sample left out of the release and why",
        "- `tables/`: the run's full sample, verification, failures, sources and scenes tables",
        "- `browser/`: every generated sample, with its media",
        "",
    ]
    with atomic_path(audit_dir / "README.md") as tmp:
        tmp.write_text("\n".join(lines))


EXCLUDED_SCHEMA = pa.schema([("clip_id", pa.string()), ("source_id", pa.string()),
                             ("reason", pa.string()), ("title", pa.string())])  # fmt: skip


def run_export(job: Job, root: Path = Path(".")) -> dict[str, Any]:
    """The release folder (the parent of ``output.card``) and the audit folder (the parent of
    ``output.audit``); media paths are relative to ``root``."""
    i = job.input
    dataset, samples, failures = (read_parquet(i.dataset), read_parquet(i.samples),
                                  read_parquet(i.failures))  # fmt: skip
    gold = read_parquet(i.gold) if i.get("gold") else None
    screen = read_parquet(i.screen) if i.get("screen") else None
    sources = read_parquet(i.sources) if i.get("sources") else SCHEMAS["sources"].empty_table()
    scenes = read_parquet(i.scenes) if i.get("scenes") else SCHEMAS["scenes"].empty_table()
    cfg = dict(job.params.export)
    policy = ReleasePolicy.from_config(cfg)
    out_dir, audit_dir = job.path("card").parent, job.path("audit").parent
    run_card = Path(i.card).read_text() if i.get("card") else None

    parts = splits(dataset, gold, job.params.include_unvalidated)
    released = [r for rows in parts.values() for r in rows]
    ids = {r["clip_id"] for r in released}
    source_ids = {r["source_id"] for r in released}
    for split, rows in parts.items():
        _write([_strip_media(r) for r in rows], out_dir / "data" / f"{split}.parquet",
               SCHEMAS["dataset"])  # fmt: skip
    kept = {
        "samples": [_strip_media(r) for r in samples.to_pylist() if r["clip_id"] in ids],
        "verification": [_strip_media(r) for r in dataset.to_pylist() if r["clip_id"] in ids],
        "sources": [r | {"media_path": None, "info_path": None}
                    for r in sources.to_pylist() if r["source_id"] in source_ids],
        "scenes": [r for r in scenes.to_pylist() if r["source_id"] in source_ids],
    }  # fmt: skip
    kinds = {"samples": "samples", "verification": "dataset", "sources": "sources",
             "scenes": "scenes"}  # fmt: skip
    for name, rows in kept.items():
        _write(rows, out_dir / "tables" / f"{name}.parquet", SCHEMAS[kinds[name]])
    (out_dir / "tables" / "failures.parquet").unlink(missing_ok=True)  # releases before 1.3
    with atomic_path(out_dir / "tables" / "SCHEMA.md") as tmp:
        tmp.write_text(schema_markdown())
    with atomic_path(out_dir / "ATTRIBUTION.md") as tmp:
        tmp.write_text(attribution_markdown(attribution(released)))

    per_shard = int(cfg.get("shard_samples", 1000))
    for old in (out_dir / "webdataset").glob("*.tar"):  # a shard of an earlier, larger release
        old.unlink()
    index = []
    for split, rows in parts.items():
        index += write_shards(rows, split, out_dir / "webdataset", per_shard, root, policy.media)
    excluded = excluded_rows(samples, dataset, screen)
    reasons = Counter(e["reason"].split(":", 1)[0] for e in excluded)
    summary = {"schema_version": SCHEMA_VERSION, "mode": policy.mode,
               "media_override": policy.media_override, "samples_per_shard": per_shard,
               "splits": {k: len(v) for k, v in parts.items()}, "shards": index,
               "excluded": dict(sorted(reasons.items()))}  # fmt: skip
    write_json(summary, out_dir / "webdataset" / "index.json")
    with atomic_path(out_dir / "README.md") as tmp:
        tmp.write_text(card(policy, summary["splits"], released, SCHEMA_VERSION, index, reasons,
                            run_card))  # fmt: skip
    write_audit(audit_dir, {"samples": samples, "verification": dataset, "failures": failures,
                            "sources": sources, "scenes": scenes}, excluded, reasons)  # fmt: skip
    log.info("release: %s in %d shards (%s); left out: %s", summary["splits"], len(index),
             policy.mode, dict(reasons))  # fmt: skip
    return summary
