"""Stage 6b (human part): the review page of each shard for the expert raters."""

from __future__ import annotations

import logging

from videomind.stages.runner import Job

log = logging.getLogger(__name__)


def run_review(job: Job) -> int:
    """Write the shard's review page; returns how many samples it shows."""
    from videomind.io import read_parquet
    from videomind.verification.review import write_review_page

    i, cfg = job.input, job.params.post
    gen = {r["clip_id"]: r for r in read_parquet(i.generation).to_pylist()}
    pre = {r["clip_id"]: r for r in read_parquet(i.preverify).to_pylist()}
    rows = []
    for s in read_parquet(i.samples).to_pylist():
        cid = s["clip_id"]
        if cid in gen and pre.get(cid, {}).get("pre_pass"):
            rows.append(s | gen[cid] | pre[cid])
    renders = {}
    for table in job.paths("t2v"):  # none when no text-to-video backend is configured
        renders = {(r["clip_id"], r["role"]): r for r in read_parquet(table).to_pylist()}
    write_review_page(job.shard, rows, renders, job.path("page"), cfg["t2v"]["backend"],
                      cfg["raters"])  # fmt: skip
    log.info("review page shows %d samples", len(rows))
    return len(rows)
