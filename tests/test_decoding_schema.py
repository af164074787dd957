"""The schema a backend decodes under keeps every bound and accepts exactly what the prompt's
schema accepts."""

from __future__ import annotations

import jsonschema
import pytest

from videomind.backends.decoding import decoding_schema
from videomind.generation.prompts import PROMPT_DIR, load_prompt

OPTIONAL = {"type": ["string", "null"], "maxLength": 5, "description": "a phrase"}


def test_a_type_list_with_bounds_becomes_one_branch_per_type():
    assert decoding_schema(OPTIONAL) == {
        "description": "a phrase",
        "anyOf": [{"type": "string", "maxLength": 5}, {"type": "null"}],
    }
    nested = {"type": "object", "properties": {"x": OPTIONAL}, "required": ["x"]}
    assert decoding_schema(nested)["properties"]["x"]["anyOf"][0] == {"type": "string",
                                                                       "maxLength": 5}  # fmt: skip
    plain = {"type": ["string", "null"]}  # nothing to lose: unchanged
    assert decoding_schema(plain) == plain


@pytest.mark.parametrize("value", ["abc", "abcde", "abcdef", None, 3, ""])
def test_the_rewritten_schema_accepts_the_same_values(value):
    def ok(schema):
        try:
            jsonschema.validate(value, schema)
        except jsonschema.ValidationError:
            return False
        return True

    assert ok(OPTIONAL) == ok(decoding_schema(OPTIONAL))


def test_every_prompt_schema_is_rewritten_without_losing_a_bound():
    for path in sorted(PROMPT_DIR.glob("*.yaml")):
        p = load_prompt(path.stem)
        if not p.schema:
            continue
        text = repr(decoding_schema(p.schema))
        assert text.count("maxLength") == repr(p.schema).count("maxLength"), path.name
        jsonschema.Draft202012Validator.check_schema(decoding_schema(p.schema))
