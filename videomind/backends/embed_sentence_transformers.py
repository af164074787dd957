"""Text embeddings with sentence-transformers: all-MiniLM-L6-v2 (packaged) offline, any local
model folder on HPC (e.g. a multilingual one)."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np


class SentenceEmbedder:
    backend = "sentence-transformers"

    def __init__(self, path: str, model: str, device: str = "cpu", batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model = model
        self.batch_size = batch_size
        self._st = SentenceTransformer(path, device=device)
        self.dim = int(self._st.get_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._st.encode(list(texts), batch_size=self.batch_size,
                              normalize_embeddings=True, convert_to_numpy=True)  # fmt: skip
        return out.astype(np.float32)
