"""JSON-schema constrained decoding for the transformers backend.

llama.cpp and an OpenAI-compatible server decode under each prompt's JSON schema; without the
same here, a 7B model's stray prose or a truncated object costs a repair round trip per sample.
The token filter is lm-format-enforcer's character-level JSON-schema parser
(``TokenEnforcer``), chosen because it installs from wheels with no compiler, needs only the
tokenizer's vocabulary, and supports the schema features our prompts use (type unions with
null, ``maxLength``, ``required``, no additional properties). Its own transformers glue imports
``transformers.tokenization_utils.PreTrainedTokenizerBase``, which transformers 5 no longer has,
so the glue below (vocabulary table and a logits processor) is ours.

Strings may hold any character of the model's vocabulary (the enforcer takes its alphabet from
the tokenizer), so names in any script pass. Two settings differ from the library's defaults:
at most 2 whitespace characters in a row between tokens (the default 12 lets a weak model spend
its token budget on newlines), and a nullable string (``type: [string, null]``) is rewritten as
``anyOf``, because the parser drops ``maxLength`` on type unions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def tokenizer_data(tokenizer: Any) -> Any:
    """The enforcer's view of a vocabulary: each regular token with its text, and whether it
    starts a word (decoded after a "0" it gains a leading space). Built once per loaded model:
    about a second per 10 K tokens."""
    from lmformatenforcer.tokenenforcer import TokenEnforcerTokenizerData

    special = set(tokenizer.all_special_ids)
    zero = tokenizer.encode("0", add_special_tokens=False)[-1]
    size = len(tokenizer)
    regular = []
    for idx in range(size):
        if idx in special:
            continue
        after_zero = tokenizer.decode([zero, idx])[1:]
        alone = tokenizer.decode([idx])
        regular.append((idx, after_zero, len(after_zero) > len(alone)))

    def decode(tokens: list[int]) -> str:
        return tokenizer.decode(tokens).rstrip("\ufffd")

    return TokenEnforcerTokenizerData(regular, decode, tokenizer.eos_token_id, False, size)


class JsonSchemaLogits:
    """A transformers logits processor: row i of the batch may only continue as a prefix of a
    JSON value valid under ``schemas[i]``, and must end (EOS) once the object is complete. Rows
    without a schema are left alone."""

    def __init__(self, data: Any, schemas: Sequence[dict[str, Any] | None], eos: int) -> None:
        from lmformatenforcer import JsonSchemaParser, TokenEnforcer

        self.eos = eos
        self.enforcers = [TokenEnforcer(data, JsonSchemaParser(_plain(s))) if s else None
                          for s in schemas]  # fmt: skip
        for enforcer in self.enforcers:
            if enforcer is not None:  # the enforcer replaces the parser's config with its own
                enforcer.root_parser.config.max_consecutive_whitespaces = MAX_WHITESPACE
        self.done = [False] * len(schemas)

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        mask = torch.full_like(scores, float("-inf"))
        for i, enforcer in enumerate(self.enforcers):
            if enforcer is None:
                mask[i] = 0
                continue
            row = input_ids[i].tolist()
            if self.done[i] or row[-1] == self.eos:
                self.done[i] = True  # finished rows are padded by generate; keep them finished
                mask[i, self.eos] = 0
                continue
            allowed = enforcer.get_allowed_tokens(row).allowed_tokens
            mask[i, allowed or [self.eos]] = 0
        return scores + mask


MAX_WHITESPACE = 2

_STRING_KEYS = ("maxLength", "minLength", "pattern", "enum")


def _plain(schema: Any) -> Any:
    """A deep copy (the parser may annotate what it is given) with type unions as anyOf."""
    if isinstance(schema, list):
        return [_plain(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _plain(v) for k, v in schema.items()}
    types = out.get("type")
    if isinstance(types, list) and len(types) > 1:
        branches = []
        for t in types:
            branch: dict[str, Any] = {"type": t}
            if t == "string":
                branch |= {k: out[k] for k in _STRING_KEYS if k in out}
            branches.append(branch)
        out = {k: v for k, v in out.items() if k != "type" and k not in _STRING_KEYS}
        out["anyOf"] = branches
    return out
