"""Rule `screen` (after `samples`, before `generate`): sensitive-content screening between the
sample table and generation.

Excluded samples are never silently deleted: each keeps a decision row (scores of every
signal, the signal that decided, the policy version), the funnel counts them by category and
signal, and with ``quarantine: true`` their full sample records are kept for audit.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from videomind.core.io import atomic_path, write_json
from videomind.core.text import clean_text
from videomind.modalities.screening import FrameScreen, Policy, TextScreen, decide, load_policy
from videomind.runner import Failed, Job, Stage

log = logging.getLogger(__name__)


class ScreenStage(Stage):
    """Decides every sample of the shard; text is scored for the whole batch at once (the
    embedder batches), frames per sample."""

    name = "screen"
    table = "screen"
    input = "samples"
    batch_size = 4096

    def load(self) -> None:
        cfg = self.job.params.screen
        self.policy = load_policy(Path(self.job.input.policy))
        self.fields = list(cfg.get("text", {}).get("fields", ["text", "asr_text", "ocr_text"]))
        self.embedder = self.job.load("text_embedder", cfg.get("text"), key="screen.text")
        frames = dict(cfg.get("frames") or {})
        self.frames = None
        if frames.get("backend", "none") != "none":
            self.frames = self.job.load("image_text", frames, key="screen.frames")
        self.text_screen = TextScreen(self.policy, self.embedder)
        self.frame_screen = FrameScreen(self.policy, self.frames) if self.frames else None

    def process_batch(self, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        per_field = {f: self.text_screen.score_texts([r.get(f) or "" for r in rows])
                     for f in self.fields}  # fmt: skip
        out = []
        for i, row in enumerate(rows):
            fs = self.frame_screen
            d = decide(self.policy, row, {f: per_field[f][i] for f in self.fields},
                       fs.score_frames(row["frame_paths"]) if fs else None)  # fmt: skip
            out.append({
                "clip_id": row["clip_id"],
                "source_id": row["source_id"],
                "shard": self.job.shard,
                "screen_excluded": d.excluded,
                "screen_category": d.category,
                "screen_decided_by": d.decided_by,
                "screen_scores": json.dumps(d.scores, sort_keys=True),
                "screen_frames_judged": fs is not None,
                "screen_text_model": f"{self.embedder.backend}:{self.embedder.model}",
                "screen_frame_model": (f"{self.frames.backend}:{self.frames.model}"
                                       if fs else None),
                "screen_policy": self.policy.version,
            })  # fmt: skip
            if d.excluded:
                log.warning("screen excluded %s as %s (%s)", row["clip_id"], d.category,
                            d.decided_by)  # fmt: skip
        return out

    def failed(self, row: dict[str, Any], err: BaseException) -> Failed:
        return Failed.from_error(err, "screen_failed", row["source_id"],
                                 row.get("clip_path") or "", row["clip_id"])  # fmt: skip

    def label(self, row: dict[str, Any], decision: dict[str, Any]) -> str:
        return f"{row['clip_id']} {'excluded' if decision['screen_excluded'] else 'kept'}"

    def write(self, decisions: list[dict[str, Any]]) -> None:
        samples = {r["clip_id"]: r for r in self.items()}
        excluded = {d["clip_id"] for d in decisions if d["screen_excluded"]}
        kept = [samples[d["clip_id"]] for d in decisions if d["clip_id"] not in excluded]
        held = [samples[c] for c in samples if c in excluded]
        quarantine = held if self.job.params.screen.get("quarantine") else []
        self.runner.write("screen", decisions, "decisions")
        self.runner.write("samples", kept, "kept")
        self.runner.write("samples", quarantine, "quarantine")


run_screen = ScreenStage.run


# ---------------------------------------------------------------- evaluation on a labeled set


def read_labeled(path: Path, policy: Policy) -> list[tuple[str, str]]:
    """(label, text) rows; a label must be a policy category or ``none``."""
    names = {c.name for c in policy.categories} | {"none"}
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t")
        if not reader.fieldnames or {"label", "text"} - set(reader.fieldnames):
            raise ValueError(f"{path}: needs the columns label and text")
        for line, row in enumerate(reader, start=2):
            label, text = (row["label"] or "").strip(), clean_text(row["text"])
            if label not in names:
                raise ValueError(f"{path}:{line}: unknown label {label!r}; one of {sorted(names)}")
            if not text:
                raise ValueError(f"{path}:{line}: empty text")
            out.append((label, text))
    return out


def _prf(pred: np.ndarray, truth: np.ndarray) -> dict[str, float]:
    tp = int((pred & truth).sum())
    fp = int((pred & ~truth).sum())
    fn = int((~pred & truth).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}  # fmt: skip


def run_screen_eval(job: Job) -> dict[str, Any]:
    """Precision and recall of the text signal per category at the policy's thresholds, a
    threshold sweep, and the threshold the labeled set implies (best F1)."""
    policy_path, labeled_path = Path(job.input.policy), Path(job.input.labeled)
    out_json, out_md = job.path("json"), job.path("md")
    embedder = job.load("text_embedder", job.params.text, key="screen.text")
    policy = load_policy(policy_path)
    data = read_labeled(labeled_path, policy)
    screen = TextScreen(policy, embedder)
    scores = screen.score_texts([t for _, t in data])
    labels = np.array([label for label, _ in data])
    report: dict[str, Any] = {
        "policy": policy.version,
        "labeled_set": str(labeled_path),
        "texts": len(data),
        "per_label": dict(Counter(labels.tolist())),
        "model": f"{embedder.backend}:{embedder.model}",
        "categories": {},
    }
    for cat in policy.categories:
        truth = labels == cat.name
        pos = np.array([s[cat.name]["pos"] for s in scores])
        neg = np.array([s[cat.name]["neg"] for s in scores])
        fires = np.array([s[cat.name]["fires"] for s in scores])
        at = _prf(fires, truth)
        sweep = []
        for t in np.round(np.arange(0.2, 0.81, 0.02), 2):
            sweep.append({"threshold": float(t),
                          **_prf((pos >= t) & (pos - neg >= cat.margin), truth)})  # fmt: skip
        best = max(sweep, key=lambda r: (r["f1"], r["precision"], r["threshold"]))
        report["categories"][cat.name] = {
            "threshold": cat.threshold,
            "margin": cat.margin,
            "at_threshold": at,
            "implied_threshold": best["threshold"],
            "at_implied_threshold": {k: best[k] for k in ("precision", "recall", "f1")},
            "false_positives": [{"label": str(labels[i]), "text": data[i][1],
                                 "score": float(pos[i])} for i in np.where(fires & ~truth)[0]],
            "false_negatives": [{"text": data[i][1], "score": float(pos[i]),
                                 "counter_score": float(neg[i])}
                                for i in np.where(~fires & truth)[0]],
            "sweep": sweep,
        }  # fmt: skip
    write_json(report, out_json)
    with atomic_path(out_md) as tmp:
        tmp.write_text(screen_eval_markdown(report))
    for name, cat in report["categories"].items():
        log.info(
            "%s: %s; implied threshold %s", name, cat["at_threshold"], cat["implied_threshold"]
        )
    return report


def screen_eval_markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Sensitive-content text filter on the labeled set",
        "",
        f"Policy {report['policy']}, model {report['model']}, {report['texts']} texts "
        f"({', '.join(f'{k}: {v}' for k, v in sorted(report['per_label'].items()))}).",
        "",
        "| category | threshold | precision | recall | F1 | FP | FN | implied threshold (best F1) "
        "| precision / recall there |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, c in report["categories"].items():
        a, b = c["at_threshold"], c["at_implied_threshold"]
        lines.append(f"| {name} | {c['threshold']} | {a['precision']} | {a['recall']} | "
                     f"{a['f1']} | {a['fp']} | {a['fn']} | {c['implied_threshold']} | "
                     f"{b['precision']} / {b['recall']} |")  # fmt: skip
    for name, c in report["categories"].items():
        lines += ["", f"## {name}: false positives", ""]
        lines += [f"- ({fp['label']}, {fp['score']:.2f}) {fp['text']}"
                  for fp in c["false_positives"]] or ["- none"]  # fmt: skip
        lines += ["", f"## {name}: false negatives", ""]
        lines += [f"- ({fn['score']:.2f} vs counter {fn['counter_score']:.2f}) {fn['text']}"
                  for fn in c["false_negatives"]] or ["- none"]  # fmt: skip
    return "\n".join(lines) + "\n"
