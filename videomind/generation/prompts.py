"""Versioned prompt templates, loaded from ``prompts/*.yaml`` in the repository.

The identity of a prompt is ``<step>@v<version>#<sha8>``: the version is the author's promise that
the wording changed, the hash catches an edit that forgot to bump it. Both go into every generated
field's provenance and into the cache key (through the rendered text).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

import yaml

from videomind.core.lexicon import base_verbs, ing_forms, trie_pattern

PROMPT_DIR = Path(__file__).resolve().parents[2] / "prompts"


@dataclass(frozen=True)
class Prompt:
    step: str
    version: int
    system: str
    user: str
    schema: dict[str, Any] | None
    max_tokens: int
    sha8: str
    # Reply fields the prompt fixes instead of asking for them (role A's subject is the
    # uploader by definition); merged into every validated reply.
    fixed: dict[str, Any] = field(default_factory=dict)

    @property
    def ident(self) -> str:
        return f"{self.step}@v{self.version}#{self.sha8}"

    def scaled(self, factor: float) -> Prompt:
        """The prompt with its reply limits (``max_tokens``, every ``maxLength`` of its schema)
        times ``factor``: the files are sized for the offline 135M model, whose answers are
        short; a 7B model's would be cut (config ``reply_scale``)."""
        if factor == 1:
            return self

        def grow(node: Any) -> Any:
            if isinstance(node, dict):
                return {k: (int(v * factor) if k == "maxLength" else grow(v))
                        for k, v in node.items()}  # fmt: skip
            if isinstance(node, list):
                return [grow(v) for v in node]
            return node

        return replace(self, schema=grow(self.schema), max_tokens=int(self.max_tokens * factor))

    def render(self, **values: str) -> tuple[str, str]:
        """Fill the ``$name`` slots; a missing value is an error, not an empty string."""
        return (
            Template(self.system).substitute(values).strip(),
            Template(self.user).substitute(values).strip(),
        )


# Word classes a schema ``pattern`` may name, spelled out from the lexicon when a prompt loads:
# a slot's first word is then a real verb (in base or -ing form) by construction, under every
# backend's grammar engine, instead of any run of letters the model may glue words into
# ("aims to restingunder an oak tree", "by createavideoing").
WORD_CLASSES = {"{VERB}": base_verbs, "{VERB_ING}": ing_forms}


def _expand(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (_expand_pattern(v) if k == "pattern" else _expand(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(v) for v in node]
    return node


@lru_cache(maxsize=64)
def _expand_pattern(pattern: str) -> str:
    """Spelled out once per pattern and process: the prefix tree of 8,000 words takes a tenth
    of a second, and stages load their prompts once per job but tests and benches many times."""
    for name, words in WORD_CLASSES.items():
        if name in pattern:
            pattern = pattern.replace(name, trie_pattern(words()))
    return pattern


def load_prompt(step: str, directory: Path | None = None) -> Prompt:
    path = (directory or PROMPT_DIR) / f"{step}.yaml"
    raw = path.read_bytes()
    data = yaml.safe_load(raw)
    missing = {"step", "version", "user"} - set(data)
    if missing:
        raise ValueError(f"{path}: prompt file lacks {sorted(missing)}")
    if data["step"] != step:
        raise ValueError(f"{path}: declares step {data['step']!r}, expected {step!r}")
    digest, schema = hashlib.sha256(raw), _expand(data.get("schema"))
    if schema != data.get("schema"):  # the words spelled out count, not only their names
        digest.update(json.dumps(schema, sort_keys=True).encode())
    return Prompt(
        step=step,
        version=int(data["version"]),
        system=data.get("system") or "",
        user=data["user"],
        schema=schema,
        max_tokens=int(data.get("max_tokens", 128)),
        sha8=digest.hexdigest()[:8],
        fixed=dict(data.get("fixed") or {}),
    )
