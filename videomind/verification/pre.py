"""Pre-verification arithmetic: intent terms, their similarity, and the calibration that says
what a similarity threshold means on this run.

The calibration compares matched pairs (the generator's and the verifier's intent for the same
sample) with shuffled pairs (the generator's intent for one sample against the verifier's for a
sample from another source video). A threshold that passes most matched pairs and few shuffled
ones separates agreement from the similarity any two intents of this corpus share anyway.

A second, harder row shuffles within each source video (another clip of the same film): it
measures telling a clip's intent from its neighbours', not telling films apart. Clips of one
source often share their intent, so part of these pairs are right answers; the threshold is
read against the cross-source row, and the same-source row says how much of the verifier's
agreement is about the clip rather than the film.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np


class VerifierConfigError(ValueError):
    """The verifier would repeat the generator's run, so agreement would prove nothing."""


def check_distinct(verifier: dict[str, Any], generator: dict[str, Any]) -> None:
    """Refuse a verifier that is the generator's run again (greedy decoding ignores the seed)."""
    same_model = all(verifier.get(k) == generator.get(k) for k in ("backend", "model", "base_url"))
    t_ver = float(verifier.get("temperature", 0.0))
    t_gen = float(generator.get("temperature", 0.0))
    same_sampling = t_ver == t_gen and (
        t_ver == 0.0 or verifier.get("seed", 0) == generator.get("seed", 0)
    )
    if same_model and same_sampling:
        raise VerifierConfigError(
            "config verify.pre.llm repeats generate.llm (same backend and model, same sampling"
            f"{'; greedy decoding ignores the seed' if t_ver == 0.0 else ''}): the verifier's "
            "answers would equal the generator's and every sample would pass. Use another model "
            "(on HPC, another model family) or at least a temperature > 0 with another seed."
        )


def rowwise_cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity of row i of ``a`` with row i of ``b``."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    na = np.linalg.norm(a, axis=1)
    nb = np.linalg.norm(b, axis=1)
    return (a * b).sum(axis=1) / np.maximum(na * nb, 1e-12)


def cross_group_partners(
    groups: Sequence[str], rng: np.random.Generator, repeats: int
) -> np.ndarray | None:
    """For each sample, ``repeats`` partners drawn uniformly from the samples of *other* source
    videos (an array n × repeats), or None when every sample comes from one video.

    Clips cut from one video share their intent, so a shuffled pair from the same source would
    be a matched pair in disguise. Partners are drawn with replacement, so the draw works even
    when one video holds most clips (the demo: 30 of 35 from one film).
    """
    keys = np.asarray(groups, dtype=object)
    n = len(keys)
    if n < 2 or len(set(groups)) < 2:
        return None
    partners = rng.integers(0, n, size=(n, repeats))
    same = keys[partners] == keys[:, None]
    while same.any():  # redraw the partners that came from the sample's own video
        partners[same] = rng.integers(0, n, size=int(same.sum()))
        same = keys[partners] == keys[:, None]
    return partners


