"""Benchmark: whole ingest of one video (scene detection, cutting, 12 frames per clip, audio)
against a bare ``ffmpeg -i IN -an -f null -`` decode of the same file, measured in the same run.

    .venv/bin/python bench/ingest.py [--video resources/demo/bbb.mp4] [--threads 2]

Writes bench/out/ingest.json and prints a Markdown table. Not a test: timings are reported as a
ratio to the baseline so that a slower or busier machine does not change the verdict much.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from videomind.core.io import read_parquet, write_parquet  # noqa: E402
from videomind.core.records import to_table  # noqa: E402
from videomind.media.probe import probe  # noqa: E402
from videomind.media.scenes import DetectorConfig  # noqa: E402
from videomind.modalities.clips import ClipConfig, clips_job, run_clips  # noqa: E402


def bare_decode(video: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-i", str(video), "-an", "-f", "null",
                    "-"], check=True)  # fmt: skip
    return time.perf_counter() - start


def ingest(video: Path, work: Path, threads: int, fast: bool) -> dict:
    info = probe(video)
    sources = work / "sources.parquet"
    row = {"source_id": "bench", "shard": "shard00000", "status": "ok",
           "media_path": str(video), "source_duration": info.duration}  # fmt: skip
    write_parquet(to_table("sources", [row]), sources)
    t0 = time.perf_counter()
    run_clips(clips_job(sources, work, DetectorConfig(fast_decode=fast), ClipConfig(), threads))
    total = time.perf_counter() - t0
    clips = read_parquet(work / "clips.parquet").to_pylist()
    return {
        "total_s": round(total, 2),
        "clips": len(clips),
        "frames": sum(len(c["frame_paths"]) for c in clips),
        "clip_seconds": round(sum(c["duration"] for c in clips), 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--video", type=Path, default=ROOT / "resources/demo/bbb.mp4")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out/ingest.json")
    ap.add_argument("--exact-decode", action="store_true", help="also time fast_decode=false")
    args = ap.parse_args()
    if not args.video.exists():
        sys.exit(f"{args.video} does not exist: run the demo (or rule demo_corpus) first")
    bare = [bare_decode(args.video)]
    results = {}
    modes = [True, False] if args.exact_decode else [True]
    for fast in modes:
        with tempfile.TemporaryDirectory() as tmp:
            results["fast_decode" if fast else "full_decode"] = ingest(
                args.video, Path(tmp), args.threads, fast
            )
        bare.append(bare_decode(args.video))
    baseline = statistics.mean(bare)
    report = {
        "video": str(args.video),
        "duration_s": round(probe(args.video).duration, 1),
        "threads": args.threads,
        "bare_decode_s": [round(b, 2) for b in bare],
        "baseline_s": round(baseline, 2),
        "runs": {k: v | {"ratio": round(v["total_s"] / baseline, 2)} for k, v in results.items()},
        "target_ratio": 1.15,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"video {report['video']} ({report['duration_s']} s); bare decode {baseline:.1f} s "
          f"(mean of {len(bare)})")  # fmt: skip
    print("| scene decode | ingest s | ratio to bare decode | clips | frames |")
    print("|---|---|---|---|---|")
    for k, v in report["runs"].items():
        print(f"| {k} | {v['total_s']} | {v['ratio']} | {v['clips']} | {v['frames']} |")


if __name__ == "__main__":
    main()
