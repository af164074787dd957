"""The login-node preflight (videomind/workflow/preflight.py) on the paper config: a model
store with every model in place passes; three planted mistakes are all listed, at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

from videomind.workflow.preflight import preflight

PAPER = str(ROOT / "config" / "paper.yaml")


def model_store(root: Path) -> Path:
    """The paper config's model store as folders and files a real one has (configs that parse;
    the weights are not read by the preflight)."""
    for name, gb in (("Qwen2.5-Omni-7B", 22.4), ("Llama-3.1-8B-Instruct", 16.1),
                     ("Qwen2.5-VL-7B-Instruct", 16.6)):  # fmt: skip
        (root / name).mkdir(parents=True)
        (root / name / "config.json").write_text(json.dumps({"model_type": name}))
        with open(root / name / "model.safetensors", "wb") as f:  # sparse: no disk used
            f.truncate(int(gb * 2**30))
    wan = root / "Wan2.1-T2V-1.3B-Diffusers"
    wan.mkdir()
    (wan / "model_index.json").write_text(json.dumps({"_class_name": "WanPipeline"}))
    for f in ("whisper/large-v3.pt", "pp-ocr/det.onnx", "pp-ocr/rec.onnx", "pp-ocr/keys.txt",
              "open_clip/ViT-B-32.safetensors"):  # fmt: skip
        (root / f).parent.mkdir(parents=True, exist_ok=True)
        (root / f).write_bytes(b"\0")
    return root


def layer(tmp_path: Path, data: dict) -> str:
    path = tmp_path / f"layer{len(list(tmp_path.glob('layer*')))}.yaml"
    path.write_text(yaml.safe_dump(data))
    return str(path)


def test_the_paper_config_passes_with_its_models_in_place(tmp_path):
    store = model_store(tmp_path / "models")
    report = preflight([PAPER, layer(tmp_path, {"models_dir": str(store)})])
    assert report.problems == []
    assert any("rule generate: openai serves" in c and "gpu 1" in c for c in report.checked)


def test_three_planted_mistakes_are_all_listed(tmp_path):
    store = model_store(tmp_path / "models")
    (store / "Wan2.1-T2V-1.3B-Diffusers" / "model_index.json").unlink()  # 1: a broken folder
    (store / "Qwen2.5-Omni-7B" / "config.json").write_text("{not json")  # 2: a bad config
    mistakes = {
        "models_dir": str(store),
        "asr": {"device": "cpu"},  # 3: Whisper large-v3 on the CPU of a node
        "cluster": {"gpu_memory_gb": 16},  # and GPUs too small for the 7B models
    }
    report = preflight([PAPER, layer(tmp_path, mistakes)])
    text = "\n".join(report.problems)
    assert "verify.post.t2v.model: " in text and "no config.json or model_index.json" in text
    assert "generate.llm.model" in text and "config.json does not parse" in text
    assert "asr.device: cpu runs openai-whisper large-v3" in text
    assert "Qwen2.5-Omni-7B needs ~27 GB of GPU memory" in text
    # and the 8B verifier and the 7B tags model do not fit either
    assert len(report.problems) == 6, report.problems


def test_the_command_exits_non_zero_with_one_list(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "videomind.workflow.preflight", "--configfile", PAPER,
         "--configfile", layer(tmp_path, {"models_dir": str(tmp_path / "empty")})],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    fixes = [line for line in proc.stdout.splitlines() if line.strip().startswith("FIX")]
    assert len(fixes) == 10 and "preflight: 10 thing(s) to fix" in proc.stdout, proc.stdout
