"""What each model rule asks the scheduler for (GPU, partition, cores), derived from its
configured backend and device at DAG build, as ``mem_mb`` is (``jobmemory.py``).

A fixed ``gpu: 1`` in the Slurm profile held a GPU for the offline CPU backends and for a
client of a remote server; a fixed ``device: cpu`` left the paper's Whisper large-v3 on the
CPU of a GPU node. Here a rule gets a GPU exactly when its backend will run a model on one:

- a backend's ``device: auto`` (or no device key) means its own kind: llama.cpp, faster-whisper,
  rapidocr and the text embedders on the CPU; transformers, openai-whisper and diffusers on a
  GPU;
- an OpenAI-compatible client needs no GPU, unless the job serves the model itself (``serve:``);
- a GPU-class model of more than ``cluster.max_cpu_model_gb`` on ``device: cpu`` is an error
  that names the key, unless the block says ``allow_cpu: true``: a 7B model would run for days
  on the node's CPU after its queue wait.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from videomind.backends.registry import CAPABILITIES, with_defaults
from videomind.workflow.jobmemory import model_gb as weights_gb

# openai-whisper's named checkpoints, GB of fp32 weights (the .pt files it publishes).
WHISPER_GB = {"tiny": 0.08, "base": 0.15, "small": 0.48, "medium": 1.5, "large": 3.1,
              "turbo": 1.6}  # fmt: skip


class ResourceConfigError(ValueError):
    """A config that would waste or stall a cluster job; the message names the key."""


@dataclass(frozen=True)
class ModelRule:
    """A rule that loads a configured model: its capability and config block."""

    rule: str
    capability: str
    key: str  # config path of the block, for messages
    block: dict[str, Any]


@dataclass(frozen=True)
class JobResources:
    gpu: int
    partition: str
    threads: int
    device: str  # "cuda" or "cpu": where the model runs
    why: str  # one line for the dry-run's reader and the preflight


def model_rules(config: dict[str, Any]) -> list[ModelRule]:
    """Every rule whose job loads a model, with its block as the config gives it."""
    post = config["verify"]["post"]["t2v"]
    rules = [
        ModelRule("asr", "asr", "asr", config["asr"]),
    ]
    if config["asr"].get("rescore"):  # the language model that reads its sentences, same job
        rules.append(ModelRule("asr", "text_scorer", "asr.rescore", config["asr"]["rescore"]))
    rules += [
        ModelRule("ocr", "ocr", "ocr", config["ocr"]),
        ModelRule("generate", "llm", "generate.llm", config["generate"]["llm"]),
    ]
    if config["generate"].get("tags_llm"):  # the tags step's own model, in the same job
        rules.append(ModelRule("generate", "llm", "generate.tags_llm",
                               config["generate"]["tags_llm"]))  # fmt: skip
    rules += [
        ModelRule("preverify", "llm", "verify.pre.llm", config["verify"]["pre"]["llm"]),
    ]
    if post.get("backend", "none") != "none":
        rules.append(ModelRule("t2v", "t2v", "verify.post.t2v", post))
    return rules


def native_device(capability: str, block: dict[str, Any]) -> str:
    """Where the block's model runs: "cuda", "cpu", or "remote" (a server elsewhere)."""
    block = with_defaults(capability, block)
    impl = CAPABILITIES[capability][block["backend"]]
    if impl.runs_on == "remote":
        return "cuda" if block.get("serve") else "remote"
    device = str(block.get("device") or "auto").lower()
    if device == "auto":
        return impl.runs_on
    return "cpu" if device == "cpu" else "cuda"


def model_gb(capability: str, block: dict[str, Any], table: dict[str, Any]) -> float:
    """Weights of the block's model in GB: on disk, else named in ``job_memory.model_gb``,
    else openai-whisper's published sizes, else ``job_memory.unknown_model_gb``."""
    block = with_defaults(capability, block)
    model = str(block.get("model") or "")
    if block["backend"] == "rapidocr":  # PP-OCR det + rec: megabytes (the shipped ones: 20 MB)
        files = [Path(block[k]) for k in ("det_model_path", "rec_model_path") if block.get(k)]
        return sum(f.stat().st_size for f in files if f.is_file()) / 2**30 or 0.02
    if block["backend"] == "openai-whisper" and model in WHISPER_GB:
        return WHISPER_GB[model]
    if block["backend"] == "openai-whisper" and model.split("-")[0] in WHISPER_GB:
        return WHISPER_GB[model.split("-")[0]]
    return weights_gb(model, table)


