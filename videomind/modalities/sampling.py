"""Seeded frame sampling: a rerun, or another machine, picks the same frames for a clip."""

from __future__ import annotations

import hashlib

import numpy as np


def clip_seed(clip_id: str, base_seed: int) -> int:
    """A 63-bit seed from the clip id and the configured seed (stable across Python versions)."""
    digest = hashlib.sha256(f"{base_seed}:{clip_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def sample_frame_indices(n_frames: int, k: int, seed: int) -> list[int]:
    """``k`` distinct frame indices in ``range(n_frames)``, sorted, drawn uniformly at random."""
    if k <= 0:
        raise ValueError("k must be positive")
    if n_frames < k:
        raise ValueError(f"cannot pick {k} distinct frames from {n_frames}")
    rng = np.random.default_rng(seed)
    return sorted(int(i) for i in rng.choice(n_frames, size=k, replace=False))
