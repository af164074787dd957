"""Host memory of a model job, derived from the configured model at DAG build.

A fixed ``mem_mb`` fits one model only: 4 GB holds the demo's 1 GB GGUF but not a 7B
checkpoint, which Slurm would kill on its first real run after hours in the queue. The rule asks
for what the model needs:

    mem_mb = (weights_mb x factor[backend] + overhead_mb) x attempt

- ``weights_mb``: the model's files on disk (a GGUF file, or every weight file of a folder),
  else ``job_memory.model_gb`` in config for a model that is not on this disk (a login node that
  cannot see the cluster's model store), else ``job_memory.unknown_model_gb``.
- ``factor``: llama.cpp maps the file and adds its KV cache (1.2); transformers copies
  safetensors into host memory while loading, before the move to the GPU (1.3); diffusers loads
  the text encoder, the transformer and the VAE (1.3); an OpenAI-compatible backend talks to a
  server that holds the model elsewhere (0), unless the job serves the model itself
  (``serve:``), whose engine maps the weights while loading them onto the GPU (1.0).
- ``overhead_mb``: the interpreter, torch and a shard's frames and audio.
- llama.cpp decoding ``parallel`` requests side by side adds a cache stream of ``n_ctx``
  cells per request: ``KV_MB_PER_TOKEN_GB`` per cell per GB of weights (Qwen2.5 GQA models:
  0.027; measured here, the 1.5B with 4 x 4,096 cells added 454 MB).
  It also keeps finished requests' states for revision turns: ``continuation_mb`` (512 by
  default).
- ``attempt``: a retried job (Slurm killed it for memory) asks for twice, then three times.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

from videomind.backends import packaged

FACTOR = {"llama_cpp": 1.2, "transformers": 1.3, "diffusers": 1.3, "openai": 0.0, "none": 0.0}
SERVED_FACTOR = 1.0
KV_MB_PER_TOKEN_GB = 0.03
CONTINUATION_MB = 512  # LlamaCppBackend's default
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf", ".pt", ".pth", ".onnx")


@functools.cache
def weights_mb(model: str) -> float | None:
    """Size of the model's weights on this disk, MB; None when the model is not here. Cached:
    the DAG asks once per job, and a checkpoint folder on a shared file system is walked once."""
    try:
        path = packaged.resolve(model) if packaged.is_packaged(model) else Path(model)
    except (packaged.PackagedModelError, OSError):
        return None
    if path.is_file():
        return path.stat().st_size / 2**20
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file()]
        weights = [p for p in files if p.name.endswith(WEIGHT_SUFFIXES)] or files
        return sum(p.stat().st_size for p in weights) / 2**20
    return None


def model_gb(model: str, table: dict[str, Any]) -> float:
    """Weights of ``model`` in GB: on this disk, else ``job_memory.model_gb`` by config string
    or folder name, else ``job_memory.unknown_model_gb``."""
    size = weights_mb(model) if model else None
    if size is not None:
        return size / 1024
    sizes = table.get("model_gb", {})
    gb = sizes.get(model, sizes.get(Path(model).name))
    return float(gb if gb is not None else table["unknown_model_gb"])


def model_mem_mb(llm: dict[str, Any], table: dict[str, Any], attempt: int = 1) -> int:
    """Host memory (MB) for a job that loads the model configured in ``llm`` (any capability
    block with ``backend`` and ``model``)."""
    backend = str(llm.get("backend", "none"))
    factor = FACTOR.get(backend, 1.3)
    if llm.get("serve"):  # the job runs the server: its engine maps the weights on load
        factor = SERVED_FACTOR
    model = str(llm.get("model") or "")
    size = 1024.0 * model_gb(model, table) if factor else 0.0
    need = size * factor + float(table["overhead_mb"])
    slots = int(llm.get("parallel") or 1)
    if backend == "llama_cpp" and slots > 1:
        need += slots * int(llm.get("n_ctx") or 2048) * KV_MB_PER_TOKEN_GB * size / 1024
        need += float(llm.get("continuation_mb", CONTINUATION_MB))
    return int(math.ceil(need / 100.0) * 100) * max(1, int(attempt))
