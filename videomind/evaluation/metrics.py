"""Retrieval metrics of the paper's Tables 2 and 3, vectorised.

Tie rule (written down because it changes numbers): ranks are 1-based and ties count against
the model. The rank of the true item is 1 + the number of *other* candidates whose score is
greater than or equal to the true item's score. A model that scores everything equally ranks
every true item last, not first.

Table 2, text → video: each clip's layer text is a query against the N videos; R@K is the
percentage of queries whose own video ranks ≤ K, MeanR the mean rank. "any" pools the 3N queries
of the three layers (equal to the mean over layers of R@K and of MeanR).

Table 3, video → text: each video queries the mixed gallery of all 3N texts; each of its three
own texts is ranked among all 3N (its other own texts compete too, so the worst rank is ≥ 3).
Hit-any R@K = % of videos with best rank ≤ K; hit-all R@K = % with worst rank ≤ K; TopR, LowestR
and AvgR are the means of the best, worst and average rank.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from videomind.core.records import LAYERS

T2V_K = (1, 5, 10)
HIT_ANY_K = (1, 5, 10)
HIT_ALL_K = (3, 5, 10)
_CELLS = 1 << 19  # booleans per block of rows: about half a megabyte


def _check(s: np.ndarray, name: str) -> np.ndarray:
    s = np.asarray(s)
    if not np.issubdtype(s.dtype, np.floating):
        s = s.astype(np.float64)  # float32 similarities are compared as they are: no copy
    if s.ndim != 2:
        raise ValueError(f"{name}: a 2-D similarity matrix is needed, got shape {s.shape}")
    if not np.isfinite(s).all():
        bad = np.argwhere(~np.isfinite(s))[0]
        raise ValueError(f"{name}: non-finite similarity at row {bad[0]}, column {bad[1]}")
    return s


def ranks(scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Rank of ``targets[q, k]`` in row q of ``scores`` (1-based, ties against the model).

    ``targets`` is (Q,) or (Q, T) column indices; the result has the same shape. Rows are
    compared in blocks, so the extra memory is about half a megabyte whatever the matrix.
    """
    scores = _check(scores, "scores")
    t = np.asarray(targets, dtype=np.int64)
    single = t.ndim == 1
    t2 = t[:, None] if single else t
    if t2.shape[0] != scores.shape[0]:
        raise ValueError(f"{t2.shape[0]} targets for {scores.shape[0]} score rows")
    if t2.size and (t2.min() < 0 or t2.max() >= scores.shape[1]):
        raise ValueError("target index outside the gallery")
    out = np.empty(t2.shape, dtype=np.int64)
    # A rank is a count, so no row is sorted: one comparison per (row, target), summed along
    # the contiguous axis. Blocks of rows keep the boolean temporary in the CPU cache.
    rows = max(1, _CELLS // max(1, scores.shape[1]))
    for start in range(0, scores.shape[0], rows):
        block = scores[start : start + rows]
        true = np.take_along_axis(block, t2[start : start + rows], axis=1)
        for j in range(t2.shape[1]):
            # candidates >= the true score include the true item itself: that is the rank
            ge = block >= true[:, j : j + 1]
            out[start : start + rows, j] = ge.view(np.uint8).sum(axis=1, dtype=np.int64)
    return out[:, 0] if single else out


def recall_at(r: np.ndarray, k: int) -> float:
    return float(100.0 * (np.asarray(r) <= k).mean())


def text_to_video(sims: dict[str, np.ndarray]) -> dict[str, dict[str, float]]:
    """``sims[layer]`` is (N texts × N videos), text i belonging to video i."""
    out: dict[str, dict[str, float]] = {}
    pooled = []
    for layer, s in sims.items():
        s = _check(s, f"{layer} text-video similarities")
        if s.shape[0] != s.shape[1]:
            raise ValueError(f"{layer}: {s.shape[0]} texts for {s.shape[1]} videos")
        r = ranks(s, np.arange(s.shape[0]))
        pooled.append(r)
        out[layer] = _t2v_row(r)
    out["any"] = _t2v_row(np.concatenate(pooled))
    return out


def _t2v_row(r: np.ndarray) -> dict[str, float]:
    row = {f"R@{k}": recall_at(r, k) for k in T2V_K}
    row["MeanR"] = float(r.mean())
    row["queries"] = int(r.size)
    return row


def video_to_text(s: np.ndarray, own: np.ndarray) -> dict[str, float]:
    """``s`` is (N videos × M texts); ``own[i]`` lists the text columns belonging to video i."""
    s = _check(s, "video-text similarities")
    own = np.asarray(own, dtype=np.int64)
    if own.ndim != 2 or own.shape[0] != s.shape[0]:
        raise ValueError(f"own text indices of shape {own.shape} for {s.shape[0]} videos")
    r = ranks(s, own)
    best, worst, avg = r.min(axis=1), r.max(axis=1), r.mean(axis=1)
    row = {f"hit-any R@{k}": recall_at(best, k) for k in HIT_ANY_K}
    row |= {f"hit-all R@{k}": recall_at(worst, k) for k in HIT_ALL_K}
    row |= {"TopR": float(best.mean()), "LowestR": float(worst.mean()), "AvgR": float(avg.mean())}
    row["videos"] = int(s.shape[0])
    return row


def mixed_gallery(
    video_emb: np.ndarray, text_emb: dict[str, np.ndarray], layers: Sequence[str] = LAYERS
) -> tuple[np.ndarray, np.ndarray]:
    """Video × (all layers' texts) similarities and each video's own text columns.

    Text column ``k * N + i`` is layer k's text of video i."""
    n = video_emb.shape[0]
    texts = np.concatenate([text_emb[layer] for layer in layers], axis=0)
    own = np.stack([np.arange(n) + k * n for k in range(len(layers))], axis=1)
    return video_emb @ texts.T, own
