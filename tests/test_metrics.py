"""Tables 2 and 3 metrics: hand-worked examples (ties included) and a brute-force implementation."""

from __future__ import annotations

import numpy as np
import pytest

from videomind.evaluation.metrics import (
    mixed_gallery,
    ranks,
    text_to_video,
    video_to_text,
)


def brute_rank(row, target):
    """1 + the number of other candidates scoring >= the true one (ties against the model)."""
    return 1 + sum(1 for j, v in enumerate(row) if j != target and v >= row[target])


def test_ranks_by_hand_with_ties():
    s = np.array([[0.9, 0.1, 0.5], [0.3, 0.3, 0.3], [0.2, 0.8, 0.8]])
    # row 0: true 0.9 is the top -> 1; row 1: all tied -> last (3); row 2: tie with one -> 2
    assert ranks(s, np.array([0, 1, 2])).tolist() == [1, 3, 2]
    assert ranks(s, np.array([[0, 2], [0, 1], [1, 0]])).tolist() == [[1, 2], [3, 3], [2, 3]]


def test_text_to_video_by_hand():
    # 3 clips; factual perfect, abstract: clip 2's text ties with video 0, intent all tied
    fac = np.eye(3)
    abs_ = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.5, 0.0, 0.5]])
    intent = np.ones((3, 3))
    out = text_to_video({"factual": fac, "abstract": abs_, "intent": intent})
    assert out["factual"] == {"R@1": 100.0, "R@5": 100.0, "R@10": 100.0, "MeanR": 1.0, "queries": 3}
    assert out["abstract"]["R@1"] == pytest.approx(200 / 3) and out["abstract"][
        "MeanR"
    ] == pytest.approx(4 / 3)
    assert out["intent"]["R@1"] == 0.0 and out["intent"]["MeanR"] == 3.0
    # any pools the 9 queries: the mean of the layers
    assert out["any"]["R@1"] == pytest.approx((100 + 200 / 3 + 0) / 3)
    assert out["any"]["MeanR"] == pytest.approx((1 + 4 / 3 + 3) / 3)


def test_video_to_text_by_hand():
    # 2 videos x 6 texts (layer-major: f0 f1 a0 a1 i0 i1)
    # video 0: own f0=.9 (rank 1), a0=.8 (2), i0=.2 (4: .9 .8 .7 beat it)
    # video 1: own f1=.5 (ties with f0 and i0 -> 4), a1=.6 (1), i1=.4 (5)
    s = np.array([
        [0.9, 0.1, 0.8, 0.7, 0.2, 0.0],
        [0.5, 0.5, 0.1, 0.6, 0.5, 0.4],
    ])  # fmt: skip
    own = np.array([[0, 2, 4], [1, 3, 5]])
    out = video_to_text(s, own)
    assert ranks(s, own).tolist() == [[1, 2, 4], [4, 1, 5]]
    assert out["hit-any R@1"] == 100.0
    assert out["hit-all R@3"] == 0.0 and out["hit-all R@5"] == 100.0
    assert out["TopR"] == 1.0 and out["LowestR"] == 4.5
    assert out["AvgR"] == pytest.approx((7 / 3 + 10 / 3) / 2)


@pytest.mark.parametrize("seed", range(5))
def test_against_brute_force_with_many_ties(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 40))
    # few distinct values -> many ties
    emb = {
        k: rng.integers(0, 4, size=(n, n)).astype(float) for k in ("factual", "abstract", "intent")
    }
    t2v = text_to_video(emb)
    for layer, s in emb.items():
        r = [brute_rank(s[i], i) for i in range(n)]
        assert t2v[layer]["MeanR"] == pytest.approx(np.mean(r))
        for k in (1, 5, 10):
            assert t2v[layer][f"R@{k}"] == pytest.approx(100 * np.mean([x <= k for x in r]))
    v = rng.integers(0, 3, size=(n, 3 * n)).astype(float)
    own = np.stack([np.arange(n) + k * n for k in range(3)], axis=1)
    out = video_to_text(v, own)
    rr = np.array([[brute_rank(v[i], j) for j in own[i]] for i in range(n)])
    assert out["TopR"] == pytest.approx(rr.min(1).mean())
    assert out["LowestR"] == pytest.approx(rr.max(1).mean())
    assert out["AvgR"] == pytest.approx(rr.mean())
    for k in (1, 5, 10):
        assert out[f"hit-any R@{k}"] == pytest.approx(100 * (rr.min(1) <= k).mean())
    for k in (3, 5, 10):
        assert out[f"hit-all R@{k}"] == pytest.approx(100 * (rr.max(1) <= k).mean())


def test_worst_rank_of_three_own_texts_is_at_least_three():
    rng = np.random.default_rng(0)
    video, texts = (
        rng.normal(size=(20, 8)),
        {k: rng.normal(size=(20, 8)) for k in ("factual", "abstract", "intent")},
    )
    s, own = mixed_gallery(video, texts)
    assert s.shape == (20, 60)
    assert (ranks(s, own).max(axis=1) >= 3).all()
    assert video_to_text(s, own)["hit-all R@3"] <= video_to_text(s, own)["hit-any R@1"] + 100


def test_bad_matrices_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="non-finite similarity at row 1, column 0"):
        ranks(np.array([[1.0, 0.0], [np.nan, 1.0]]), np.array([0, 1]))
    with pytest.raises(ValueError, match="3 texts for 2 videos"):
        text_to_video({"factual": np.ones((3, 2))})
    with pytest.raises(ValueError, match="outside the gallery"):
        ranks(np.ones((2, 2)), np.array([0, 2]))


@pytest.mark.parametrize("cells", [1, 7, 100, 1 << 19])
def test_ranks_across_block_boundaries_equal_a_full_comparison(monkeypatch, cells):
    """Blocks of one row, of a few rows with a remainder, and one block for the whole matrix
    give the ranks of one full comparison of every candidate with every true score (float32
    similarities rounded so that ties are common)."""
    from videomind.evaluation import metrics

    rng = np.random.default_rng(cells)
    s = np.round(rng.normal(size=(37, 111)), 1).astype(np.float32)
    own = np.stack([rng.choice(111, size=3, replace=False) for _ in range(37)])
    true = np.take_along_axis(s, own, axis=1)
    want = (s[:, :, None] >= true[:, None, :]).sum(axis=1)
    monkeypatch.setattr(metrics, "_CELLS", cells)
    assert (metrics.ranks(s, own) == want).all()
    assert (metrics.ranks(s, own[:, 0]) == want[:, 0]).all()
