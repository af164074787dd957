"""Benchmark: does the ASR stage's language model tell misheard sentences from right ones?

    .venv/bin/python bench/rescore.py [bench/out/heldback21 ...] [--out bench/out/rescore.json]

The held-back sets' speech is espeak reading a script bench/heldback.py holds, so each sentence
Whisper wrote can be checked against what was said: a sentence is *right* when each of its runs
of words (between doubted "…" gaps) occurs, in order, in one of the scripts (case and
punctuation aside), else *misheard*. Each sentence of the trusted transcripts (what the
generator read before asr.rescore: ``asr_sure_text``, else ``asr_text``) is scored by the
configured ``asr.rescore`` model after the clip's title, as the ASR stage scores it (as Whisper
heard it: each doubted gap filled from ``asr_text``, ``modalities.asr.heard``). Reported:
the ROC AUC of the score for right against misheard (sentences of four words or more: the
stage leaves shorter ones unscored), and at ``min_logprob`` how many sentences
of each kind are kept and dropped, with every sentence listed (a number is written in digits
by Whisper where a script may spell it: such a "misheard" one is the script's, not Whisper's).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

from videomind.backends.registry import load  # noqa: E402
from videomind.core.io import read_parquet, write_json  # noqa: E402
from videomind.core.text import WORD, sentences  # noqa: E402
from videomind.modalities.asr import MIN_LOGPROB, UNSURE, sentence_scores  # noqa: E402


def _words(text: str) -> list[str]:
    return [w.lower().strip("'") for w in WORD.findall(text)]


def scripts() -> list[str]:
    """Every string the held-back builder speaks or shows, as one lower-case word string per
    string literal (the scripts are module constants and tuples of literals)."""
    tree = ast.parse((ROOT / "bench" / "heldback.py").read_text())
    found = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
             and isinstance(n.value, str)]  # fmt: skip
    return [" " + " ".join(_words(s)) + " " for s in found if len(s.split()) >= 3]


def right(sentence: str, corpus: list[str]) -> bool:
    parts = [" " + " ".join(_words(p)) + " " for p in sentence.split(UNSURE)]
    parts = [p for p in parts if p.strip()]
    return bool(parts) and any(all(p in s for p in parts) for s in corpus)


def english_speech(sets: list[Path]) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each clip of the held-back ``sets`` whose stored run trusted its speech as English, with
    its set's folder (a set not yet built is skipped)."""
    for folder in sets:
        table = folder / "results" / "samples.parquet"
        if table.exists():
            for clip in read_parquet(table).to_pylist():
                if clip.get("asr_status") == "ok" and (clip.get("asr_language") or "en") == "en":
                    yield folder, clip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path,
                    default=sorted((ROOT / "bench" / "out").glob("heldback*")))  # fmt: skip
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "rescore.json")
    args = ap.parse_args()
    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    block = config["asr"]["rescore"]
    bound = float(block.get("min_logprob", MIN_LOGPROB))
    scorer = load("text_scorer", block, threads=2, key="asr.rescore")
    corpus = scripts()
    rows = []
    for folder, clip in english_speech(args.sets):
        # what the stage read: the sentences it kept, and those it hid (a set built
        # after asr.rescore lists them), or the whole trusted text of an earlier set
        text = clip.get("asr_sure_text") or clip.get("asr_text") or ""
        said = sentences(text) + list(clip.get("asr_unlikely_sentences") or [])
        scored = sentence_scores(said, scorer, clip.get("title"), clip.get("asr_text"))
        rows += [{"set": folder.name, "clip_id": clip["clip_id"], "sentence": x,
                  "right": right(x, corpus), "logprob": round(score, 3)}
                 for x in said if (score := scored.get(x)) is not None]  # fmt: skip
    labels = [int(r["right"]) for r in rows]
    auc = None
    if 0 < sum(labels) < len(rows):
        auc = float(roc_auc_score(labels, [r["logprob"] for r in rows]))
    kept = {k: sum(1 for r in rows if r["right"] == k and r["logprob"] >= bound) for k in (1, 0)}
    total = {k: sum(1 for r in rows if r["right"] == k) for k in (1, 0)}
    report = {"scorer": {"backend": scorer.backend, "model": scorer.model},
              "min_logprob": bound, "sentences": len(rows), "right": total[1],
              "misheard": total[0], "auc": auc,
              "right_kept": kept[1], "misheard_kept": kept[0], "rows": rows}  # fmt: skip
    write_json(report, args.out)
    for r in sorted(rows, key=lambda r: r["logprob"]):
        mark = "right" if r["right"] else "MISHEARD"
        print(f"{r['logprob']:7.2f} {mark:8} {r['set']:11} {r['sentence']}")
    print(f"{scorer.model}: {len(rows)} sentences ({total[1]} right, {total[0]} misheard), "
          f"ROC AUC {auc if auc is None else round(auc, 3)}; at min_logprob {bound}: "
          f"right kept {kept[1]}/{total[1]}, misheard kept {kept[0]}/{total[0]}")  # fmt: skip


if __name__ == "__main__":
    main()
