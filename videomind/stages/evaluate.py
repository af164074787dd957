"""Stage 8b: the mixed-cognition retrieval benchmark (Tables 2 and 3) on the gold set."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa

from videomind.evaluation.gold import evaluated_statuses
from videomind.evaluation.metrics import LAYERS, mixed_gallery, text_to_video, video_to_text
from videomind.evaluation.retrievers import DEFAULT_LAYER_TEXT, RETRIEVERS, Encoded
from videomind.io import write_json

log = logging.getLogger(__name__)


def evaluation_set(dataset: pa.Table, gold: pa.Table, include_unvalidated: bool) -> list[dict]:
    wanted = evaluated_statuses(include_unvalidated)
    status = {r["clip_id"]: r["gold_status"] for r in gold.to_pylist()}
    return [r for r in dataset.to_pylist() if status.get(r["clip_id"]) in wanted]


def score(enc: Encoded) -> dict[str, Any]:
    t2v = text_to_video({k: enc.texts[k] @ enc.video.T for k in LAYERS})
    s, own = mixed_gallery(enc.video, enc.texts)
    return {"t2v": t2v, "v2t": video_to_text(s, own)}


def run_evaluate(
    rows: list[dict[str, Any]],
    retriever: dict[str, Any],
    layer_text: dict[str, list[str]] | None,
    validated: bool,
    out_json: Path,
    factory: Callable[..., Encoded] | None = None,
) -> dict[str, Any]:
    spec = layer_text or DEFAULT_LAYER_TEXT
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
    make = factory or RETRIEVERS[retriever["backend"]]
    # (timings go to the rule's benchmark file, not here: results stay byte-identical on reruns)
    enc = make(rows, retriever, spec)
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
    return result
