"""Benchmark: how many words does Whisper get wrong, greedy or with a beam, heard once or again
with the clip's own words as its prompt (asr.hint)?

    .venv/bin/python bench/asr_hint.py [bench/out/heldback21 ...] [--out bench/out/asr_hint.json]

The held-back sets' speech is espeak reading scripts bench/heldback.py holds (bench/rescore.py
reads them the same way). Each clip the stored run trusted as English speech is transcribed by
the configured ASR model four ways: greedy and with ``asr.beam_size`` (config), each as the
stage hears it once and as it hears it with ``asr.hint`` (a second hearing with the title and
short on-screen text as the prompt, from which only words of the prompt heard in place of other
words are taken: modalities.asr.card_corrected). A transcript's wrong words are its word edit
distance to the closest span of any script (a clip starts and ends mid-script, so the span's
ends are free); the right words are its words less the wrong ones. Reported per way: wrong and
right words, and seconds per clip (ratios within this run). Every transcript is listed in the JSON.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from rescore import _words, english_speech, scripts  # noqa: E402

from videomind.backends.registry import load  # noqa: E402
from videomind.core.io import write_json  # noqa: E402
from videomind.modalities.asr import TRUST, hear, hint  # noqa: E402


def span_distance(hyp: list[str], ref: list[str]) -> int:
    """Word edit distance of ``hyp`` to the closest contiguous span of ``ref``."""
    prev = [0] * (len(ref) + 1)
    for i in range(1, len(hyp) + 1):
        cur = [i] + [0] * len(ref)
        for j in range(1, len(ref) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (hyp[i - 1] != ref[j - 1]))
        prev = cur
    return min(prev)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path,
                    default=sorted((ROOT / "bench" / "out").glob("heldback*")))  # fmt: skip
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "asr_hint.json")
    ap.add_argument("--beams", default="1,config", help="beam sizes ('config': asr.beam_size)")
    args = ap.parse_args()
    block = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())["asr"]
    corpus = [s.split() for s in scripts()]
    clips = list(english_speech(args.sets))
    ways = {}
    rows = []
    beams = [int(block.get("beam_size", 1)) if b == "config" else int(b)
             for b in args.beams.split(",")]  # fmt: skip
    for beam in dict.fromkeys(beams):
        keep = ("backend", "model", "compute_type", "language")
        asr = load("asr", {k: v for k, v in block.items() if k in keep}
                   | {"beam_size": beam, "threads": 2})  # fmt: skip
        for hinted in (False, True):
            name = f"beam {beam}" + (", hint" if hinted else "")
            wrong = right = kept = 0
            started = time.monotonic()
            for folder, c in clips:
                prompt = hint(c.get("title"), c.get("ocr_text")) if hinted else None
                heard, _, fixed = hear(asr, folder / c["audio_path"], TRUST, prompt)
                text, used = heard.text, bool(fixed)
                hyp = _words(text)
                miss = min(span_distance(hyp, ref) for ref in corpus) if hyp else 0
                wrong, right, kept = wrong + miss, right + len(hyp) - miss, kept + used
                rows.append({"way": name, "set": folder.name, "clip_id": c["clip_id"],
                             "text": text, "wrong": miss, "hint_kept": used})  # fmt: skip
            seconds = time.monotonic() - started
            ways[name] = {"wrong": wrong, "right": right, "hint_kept": kept,
                          "seconds_per_clip": round(seconds / max(len(clips), 1), 2)}  # fmt: skip
            print(f"{name:16} wrong {wrong:4}  right {right:4}  hint kept {kept:3}/{len(clips)}"
                  f"  {seconds / max(len(clips), 1):.2f} s/clip", flush=True)  # fmt: skip
    write_json({"model": block.get("model"), "clips": len(clips), "ways": ways, "rows": rows},
               args.out)  # fmt: skip


if __name__ == "__main__":
    main()