def same_group_partners(
    groups: Sequence[str], rng: np.random.Generator, repeats: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each sample that has another clip of its own source video, ``repeats`` partners drawn
    uniformly from those other clips: (the samples' indices, an array of their partners)."""
    members: dict[str, list[int]] = {}
    for i, key in enumerate(groups):
        members.setdefault(key, []).append(i)
    rows, partners = [], []
    for i, key in enumerate(groups):
        others = [j for j in members[key] if j != i]
        if others:
            rows.append(i)
            partners.append(np.asarray(others)[rng.integers(0, len(others), size=repeats)])
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros((0, repeats), dtype=np.int64)
    return np.asarray(rows), np.stack(partners)


def shuffled_similarity(
    gen: np.ndarray,
    ver: np.ndarray,
    groups: Sequence[str],
    seed: int,
    repeats: int,
    same_source: bool = False,
) -> np.ndarray:
    """Similarities of mismatched pairs: each generator term against ``repeats`` verifier terms
    of clips from other source videos (or, with ``same_source``, of other clips of its own)."""
    rng = np.random.default_rng(seed)
    if same_source:
        rows, partners = same_group_partners(groups, rng, repeats)
        gen = gen[rows]
    else:
        partners = cross_group_partners(groups, rng, repeats)
    if partners is None or not partners.size:
        return np.zeros(0)
    cols = [rowwise_cosine(gen, ver[partners[:, k]]) for k in range(repeats)]
    return np.concatenate(cols)


def calibrate(
    matched: np.ndarray,
    shuffled: np.ndarray,
    thresholds: Sequence[float],
    chosen: float,
) -> dict[str, Any]:
    """ROC AUC of matched vs shuffled similarity and the pass rates at each threshold."""
    from sklearn.metrics import roc_auc_score

    matched = np.asarray(matched, dtype=np.float64)
    shuffled = np.asarray(shuffled, dtype=np.float64)
    auc = None
    if matched.size and shuffled.size:
        y = np.r_[np.ones(matched.size), np.zeros(shuffled.size)]
        auc = float(roc_auc_score(y, np.r_[matched, shuffled]))

    def rate(x: np.ndarray, t: float) -> float | None:
        return float((x >= t).mean()) if x.size else None

    def summary(x: np.ndarray) -> dict[str, float | int | None]:
        if not x.size:
            return {"n": 0, "mean": None, "median": None, "p10": None, "p90": None}
        return {
            "n": int(x.size),
            "mean": float(x.mean()),
            "median": float(np.median(x)),
            "p10": float(np.percentile(x, 10)),
            "p90": float(np.percentile(x, 90)),
        }

    grid = sorted(set(round(float(t), 4) for t in thresholds) | {round(float(chosen), 4)})
    return {
        "auc": auc,
        "matched": summary(matched),
        "shuffled": summary(shuffled),
        "thresholds": [
            {
                "threshold": t,
                "matched_pass_rate": rate(matched, t),
                "shuffled_pass_rate": rate(shuffled, t),
            }
            for t in grid
        ],  # fmt: skip
        "chosen_threshold": float(chosen),
        "chosen_matched_pass_rate": rate(matched, chosen),
        "chosen_shuffled_pass_rate": rate(shuffled, chosen),
    }


def calibration_figure(
    report: dict[str, Any],
    matched: np.ndarray,
    shuffled: np.ndarray,
    png: Path,
    pdf: Path,
    title: str,
) -> None:
    """Histogram of matched vs shuffled similarity and pass rate against threshold."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from videomind.core.io import save_figure

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    bins = np.linspace(-0.2, 1.0, 25)
    for values, name in ((shuffled, "shuffled"), (matched, "matched")):
        if len(values):
            ax1.hist(values, bins=bins, alpha=0.6, density=True, label=f"{name} (n={len(values)})")
        else:
            ax1.plot([], [], label=f"{name} (none)")
    ax1.axvline(report["chosen_threshold"], color="k", linestyle="--", label="threshold")
    ax1.set_xlabel("cosine similarity of intent terms")
    ax1.set_ylabel("density")
    auc = report["auc"]
    ax1.set_title(f"ROC AUC {auc:.3f}" if auc is not None else "ROC AUC n/a")
    ax1.legend(fontsize=8)
    rows = report["thresholds"]
    ts = [r["threshold"] for r in rows]
    for key, label in (("matched_pass_rate", "matched"), ("shuffled_pass_rate", "shuffled")):
        ax2.plot(ts, [np.nan if r[key] is None else r[key] for r in rows], marker="o", label=label)
    ax2.axvline(report["chosen_threshold"], color="k", linestyle="--")
    ax2.set_xlabel("threshold")
    ax2.set_ylabel("pass rate")
    ax2.set_ylim(-0.02, 1.02)
    ax2.legend(fontsize=8)
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    save_figure(fig, png, pdf)
    plt.close(fig)
