"""The gold set (the paper's VideoMind-3K test split): a stratified, seeded selection that three
annotators validate; rejected samples are replaced from the same stratum.

Strata are category × duration bin × language (where known). Each stratum gets seats in
proportion to its size (largest remainder), at least one while seats remain for the largest
strata, and its samples are drawn in a seeded random order: the first ones fill the seats, the
rest wait as replacements in that order. A sample is kept when a majority of annotators accept
it; a rejected one frees its seat for the stratum's next replacement, which then awaits
annotation. A stratum that runs out of replacements is reported as exhausted.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

DURATION_BINS = ((5.0, 10.0), (10.0, 20.0), (20.0, 60.0), (60.0, float("inf")))


def duration_bin(seconds: float | None) -> str:
    if seconds is None:
        return "unknown"
    for lo, hi in DURATION_BINS:
        if lo <= seconds < hi:
            return f"{lo:g}-{hi:g}s" if hi != float("inf") else f">{lo:g}s"
    return f"<{DURATION_BINS[0][0]:g}s"


def stratum_of(row: dict[str, Any], keys: Sequence[str]) -> str:
    parts = []
    for key in keys:
        if key == "duration":
            parts.append(duration_bin(row.get("duration")))
        else:
            parts.append(str(row.get(key) or "unknown"))
    return "|".join(parts)


def allocate(sizes: dict[str, int], total: int) -> dict[str, int]:
    """Seats per stratum, proportional to size by largest remainder, capped by the size."""
    population = sum(sizes.values())
    total = min(total, population)
    if not total:
        return {k: 0 for k in sizes}
    quota = {k: total * n / population for k, n in sizes.items()}
    seats = {k: int(q) for k, q in quota.items()}
    left = total - sum(seats.values())
    # ties broken by the stratum name, so the allocation does not depend on dict order
    for k in sorted(sizes, key=lambda k: (-(quota[k] - seats[k]), k))[:left]:
        seats[k] += 1
    return seats


def seeded_order(ids: Sequence[str], seed: int, stratum: str) -> list[str]:
    """A random order that depends only on the seed, the stratum and the ids (not on row order)."""
    digest = hashlib.sha256(f"{seed}:{stratum}".encode()).digest()
    rng = np.random.default_rng(int.from_bytes(digest[:8], "little"))
    ordered = sorted(ids)
    return [ordered[i] for i in rng.permutation(len(ordered))]


def evaluated_statuses(include_unvalidated: bool) -> set[str]:
    """Gold statuses that make the test set: accepted, plus unvalidated seats if configured."""
    return {"accepted"} | ({"awaiting_annotation"} if include_unvalidated else set())


def fleiss_kappa(counts: np.ndarray) -> float | None:
    """Fleiss' kappa of an items × categories matrix of rater counts (same raters per item)."""
    counts = np.asarray(counts, dtype=np.float64)
    if counts.ndim != 2 or counts.shape[0] == 0:
        return None
    n = counts.sum(axis=1)
    if not np.all(n == n[0]) or n[0] < 2:
        raise ValueError("Fleiss' kappa needs the same number (>= 2) of ratings for every item")
    raters = n[0]
    p_item = ((counts**2).sum(axis=1) - raters) / (raters * (raters - 1))
    p_bar = p_item.mean()
    p_cat = counts.sum(axis=0) / counts.sum()
    p_e = (p_cat**2).sum()
    if p_e == 1.0:
        return None  # one category throughout: agreement by chance is certain, kappa undefined
    return float((p_bar - p_e) / (1 - p_e))


def select(
    rows: Sequence[dict[str, Any]],
    size: int,
    seed: int,
    keys: Sequence[str],
    verdicts: dict[str, bool | None],
) -> dict[str, Any]:
    """Fill ``size`` seats; ``verdicts`` maps annotated clip ids to majority accept/reject
    (None: not yet decided). Returns per clip its stratum and role in the selection."""
    strata: dict[str, list[str]] = defaultdict(list)
    by_id = {}
    for r in rows:
        s = stratum_of(r, keys)
        strata[s].append(r["clip_id"])
        by_id[r["clip_id"]] = s
    seats = allocate({k: len(v) for k, v in strata.items()}, size)
    status: dict[str, str] = {}
    exhausted = []
    for stratum, ids in sorted(strata.items()):
        want = seats[stratum]
        filled = 0
        for cid in seeded_order(ids, seed, stratum):
            if filled == want:
                status[cid] = "reserve"
                continue
            verdict = verdicts.get(cid)
            if verdict is False:
                status[cid] = "rejected"
                continue
            status[cid] = "accepted" if verdict else "awaiting_annotation"
            filled += 1
        if filled < want:
            exhausted.append({"stratum": stratum, "seats": want, "filled": filled})
    counts = Counter(status.values())
    return {
        "status": status,
        "stratum": by_id,
        "seats": seats,
        "exhausted": exhausted,
        "counts": dict(sorted(counts.items())),
    }
