"""Sensitive-content screening: a versioned policy, three signals and one documented rule.

The rule (also written at the top of config/sensitive_policy.yaml): a sample is excluded when
any signal fires, checked in the order metadata → text → frames; the first that fires is the one
recorded as deciding, and every score of every signal is kept with the decision.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

WINDOW_WORDS = 60
WINDOW_STRIDE = 40


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    threshold: float
    margin: float
    frame_threshold: float
    frame_prompts: tuple[str, ...]
    metadata_tags: tuple[str, ...]


@dataclass(frozen=True)
class Policy:
    version: str
    age_limit: int | None
    categories: tuple[Category, ...]
    neutral_frame_prompts: tuple[str, ...]


def load_policy(path: Path) -> Policy:
    raw = Path(path).read_bytes()
    data = yaml.safe_load(raw)
    cats = []
    for name, c in (data.get("categories") or {}).items():
        missing = {"description", "examples", "threshold"} - set(c)
        if missing:
            raise ValueError(f"{path}: category {name!r} lacks {sorted(missing)}")
        cats.append(
            Category(
                name=name,
                description=c["description"],
                examples=tuple(c["examples"]),
                counter_examples=tuple(c.get("counter_examples") or ()),
                threshold=float(c["threshold"]),
                margin=float(c.get("margin", 0.0)),
                frame_threshold=float(c.get("frame_threshold", 0.5)),
                frame_prompts=tuple(c.get("frame_prompts") or ()),
                metadata_tags=tuple(t.lower() for t in c.get("metadata_tags") or ()),
            )
        )
    if not cats:
        raise ValueError(f"{path}: the policy names no categories")
    return Policy(
        version=f"{data.get('version', 0)}#{hashlib.sha256(raw).hexdigest()[:8]}",
        age_limit=data.get("age_limit"),
        categories=tuple(cats),
        neutral_frame_prompts=tuple(data.get("neutral_frame_prompts") or ("a photo",)),
    )


def windows(text: str | None) -> list[str]:
    """Overlapping windows of words, so one sentence cannot hide in a long description."""
    words = (text or "").split()
    if len(words) <= WINDOW_WORDS:
        return [" ".join(words)] if words else []
    starts = range(0, len(words) - WINDOW_WORDS + WINDOW_STRIDE, WINDOW_STRIDE)
    return [" ".join(words[s : s + WINDOW_WORDS]) for s in starts]


class TextScreen:
    """Zero-shot text scoring against each category's description and examples."""

    def __init__(self, policy: Policy, embedder: Any) -> None:
        self.policy = policy
        self.embedder = embedder
        self._pos = [embedder.encode([c.description, *c.examples]) for c in policy.categories]
        self._neg = [embedder.encode(list(c.counter_examples)) for c in policy.categories]

    def score_texts(self, texts: Sequence[str]) -> list[dict[str, dict[str, float]]]:
        """Per text: per category, the best window's similarity to the category (``pos``), to
        its counter-examples (``neg``, same window) and whether it fires."""
        spans: list[tuple[int, int]] = []
        chunks: list[str] = []
        for t in texts:
            ws = windows(t)
            spans.append((len(chunks), len(chunks) + len(ws)))
            chunks += ws
        emb = self.embedder.encode(chunks)
        out = []
        for a, b in spans:
            scores: dict[str, dict[str, float]] = {}
            for cat, pos, neg in zip(self.policy.categories, self._pos, self._neg, strict=True):
                if a == b:
                    scores[cat.name] = {"pos": 0.0, "neg": 0.0, "fires": False}
                    continue
                p = (emb[a:b] @ pos.T).max(axis=1)
                n = (emb[a:b] @ neg.T).max(axis=1) if len(neg) else np.zeros(b - a)
                fires = (p >= cat.threshold) & (p - n >= cat.margin)
                best = int(np.argmax(np.where(fires, p + 10, p)))  # a firing window, if any
                scores[cat.name] = {"pos": round(float(p[best]), 4),
                                    "neg": round(float(n[best]), 4),
                                    "fires": bool(fires.any())}  # fmt: skip
            out.append(scores)
        return out


class FrameScreen:
    """Zero-shot frame scoring (CLIP): per frame, a softmax over the categories' prompts and the
    neutral prompts; a category's score is its best frame's summed prompt probability."""

    def __init__(self, policy: Policy, encoder: Any) -> None:
        self.policy = policy
        self.encoder = encoder
        prompts: list[str] = []
        self._owner: list[int] = []
        for i, cat in enumerate(policy.categories):
            for p in cat.frame_prompts or (cat.description,):
                prompts.append(p)
                self._owner.append(i)
        for p in policy.neutral_frame_prompts:
            prompts.append(p)
            self._owner.append(-1)
        self._text = encoder.encode_texts(prompts)

    def score_frames(self, paths: Sequence[str]) -> dict[str, float]:
        img = self.encoder.encode_images(paths)
        logits = self.encoder.logit_scale * img @ self._text.T
        logits -= logits.max(axis=1, keepdims=True)
        prob = np.exp(logits)
        prob /= prob.sum(axis=1, keepdims=True)
        owner = np.array(self._owner)
        return {cat.name: round(float(prob[:, owner == i].sum(axis=1).max()), 4)
                for i, cat in enumerate(self.policy.categories)}  # fmt: skip


@dataclass
class Decision:
    excluded: bool
    category: str | None = None
    decided_by: str | None = None
    scores: dict[str, Any] = field(default_factory=dict)


def decide(
    policy: Policy,
    row: dict[str, Any],
    text_scores: dict[str, dict[str, dict[str, float]]],
    frame_scores: dict[str, float] | None,
) -> Decision:
    """Apply the policy's rule to one sample's signals (metadata → text → frames)."""
    scores: dict[str, Any] = {"text": text_scores, "frames": frame_scores,
                              "age_limit": row.get("age_limit")}  # fmt: skip
    age = row.get("age_limit")
    if policy.age_limit is not None and age is not None and age >= policy.age_limit:
        return Decision(True, "age_restricted", "metadata:age_limit", scores)
    tags = {t.strip().lower() for t in row.get("tags_meta") or []}
    for cat in policy.categories:
        if tags & set(cat.metadata_tags):
            return Decision(True, cat.name, "metadata:tags", scores)
    for cat in policy.categories:
        for fld, per_cat in text_scores.items():
            if per_cat[cat.name]["fires"]:
                return Decision(True, cat.name, f"text:{fld}", scores)
    if frame_scores is not None:
        for cat in policy.categories:
            if frame_scores[cat.name] >= cat.frame_threshold:
                return Decision(True, cat.name, "frames", scores)
    return Decision(False, scores=scores)
