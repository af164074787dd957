"""The cost planner on a generated pilot folder whose numbers are known."""

from __future__ import annotations

import json

import pytest

from videomind.core.io import write_parquet
from videomind.core.records import to_table
from videomind.workflow.plan import fit, main, plan

HEADER = "s\th:m:s\tmax_rss\tmax_vms\tmax_uss\tmax_pss\tio_in\tio_out\tmean_load\tcpu_time\n"


def bench(path, seconds, cpu, rss=100.0):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + f"{seconds}\t0:00:00\t{rss}\t0\t0\t0\t0\t0\t0\t{cpu}\n")


def pilot(tmp_path, shards=((2, 6), (4, 12))):
    """Shards of (sources, clips): each source lasts 100 s and makes 3 clips; generate costs
    10 s per job plus 5 s per sample, every other rule 1 s per unit; half the clips pass."""
    for n, (sources, clips) in enumerate(shards):
        shard = f"shard{n:05d}"
        d = tmp_path / "results" / "shards" / shard
        d.mkdir(parents=True)
        media = tmp_path / "media" / shard
        media.mkdir(parents=True)
        src = []
        for i in range(sources):
            f = media / f"s{i}.mp4"
            f.write_bytes(b"\0" * 1000)
            src.append({"source_id": f"{shard}s{i}", "status": "ok", "source_duration": 100.0,
                        "media_path": str(f.relative_to(tmp_path))})  # fmt: skip
        write_parquet(to_table("sources", src), d / "sources.parquet")
        ids = [{"clip_id": f"{shard}s0-c{k:03d}"} for k in range(clips)]
        for table in ("clips", "screened", "generation"):
            write_parquet(to_table("clips" if table != "generation" else "generation", ids),
                          d / f"{table}.parquet")  # fmt: skip
        pre = [i | {"pre_pass": k % 2 == 0} for k, i in enumerate(ids)]
        write_parquet(to_table("preverify", pre), d / "preverify.parquet")
        (d / "media" / "clips").mkdir(parents=True)
        (d / "media" / "clips" / "c.mp4").write_bytes(b"\0" * (500 * clips))
        bench(tmp_path / "benchmarks" / "generate" / f"{shard}.tsv", 10 + 5 * clips, 5 * clips)
        bench(tmp_path / "benchmarks" / "fetch" / f"{shard}.tsv", sources * 100, sources * 50)
    return tmp_path


def test_fit_separates_the_job_start_from_the_per_unit_cost():
    assert fit([(6, 40), (12, 70)]) == pytest.approx((10.0, 5.0))
    assert fit([(6, 40)]) == pytest.approx((0.0, 40 / 6))  # one shard: all per unit
    assert fit([(6, 40), (6, 44)])[0] == 0.0  # shards alike: all per unit
    assert fit([(6, 70), (12, 40)]) == pytest.approx((0.0, 110 / 18))  # no negative slopes
    assert fit([(3, 1.2), (5, 1.2)]) == pytest.approx((0.0, 2.4 / 8))  # flat: all per unit


def test_plan_scales_the_pilot_to_n_sources(tmp_path):
    folder = pilot(tmp_path)
    config = {"plan": {"gpu_seconds": {"generate": 20.0}, "videos_per_shard": 50},
              "verify": {"post": {"t2v": {"statements_per_job": 10}}}}  # fmt: skip
    result = plan(folder, config, 600, gpus=4, cores=8)
    assert result["shards"] == 12 and result["units"]["clips"] == 1800  # 3 clips per source
    assert result["units"]["statements"] == 1800  # half pass, two statements each
    gen = result["rules"]["generate"]
    # 20 GPU seconds per sample (config) and each job's model load (the estimate, 300 s)
    gpu_s = 1800 * 20 + 12 * 300
    assert gen["jobs"] == 12 and gen["gpu_hours"] == pytest.approx(gpu_s / 3600, abs=0.01)
    assert gen["gpu_source"] == "config plan.gpu_seconds"
    assert gen["pilot_wall_hours"] == pytest.approx((12 * 10 + 1800 * 5) / 3600, abs=0.01)
    t2v = result["rules"]["t2v"]
    assert t2v["jobs"] == 180 and t2v["gpu_source"] == "estimate"
    fetch = result["rules"]["fetch"]  # 1 s per source second of video, half of it CPU
    assert fetch["gpu_hours"] is None
    assert fetch["cpu_hours"] == pytest.approx(600 * 100 * 0.5 / 3600, abs=0.01)
    # storage: 10 bytes per source second, 500 bytes per clip, 2 MB per render
    assert result["storage_gb"]["fetched sources"] == pytest.approx(60000 * 10 / 2**30, abs=0.01)
    assert result["storage_gb"]["t2v renders"] == pytest.approx(1800 * 2 / 1024, abs=0.01)
    bound = max(result["cpu_hours"] / 8, result["gpu_hours"] / 4)
    assert result["wall_hours_lower_bound"] == pytest.approx(bound, abs=0.1)


