"""The gold set (the paper's VideoMind-3K test split), selected from the released samples and
validated by annotators: the rule's job (the selection itself is in ``selection.py``)."""

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

import numpy as np

from videomind.core.failures import FailureLog
from videomind.core.io import atomic_path, read_parquet, write_json, write_parquet
from videomind.core.records import to_table
from videomind.evaluation.selection import fleiss_kappa, select
from videomind.runner import Job
from videomind.verification.ratings import read_ratings

log = logging.getLogger(__name__)


def run_gold(job: Job) -> dict[str, Any]:
    """Select the gold set from the released samples and fold in the annotators' judgments."""
    cfg, files = dict(job.params.gold), job.paths("files")
    sheets_dir = job.path("sheets")
    rows = [r for r in read_parquet(job.input.dataset).to_pylist() if r.get("released")]
    annotators = list(cfg["annotators"])
    items = {(r["clip_id"], "sample") for r in rows}
    judged = read_ratings(files, annotators, items, roles=None, config_key="gold.annotators")
    failures = FailureLog("gold", "all")
    for p in judged.problems:
        failures.add(Path(p.path).stem, p.cause, p.message,
                     input=f"{p.path}:{p.line}" if p.line else p.path)  # fmt: skip
    verdicts: dict[str, bool | None] = {}
    complete = []
    for (cid, _), votes in judged.votes.items():
        if len(votes) == len(annotators):
            accepts = sum(votes.values())
            verdicts[cid] = accepts * 2 > len(annotators)
            complete.append([accepts, len(annotators) - accepts])
    sel = select(rows, int(cfg["size"]), int(cfg["seed"]), cfg["strata"], verdicts)
    out_rows = []
    for r in rows:
        cid = r["clip_id"]
        votes = judged.votes.get((cid, "sample"), {})
        out_rows.append({
            "clip_id": cid, "stratum": sel["stratum"][cid], "gold_status": sel["status"][cid],
            "gold_accepts": sum(v is True for v in votes.values()),
            "gold_rejects": sum(v is False for v in votes.values()),
        })  # fmt: skip
    write_parquet(to_table("gold", out_rows), job.path("table"))
    failures.write(str(job.path("failures")))
    todo = sorted(c for c, s in sel["status"].items() if s == "awaiting_annotation")
    write_sheets(sheets_dir, annotators, todo, judged.votes)
    kappa = fleiss_kappa(np.array(complete)) if complete else None
    counts = sel["counts"]
    report = {
        "target_size": int(cfg["size"]),
        "released_samples": len(rows),
        "strata": cfg["strata"],
        "seed": int(cfg["seed"]),
        "seats": sel["seats"],
        "counts": counts,
        "annotators": annotators,
        "annotated_by_all": len(complete),
        "fleiss_kappa": kappa,
        "exhausted_strata": sel["exhausted"],
        "include_unvalidated": bool(cfg.get("include_unvalidated", False)),
        "problems": [str(p) for p in judged.problems],
    }
    write_json(report, job.path("json"))
    log.info("gold set: %s", report["counts"])
    with atomic_path(job.path("md")) as tmp:
        tmp.write_text(gold_markdown(report))
    return report


def write_sheets(
    folder: Path, annotators: list[str], todo: list[str], votes: dict[tuple[str, str], dict]
) -> None:
    """Blank sheets for what still awaits annotation (every annotator gets the same list,
    less what they already judged)."""
    folder.mkdir(parents=True, exist_ok=True)
    for who in annotators:
        with atomic_path(folder / f"{who}.csv") as tmp, open(tmp, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["clip_id", "decision", "comment"])
            for cid in todo:
                if who not in votes.get((cid, "sample"), {}):
                    w.writerow([cid, "", ""])


def gold_markdown(r: dict[str, Any]) -> str:
    c = r["counts"]
    kappa = "n/a" if r["fleiss_kappa"] is None else f"{r['fleiss_kappa']:.3f}"
    lines = [
        "# Gold set",
        "",
        f"Target {r['target_size']} samples from {r['released_samples']} released, stratified by "
        f"{' × '.join(r['strata'])} (seed {r['seed']}).",
        f"Accepted by a majority of {len(r['annotators'])} annotators: {c.get('accepted', 0)}; "
        f"awaiting annotation: {c.get('awaiting_annotation', 0)}; rejected (replaced from the "
        f"same stratum): {c.get('rejected', 0)}. Fleiss' kappa over the {r['annotated_by_all']} "
        f"samples every annotator judged: {kappa}.",
        "Samples awaiting annotation are "
        + (
            "**included** in the evaluation set (labeled unvalidated)."
            if r["include_unvalidated"]
            else "not evaluated."
        ),  # fmt: skip
        "",
        "| stratum | seats |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(r["seats"].items())],
    ]
    if r["exhausted_strata"]:
        lines += ["", "Exhausted strata (not enough accepted samples):", ""]
        lines += [f"- {e['stratum']}: {e['filled']} of {e['seats']}" for e in r["exhausted_strata"]]
    if r["problems"]:
        lines += ["", "Problems in annotation files:", "", *[f"- {p}" for p in r["problems"]]]
    return "\n".join(lines) + "\n"
