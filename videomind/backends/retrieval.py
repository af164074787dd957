"""What the retrievers share: which text stands for each layer, and unit-length vectors.

The retrievers themselves are backends (``videomind/backends/retriever_*.py``), loaded with
``registry.load("retriever", cfg)``: ``text_proxy`` (offline default, text only, labeled so),
``open_clip`` (frame-averaged image embeddings) and ``embeddings`` (imported vectors).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from videomind.core.records import ABSTRACT, FACTUAL, INTENT, LAYERS

# Which text stands for each layer (config `evaluate.layer_text` may override).
DEFAULT_LAYER_TEXT = {
    "factual": list(FACTUAL.values()),
    "abstract": [ABSTRACT["summary"]],
    "intent": [INTENT[role]["statement"] for role in INTENT],
}
PROXY_VIDEO_TEXT = ("asr_text", "ocr_text", "text")


class EmbeddingFileError(ValueError):
    """An imported embeddings file does not match the gold set."""


def layer_texts(rows: Sequence[dict[str, Any]], spec: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        layer: [" ".join(str(r.get(col) or "") for col in spec[layer]).strip() for r in rows]
        for layer in LAYERS
    }


def unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
