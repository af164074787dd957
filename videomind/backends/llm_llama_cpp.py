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

from videomind.backends.decoding import decoding_schema
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


def _formatter(llm: object) -> object | None:
    """The GGUF's own chat template as llama-cpp-python applies it (None: no template in the
    file, and no prefix reuse)."""
    from llama_cpp import llama_chat_format

    template = llm.metadata.get("tokenizer.chat_template")
    if not template or llm.chat_format != "chat_template.default":
        return None
    model = llm._model  # noqa: SLF001 - the same token texts Llama.__init__ uses
    eos, bos = llm.token_eos(), llm.token_bos()
    return llama_chat_format.Jinja2ChatFormatter(
        template=template,
        eos_token=model.token_get_text(eos) if eos != -1 else "",
        bos_token=model.token_get_text(bos) if bos != -1 else "",
        stop_token_ids=[eos],
    )


class LlamaCppBackend:
    backend = "llama_cpp"
    modalities = frozenset({"text"})

    def __init__(
        self,
        path: str,
        n_ctx: int = 2048,
        threads: int = 1,
        repeat_penalty: float = 1.0,
        prefix_cache: bool = True,
    ) -> None:
        from llama_cpp import Llama

        self.model = Path(path).name.removesuffix(".gguf")
        self.repeat_penalty = repeat_penalty
        with plain_cpu_buffers():
            self._llm = Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_batch=512, verbose=False
            )
        self._formatter = _formatter(self._llm) if prefix_cache else None
        self._prefixes: dict[str, object] = {}

    def _prefix_state(self, system: str) -> object | None:
        """The model's state after the tokens every request with this system message starts
        with (the chat template's opening, the system prompt, its worked example), evaluated
        once, the same way, from an empty context.

        Each request then starts from this state and evaluates only its own tokens: its answer
        depends on nothing but the request (not on the request before it, as llama.cpp's
        automatic prefix reuse would make it), so seeded reruns stay byte-identical, and the
        shared prefix (about half of a prompt) is evaluated once per step instead of per sample.
        """
        if self._formatter is None or not system:
            return None
        if system not in self._prefixes:
            a, b = (self._tokens(system, user) for user in ("a", "b"))
            n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                     min(len(a), len(b)))  # fmt: skip
            state = None
            if n > 1:
                self._llm.reset()
                self._llm.eval(a[:n])
                state = self._llm.save_state()
            self._prefixes[system] = state
        return self._prefixes[system]

    def _tokens(self, system: str, user: str) -> list[int]:
        """The prompt tokens of a conversation, as llama-cpp-python's chat handler makes them."""
        out = self._formatter(messages=[{"role": "system", "content": system},
                                        {"role": "user", "content": user}])  # fmt: skip
        return self._llm.tokenize(out.prompt.encode("utf-8"), add_bos=not out.added_special,
                                  special=True)  # fmt: skip

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        replies = []
        for req in requests:
            fmt = (
                {"type": "json_object", "schema": decoding_schema(req.schema)}
                if req.schema
                else None
            )
            t0 = time.perf_counter()
            # Start from the system prompt's saved state, or from scratch: reusing whatever the
            # previous request left changes the arithmetic enough to change greedy output, and a
            # sample's text must not depend on which sample came before it in the shard.
            state = self._prefix_state(req.system)
            if state is not None:
                self._llm.load_state(state)
            else:
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
