"""The JSON schema a backend decodes under: every bound of the prompt's schema, in a form every
grammar engine keeps.

A property typed ``["string", "null"]`` with a ``maxLength`` is what the prompts write for an
optional phrase. llama-cpp-python's schema converter turns a type list into a union of the bare
types and drops the length on the way, so a tags reply could run past its ``maxLength`` and
fail validation after decoding (issue 26: a Portuguese clip lost whole to "what: … is too
long"). Spelled as ``anyOf`` of one schema per type, each keeping its own keywords, the same
schema holds in llama.cpp's converter, llama-server's, xgrammar and an OpenAI-style ``strict``
schema alike; validation accepts exactly the same replies.
"""

from __future__ import annotations

from typing import Any

# Keywords that constrain one JSON type only: they go with that type's branch.
_FOR_TYPE = {
    "string": {"minLength", "maxLength", "pattern", "format"},
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"},
    "integer": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"},
    "array": {"items", "minItems", "maxItems", "uniqueItems", "prefixItems"},
    "object": {
        "properties",
        "required",
        "additionalProperties",
        "minProperties",
        "maxProperties",
    },  # fmt: skip
}
_TYPED = set().union(*_FOR_TYPE.values())


def decoding_schema(schema: Any) -> Any:
    """``schema`` with every ``type: [A, B, …]`` that carries other keywords rewritten as
    ``anyOf`` (recursively); anything else unchanged."""
    if isinstance(schema, list):
        return [decoding_schema(v) for v in schema]
    if not isinstance(schema, dict):
        return schema
    node = {k: (v if k in ("enum", "const") else decoding_schema(v)) for k, v in schema.items()}
    types = node.get("type")
    if not isinstance(types, list) or not (_TYPED & node.keys()):
        return node
    shared = {k: v for k, v in node.items() if k != "type" and k not in _TYPED}
    branches = []
    for t in types:
        own = {k: v for k, v in node.items() if k in _FOR_TYPE.get(t, ())}
        branches.append({"type": t, **own})
    return {**shared, "anyOf": branches}
