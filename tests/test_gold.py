"""Gold-set selection: stratified, seeded, reproducible, with replacements; Fleiss' kappa."""

from __future__ import annotations

import numpy as np
import pytest

from videomind.evaluation.selection import allocate, duration_bin, fleiss_kappa, select

# Fleiss (1971) worked example as given in most references: 10 items, 14 raters, 5 categories.
FLEISS_EXAMPLE = np.array([
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
])  # fmt: skip


def test_fleiss_kappa_worked_example():
    assert fleiss_kappa(FLEISS_EXAMPLE) == pytest.approx(0.2099, abs=1e-4)


def test_fleiss_kappa_edges():
    assert fleiss_kappa(np.array([[3, 0], [0, 3], [3, 0]])) == pytest.approx(1.0)
    assert fleiss_kappa(np.array([[3, 0], [3, 0]])) is None  # one label throughout
    with pytest.raises(ValueError, match="same number"):
        fleiss_kappa(np.array([[3, 0], [1, 1]]))


def test_allocation_is_proportional_and_sums_to_the_target():
    seats = allocate({"a": 50, "b": 30, "c": 20}, 10)
    assert seats == {"a": 5, "b": 3, "c": 2}
    assert sum(allocate({"a": 7, "b": 2, "c": 1}, 5).values()) == 5
    assert allocate({"a": 2, "b": 1}, 10) == {"a": 2, "b": 1}  # never more than exists


def test_duration_bins():
    assert [duration_bin(x) for x in (5, 9.9, 10, 30, 75)] == [
        "5-10s",
        "5-10s",
        "10-20s",
        "20-60s",
        ">60s",
    ]


def rows(n=60):
    cats = ["tech", "news", "film"]
    return [
        {
            "clip_id": f"s{i:03d}-c000",
            "category": cats[i % 3] if i < 45 else "tech",
            "duration": 6 + i % 20,
        }
        for i in range(n)
    ]


def test_selection_is_stratified_seeded_and_independent_of_row_order():
    a = select(rows(), 12, seed=3, keys=["category"], verdicts={})
    b = select(list(reversed(rows())), 12, seed=3, keys=["category"], verdicts={})
    assert a["status"] == b["status"]
    chosen = [c for c, s in a["status"].items() if s == "awaiting_annotation"]
    assert len(chosen) == 12
    by_cat = {k: sum(1 for c in chosen if a["stratum"][c] == k) for k in ("tech", "news", "film")}
    assert by_cat == a["seats"] == {"tech": 6, "news": 3, "film": 3}  # 30/15/15 of 60
    c = select(rows(), 12, seed=4, keys=["category"], verdicts={})
    assert c["status"] != a["status"]


def test_rejected_samples_are_replaced_from_their_stratum_until_exhausted():
    first = select(rows(), 12, seed=3, keys=["category"], verdicts={})
    chosen = [c for c, s in first["status"].items() if s == "awaiting_annotation"]
    news = [c for c in chosen if first["stratum"][c] == "news"]
    verdicts = {c: True for c in chosen} | {news[0]: False}
    second = select(rows(), 12, seed=3, keys=["category"], verdicts=verdicts)
    assert second["status"][news[0]] == "rejected"
    new = [c for c, s in second["status"].items() if s == "awaiting_annotation"]
    assert len(new) == 1 and second["stratum"][new[0]] == "news"
    assert second["counts"]["accepted"] == 11
    # reject every news clip: the stratum runs out and says so
    all_news = {r["clip_id"]: False for r in rows() if r["category"] == "news"}
    third = select(rows(), 12, seed=3, keys=["category"], verdicts={**verdicts, **all_news})
    assert third["exhausted"] == [{"stratum": "news", "seats": 3, "filled": 0}]
