"""GGUF models in process with llama-cpp-python: the offline default (packaged SmolLM2-135M).

Text only; decoding is constrained to the step's JSON schema.

Weights are never repacked into the CPU's "extra" buffer types (llama.cpp's AMX and AVX-512
repacks): on Xeon CPUs with AMX inside a VM the AMX kernels crash the process on the first
prompt of more than one token, and repacked kernels round differently, so the same seed would
give different answers on different CPUs. The plain CPU path is what every machine shares.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from videomind.backends.protocols import ChatReply, ChatRequest


@contextlib.contextmanager
def plain_cpu_buffers() -> Iterator[None]:
    """Load models with ``use_extra_bufts`` off (see the module docstring)."""
    import llama_cpp.llama_cpp as lib

    default = lib.llama_model_default_params

    def params():  # noqa: ANN202 - a ctypes struct
        p = default()
        p.use_extra_bufts = False
        return p

    lib.llama_model_default_params = params
    try:
        yield
    finally:
        lib.llama_model_default_params = default


class LlamaCppBackend:
    backend = "llama_cpp"
    modalities = frozenset({"text"})

    def __init__(
        self,
        path: str,
        n_ctx: int = 2048,
        threads: int = 1,
        repeat_penalty: float = 1.0,
    ) -> None:
        from llama_cpp import Llama

        self.model = Path(path).name.removesuffix(".gguf")
        self.repeat_penalty = repeat_penalty
        with plain_cpu_buffers():
            self._llm = Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_batch=512, verbose=False
            )

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        replies = []
        for req in requests:
            fmt = {"type": "json_object", "schema": req.schema} if req.schema else None
            t0 = time.perf_counter()
            # Evaluate every prompt from scratch: reusing the previous prompt's cached prefix
            # changes the arithmetic enough to change greedy output, and a sample's text must not
            # depend on which sample came before it in the shard.
            self._llm.reset()
            self._llm.set_seed(seed)
            out = self._llm.create_chat_completion(
                messages=req.messages(),
                response_format=fmt,
                max_tokens=req.max_tokens,
                temperature=temperature,
                repeat_penalty=self.repeat_penalty,
                seed=seed,
            )
            usage = out.get("usage", {})
            replies.append(
                ChatReply(
                    text=out["choices"][0]["message"]["content"] or "",
                    prompt_tokens=int(usage.get("prompt_tokens", 0)),
                    completion_tokens=int(usage.get("completion_tokens", 0)),
                    seconds=time.perf_counter() - t0,
                )
            )
        return replies
