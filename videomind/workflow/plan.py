"""Cost planner: what a run of N source videos will take, from a pilot run's own measurements.

    .venv/bin/python -m videomind.workflow.plan (--sources N | --clips N) --gpus 8 [--cores 256]
        [--pilot .] [--config config/config.yaml] [--out results/plan]

Every per-shard rule writes ``benchmarks/<rule>/<shard>.tsv`` (Snakemake's wall seconds, CPU
seconds, peak memory). Each rule's cost is fitted per shard as ``fixed + per_unit x units``,
where the unit is what the rule works through (a source second for fetch and clips, a clip for
asr/ocr/screen, a screened sample for generate, a generated sample for preverify, a statement
for t2v); ``fixed`` is the model load and start-up of one job. With one shard, or shards too
alike to separate the two, the fixed part is 0 and everything is per unit. The pilot's own
proportions (source seconds per source, clips per source second, screened and pre-verified
shares) scale the units to N sources.

GPU rules that ran on a CPU in the pilot (the offline demo) have no GPU measurement; their GPU
seconds per unit come from ``plan.gpu_seconds`` in config (per rule; the defaults are
estimates, labeled so in the report), never from the CPU timing. Storage comes from the pilot's
files: fetched sources per source second, clips, frames and audio per clip, and t2v renders per
statement (``plan.render_mb`` when the pilot rendered none).

Wall time on a cluster is at least the larger of CPU-hours / cores and GPU-hours / GPUs; the
report gives that bound and the job counts (one job per shard and rule; t2v in parts).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from videomind.workflow.configs import ROOT, load_config
from videomind.workflow.resources import all_job_resources

# Rule -> (unit, whether the rule runs on a GPU in the cluster profile).
RULES: dict[str, tuple[str, bool]] = {
    "fetch": ("source_seconds", False),
    "clips": ("source_seconds", False),
    "asr": ("clips", True),
    "ocr": ("clips", True),
    "screen": ("clips", False),
    "generate": ("screened", True),
    "preverify": ("generated", True),
    "t2v": ("statements", True),
}
# GPU seconds per unit for rules whose pilot ran without a GPU: estimates (A100-class GPU),
# overridden by config plan.gpu_seconds. asr: Whisper large-v3 on a 20 s clip; ocr: PP-OCR on
# 12 frames; generate: Qwen2.5-Omni-7B, 6 calls with 12 frames + audio; preverify: 2 calls;
# t2v: Wan2.1-1.3B, one 161-frame 480p render.
GPU_SECONDS = {"asr": 2.0, "ocr": 1.5, "generate": 30.0, "preverify": 8.0, "t2v": 600.0}
# GPU seconds of one job before its first unit, when no GPU pilot measured it (estimates,
# overridden by config plan.gpu_job_seconds): loading Whisper large-v3 or the PP-OCR models,
# starting vLLM with a 7B/8B checkpoint from a shared file system, loading Wan2.1-1.3B.
GPU_JOB_SECONDS = {"asr": 60.0, "ocr": 20.0, "generate": 300.0, "preverify": 240.0, "t2v": 120.0}
RENDER_MB = 2.0
# One shard's jobs run one after another along this chain (asr and ocr side by side): however
# many GPUs and cores, the run takes at least one shard's chain.
CHAIN = [("fetch",), ("clips",), ("asr", "ocr"), ("screen",), ("generate",), ("preverify",),
         ("t2v",)]  # fmt: skip


@dataclass
class ShardUnits:
    shard: str
    sources: int
    source_seconds: float
    clips: int
    screened: int
    generated: int
    statements: int
    bytes: dict[str, int] = field(default_factory=dict)


@dataclass
class RuleFit:
    rule: str
    unit: str
    gpu: bool
    shards: int
    fixed_s: float  # wall seconds per job, independent of its size
    per_unit_s: float  # wall seconds per unit
    cpu_per_unit_s: float  # CPU seconds per unit (all of the job's CPU time over its units)
    max_rss_mb: float
    gpu_seconds_per_unit: float | None = None
    gpu_job_seconds: float = 0.0  # a GPU job's fixed cost: model load or server start
    gpu_source: str = ""


def read_benchmark(path: Path) -> dict[str, float]:
    with path.open() as f:
        row = next(csv.DictReader(f, delimiter="\t"))
    out = {}
    for key in ("s", "cpu_time", "max_rss"):
        try:
            out[key] = float(row.get(key) or 0)
        except ValueError:  # Snakemake writes "NA" when it could not measure
            out[key] = 0.0
    return out


def _rows(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist() if path.exists() else []


def _size(paths: Iterable[Path]) -> int:
    total = 0
    for p in paths:
        if p.is_file():
            total += p.stat().st_size
        elif p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return total


def shard_units(pilot: Path, shard: str) -> ShardUnits:
    d = pilot / "results" / "shards" / shard
    sources = [r for r in _rows(d / "sources.parquet") if r.get("status") == "ok"]
    pre = _rows(d / "preverify.parquet")
    fetched = [pilot / r["media_path"] for r in sources if r.get("media_path")]
    media = d / "media"
    return ShardUnits(
        shard=shard,
        sources=len(sources),
        source_seconds=sum(float(r.get("source_duration") or 0) for r in sources),
        clips=len(_rows(d / "clips.parquet")),
        screened=len(_rows(d / "screened.parquet")),
        generated=len(_rows(d / "generation.parquet")),
        statements=2 * sum(bool(r.get("pre_pass")) for r in pre),
        bytes={
            "fetched sources": _size(fetched),
            "clips": _size([media / "clips"]),
            "frames": _size([media / "frames"]),
            "audio": _size([media / "audio"]),
            "t2v renders": _size([d / "t2v"]),
        },
    )


def fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least squares ``y = a + b x`` over (units, seconds) of each shard; a (fixed) is kept
    only when it comes out positive, the slope too, and the shards differ in size, else all is
    per unit. (Two shards that took the same time give a flat line, b = 0, which would plan a
    shard of a million sources as costing what a pilot shard did: seen on CI's fetch.)"""
    xs = [x for x, _ in points]
    total_x = sum(xs)
    if total_x <= 0:
        return (sum(y for _, y in points) / max(1, len(points)), 0.0)
    per_unit = sum(y for _, y in points) / total_x
    if len(points) < 2 or len(set(xs)) < 2:
        return 0.0, per_unit
    n, mx = len(points), total_x / len(points)
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    a = my - b * mx
    if a < 0 or b <= 0:
        return 0.0, per_unit
    return a, b


