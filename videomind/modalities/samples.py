"""Join a shard's source metadata, clips, ASR and OCR into its sample records: where the
modalities end and generation starts."""

from __future__ import annotations

import logging

from videomind.core.io import read_parquet, write_parquet
from videomind.core.records import SAMPLE_SOURCE_COLUMNS, SCHEMA_VERSION, to_table
from videomind.ingest.provenance import source_time
from videomind.runner import Job

log = logging.getLogger(__name__)


def run_samples(job: Job) -> None:
    """Join one shard's source metadata, clips, ASR and OCR into sample records."""
    i = job.input
    sources = {s["source_id"]: s for s in read_parquet(i.sources).to_pylist()}
    asr = {r["clip_id"]: r for r in read_parquet(i.asr).to_pylist()}
    ocr = {r["clip_id"]: r for r in read_parquet(i.ocr).to_pylist()}
    rows = []
    for clip in read_parquet(i.clips).to_pylist():
        src = sources[clip["source_id"]]
        row = dict(clip)
        row.update({k: src.get(k) for k in SAMPLE_SOURCE_COLUMNS})
        row["source_start"], row["source_end"] = source_time(clip, src)
        row.update({k: v for k, v in asr[clip["clip_id"]].items() if k != "clip_id"})
        row.update({k: v for k, v in ocr[clip["clip_id"]].items() if k != "clip_id"})
        row["schema_version"] = SCHEMA_VERSION
        rows.append(row)
    write_parquet(to_table("samples", rows), job.path("table"))
