"""GGUF models in process with llama-cpp-python: the offline default (packaged SmolLM2-135M).

Text only; decoding is constrained to the step's JSON schema.

Weights are never repacked into the CPU's "extra" buffer types (llama.cpp's AMX and AVX-512
repacks): on Xeon CPUs with AMX inside a VM the AMX kernels crash the process on the first
prompt of more than one token, and repacked kernels round differently, so the same seed would
give different answers on different CPUs. The plain CPU path is what every machine shares.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from videomind.backends import grammar_last
from videomind.backends.decoding import decoding_schema
from videomind.backends.llama_parallel import ParallelDecoder
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


@dataclass(frozen=True)
class PrefixState:
    """The context's state after a shared prefix: llama.cpp's own bytes (KV cache, last
    logits) and the prefix's tokens. llama-cpp-python's ``save_state``/``load_state`` also copy
    its Python-side score matrix (n_batch × vocabulary floats: 260 MB for Qwen), which sampling
    never reads without ``logits_all``; restoring the bytes alone takes milliseconds instead of
    1.5–4 s a request, with the same llama.cpp call on the same bytes."""

    data: Any  # a ctypes byte array
    tokens: tuple[int, ...]


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
        prefix_dir: str | None = None,
        check_argmax_first: bool = True,
        parallel: int = 1,
        continuation_mb: int = 512,
    ) -> None:
        from llama_cpp import Llama

        self.model = Path(path).name.removesuffix(".gguf")
        self.repeat_penalty = repeat_penalty
        self._path, self._n_ctx, self._threads = str(path), n_ctx, threads
        self._prefix_dir = Path(prefix_dir) if prefix_dir and prefix_cache else None
        self.prefix_counts = {"evaluated": 0, "loaded": 0}
        # n_threads_batch too: llama-cpp-python's default is every core of the node, for the
        # prompt's evaluation. On a 2-core test machine beside other jobs, those threads spun at
        # ggml's barriers: a shard of two clips took 184 s of CPU instead of 24 s, and 12 minutes
        # of wall time; on an HPC node it would take cores the job was not given.
        with plain_cpu_buffers():
            self._llm = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=threads,
                              n_threads_batch=threads, n_batch=512, verbose=False)  # fmt: skip
        self._formatter = _formatter(self._llm) if prefix_cache else None
        self._prefixes: dict[str, PrefixState | None] = {}
        self._grammars: dict[str, object] = {}  # schema JSON -> LlamaGrammar (GBNF built once)
        # Greedy constrained decoding checks the argmax against the grammar first (see
        # grammar_last.py): the same tokens, without masking 151k tokens at every step.
        self.grammar_counts = grammar_last.install(self._llm) if check_argmax_first else None
        # Greedy constrained requests decode ``parallel`` at a time (llama_parallel.py), with
        # the answers of the sequential path; made on the first batch that can use it.
        self._parallel_slots = parallel
        self._parallel: ParallelDecoder | None = None
        # Finished requests' states kept for the revision turns that repeat their prompts.
        self._keep_bytes = int(continuation_mb) * 2**20
        self._seq_prefixes: dict[str, tuple[Any, int] | None] = {}

    def _prefix_state(self, system: str) -> PrefixState | None:
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
            tokens = self._prefix_tokens(system)
            self._prefixes[system] = self._evaluated_prefix(tokens) if tokens else None
        return self._prefixes[system]

    def _prefix_tokens(self, system: str) -> tuple[int, ...]:
        """The tokens every request with this system message starts with (none if fewer than
        two)."""
        a, b = (self._tokens(system, user) for user in ("a", "b"))
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                 min(len(a), len(b)))  # fmt: skip
        return tuple(a[:n]) if n > 1 else ()

    def _state_file(self, tokens: tuple[int, ...], kind: str = "") -> Path | None:
        """Where a prefix's state is kept across jobs: named by everything the bytes depend on
        (the model file's content, the library, the context's settings, the prefix's tokens),
        so a changed prompt, model or llama.cpp never restores a stale state."""
        if self._prefix_dir is None:
            return None
        from importlib.metadata import version

        from videomind.backends.registry import content_hash

        key = {"model_sha256": content_hash(self._path), "llama_cpp": version("llama-cpp-python"),
               "n_ctx": self._n_ctx, "n_batch": 512, "threads": self._threads,
               "tokens": list(tokens)} | ({"kind": kind} if kind else {})  # fmt: skip
        digest = hashlib.sha256(json.dumps(key).encode()).hexdigest()
        return self._prefix_dir / f"{self.model}-{kind or 'context'}-{digest[:32]}.state"

    def _evaluated_prefix(self, tokens: tuple[int, ...]) -> PrefixState:
        """The state after ``tokens`` from an empty context: read from the prefix folder when
        an earlier job of the run left it there, else evaluated (and left there).

        A prompt's system part is the same in every job of a run, so on a cluster of thousands
        of shards it is evaluated once per run instead of once per job: with the 1.5B on one
        thread that is about 20 s of every generation job. The bytes are what this process would
        compute itself, so answers do not change."""
        import llama_cpp

        def restore(data: Any) -> None:
            self._restore(PrefixState(data, tokens))

        def evaluate() -> Any:
            self._llm.reset()
            self._llm.eval(list(tokens))
            ctx = self._llm._ctx.ctx  # noqa: SLF001
            buf = (ctypes.c_uint8 * llama_cpp.llama_state_get_size(ctx))()
            size = llama_cpp.llama_state_get_data(ctx, buf, len(buf))
            return (ctypes.c_uint8 * size).from_buffer_copy(buf)

        return PrefixState(self._kept_state(self._state_file(tokens), restore, evaluate), tokens)

    def _kept_state(
        self, file: Path | None, restore: Callable[[Any], None], evaluate: Callable[[], Any]
    ) -> Any:
        """A context state kept in the prefix folder: ``file``'s bytes when an earlier job left
        them and ``restore`` accepts them, else ``evaluate()``'s, left there for later jobs
        (written whole: other jobs read only complete files)."""
        from videomind.core.io import atomic_path

        if file is not None and file.is_file():
            data = file.read_bytes()
            state = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
            try:
                restore(state)
            except RuntimeError:
                pass  # bytes this llama.cpp build refuses: evaluate again
            else:
                self.prefix_counts["loaded"] += 1
                return state
        state = evaluate()
        self.prefix_counts["evaluated"] += 1
        if file is not None:
            with atomic_path(file) as tmp:
                tmp.write_bytes(bytes(state))
        return state

    def _restore(self, state: PrefixState) -> None:
        """What ``Llama.load_state`` does, less its copy of the unused score matrix."""
        import llama_cpp

        llm, size = self._llm, len(state.data)
        if llama_cpp.llama_state_set_data(llm._ctx.ctx, state.data, size) != size:  # noqa: SLF001
            raise RuntimeError("llama.cpp refused a saved prefix state")
        n = len(state.tokens)
        llm.input_ids[:n] = state.tokens
        llm.n_tokens = n
        llm._requires_eval = True  # noqa: SLF001 - the request's own tokens come next

    def _grammar(self, schema: dict[str, Any]) -> object:
        """The schema's grammar, as llama-cpp-python's ``response_format`` builds it (the
        same call on the same JSON), converted once per schema instead of per request."""
        from llama_cpp.llama_grammar import LlamaGrammar

        key = json.dumps(decoding_schema(schema))
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
        return self._grammars[key]

    def _tokens(self, system: str, user: str) -> list[int]:
        """The prompt tokens of a conversation, as llama-cpp-python's chat handler makes them."""
        out = self._formatter(messages=[{"role": "system", "content": system},
                                        {"role": "user", "content": user}])  # fmt: skip
        return self._llm.tokenize(out.prompt.encode("utf-8"), add_bos=not out.added_special,
                                  special=True)  # fmt: skip

    def _sequence_prefix(self, system: str) -> tuple[Any, int] | None:
        """The parallel context's sequence state after ``system``'s shared prefix (the same
        tokens as :meth:`_prefix_state`), evaluated once per job, or loaded from the prefix
        folder, and its length."""
        if system not in self._seq_prefixes:
            tokens = self._prefix_tokens(system) if self._formatter is not None else ()
            if not tokens:
                self._seq_prefixes[system] = None
            else:
                file = self._state_file(tokens, kind=f"sequence-{self._parallel_slots}")
                state = self._kept_state(file, lambda data: self._parallel.set_state(0, data),
                                         lambda: self._parallel.prefix_state(tokens))  # fmt: skip
                self._seq_prefixes[system] = (state, len(tokens))
        return self._seq_prefixes[system]

    def _parallel_batch(
        self, requests: Sequence[ChatRequest], seed: int, temperature: float
    ) -> list[ChatReply]:
        """Constrained requests decoded side by side (llama_parallel.py), each sampled as
        ``create_chat_completion`` samples it: the same sampler, made the same way (the
        argmax-first one when greedy, llama-cpp-python's seeded chain at a temperature)."""
        if self._parallel is None:
            self._parallel = ParallelDecoder(self._llm, self._parallel_slots, self._keep_bytes)
        jobs = []
        for req in requests:
            out = self._formatter(messages=req.messages())
            tokens = self._llm.tokenize(out.prompt.encode("utf-8"), add_bos=not out.added_special,
                                        special=True)  # fmt: skip
            stop = [] if out.stop is None else [out.stop] if isinstance(out.stop, str) else out.stop
            prefix = self._sequence_prefix(req.system) if req.system else None
            if prefix is not None and tuple(tokens[: prefix[1]]) != self._prefix_tokens(req.system):
                prefix = None  # a conversation that does not start with the shared prefix
            jobs.append((tokens, prefix, req.max_tokens, list(stop), self._grammar(req.schema)))
        counts = self.grammar_counts if self.grammar_counts is not None else {}
        self._llm.set_seed(seed)  # a chain's random draws start from it, as in each call

        def sampler(grammar: object) -> Any:
            # create_chat_completion's defaults, as it hands them to Llama.generate
            return self._llm._init_sampler(  # noqa: SLF001
                top_k=40, top_p=0.95, min_p=0.05, typical_p=1.0, temp=temperature,
                repeat_penalty=self.repeat_penalty, frequency_penalty=0.0,
                presence_penalty=0.0, tfs_z=1.0, mirostat_mode=0, mirostat_tau=5.0,
                mirostat_eta=0.1, penalize_nl=True, logits_processor=None, grammar=grammar,
            )  # fmt: skip

        done = self._parallel.complete(jobs, sampler, counts)
        return [ChatReply(text=text.decode("utf-8", errors="ignore"), prompt_tokens=n_prompt,
                          completion_tokens=n_completion, seconds=seconds)
                for text, n_prompt, n_completion, seconds in done]  # fmt: skip

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        # A lone request too: a revision turn continues its first answer's kept state there.
        if (self._parallel_slots > 1 and self._formatter is not None
                and all(req.schema for req in requests)):  # fmt: skip
            return self._parallel_batch(requests, seed, temperature)
        replies = []
        for req in requests:
            t0 = time.perf_counter()
            # Start from the system prompt's saved state, or from scratch: reusing whatever the
            # previous request left changes the arithmetic enough to change greedy output, and a
            # sample's text must not depend on which sample came before it in the shard.
            state = self._prefix_state(req.system)
            if state is not None:
                self._restore(state)
            else:
                self._llm.reset()
            self._llm.set_seed(seed)
            out = self._llm.create_chat_completion(
                messages=req.messages(),
                grammar=self._grammar(req.schema) if req.schema else None,
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
