"""How the workflow's start-up scales with the manifest: `snakemake -n` wall time and peak
memory for 100 K and 1 M manifest rows, beside parsing the same manifest alone in the same run.

    .venv/bin/python bench/manifest_scale.py [--rows 100000 1000000] [--per-shard 1000]

Writes bench/out/manifest_scale.json. The manifest is parsed once per workflow run (at DAG
build); each fetch job gets its shard's rows as a param. Beside it, Snakemake's own floor: the
dry-run of a chain of empty rules with as many jobs. Targets (issue 27): 1 M rows within 30 s
and 1 GB for the dry-run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SNAKEMAKE = str(Path(sys.executable).with_name("snakemake"))


def write_manifest(path: Path, rows: int) -> None:
    with open(path, "w") as out:
        out.write("id\turl\ttitle\n")
        for i in range(rows):
            out.write(f"v{i:07d}\thttps://www.youtube.com/watch?v={i:011d}\tVideo number {i}\n")


def measured(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and peak memory (MiB, the process tree's RSS sampled every 0.1 s)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree))
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    return seconds, peak / 2**20, done


# Snakemake's own floor: a chain of as many empty rules per shard as the workflow has, with
# no input functions, params or manifest, over the same number of shards.
FLOOR_SNAKEFILE = """
SHARDS = [f"shard{i:05d}" for i in range(int(config["shards"]))]
STEPS = ["fetch", "clips", "asr", "ocr", "samples", "screen", "generate", "preverify", "review"]

rule all:
    input: expand("out/{shard}/review", shard=SHARDS)

for prev, step in zip([None] + STEPS, STEPS):
    rule:
        name: step
        input: [] if prev is None else f"out/{{shard}}/{prev}"
        output: f"out/{{shard}}/{step}"
        log: f"logs/{step}/{{shard}}.log"
        threads: 1
        resources: mem_mb=1000
        shell: "touch {output}"
"""


def run(rows: int, per_shard: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_manifest(work / "manifest.tsv", rows)
        shards = -(-rows // per_shard)
        config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
        config.update(manifest=str(work / "manifest.tsv"), shards=shards)
        (work / "config.yaml").write_text(yaml.safe_dump(config))
        parse_code = (
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "from videomind.ingest.manifest import load_manifest;"
            "m = load_manifest(sys.argv[2], int(sys.argv[3]));"
            "print(len(m.rows), len(m.shards))"
        )
        parse_s, parse_mb, parsed = measured(
            [sys.executable, "-c", parse_code, str(ROOT), str(work / "manifest.tsv"), str(shards)]
        )
        cmd = [SNAKEMAKE, "-s", str(ROOT / "Snakefile"), "--directory", str(work),
               "--configfile", str(work / "config.yaml"), "-n", "--quiet", "rules"]  # fmt: skip
        dry_s, dry_mb, proc = measured(cmd)
        (work / "floor").mkdir()
        (work / "floor" / "Snakefile").write_text(FLOOR_SNAKEFILE)
        floor_s, _, floor = measured([SNAKEMAKE, "-s", str(work / "floor" / "Snakefile"),
                                      "--directory", str(work / "floor"), "--config",
                                      f"shards={shards}", "-n", "--quiet", "rules"])  # fmt: skip
    if floor.returncode != 0:
        raise SystemExit(f"the floor's dry-run failed:\n{floor.stderr[-2000:]}")
    if proc.returncode != 0:
        raise SystemExit(f"dry-run failed for {rows} rows:\n{proc.stderr[-2000:]}")
    total = re.search(r"^total\s+(\d+)", proc.stdout + proc.stderr, re.M)
    return {
        "rows": rows, "shards": shards, "jobs": int(total.group(1)) if total else None,
        "parse_s": round(parse_s, 1), "parse_peak_mb": round(parse_mb),
        "dry_run_s": round(dry_s, 1), "dry_run_peak_mb": round(dry_mb),
        "snakemake_floor_s": round(floor_s, 1),
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--per-shard", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out/manifest_scale.json")
    args = ap.parse_args()
    results = []
    for n in args.rows:
        results.append(run(n, args.per_shard))
        print(json.dumps(results[-1]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print("| rows | shards | jobs | parse alone | its peak | Snakemake's own floor | "
          "`snakemake -n` | its peak |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        cells = [
            f"{r['rows']:,}",
            f"{r['shards']:,}",
            f"{r['jobs']:,}",
            f"{r['parse_s']} s",
            f"{r['parse_peak_mb']} MB",
            f"{r['snakemake_floor_s']} s",
            f"{r['dry_run_s']} s",
            f"{r['dry_run_peak_mb']} MB",
        ]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
