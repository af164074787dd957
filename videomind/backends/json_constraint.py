"""JSON-schema constrained decoding for the transformers backend, with xgrammar.

llama.cpp and an OpenAI-compatible server decode under each prompt's JSON schema; without the
same here, a 7B model's stray prose or a truncated object costs a repair round trip per sample.

The engine is xgrammar (the one vLLM uses for structured output): each schema is compiled once
per loaded model into a grammar whose token masks are precomputed over the vocabulary, and each
decoding step fills a bitmask in C++. The earlier engine, lm-format-enforcer, walked the
vocabulary's prefix tree in Python inside every string with a ``pattern`` (our intent slots):
on Qwen2.5's 151,936-token vocabulary 60 tokens took over 14 minutes (``bench/constrained.py``).

Two settings differ from xgrammar's defaults: at most 2 whitespace characters in a row between
elements (a weak model otherwise spends its token budget on newlines), and properties in the
schema's order (the prompts' worked examples use it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

MAX_WHITESPACE = 2


class SchemaCompiler:
    """Compiled grammars for one tokenizer, cached by schema (a job asks for a handful of
    schemas thousands of times)."""

    def __init__(self, tokenizer: Any, vocab_size: int | None = None) -> None:
        import xgrammar as xgr

        # The model's logits may be wider than the tokenizer (padding rows): masks must be too.
        size = max(int(vocab_size or 0), len(tokenizer))
        info = xgr.TokenizerInfo.from_huggingface(tokenizer, vocab_size=size)
        self.vocab_size = size
        self._compiler = xgr.GrammarCompiler(info, max_threads=1)
        self._cache: dict[str, Any] = {}

    def compile(self, schema: dict[str, Any]) -> Any:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._cache:
            self._cache[key] = self._compiler.compile_json_schema(
                key, any_whitespace=True, max_whitespace_cnt=MAX_WHITESPACE, strict_mode=True
            )
        return self._cache[key]


class JsonSchemaLogits:
    """A transformers logits processor: row i of the batch may only continue as a prefix of a
    JSON value valid under ``schemas[i]``, and must end (EOS) once the object is complete. Rows
    without a schema are left alone. One instance per ``generate`` call."""

    def __init__(
        self, compiler: SchemaCompiler, schemas: Sequence[dict[str, Any] | None], eos: int
    ) -> None:
        import xgrammar as xgr

        self._xgr = xgr
        self.eos = eos
        self.matchers = [xgr.GrammarMatcher(compiler.compile(s)) if s else None for s in schemas]
        self.bitmask = xgr.allocate_token_bitmask(len(schemas), compiler.vocab_size)
        self.vocab_size = compiler.vocab_size
        self.done = [False] * len(schemas)
        self.started = False

    def __call__(self, input_ids: Any, scores: Any) -> Any:

        xgr = self._xgr
        if self.started:  # the token sampled at the last step: the matcher moves past it
            for i, matcher in enumerate(self.matchers):
                if matcher is None or self.done[i]:
                    continue
                token = int(input_ids[i, -1])
                if token == self.eos or matcher.is_terminated():
                    self.done[i] = True
                elif not matcher.accept_token(token):
                    raise RuntimeError(f"constrained decoding: token {token} left the grammar")
        self.started = True
        live = [i for i, m in enumerate(self.matchers)
                if m is not None and not self.done[i] and not m.is_terminated()]  # fmt: skip
        finished = [i for i, m in enumerate(self.matchers) if m is not None and i not in live]
        if scores.shape[-1] != self.vocab_size:
            raise RuntimeError(
                f"logits of {scores.shape[-1]} tokens, grammar masks of {self.vocab_size}: "
                "build the SchemaCompiler with the model's vocab_size"
            )
        for i in live:
            self.matchers[i].fill_next_token_bitmask(self.bitmask, i)
        if live:
            on_device = scores.device.type in ("cpu", "cuda")
            target = scores if on_device else scores.float().cpu()
            xgr.apply_token_bitmask_inplace(target, self.bitmask.to(target.device), indices=live)
            if not on_device:
                scores = target.to(scores.device)
        for i in finished:  # finished rows are padded by generate; keep them finished
            scores[i] = float("-inf")
            scores[i, self.eos] = 0
        return scores
