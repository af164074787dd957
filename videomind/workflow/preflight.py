"""Preflight on the login node: everything a run needs that can be checked before a job is
queued, without loading a model's weights. One list of everything to fix, exit status 1 if any.

    python -m videomind.workflow.preflight [--configfile config/paper.yaml ...]
        [--profile slurm] [--plan results/plan/plan.json]

Checks: the config validates and every model rule's resources follow from it (a GPU-class
model on the CPU is named); each configured model file or folder exists, a checkpoint
folder's ``config.json`` parses, a GGUF file starts as one; each GPU rule's model fits the
GPU memory ``cluster.gpu_memory_gb`` says the partition has; each env file a rule would use
exists and parses; ffmpeg is on the PATH; the partitions the config and the Slurm profile name
exist (``sinfo``); the free disk covers the planner's storage estimate, when a plan exists.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from videomind.backends import packaged
from videomind.backends.registry import with_defaults
from videomind.workflow.configs import ROOT, load_config
from videomind.workflow.resources import (
    ResourceConfigError,
    job_resources,
    model_gb,
    model_rules,
    rule_envs,
)

# GPU memory beyond the weights: activations, KV cache, the CUDA context.
GPU_HEADROOM = 1.2


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def ok(self, message: str) -> None:
        self.checked.append(message)


def _check_path(report: Report, key: str, path: str, what: str = "model") -> None:
    if packaged.is_packaged(path):
        try:
            packaged.resolve(path)
            report.ok(f"{key}: {path}")
        except packaged.PackagedModelError as err:
            report.fail(f"{key}: {err}")
        return
    p = Path(path)
    if not p.exists():
        report.fail(f"{key}: {path} does not exist (the {what} must be on this file system "
                    "before the run; nothing is fetched at run time)")  # fmt: skip
        return
    if p.is_dir():
        cfg = p / "config.json"
        index = p / "model_index.json"  # diffusers pipelines
        meta = cfg if cfg.exists() else index if index.exists() else None
        if meta is None:
            report.fail(f"{key}: {path} has no config.json or model_index.json")
            return
        try:
            json.loads(meta.read_text())
        except ValueError as err:
            report.fail(f"{key}: {meta} does not parse: {err}")
            return
    elif p.suffix == ".gguf" and p.open("rb").read(4) != b"GGUF":
        report.fail(f"{key}: {path} is not a GGUF file")
        return
    report.ok(f"{key}: {path}")


def check_models(report: Report, config: dict[str, Any]) -> None:
    """Every model path the config names, whatever the rule that loads it."""
    for rule in model_rules(config):
        block = with_defaults(rule.capability, rule.block)
        backend, model = block["backend"], str(block.get("model") or "")
        if backend == "openai-whisper":
            root = block.get("download_root")
            path = Path(model) if model.endswith(".pt") else Path(root or "") / f"{model}.pt"
            _check_path(report, f"{rule.key}.model", str(path), "Whisper checkpoint")
        elif backend == "rapidocr":
            for key in ("det_model_path", "rec_model_path", "rec_keys_path"):
                if block.get(key):
                    _check_path(report, f"{rule.key}.{key}", str(block[key]), "OCR model")
        elif backend == "openai" and not block.get("serve"):
            if not block.get("base_url"):
                report.fail(f"{rule.key}.base_url: not set (or give serve: to start a server)")
        elif backend == "openai":
            if "/" in model:  # a served local checkpoint (vLLM: a folder)
                _check_path(report, f"{rule.key}.model", model)
        elif model:
            _check_path(report, f"{rule.key}.model", model)
    frames = config["screen"]["frames"]
    if frames.get("backend") != "none" and frames.get("pretrained"):
        _check_path(report, "screen.frames.pretrained", frames["pretrained"], "weights file")
    for i, r in enumerate(config["evaluate"]["retrievers"]):
        if r.get("pretrained"):
            _check_path(report, f"evaluate.retrievers[{i}].pretrained", r["pretrained"])


def check_resources(report: Report, config: dict[str, Any]) -> None:
    """Resources derived from the config, and each GPU model against the GPU's memory."""
    limit = float(config["cluster"]["gpu_memory_gb"])
    for rule in model_rules(config):
        try:
            res = job_resources(config, rule)
        except ResourceConfigError as err:
            report.fail(str(err))
            continue
        report.ok(f"rule {rule.rule}: {res.why} (gpu {res.gpu}, partition {res.partition})")
        if res.device != "cuda":
            continue
        gb = model_gb(rule.capability, rule.block, config["job_memory"])
        if gb * GPU_HEADROOM > limit:
            report.fail(
                f"{rule.key}.model: {rule.block.get('model')} needs ~{gb * GPU_HEADROOM:.0f} GB "
                f"of GPU memory ({gb:.1f} GB of weights x {GPU_HEADROOM}), more than the "
                f"{limit:g} GB of cluster.gpu_memory_gb"
            )


