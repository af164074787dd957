import gc
import sys
from pathlib import Path

from snakemake.exceptions import WorkflowError
from snakemake.utils import validate

sys.path.insert(0, workflow.basedir)

from videomind.workflow.jobmemory import model_mem_mb  # noqa: E402
from videomind.ingest.manifest import load_manifest, rows_param  # noqa: E402
from videomind.workflow.jobfailures import record_failed_jobs  # noqa: E402
from videomind.ingest.takedowns import Takedowns  # noqa: E402
from videomind.verification.pre import check_distinct  # noqa: E402
from videomind.workflow.configs import resolve_models_dir  # noqa: E402
from videomind.workflow.resources import (  # noqa: E402
    JobResources,
    ResourceConfigError,
    all_job_resources,
    rule_envs,
)

validate(config, schema="../config/config.schema.yaml")
resolve_models_dir(config)
# A verifier that repeats the generator's run would pass everything: refuse before any job runs.
check_distinct(config["verify"]["pre"]["llm"], config["generate"]["llm"])

# GPU, partition and cores of each model rule, from its backend and device (a GPU only where a
# model runs on one); a large GPU model left on device: cpu stops the run here, naming the key.
try:
    JOB_RESOURCES = all_job_resources(config)
except ResourceConfigError as err:
    raise WorkflowError(f"config: {err}") from None

# The manifest's rows (a million at 1 M rows) live as long as the run: parsed with the
# collector off, then frozen out of its sight, so no collection walks them again (at 1 M rows
# the collector's passes over them took a fifth of a dry-run).
gc.disable()
try:
    MANIFEST = load_manifest(
        config["manifest"],
        shards=config["shards"],
        allow_file_urls=config["download"]["enable_file_urls"],
        max_chars=config["text"]["max_chars"],
    )
finally:
    gc.freeze()
    # DAG building allocates millions of short-lived objects; a young-generation pass every
    # 700 allocations (the default) cost a tenth of a 1 M-row dry-run, every 50,000 costs
    # little and holds no more memory (bench/manifest_scale.py).
    gc.set_threshold(50_000, 20, 20)
    gc.enable()
# A takedown list that cannot be read stops the run before any job, naming the line. The file
# may not exist yet (no takedowns): its path is a fetch param and must not change when it is
# first written, or every fetch would rerun.
Takedowns.load(config["takedowns"], required=False)
SHARDS = MANIFEST.shards
RETRIEVERS = {r["name"]: r for r in config["evaluate"]["retrievers"]}
DEMO_DIR = "resources/demo"
DEMO_PATH = Path(DEMO_DIR).resolve()
# Rules that run only when config turns them on; every other rule always runs.
T2V_ON = config["verify"]["post"]["t2v"]["backend"] != "none"
ENABLED = {"t2v": T2V_ON, "t2v_merge": T2V_ON, "t2v_plan": T2V_ON}
# The conda env of each model rule follows its configured backend and device, as each backend
# declares it in the registry (llama.cpp, a CUDA build of torch, a client with no local model,
# or vLLM for a job that serves its model).
RULE_ENVS = {
    name: f"../{env}" for name, env in rule_envs(config, JOB_RESOURCES).items()
}


FAILED_JOBS = "results/failed_jobs.json"


def print_failed_jobs(logfiles):
    jobs = record_failed_jobs(logfiles, FAILED_JOBS)
    for job in jobs:
        print(
            f"failed for good: rule {job['rule']} {job['shard'] or ''} after "
            f"{job['attempts']} attempt(s); log {job['log']}",
            file=sys.stderr,
        )
    if jobs:
        print(f"{len(jobs)} failed job(s) recorded in {FAILED_JOBS}", file=sys.stderr)


def forget_failed_jobs():
    """A complete run has no failed jobs: an earlier run's record would mislead."""
    Path(FAILED_JOBS).unlink(missing_ok=True)


def workflow_file(path):
    """A config path to a file that ships with the workflow (policy, labeled set): as given if it
    exists from the working directory, else relative to the workflow, so `--directory` works.
    """
    if Path(path).exists() or Path(path).is_absolute():
        return path
    shipped = Path(workflow.basedir) / path
    return str(shipped) if shipped.exists() else path


def prompt_files(*folders):
    """The prompt files a stage reads (the repository's prompts/ and the given subfolders):
    editing one reruns the stage; its answer cache keeps the unchanged steps free."""
    base = Path(workflow.basedir) / "prompts"
    return sorted(str(p) for f in ("", *folders) for p in (base / f).glob("*.yaml"))


def shard_dir(shard):
    return f"results/shards/{shard}"


def get_final_output():
    return [f"results/review/{s}/index.html" for s in SHARDS] + [
        "results/samples.parquet",
        "results/dataset.parquet",
        "results/failures.parquet",
        "results/screen_eval.md",
        "results/verify/pre_calibration.md",
        "results/verify/ratings.md",
        "results/funnel.json",
        "results/gold/report.md",
        *get_paper_outputs(),
        "release/README.md",
        "release/browser",
        "internal_audit/browser",
    ]


