"""Benchmark: how long `snakemake -n` takes as the corpus grows (the DAG must stay shard-sized).

    .venv/bin/python bench/dag_scale.py [--clips-per-video 5] [--shard-size 50]

Generates synthetic manifests for 1 K, 10 K and 103 K clips (URL rows: a dry-run opens no
media), times `snakemake -n --quiet rules` on each, and prints the job counts it reports.
For contrast it also times one-video shards (the job count per-video jobs would give) at
1 K and 10 K clips. Writes bench/out/dag_scale.json.
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


def dry_run(clips: int, clips_per_video: int, shard_size: int) -> dict:
    videos = -(-clips // clips_per_video)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = "".join(f"v{i:07d}\thttps://video.invalid/watch?v={i}\n" for i in range(videos))
        (work / "manifest.tsv").write_text("id\turl\n" + rows)
        config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
        # shards sized for `shard_size` videos each on average (sources are hashed to shards)
        config.update(manifest=str(work / "manifest.tsv"), shards=-(-videos // shard_size))
        (work / "config.yaml").write_text(yaml.safe_dump(config))
        cmd = [SNAKEMAKE, "-s", str(ROOT / "Snakefile"), "--directory", str(work),
               "--configfile", str(work / "config.yaml"), "-n", "--quiet", "rules"]  # fmt: skip
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"dry-run failed for {clips} clips:\n{proc.stderr[-2000:]}")
    out = proc.stdout + proc.stderr
    total = re.search(r"^total\s+(\d+)", out, re.M)
    return {
        "clips": clips,
        "videos": videos,
        "shard_size": shard_size,
        "shards": -(-videos // shard_size),
        "jobs": int(total.group(1)) if total else None,
        "dry_run_s": round(elapsed, 2),
    }


def startup() -> float:
    """Snakemake's own start-up here, paid by every invocation whatever the DAG size.

    On a machine with Slurm's client tools but no reachable controller (a CI box after its
    test cluster stopped), the SLURM executor plugin probes `scontrol` at import and waits
    for its time-outs: that shows up here, not in the DAG.
    """
    start = time.perf_counter()
    subprocess.run([SNAKEMAKE, "--version"], capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clips-per-video", type=int, default=5)
    ap.add_argument("--shard-size", type=int, default=100)
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out/dag_scale.json")
    args = ap.parse_args()
    base = startup()
    runs = [dry_run(n, args.clips_per_video, args.shard_size) for n in (1_000, 10_000, 103_000)]
    runs += [dry_run(n, args.clips_per_video, 1) for n in (1_000, 10_000)]
    for r in runs:
        r["startup_s"] = round(base, 2)
        r["dag_s"] = round(r["dry_run_s"] - base, 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(runs, indent=2) + "\n")
    print(f"clips per video: {args.clips_per_video}; `snakemake --version` takes {base:.2f} s")
    print("| clips | videos | videos/shard | shards | jobs | `snakemake -n` s | minus start-up |")
    print("|---|---|---|---|---|---|---|")
    for r in runs:
        print(f"| {r['clips']:,} | {r['videos']:,} | {r['shard_size']} | {r['shards']:,} | "
              f"{r['jobs']:,} | {r['dry_run_s']} | {r['dag_s']} |")  # fmt: skip


if __name__ == "__main__":
    main()
