"""Host memory of model jobs, derived from the configured model (workflow/jobmemory.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT, workflow_dir

from videomind.workflow.jobmemory import model_mem_mb, weights_mb

TABLE = {"overhead_mb": 2000, "unknown_model_gb": 16, "model_gb": {"Qwen2.5-Omni-7B": 22.4}}


def test_memory_follows_the_weights_on_disk_the_table_and_the_attempt(tmp_path):
    folder = tmp_path / "Some-Model"
    folder.mkdir()
    (folder / "model-00001.safetensors").write_bytes(b"\0" * 3 * 2**20)
    (folder / "model-00002.safetensors").write_bytes(b"\0" * 2**20)
    (folder / "tokenizer.json").write_bytes(b"\0" * 5 * 2**20)  # not weights
    assert weights_mb(str(folder)) == 4.0
    assert model_mem_mb({"backend": "transformers", "model": str(folder)}, TABLE) == 2100
    # a 7B checkpoint this machine cannot see: the table, by folder name
    omni = {"backend": "transformers", "model": "/cluster/models/Qwen2.5-Omni-7B"}
    assert model_mem_mb(omni, TABLE) == 31900  # 22.4 GB x 1.3 + 2 GB, rounded up to 100 MB
    assert model_mem_mb(omni, TABLE, attempt=2) == 2 * 31900
    assert model_mem_mb({"backend": "transformers", "model": "/x/Unknown"}, TABLE) == 23300
    # a server holds the model elsewhere: the client needs the overhead only
    assert model_mem_mb({"backend": "openai", "model": "Qwen/Qwen2.5-Omni-7B"}, TABLE) == 2000
    # a GGUF the size of the demo's 1.5B (1.12 GB, a sparse file here): far below a 7B model
    gguf = folder.parent / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    with open(gguf, "wb") as f:
        f.truncate(1_117_320_736)
    assert 3000 <= model_mem_mb({"backend": "llama_cpp", "model": str(gguf)}, TABLE) <= 3500
    # four requests side by side: four more cache streams of n_ctx cells (measured: +454 MB)
    side = {"backend": "llama_cpp", "model": str(gguf), "n_ctx": 4096, "parallel": 4,
            "continuation_mb": 0}  # fmt: skip
    extra = model_mem_mb(side, TABLE) - model_mem_mb(side | {"parallel": 1}, TABLE)
    assert 454 <= extra <= 700
    # and the finished requests' states kept for revision turns (continuation_mb)
    kept = model_mem_mb(side | {"continuation_mb": 512}, TABLE) - model_mem_mb(side, TABLE)
    assert 500 <= kept <= 600


def test_the_dag_asks_for_the_configured_models_memory(tmp_path):
    """Through Snakemake itself: a dry-run prints each job's resources."""
    work = workflow_dir(tmp_path, "id\tpath\nv\tmedia/v.mp4\n")
    config = yaml.safe_load((work / "config.yaml").read_text())
    config["generate"]["llm"] |= {"backend": "transformers", "model": "/cluster/Qwen2.5-Omni-7B"}
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "snakemake"), "-n", "--directory", str(work),
         "--configfile", str(work / "config.yaml"), "-s", str(ROOT / "Snakefile"),
         "--forcerun", "generate", "preverify"],
        capture_output=True, text=True,
    )  # fmt: skip
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    blocks = out.split("\nrule ")
    gen = next(b for b in blocks if b.startswith("generate:"))
    pre = next(b for b in blocks if b.startswith("preverify:"))
    assert "mem_mb=31900" in gen, gen
    # Snakemake merges the work's config over the shipped one, key by key (parallel: 4 stays)
    shipped = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    block = shipped["verify"]["pre"]["llm"] | config["verify"]["pre"]["llm"]
    assert f"mem_mb={model_mem_mb(block, TABLE)}" in pre, pre