def fit_rules(
    pilot: Path,
    units: dict[str, ShardUnits],
    gpu_seconds: dict[str, float],
    gpu_rules: set[str] | None = None,
    pilot_gpu_rules: set[str] | frozenset[str] = frozenset(),
    gpu_job_seconds: dict[str, float] | None = None,
) -> list[RuleFit]:
    """Each rule's fit over the given shards' units (read once by the caller).

    ``gpu_rules``: the rules the planned run puts on a GPU (None: every model rule, the
    paper's run). ``pilot_gpu_rules``: the rules the pilot ran on a GPU: their benchmarks are
    GPU measurements, fitted as the job's fixed cost (model load, server start) plus seconds
    per unit; the others' GPU costs come from config or the planner's estimates, labeled."""
    shards = list(units)
    fits = []
    for rule, (unit, model_rule) in RULES.items():
        gpu = model_rule if gpu_rules is None else rule in gpu_rules
        bench = {s: pilot / "benchmarks" / rule / f"{s}.tsv" for s in shards}
        measured = {s: read_benchmark(p) for s, p in bench.items() if p.is_file()}
        if rule == "t2v":  # parts: benchmarks/t2v/<shard>/<part>.tsv, summed per shard
            for s in shards:
                parts = sorted((pilot / "benchmarks" / "t2v" / s).glob("*.tsv"))
                if parts:
                    rows = [read_benchmark(p) for p in parts]
                    measured[s] = {k: sum(r[k] for r in rows) for k in ("s", "cpu_time")}
                    measured[s]["max_rss"] = max(r["max_rss"] for r in rows)
        points = [(float(getattr(units[s], unit)), m["s"]) for s, m in measured.items()]
        fixed, per_unit = fit(points) if points else (0.0, 0.0)
        n_units = sum(getattr(units[s], unit) for s in measured) or 0
        cpu = sum(m["cpu_time"] for m in measured.values())
        f = RuleFit(rule, unit, gpu, len(measured), round(fixed, 3), per_unit,
                    cpu / n_units if n_units else 0.0,
                    max((m["max_rss"] for m in measured.values()), default=0.0))  # fmt: skip
        if gpu and rule in pilot_gpu_rules and measured:
            f.gpu_seconds_per_unit, f.gpu_job_seconds = per_unit, round(fixed, 3)
            f.gpu_source = f"GPU pilot ({len(measured)} shards)"
        elif gpu:
            job_s = gpu_job_seconds or {}
            f.gpu_seconds_per_unit = float(gpu_seconds.get(rule, GPU_SECONDS[rule]))
            f.gpu_job_seconds = float(job_s.get(rule, GPU_JOB_SECONDS[rule]))
            f.gpu_source = "config plan.gpu_seconds" if rule in gpu_seconds else "estimate"
        fits.append(f)
    return fits


