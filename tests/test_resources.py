"""What each model rule asks Slurm for follows from its backend and device
(videomind/workflow/resources.py), for the shipped config, the paper config and mistakes."""

from __future__ import annotations

import pytest
from conftest import ROOT

from videomind.workflow.configs import load_config, merge, resolve_models_dir
from videomind.workflow.resources import ResourceConfigError, all_job_resources

PAPER = ROOT / "config" / "paper.yaml"


def test_the_offline_config_asks_for_no_gpu():
    res = all_job_resources(load_config())
    assert set(res) == {"asr", "ocr", "generate", "preverify"}  # t2v is off offline
    assert all(r.gpu == 0 and r.partition == "cpu" and r.device == "cpu" for r in res.values())
    assert res["generate"].threads == 1 and res["ocr"].threads == 2  # llama.cpp's own thread


def test_the_paper_config_asks_for_a_gpu_where_a_model_runs():
    config = load_config(PAPER)
    res = all_job_resources(config)
    assert set(res) == {"asr", "ocr", "generate", "preverify", "t2v"}
    for rule, r in res.items():
        assert (r.gpu, r.partition, r.threads, r.device) == (1, "gpu", 8, "cuda"), rule
    assert "serves" in res["generate"].why and "Qwen2.5-VL-7B-Instruct" in res["generate"].why
    # every model path lies under models_dir
    assert config["generate"]["llm"]["model"] == "/models/Qwen2.5-Omni-7B"
    assert config["verify"]["post"]["t2v"]["model"] == "/models/Wan2.1-T2V-1.3B-Diffusers"
    assert "{model}" in config["generate"]["llm"]["serve"]["command"]  # the job's own slots


def test_a_client_of_a_remote_server_holds_no_gpu():
    config = load_config(
        {"generate": {"llm": {"backend": "openai", "model": "m", "base_url": "http://x:8000/v1"}}}
    )
    assert all_job_resources(config)["generate"].gpu == 0


def test_switching_asr_to_openai_whisper_asks_for_a_gpu():
    """The README's one-line switch: device stays `auto`, which means a GPU for Whisper."""
    config = load_config({"asr": {"backend": "openai-whisper", "model": "large-v3"}})
    assert all_job_resources(config)["asr"].gpu == 1


def test_gpu_models_left_on_the_cpu_are_errors_naming_each_key():
    config = load_config(
        {
            "asr": {"backend": "openai-whisper", "model": "large-v3", "device": "cpu"},
            "generate": {
                "llm": {"backend": "transformers", "model": "/m/Qwen2.5-Omni-7B", "device": "cpu"}
            },  # fmt: skip
        }
    )
    with pytest.raises(ResourceConfigError) as err:
        all_job_resources(config)
    message = str(err.value)
    assert "asr.device: cpu runs openai-whisper large-v3 (~3.1 GB" in message
    assert "generate.llm.device: cpu runs transformers /m/Qwen2.5-Omni-7B (~22.4 GB" in message
    assert "asr.allow_cpu: true" in message
    # meant: allowed, and then no GPU is held
    config["asr"]["allow_cpu"] = config["generate"]["llm"]["allow_cpu"] = True
    assert all_job_resources(config)["asr"].gpu == 0
    # a small model on the CPU is fine (the tiny test models, Whisper tiny)
    small = load_config({"asr": {"backend": "openai-whisper", "model": "tiny", "device": "cpu"}})
    assert all_job_resources(small)["asr"].gpu == 0


def test_models_dir_and_layering():
    assert merge({"a": {"b": 1, "c": [1]}}, {"a": {"c": [2]}}) == {"a": {"b": 1, "c": [2]}}
    config = resolve_models_dir({"models_dir": "/store/", "x": ["{models_dir}/m", 3]})
    assert config["x"] == ["/store/m", 3]


def test_a_config_error_stops_the_dry_run_naming_the_key(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    layer = tmp_path / "bad.yaml"
    layer.write_text("asr: {backend: openai-whisper, model: large-v3, device: cpu}\n")
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "snakemake"), "-n", "--configfile", str(layer)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode != 0
    assert "asr.device: cpu runs openai-whisper large-v3" in proc.stderr + proc.stdout


def test_a_tags_model_on_a_gpu_makes_the_generate_job_a_gpu_job():
    config = load_config({"generate": {"tags_llm": {"backend": "transformers", "model": "/m/vl"}}})
    res = all_job_resources(config)["generate"]
    assert (res.gpu, res.device) == (1, "cuda") and "llama_cpp runs on the CPU" in res.why
