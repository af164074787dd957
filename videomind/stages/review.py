"""Stage 6b (human part): the review page of each shard for the expert raters."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def run_review(
    shard: str,
    samples_table: Path,
    generation_table: Path,
    preverify_table: Path,
    t2v_table: Path | None,
    cfg: dict[str, Any],
    page: Path,
) -> int:
    """Write the shard's review page; returns how many samples it shows."""
    from videomind.io import read_parquet
    from videomind.verification.review import write_review_page

    gen = {r["clip_id"]: r for r in read_parquet(generation_table).to_pylist()}
    pre = {r["clip_id"]: r for r in read_parquet(preverify_table).to_pylist()}
    rows = []
    for s in read_parquet(samples_table).to_pylist():
        cid = s["clip_id"]
        if cid in gen and pre.get(cid, {}).get("pre_pass"):
            rows.append(s | gen[cid] | pre[cid])
    renders = {}
    if t2v_table is not None:
        renders = {(r["clip_id"], r["role"]): r for r in read_parquet(t2v_table).to_pylist()}
    write_review_page(shard, rows, renders, page, cfg["t2v"]["backend"], cfg["raters"])
    return len(rows)
