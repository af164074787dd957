"""Stage 8b: the mixed-cognition retrieval benchmark (Tables 2 and 3) on the gold set."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa

from videomind.evaluation.metrics import LAYERS, mixed_gallery, text_to_video, video_to_text
from videomind.evaluation.retrievers import DEFAULT_LAYER_TEXT, RETRIEVERS, Encoded
from videomind.io import write_json

log = logging.getLogger(__name__)


def evaluation_set(dataset: pa.Table, gold: pa.Table, include_unvalidated: bool) -> list[dict]:
    wanted = {"accepted"} | ({"awaiting_annotation"} if include_unvalidated else set())
    status = {r["clip_id"]: r["gold_status"] for r in gold.to_pylist()}
    return [r for r in dataset.to_pylist() if status.get(r["clip_id"]) in wanted]


def score(enc: Encoded) -> dict[str, Any]:
    t0 = time.perf_counter()
    t2v = text_to_video({k: enc.texts[k] @ enc.video.T for k in LAYERS})
    s, own = mixed_gallery(enc.video, enc.texts)
    v2t = video_to_text(s, own)
    return {"t2v": t2v, "v2t": v2t, "metric_seconds": round(time.perf_counter() - t0, 4)}


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
        raise ValueError("the evaluation set is empty: no gold sample is accepted (or included)")
    make = factory or RETRIEVERS[retriever["backend"]]
    t0 = time.perf_counter()
    enc = make(rows, retriever, spec)
    result = {
        "retriever": enc.name,
        "backend": enc.backend,
        "model": enc.model,
        "label": enc.label,
        "samples": len(rows),
        "gold_validated": validated,
        "layer_text": spec,
        "encode_seconds": round(time.perf_counter() - t0, 3),
        **score(enc),
    }
    write_json(result, out_json)
    return result
