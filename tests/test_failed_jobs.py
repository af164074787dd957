"""A job that keeps failing (here: a model file missing, as on a misconfigured node) is retried,
then recorded with its log; with --keep-going everything that does not depend on it finishes."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import Background, shipped_config, snakemake_cmd

from videomind.workflow.jobfailures import parse_job_errors, summarize

LOG = """\
Select jobs to execute...
Error in rule generate:
    message: SLURM-job '14' failed, SLURM status is: 'FAILED'. For further error details see the cluster/cloud log and the log files of the involved rule(s).
    jobid: 9
    input: results/shards/shard00001/screened.parquet, results/shards/shard00001/media
    output: results/shards/shard00001/generation.parquet
    log: logs/generate/shard00001.log (check log file(s) for error details)
    conda-env: /envs/abc
    external_jobid: 14

Logfile logs/generate/shard00001.log:
================================================================================
Error in rule generate:
    message: None
    jobid: 0
    output: results/shards/shard00001/generation.parquet
================================================================================
Trying to restart job 9.
Error in rule generate:
    message: SLURM-job '17' failed
    jobid: 9
    output: results/shards/shard00001/generation.parquet
    log: logs/generate/shard00001.log (check log file(s) for error details)
    external_jobid: 17

Error in rule ocr:
    jobid: 4
    output: results/shards/shard00000/ocr.parquet
Finished jobid: 3 (Rule: asr)
"""  # noqa: E501


def test_errors_are_parsed_and_retries_counted(tmp_path):
    (tmp_path / "logs" / "generate").mkdir(parents=True)
    (tmp_path / "logs/generate/shard00001.log").write_text("line\n" * 30 + "CUDA out of memory\n")
    jobs = summarize(parse_job_errors(LOG), tmp_path)
    assert [(j["rule"], j["shard"], j["attempts"]) for j in jobs] == [
        ("generate", "shard00001", 2),
        ("ocr", "shard00000", 1),
    ]
    gen = jobs[0]
    assert gen["external_jobid"] == "17" and gen["log"] == "logs/generate/shard00001.log"
    assert gen["log_tail"].endswith("CUDA out of memory") and gen["log_tail"].count("\n") == 14


def start_early(request) -> Background:
    """The misconfigured run, started with the session (conftest's ``early``): it needs
    nothing from the other tests, and its ingest and screening go on beside them."""
    tmp = request.getfixturevalue("tmp_path_factory").mktemp("failing-job")
    scenes_video = request.getfixturevalue("scenes_video")
    (tmp / "manifest.tsv").write_text(
        f"id\tpath\tcategory\ttitle\nscenes\t{scenes_video}\tmisc\tColour scenes\n"
    )
    cfg = shipped_config(manifest="manifest.tsv", shards=1)
    cfg["generate"]["llm"]["model"] = "/nonexistent/model.gguf"
    (tmp / "config.yaml").write_text(yaml.safe_dump(cfg))
    cmd = snakemake_cmd(tmp, "--cores", "2", "--retries", "1", "--keep-going")
    return Background(cmd, tmp, timeout=1200)


@pytest.mark.slow
def test_a_failing_job_is_retried_recorded_and_the_rest_goes_on(early):
    run = early[__name__]
    assert run.wait() != 0
    tmp_path = run.work
    # everything that does not need the generation finished
    for done in ("results/shards/shard00000/screened.parquet", "results/screen_eval.md",
                 "results/manifest_failures.parquet"):  # fmt: skip
        assert (tmp_path / done).exists(), done
    assert not (tmp_path / "results/shards/shard00000/generation.parquet").exists()
    record = json.loads((tmp_path / "results/failed_jobs.json").read_text())
    [job] = record["failed_jobs"]
    assert (job["rule"], job["shard"], job["attempts"]) == ("generate", "shard00000", 2)
    assert "generate.llm.model: /nonexistent/model.gguf does not exist" in job["log_tail"]
    assert "1 failed job(s) recorded in results/failed_jobs.json" in run.log()