def test_the_cli_writes_the_plan_and_checks_half_the_pilot(tmp_path, capsys):
    folder = pilot(tmp_path / "p", shards=((2, 6), (4, 12), (3, 9), (1, 3)))
    out = tmp_path / "plan"
    assert main(["--pilot", str(folder), "--clips", "103000", "--gpus", "8",
                 "--out", str(out)]) == 0  # fmt: skip
    result = json.loads((out / "plan.json").read_text())
    assert result["units"]["clips"] == pytest.approx(103000, abs=3)
    check = result["half_pilot_check"]
    assert check["fitted_on"] == ["shard00000", "shard00002"]
    # the generated costs are exactly linear, so half the pilot predicts the whole exactly
    assert check["relative_error"] == pytest.approx(0.0, abs=1e-6)
    assert "Check: fitted on shards" in (out / "plan.md").read_text()
    assert main(["--pilot", str(tmp_path / "empty"), "--sources", "5"]) == 2
    assert "no pilot run" in capsys.readouterr().err


def test_a_gpu_pilot_is_fitted_and_each_gpu_job_pays_its_start(tmp_path):
    """The pilot ran generate on a GPU: its benchmarks are the GPU cost (10 s per job, the
    model load, plus 5 s per sample), not the estimates."""
    folder = pilot(tmp_path)
    config = {"plan": {"videos_per_shard": 50}}
    result = plan(folder, config, 600, gpus=4, cores=8, gpu_rules={"generate", "t2v"},
                  pilot_gpu_rules={"generate"})  # fmt: skip
    gen = result["rules"]["generate"]
    assert gen["gpu_source"] == "GPU pilot (2 shards)" and gen["gpu_job_seconds"] == 10.0
    assert gen["gpu_hours"] == pytest.approx((1800 * 5 + 12 * 10) / 3600, abs=0.01)
    assert result["rules"]["t2v"]["gpu_source"] == "estimate"
    assert result["rules"]["asr"]["gpu_hours"] is None  # a CPU rule in this run
    # the offline config's run: no GPU rule at all
    cpu_only = plan(folder, config, 600, gpus=4, cores=8, gpu_rules=set())
    assert cpu_only["gpu_hours"] == 0 and cpu_only["rules"]["generate"]["cpu_hours"] > 0


def test_wall_time_is_bounded_by_the_jobs_cap_and_one_shards_chain(tmp_path):
    folder = pilot(tmp_path)
    config = {"plan": {"videos_per_shard": 50, "gpu_seconds": {"generate": 20.0}}}
    many = plan(folder, config, 600, gpus=10_000, cores=100_000, jobs_cap=200)
    bounds = many["wall_bounds_hours"]
    # one shard: 50 sources x 100 s fetched at 1 s per source second, then 150 samples x 20 s
    # of generate after its 300 s start, then the t2v part's start and renders, ...
    assert bounds["one shard's chain"] >= (50 * 100 + 300 + 150 * 20) / 3600 - 0.01
    assert many["wall_hours_lower_bound"] == pytest.approx(max(bounds.values()), abs=0.05)
    capped = plan(folder, config, 600, gpus=10_000, cores=100_000, jobs_cap=1)
    assert capped["wall_bounds_hours"]["job_hours / jobs cap"] > bounds["one shard's chain"]
    assert capped["wall_hours_lower_bound"] > many["wall_hours_lower_bound"]