def get_fetch_inputs(wildcards):
    """Local source files are inputs, so edits rerun the shard and the demo rule is wired in.

    A path that does not exist (and is not made by the workflow) is left out; fetch records it as
    a `missing_file` failure instead of Snakemake refusing to start the whole run.
    """
    paths = []
    for row in MANIFEST.shard_rows(wildcards.shard):
        if not row.path:
            continue
        path = Path(row.path)
        if path.exists() or path.resolve().parent == DEMO_PATH:
            paths.append(row.path)
    return paths


def get_shard_tables(name):
    def inner(wildcards):
        return [f"{shard_dir(s)}/{name}.parquet" for s in SHARDS]

    return inner


def get_shard_failures(wildcards):
    """Every per-shard stage's failures table, found from the rules (each rule that has an
    output named `failures` under a shard), so a new stage's failures reach the funnel without
    being listed here. Ordered by shard, then by rule as the workflow defines them."""
    patterns = [
        r.output.failures
        for r in workflow.rules
        if "failures" in r.output.keys()
        and r.output.failures.get_wildcard_names() == {"shard"}
        and ENABLED.get(r.name, True)
    ]
    return [str(p.apply_wildcards({"shard": s})) for s in SHARDS for p in patterns]


def get_takedowns(wildcards):
    """The takedown list, when it exists: editing it reruns the join (and so the release),
    not the fetches."""
    path = config["takedowns"]
    return [path] if path and Path(path).is_file() else []


def get_rehydrate_inputs(wildcards):
    """The release's splits: this run's (built if needed) or another folder's, which must exist."""
    release = Path(config["rehydrate"]["release"])
    if release == Path("release"):
        return ["release/data/train.parquet", "release/data/test.parquet"]
    return [str(p) for p in sorted((release / "data").glob("*.parquet"))]


def get_asr_ocr(wildcards):
    """asr.hint: Whisper reads each clip's on-screen text first, so ASR waits for OCR."""
    if config["asr"].get("hint"):
        return f"results/shards/{wildcards.shard}/ocr.parquet"
    return []


def get_fetch_rows(wildcards):
    """The shard's manifest rows, as params: editing one row reruns exactly its shard."""
    return rows_param(MANIFEST.shard_rows(wildcards.shard))


def get_t2v_table(wildcards):
    """The shard's renderings, when a text-to-video backend is configured (none offline)."""
    if not ENABLED["t2v"]:
        return []
    return [f"{shard_dir(wildcards.shard)}/t2v.parquet"]


def get_t2v_parts(suffix):
    """The shard's t2v part outputs, known once its t2v_plan checkpoint has run."""

    def inner(wildcards):
        plan = Path(checkpoints.t2v_plan.get(shard=wildcards.shard).output.plan)
        parts = sorted(p.stem for p in plan.glob("part*.json"))
        return [f"{shard_dir(wildcards.shard)}/t2v_parts/{p}.{suffix}" for p in parts]

    return inner


def get_annotation_files(wildcards):
    """The gold-set annotators' CSV files present now."""
    folder = Path(config["gold"]["annotations_dir"])
    return sorted(str(p) for p in folder.glob("*.csv")) if folder.is_dir() else []


def get_paper_outputs():
    """Everything under paper/ that the run regenerates."""
    tables = [
        f"paper/table{n}.{ext}" for n in (1, 2, 3) for ext in ("csv", "md", "tex")
    ]
    figures = [
        f"paper/{f}.{ext}"
        for f in ("figure3", "figure1_examples")
        for ext in ("png", "pdf")
    ]
    return tables + figures + ["paper/figure3.json", "paper/dataset_card.md"]


def get_rating_files(wildcards):
    """The raters' exported CSV files present now: adding or editing one reruns the ingest."""
    folder = Path(config["verify"]["post"]["ratings_dir"])
    return sorted(str(p) for p in folder.glob("*.csv")) if folder.is_dir() else []


def model_mem(block, *more):
    """mem_mb of a job that loads the model of a config block (videomind/workflow/jobmemory.py): sized
    from the model's weights, and more on each retry; a second model (the tags step's) adds
    its weights."""
    table = config["job_memory"]
    extra = table | {"overhead_mb": 0}
    return lambda wildcards, attempt: model_mem_mb(block, table, attempt) + sum(
        model_mem_mb(b, extra, attempt) for b in more if b
    )


def plus_model_mem(base_mb, block):
    """mem_mb of a job that needs ``base_mb`` of its own and loads the model of ``block`` too
    (the ASR job's sentence scorer), more on each retry."""
    extra = config["job_memory"] | {"overhead_mb": 0}
    return lambda wildcards, attempt: base_mb * attempt + (
        model_mem_mb(block, extra, attempt) if block else 0
    )


CPU_JOB = JobResources(gpu=0, partition="", threads=1, device="cpu", why="")


def job_gpu(rule):
    """GPUs of a model rule's job (0 unless its model runs on a GPU)."""
    return JOB_RESOURCES.get(rule, CPU_JOB).gpu


def job_threads(rule, default=1):
    """Cores of a model rule's job, from its backend (llama.cpp's threads, a GPU job's cores)."""
    return JOB_RESOURCES[rule].threads if rule in JOB_RESOURCES else default


def job_partition(rule):
    """The GPU partition for a job that runs its model on a GPU, else the CPU partition."""
    res = JOB_RESOURCES.get(rule)
    return res.partition if res else config["cluster"]["partitions"]["cpu"]
