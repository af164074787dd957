"""Rule `evaluate` (after `gold`, one job per retriever): the mixed-cognition retrieval benchmark
(Tables 2 and 3) on the gold set."""

from __future__ import annotations

import logging
from typing import Any

import pyarrow as pa

from videomind.backends.protocols import Encoded
from videomind.backends.retrieval import DEFAULT_LAYER_TEXT
from videomind.core.io import read_parquet, write_json
from videomind.core.records import LAYERS
from videomind.evaluation.metrics import mixed_gallery, text_to_video, video_to_text
from videomind.evaluation.selection import evaluated_statuses
from videomind.runner import Job

log = logging.getLogger(__name__)


def evaluation_set(dataset: pa.Table, gold: pa.Table, include_unvalidated: bool) -> list[dict]:
    wanted = evaluated_statuses(include_unvalidated)
    status = {r["clip_id"]: r["gold_status"] for r in gold.to_pylist()}
    return [r for r in dataset.to_pylist() if status.get(r["clip_id"]) in wanted]


def score(enc: Encoded) -> dict[str, Any]:
    t2v = text_to_video({k: enc.texts[k] @ enc.video.T for k in LAYERS})
    s, own = mixed_gallery(enc.video, enc.texts)
    return {"t2v": t2v, "v2t": video_to_text(s, own)}


def run_evaluate(job: Job) -> dict[str, Any]:
    """Score one retriever (``params.retriever``) on the gold set."""
    p = job.params
    gold = read_parquet(job.input.gold)
    validated = not p.include_unvalidated or all(
        s != "awaiting_annotation" for s in gold.column("gold_status").to_pylist()
    )
    rows = evaluation_set(read_parquet(job.input.dataset), gold, p.include_unvalidated)
    retriever, out_json = dict(p.retriever), job.path("json")
    spec = dict(p.layer_text) if p.layer_text else DEFAULT_LAYER_TEXT
    if not rows:
        # Nothing to score is a result too (say, every sample failed verification): the tables
        # show the row as n/a with the reason rather than the run stopping here.
        result = {
            "retriever": retriever["name"], "backend": retriever["backend"],
            "model": retriever.get("model", "-"), "label": "not evaluated: the gold set is empty",
            "samples": 0, "gold_validated": validated, "layer_text": spec,
            "t2v": None, "v2t": None,
        }  # fmt: skip
        write_json(result, out_json)
        return result
    model = job.load("retriever", retriever, key=f"evaluate.retrievers[{retriever['name']}]")
    # (timings go to the rule's benchmark file, not here: results stay byte-identical on reruns)
    enc = model.encode(rows, spec)
    result = {
        "retriever": enc.name,
        "backend": enc.backend,
        "model": enc.model,
        "label": enc.label,
        "samples": len(rows),
        "gold_validated": validated,
        "layer_text": spec,
        **score(enc),
    }
    write_json(result, out_json)
    log.info("%s on %d samples: %s", enc.name, len(rows), result["t2v"] and result["t2v"]["any"])
    return result