def proportions(units: list[ShardUnits]) -> dict[str, float]:
    """The pilot's per-source proportions that scale units to N sources."""
    sources = sum(u.sources for u in units) or 1
    seconds = sum(u.source_seconds for u in units)
    clips = sum(u.clips for u in units)
    return {
        "source_seconds_per_source": seconds / sources,
        "clips_per_source": clips / sources,
        "screened_share": sum(u.screened for u in units) / clips if clips else 0.0,
        "generated_share": sum(u.generated for u in units) / clips if clips else 0.0,
        "statements_per_clip": sum(u.statements for u in units) / clips if clips else 0.0,
    }


def predict(
    fits: list[RuleFit], props: dict[str, float], storage_per: dict[str, float], sources: int,
    videos_per_shard: int, statements_per_job: int, gpus: int, cores: int,
    jobs_cap: int = 200,
) -> dict[str, Any]:  # fmt: skip
    """Jobs, CPU-hours, GPU-hours, storage and a wall-time bound for ``sources`` videos.

    The bound is the largest of: CPU-hours over the cores; GPU-hours over the GPUs the
    profile's ``jobs:`` cap lets run at once; all jobs' hours over the cap; and one shard's
    chain of jobs (its rules one after another), which no number of nodes shortens."""
    units = {
        "sources": sources,
        "source_seconds": sources * props["source_seconds_per_source"],
        "clips": sources * props["clips_per_source"],
    }
    units["screened"] = units["clips"] * props["screened_share"]
    units["generated"] = units["clips"] * props["generated_share"]
    units["statements"] = units["clips"] * props["statements_per_clip"]
    shards = max(1, math.ceil(sources / videos_per_shard))
    rules = {}
    job_hours = 0.0
    chain_s: dict[str, float] = {}
    for f in fits:
        n = units[f.unit]
        jobs = math.ceil(n / statements_per_job) if f.rule == "t2v" else shards
        wall = f.fixed_s * jobs + f.per_unit_s * n
        row = {
            "unit": f.unit, "units": round(n), "jobs": jobs,
            "cpu_hours": round((f.cpu_per_unit_s * n + f.fixed_s * jobs) / 3600, 2),
            "pilot_wall_hours": round(wall / 3600, 2), "max_rss_mb": round(f.max_rss_mb),
            "gpu_hours": None, "gpu_source": f.gpu_source or None,
        }  # fmt: skip
        per_job_units = n / jobs if jobs else 0.0
        if f.gpu:
            gpu_s = (f.gpu_seconds_per_unit or 0.0) * n + f.gpu_job_seconds * jobs
            row["gpu_hours"] = round(gpu_s / 3600, 2)
            row["gpu_job_seconds"] = f.gpu_job_seconds
            row["cpu_hours"] = 0.0  # on the GPU node; its CPU share is inside the GPU-hour
            job_hours += gpu_s / 3600
            chain_s[f.rule] = f.gpu_job_seconds + (f.gpu_seconds_per_unit or 0) * per_job_units
        else:
            job_hours += wall / 3600
            chain_s[f.rule] = f.fixed_s + f.per_unit_s * per_job_units
        rules[f.rule] = row
    storage = {k: round(v * units[_STORAGE_UNIT[k]] / 2**30, 2) for k, v in storage_per.items()}
    cpu_h = sum(r["cpu_hours"] for r in rules.values())
    gpu_h = sum(r["gpu_hours"] or 0 for r in rules.values())
    chain_h = sum(max(chain_s.get(r, 0.0) for r in step) for step in CHAIN) / 3600
    bounds = {
        "cpu_hours / cores": cpu_h / max(1, cores),
        "gpu_hours / usable GPUs": gpu_h / max(1, min(gpus, jobs_cap)),
        "job_hours / jobs cap": job_hours / max(1, jobs_cap),
        "one shard's chain": chain_h,
    }
    return {
        "sources": sources, "shards": shards, "units": {k: round(v) for k, v in units.items()},
        "rules": rules, "cpu_hours": round(cpu_h, 1), "gpu_hours": round(gpu_h, 1),
        "storage_gb": storage, "storage_total_gb": round(sum(storage.values()), 1),
        "wall_hours_lower_bound": round(max(bounds.values()), 1),
        "wall_bounds_hours": {k: round(v, 2) for k, v in bounds.items()},
        "gpus": gpus, "cores": cores, "jobs_cap": jobs_cap,
    }  # fmt: skip