def job_resources(config: dict[str, Any], rule: ModelRule) -> JobResources:
    """The rule's GPU count, partition and cores; raises on a GPU-class model left on a CPU."""
    cluster = config["cluster"]
    block = with_defaults(rule.capability, rule.block)
    impl = CAPABILITIES[rule.capability][block["backend"]]
    where = native_device(rule.capability, block)
    if where == "cpu" and impl.runs_on == "cuda" and not block.get("allow_cpu", False):
        gb = model_gb(rule.capability, block, config["job_memory"])
        if gb > cluster["max_cpu_model_gb"]:
            raise ResourceConfigError(
                f"{rule.key}.device: cpu runs {block['backend']} {block.get('model')} "
                f"(~{gb:.1f} GB of weights) on the CPU of a node, which would take days where "
                f"a GPU takes hours; set {rule.key}.device: auto (a GPU), or "
                f"{rule.key}.allow_cpu: true if the CPU is meant"
            )
    if where == "cuda":
        return JobResources(
            gpu=int(cluster["gpus_per_job"]),
            partition=str(cluster["partitions"]["gpu"]),
            threads=int(cluster["gpu_job_threads"]),
            device="cuda",
            why=f"{block['backend']} {'serves' if block.get('serve') else 'runs'} "
            f"{block.get('model') or 'its models'} on a GPU",
        )
    threads = CPU_THREADS.get(rule.rule, 1)
    if block["backend"] == "llama_cpp" and block.get("threads"):
        threads = int(block["threads"])  # llama.cpp's own threads; more cores would idle
    return JobResources(
        gpu=0,
        partition=str(cluster["partitions"]["cpu"]),
        threads=threads,
        device="cpu",
        why=(
            f"{block['backend']} is a client of {block.get('base_url')}"
            if where == "remote"
            else f"{block['backend']} runs on the CPU"
        ),
    )


# Cores of a model job on the CPU: OCR's detector and recogniser use two; llama.cpp and
# Whisper take their own thread settings (one, on shared nodes).
CPU_THREADS = {"asr": 1, "ocr": 2, "generate": 1, "preverify": 1, "t2v": 2}


def all_job_resources(config: dict[str, Any]) -> dict[str, JobResources]:
    """Every model rule's resources; every misconfigured block in one error, not the first."""
    out: dict[str, JobResources] = {}
    errors = []
    for rule in model_rules(config):
        try:
            res = job_resources(config, rule)
        except ResourceConfigError as err:
            errors.append(str(err))
            continue
        if rule.rule in out:  # a job with two models: it needs what the larger one needs
            first, why = out[rule.rule], f"{out[rule.rule].why}; {res.why}"
            res = max(first, res, key=lambda r: (r.gpu, r.threads))
            res = JobResources(res.gpu, res.partition, res.threads, res.device, why)
        out[rule.rule] = res
    if errors:
        raise ResourceConfigError("\n".join(errors))
    return out


# The conda env family of each rule whose env follows its model: envs/<family><variant>.yaml,
# the variant declared by the backend in the registry (``Impl.env``, ``cuda_env``,
# ``served_env``).
ENV_FAMILY = {"asr": ("asr", "asr"), "ocr": ("ocr", "ocr"), "generate": ("generate", "llm"),
              "preverify": ("verify", "llm")}  # fmt: skip


def env_of(family: str, capability: str, block: dict[str, Any], device: str) -> str:
    """The env file (from the repository root) of a rule of ``family`` running ``block``."""
    block = with_defaults(capability, block)
    impl = CAPABILITIES[capability][block["backend"]]
    if block.get("serve") and impl.served_env:
        return f"envs/{impl.served_env}.yaml"
    variant = impl.cuda_env if device == "cuda" and impl.cuda_env is not None else impl.env
    return f"envs/{family}{variant}.yaml"


def rule_envs(
    config: dict[str, Any], resources: dict[str, JobResources] | None = None
) -> dict[str, str]:
    """The env file of every rule whose env follows its model (the rule's first model block:
    a second model in the same job, the tags model, is served or loaded beside it)."""
    resources = resources if resources is not None else all_job_resources(config)
    out: dict[str, str] = {}
    for rule in model_rules(config):
        if rule.rule in ENV_FAMILY and rule.rule not in out:
            family, _ = ENV_FAMILY[rule.rule]
            out[rule.rule] = env_of(family, rule.capability, rule.block,
                                    resources[rule.rule].device)  # fmt: skip
    return out


def env_choices(rule: str) -> set[str]:
    """Every env file a config can give ``rule``: each backend on each device, served or not."""
    family, capability = ENV_FAMILY[rule]
    out = set()
    for impl in CAPABILITIES[capability].values():
        out.add(f"envs/{family}{impl.env}.yaml")
        if impl.cuda_env is not None:
            out.add(f"envs/{family}{impl.cuda_env}.yaml")
        if impl.served_env:
            out.add(f"envs/{impl.served_env}.yaml")
    return out