def check_envs(report: Report, config: dict[str, Any]) -> None:
    """Each model rule's env, chosen as rules/common.smk chooses it (from the registry)."""
    try:
        envs = rule_envs(config)
    except ResourceConfigError:
        return  # check_resources has said why
    for rule, env in envs.items():
        path = ROOT / env
        try:
            spec = yaml.safe_load(path.read_text())
            assert isinstance(spec, dict) and spec.get("dependencies")
        except (OSError, yaml.YAMLError, AssertionError) as err:
            report.fail(f"rule {rule}: env {env} is missing or does not parse ({err})")
            continue
        report.ok(f"rule {rule}: env {env}")


def check_tools(report: Report) -> None:
    if shutil.which("ffmpeg") is None:
        report.fail("ffmpeg: not on the PATH (fetch, clips and asr call it)")
    else:
        report.ok("ffmpeg on the PATH")


def check_partitions(report: Report, config: dict[str, Any], profile: Path | None) -> None:
    wanted = {f"cluster.partitions.{k}": v for k, v in config["cluster"]["partitions"].items()}
    if profile is not None:
        prof = yaml.safe_load((profile / "config.yaml").read_text()) or {}
        part = (prof.get("default-resources") or {}).get("slurm_partition")
        if part:
            wanted[f"{profile.name}/config.yaml default-resources.slurm_partition"] = part
    if shutil.which("sinfo") is None:
        report.fail("sinfo: not on the PATH, so the partitions cannot be checked "
                    "(run the preflight on the cluster's login node)")  # fmt: skip
        return
    proc = subprocess.run(["sinfo", "-h", "-o", "%R"], capture_output=True, text=True)
    if proc.returncode != 0:
        report.fail(f"sinfo failed: {proc.stderr.strip()[:300]}")
        return
    have = {p.strip().rstrip("*") for p in proc.stdout.split()}
    for key, name in wanted.items():
        if name in have:
            report.ok(f"{key}: partition {name}")
        else:
            report.fail(f"{key}: partition {name!r} does not exist (sinfo lists {sorted(have)})")


def check_disk(report: Report, plan: Path | None, where: Path) -> None:
    if plan is None or not plan.exists():
        report.ok("disk: no plan to compare with (python -m videomind.workflow.plan writes one)")
        return
    need = float(json.loads(plan.read_text()).get("storage_total_gb", 0))
    free = shutil.disk_usage(where).free / 2**30
    if need > free:
        report.fail(f"disk: the plan needs ~{need:,.0f} GB, {where} has {free:,.0f} GB free")
    else:
        report.ok(f"disk: {free:,.0f} GB free for ~{need:,.0f} GB planned")


def preflight(layers: list[str], profile: Path | None = None, plan: Path | None = None) -> Report:
    report = Report()
    try:
        config = load_config(*layers)
    except Exception as err:  # noqa: BLE001 (a config that does not validate ends the list)
        report.fail(f"config: {err}")
        return report
    check_resources(report, config)
    check_models(report, config)
    check_envs(report, config)
    check_tools(report)
    if profile is not None:
        check_partitions(report, config, profile)
    check_disk(report, plan, Path.cwd())
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--configfile", action="append", default=[], help="config layers, in order")
    ap.add_argument("--profile", type=Path, default=None, help="the Slurm profile folder")
    ap.add_argument("--plan", type=Path, default=Path("results/plan/plan.json"))
    args = ap.parse_args(argv)
    report = preflight(args.configfile, args.profile, args.plan)
    for line in report.checked:
        print(f"  ok    {line}")
    for line in report.problems:
        print(f"  FIX   {line}")
    if report.problems:
        print(f"preflight: {len(report.problems)} thing(s) to fix before the run")
        return 1
    print("preflight: ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