_STORAGE_UNIT = {
    "fetched sources": "source_seconds",
    "clips": "clips",
    "frames": "clips",
    "audio": "clips",
    "t2v renders": "statements",
}


def storage_rates(units: list[ShardUnits], render_mb: float) -> dict[str, float]:
    """Bytes per unit of each kind of file in the pilot."""
    out = {}
    for kind, unit in _STORAGE_UNIT.items():
        n = sum(getattr(u, unit) for u in units)
        total = sum(u.bytes.get(kind, 0) for u in units)
        out[kind] = total / n if n else 0.0
    if not out["t2v renders"]:
        out["t2v renders"] = render_mb * 2**20
    return out


def pilot_shards(pilot: Path) -> list[str]:
    return sorted(p.name for p in (pilot / "results" / "shards").glob("shard*") if p.is_dir())


def plan(pilot: Path, config: dict[str, Any], sources: int | None, gpus: int, cores: int,
         shards: list[str] | None = None, clips: int | None = None, jobs_cap: int = 200,
         gpu_rules: set[str] | None = None,
         pilot_gpu_rules: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:  # fmt: skip
    """The plan for ``sources`` videos, or for as many as give ``clips`` clips at the pilot's
    clips per source (``gpu_rules``, ``pilot_gpu_rules``: see ``fit_rules``)."""
    cfg = config.get("plan", {}) or {}
    shards = shards or pilot_shards(pilot)
    by_shard = {s: shard_units(pilot, s) for s in shards}
    units = list(by_shard.values())
    if sources is None:
        per_source = proportions(units)["clips_per_source"]
        if not clips or not per_source:
            raise ValueError("plan: give --sources, or --clips with a pilot that made clips")
        sources = math.ceil(clips / per_source)
    fits = fit_rules(pilot, by_shard, cfg.get("gpu_seconds", {}) or {}, gpu_rules,
                     pilot_gpu_rules, cfg.get("gpu_job_seconds", {}) or {})  # fmt: skip
    props = proportions(units)
    if cfg.get("statements_per_clip") is not None:  # e.g. 2: every clip's two intents rendered
        props["statements_per_clip"] = float(cfg["statements_per_clip"])
    rates = storage_rates(units, float(cfg.get("render_mb", RENDER_MB)))
    pilot_sources = sum(u.sources for u in units)
    per_shard = int(cfg.get("videos_per_shard") or max(1, math.ceil(pilot_sources / len(shards))))
    t2v = config.get("verify", {}).get("post", {}).get("t2v", {})
    result = predict(fits, props, rates, sources, per_shard,
                     int(t2v.get("statements_per_job", 8)), gpus, cores, jobs_cap)  # fmt: skip
    result["pilot"] = {
        "folder": str(pilot), "shards": shards, "sources": pilot_sources,
        "proportions": {k: round(v, 4) for k, v in props.items()},
        "fits": [asdict(f) for f in fits], "videos_per_shard": per_shard,
    }  # fmt: skip
    return result


def pilot_wall_seconds(pilot: Path, shards: list[str]) -> dict[str, float]:
    """The measured wall seconds per rule over the given shards (for the half-pilot check)."""
    out = {}
    for rule in RULES:
        files = [pilot / "benchmarks" / rule / f"{s}.tsv" for s in shards]
        out[rule] = sum(read_benchmark(p)["s"] for p in files if p.is_file())
    return out


def half_pilot_check(pilot: Path, config: dict[str, Any]) -> dict[str, Any]:
    """Fit on every other shard, predict the whole pilot's per-shard wall seconds, compare."""
    shards = pilot_shards(pilot)
    half = shards[::2]
    units = {s: shard_units(pilot, s) for s in shards}
    fits = fit_rules(pilot, {s: units[s] for s in half}, {})
    predicted, measured = 0.0, 0.0
    by_rule = {}
    actual = pilot_wall_seconds(pilot, shards)
    for f in fits:
        if not f.shards:
            continue
        p = sum(f.fixed_s + f.per_unit_s * getattr(units[s], f.unit) for s in shards
                if (pilot / "benchmarks" / f.rule / f"{s}.tsv").is_file())  # fmt: skip
        by_rule[f.rule] = {"predicted_s": round(p, 1), "measured_s": round(actual[f.rule], 1)}
        predicted += p
        measured += actual[f.rule]
    error = (predicted - measured) / measured if measured else None
    return {"fitted_on": half, "predicted_on": shards, "rules": by_rule,
            "predicted_s": round(predicted, 1), "measured_s": round(measured, 1),
            "relative_error": round(error, 4) if error is not None else None}  # fmt: skip


def markdown(result: dict[str, Any], check: dict[str, Any] | None) -> str:
    lines = [
        f"# Cost plan: {result['sources']:,} source videos on {result['gpus']} GPUs and "
        f"{result['cores']} CPU cores",
        "",
        f"From the pilot in `{result['pilot']['folder']}` ({result['pilot']['sources']} sources, "
        f"{len(result['pilot']['shards'])} shards). Units for {result['sources']:,} sources: "
        + ", ".join(f"{k} {v:,}" for k, v in result["units"].items())
        + ".",
        "",
        "| rule | unit | units | jobs | CPU-hours | GPU-hours | GPU cost from | pilot wall-hours |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for rule, r in result["rules"].items():
        gpu = "" if r["gpu_hours"] is None else f"{r['gpu_hours']:,}"
        lines.append(
            f"| {rule} | {r['unit']} | {r['units']:,} | {r['jobs']:,} | {r['cpu_hours']:,} | "
            f"{gpu} | {r['gpu_source'] or 'CPU rule'} | {r['pilot_wall_hours']:,} |"
        )
    lines += [
        "",
        f"CPU-hours {result['cpu_hours']:,}; GPU-hours {result['gpu_hours']:,} (each GPU "
        "job's fixed cost, model load or server start, included); wall time at least "
        f"{result['wall_hours_lower_bound']:,} h, the largest of "
        + ", ".join(f"{k} {v:,} h" for k, v in result["wall_bounds_hours"].items())
        + f" (jobs cap {result['jobs_cap']}; queueing and the run-wide rules come on top).",
        "",
        "Storage (GB): "
        + ", ".join(f"{k} {v:,}" for k, v in result["storage_gb"].items())
        + f"; total {result['storage_total_gb']:,}.",
        "",
        "GPU-hours of rules that ran on a GPU in the pilot are fitted from its benchmarks "
        "(labeled `GPU pilot`); those of rules that ran on a CPU come from config "
        "`plan.gpu_seconds` and `plan.gpu_job_seconds` or, where it is silent, from the "
        "planner's estimates (labeled `estimate`). The pilot wall-hours column is the "
        "pilot's own speed, for comparison only.",
    ]
    if check:
        err = check["relative_error"]
        lines += [
            "",
            f"Check: fitted on shards {', '.join(check['fitted_on'])}, the pilot's measured "
            f"{check['measured_s']:,} s of per-shard jobs were predicted as "
            f"{check['predicted_s']:,} s ({err:+.1%})."
            if err is not None
            else "",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pilot", type=Path, default=Path("."))
    ap.add_argument("--config", type=Path, action="append", default=None,
                    help="config layers of the planned run over config/config.yaml (default: "
                    "the pilot folder's config.yaml, if any); its backends decide the GPU "
                    "rules")  # fmt: skip
    ap.add_argument("--pilot-config", type=Path, action="append", default=None,
                    help="config layers the pilot ran with (default: --config): the rules it "
                    "put on a GPU have GPU measurements")  # fmt: skip
    ap.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="the profile's jobs cap (default: slurm/config.yaml's jobs:)",
    )
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--sources", type=int, help="source videos of the planned run")
    size.add_argument("--clips", type=int, help="clips of the planned run (sources follow)")
    ap.add_argument("--gpus", type=int, default=8)
    ap.add_argument("--cores", type=int, default=256)
    ap.add_argument("--out", type=Path, default=Path("results/plan"))
    args = ap.parse_args(argv)
    own = args.pilot / "config.yaml"
    layers = args.config if args.config is not None else ([own] if own.is_file() else [])
    config = load_config(*layers)
    pilot_config = load_config(*args.pilot_config) if args.pilot_config else config
    gpu_rules = {r for r, res in all_job_resources(config).items() if res.gpu}
    pilot_gpu = {r for r, res in all_job_resources(pilot_config).items() if res.gpu}
    jobs_cap = args.jobs
    if jobs_cap is None:
        profile = yaml.safe_load((ROOT / "slurm" / "config.yaml").read_text()) or {}
        jobs_cap = int(profile.get("jobs", 200))
    if not pilot_shards(args.pilot):
        print(f"plan: no pilot run in {args.pilot} (results/shards/ is empty): run the "
              "workflow on a sample of your manifest first", file=sys.stderr)  # fmt: skip
        return 2
    result = plan(args.pilot, config, args.sources, args.gpus, args.cores, clips=args.clips,
                  jobs_cap=jobs_cap, gpu_rules=gpu_rules, pilot_gpu_rules=pilot_gpu)  # fmt: skip
    check = half_pilot_check(args.pilot, config) if len(pilot_shards(args.pilot)) >= 2 else None
    result["half_pilot_check"] = check
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "plan.json").write_text(json.dumps(result, indent=1))
    (args.out / "plan.md").write_text(markdown(result, check))
    print((args.out / "plan.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
