"""Reply parsing, schema validation, the intent template, prompts and the answer cache."""

from __future__ import annotations

import re

import pytest

from videomind.backends.protocols import ChatRequest
from videomind.generation.cache import AnswerCache, request_key
from videomind.generation.prompts import PROMPT_DIR, load_prompt
from videomind.generation.structured import MalformedOutput, parse_intent, parse_json, validate

STEPS = [
    "factual_visual",
    "factual_audio",
    "factual_ocr",
    "factual_asr",
    "factual_text",
    "abstract",
    "intent_uploader",
    "intent_protagonist",
    "tags",
    "repair",
]


@pytest.mark.parametrize(
    ("statement", "slots"),
    [
        (
            "The chef aims to teach viewers by cooking pasta.",
            ("The chef", "teach viewers", "cooking pasta"),
        ),
        (  # the sentence starts with a capital
            "the chef AIMS TO teach viewers BY cooking pasta!!",
            ("The chef", "teach viewers", "cooking pasta"),
        ),
        (  # a quote left open loses its marks; closed ones and a plural possessive stay
            "The uploader aims to document the movie 'Big Buck Bunny by showing the rabbits' day",
            ("The uploader", "document the movie Big Buck Bunny", "showing the rabbits' day"),
        ),
        (
            'The uploader aims to share "Big Buck Bunny" by showing \'the film\' and "its end',
            ("The uploader", 'share "Big Buck Bunny"', "showing 'the film' and its end"),
        ),
        (
            '"[The chef] aims to [teach viewers] by [cooking pasta]."',
            ("The chef", "teach viewers", "cooking pasta"),
        ),
        (  # a whole sentence wrapped in quotes that it also uses inside
            '"The chef aims to share "Pasta" by cooking."',
            ("The chef", 'share "Pasta"', "cooking"),
        ),
        (  # a title quoted at the sentence's end keeps its closing quote
            "The uploader aims to share the film by showing 'Big Buck Bunny'",
            ("The uploader", "share the film", "showing 'Big Buck Bunny'"),
        ),
        (
            "A rabbit aim to  defend\nits home by chasing bullies",
            ("A rabbit", "defend its home", "chasing bullies"),
        ),
        # The first "by" after "aims to" ends the intent; later ones belong to the action.
        (
            "Ana aims to get fit by running by the river.",
            ("Ana", "get fit", "running by the river"),
        ),
    ],
)
def test_intent_template_is_lenient_on_form(statement, slots):
    got = parse_intent(statement)
    assert (got.subject, got.intent, got.action) == slots
    assert got.statement == f"{slots[0]} aims to {slots[1]} by {slots[2]}."


@pytest.mark.parametrize(
    "statement",
    [
        "The chef teaches viewers by cooking pasta.",  # no "aims to"
        "The chef aims to teach viewers.",  # no action
        "aims to teach viewers by cooking",  # no subject
        "The chef aims to by cooking pasta",  # empty intent
        "[subject] aims to [intent] by [action]",  # the placeholders echoed
        "The chef aims to teach viewers by ...",  # placeholder action
        "",
    ],
)
def test_intent_template_is_strict_on_slots(statement):
    with pytest.raises(MalformedOutput) as err:
        parse_intent(statement)
    assert err.value.cause == "template_slots"


def test_parse_json_tolerates_fences_and_prose_only():
    assert parse_json('{"a": 1}') == {"a": 1}
    assert parse_json('```json\n{"a": 1}\n```') == {"a": 1}
    assert parse_json('Sure! Here it is: {"a": 1} Hope that helps.') == {"a": 1}
    for bad in ("", "no json here", '{"a": 1', "{'a': 1}"):
        with pytest.raises(MalformedOutput) as err:
            parse_json(bad)
        assert err.value.cause == "not_json"
        assert err.value.raw == bad


def test_validate_names_the_broken_key():
    schema = load_prompt("abstract").schema
    good = {
        "summary": " A bunny plays in a field. ",
        "subject": "bunny",
        "place": "field",
        "time": "day",
        "event": "play",
    }
    assert validate(good, schema)["summary"] == "A bunny plays in a field."
    with pytest.raises(MalformedOutput, match="place") as err:
        validate({k: v for k, v in good.items() if k != "place"}, schema)
    assert err.value.cause == "schema_violation"
    with pytest.raises(MalformedOutput, match="subject"):
        validate(good | {"subject": 3}, schema)
    with pytest.raises(MalformedOutput):
        validate(["not", "an", "object"], None)
    # a string of spaces meets minLength while decoding, not once stripped (the workflow test)
    with pytest.raises(MalformedOutput, match="place") as err:
        validate(good | {"place": "  "}, schema)
    assert err.value.cause == "schema_violation"


def test_every_step_has_a_versioned_prompt_with_a_schema():
    for step in STEPS:
        p = load_prompt(step)
        assert p.version >= 1
        assert p.ident.startswith(f"{step}@v{p.version}#") and len(p.sha8) == 8
        if step != "repair":
            assert p.schema and p.schema["type"] == "object", step
            assert p.max_tokens <= 256, step
    assert sorted(f.stem for f in PROMPT_DIR.glob("*.yaml")) == sorted(STEPS)


def test_prompt_render_refuses_missing_values(tmp_path):
    p = load_prompt("factual_ocr")
    system, user = p.render(ocr_text="SALE 50%")
    assert "SALE 50%" in user and "$" not in user
    with pytest.raises(KeyError):
        p.render()
    # An edit shows in the identity even when the version was not bumped.
    edited = tmp_path / "factual_ocr.yaml"
    edited.write_text((PROMPT_DIR / "factual_ocr.yaml").read_text() + "\n# edited\n")
    assert load_prompt("factual_ocr", tmp_path).ident != p.ident
    (tmp_path / "factual_asr.yaml").write_text("step: other\nversion: 1\nuser: hi\n")
    with pytest.raises(ValueError, match="declares step 'other'"):
        load_prompt("factual_asr", tmp_path)


def test_cache_key_covers_inputs_model_and_attachments(tmp_path):
    img = tmp_path / "f.jpg"
    img.write_bytes(b"one")
    req = ChatRequest("sys", "user", {"type": "object"}, 50, images=(str(img),))
    base = {"identity": dict(backend="llama_cpp", model="m", seed=0, temperature=0.0)}
    key = request_key(req, **base)
    assert key == request_key(req, **base)
    assert key != request_key(req, identity=base["identity"] | {"model": "m2"})
    assert key != request_key(req, identity=base["identity"] | {"seed": 1})
    assert key != request_key(
        ChatRequest("sys", "user2", {"type": "object"}, 50, images=(str(img),)), **base
    )
    img2 = tmp_path / "g.jpg"
    img2.write_bytes(b"two")
    assert key != request_key(
        ChatRequest("sys", "user", {"type": "object"}, 50, images=(str(img2),)), **base
    )
    cache = AnswerCache(tmp_path / "cache")
    assert cache.get(key) is None
    cache.put(key, {"data": {"x": 1}})
    assert cache.get(key) == {"data": {"x": 1}}
    assert (cache.hits, cache.misses) == (1, 1)
    assert not list((tmp_path / "cache").rglob(".tmp-*"))
    assert AnswerCache(None).get(key) is None


def test_reply_limits_scale_for_bigger_models():
    from videomind.generation.prompts import load_prompt

    base = load_prompt("abstract")
    assert base.scaled(1) is base
    big = base.scaled(4)
    assert big.max_tokens == 4 * base.max_tokens
    assert big.schema["properties"]["summary"]["maxLength"] == (
        4 * base.schema["properties"]["summary"]["maxLength"]
    )
    assert (
        big.schema["properties"]["summary"]["minLength"]
        == (base.schema["properties"]["summary"]["minLength"])
    )  # only limits grow
    values = {"text": "t", "asr": "a", "ocr": "o", "audio": "s", "visual": "v", "position": "p"}
    assert big.ident == base.ident and big.render(**values) == base.render(**values)


def test_slots_given_as_fields_are_not_split_again():
    """An intent holding " by " stays whole: the sentence is not re-split at its first "by"."""
    from videomind.generation.engine import intent_of

    data = {"subject": "The uploader", "intent": "document a day spoiled by three bullies",
            "action": "showing the chase"}  # fmt: skip
    got = intent_of(data)
    assert got.intent == "document a day spoiled by three bullies"
    assert got.action == "showing the chase"
    assert got.statement.endswith("spoiled by three bullies by showing the chase.")
    with pytest.raises(MalformedOutput, match="what the clip presents"):
        intent_of({"subject": "unknown", "intent": "watch", "action": "looking"})


@pytest.mark.parametrize(
    ("slot", "value", "ok"),
    [
        ("action", "spoiling the forest", True),
        ("action", "spoil the forest", False),  # the v4 answer the grammar now rules out
        ("action", "reading", True),
        ("intent", "protect his peaceful day", True),
        ("intent", "showing in a dim scene", False),  # "aims to showing"
        ("intent", "bring joy to children", True),  # "bring" is let through by name
        ("intent", "readingSense and Sensibility", False),  # glued words (v6), lower case now
        ("intent", "Protect his day", False),
        ("action", "aggressivelyaring at the bullies", False),  # 14 letters before -ing
        ("action", "demonstrating the trick", True),
        # v10/v9: first words are the lexicon's verbs, so nothing can be glued onto them
        ("intent", "restingunder an oak tree", False),
        ("intent", "rest under an oak tree", True),
        ("action", "createavideoing", False),
        ("action", "watchinga fairy tale", False),
        ("intent", "none", False),
        ("intent", "to promote the film", True),  # the stage drops the "to"
        ("intent", "tote", True),
        ("intent", "to", False),
        ("action", "running away from the bullies", True),
        ("subject", "The giant rabbit", True),
        ("subject", "the LibriVox volunteer", True),
        ("subject", "unknown", False),
        ("subject", "Rabbit", False),
    ],
)
def test_intent_slot_patterns(slot, value, ok):
    """The protagonist prompt's patterns as jsonschema checks them (llama.cpp decodes under the
    same grammar: checked below)."""
    schema = load_prompt("intent_protagonist").schema
    one = {"does": "The cook stirs.", "subject": "The cook", "intent": "feed the guests",
           "action": "stirring"} | {slot: value}  # fmt: skip
    if ok:
        validate(one, schema)
    else:
        with pytest.raises(MalformedOutput):
            validate(one, schema)


def test_intent_patterns_compile_to_a_llama_cpp_grammar():
    import json

    from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

    for step in ("intent_uploader", "intent_protagonist"):
        gbnf = json_schema_to_gbnf(json.dumps(load_prompt(step).schema))
        LlamaGrammar.from_string(gbnf, verbose=False)


def _unbounded_quantifier(pattern: str) -> bool:
    """True when ``pattern`` has a ``+``, ``*`` or ``{n,}`` outside a character class (escapes
    skipped)."""
    in_class = escaped = False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif not in_class and (ch in "+*" or re.match(r"\{\d+,\}", pattern[k:])):
            return True
    return False


def test_every_reply_string_is_bounded():
    """A small model decoding under a grammar with an unbounded run (v6's action was
    ``[A-Za-z]+ing``) writes letters until max_tokens and the JSON is cut: every string slot of
    every prompt, the verifier's included, must have a maxLength or a pattern of bounded length."""
    import yaml

    assert _unbounded_quantifier("^[A-Za-z]+ing$") and not _unbounded_quantifier(r"^[+*]{1,3}\+$")
    assert _unbounded_quantifier("^[a-z]{2,}$") and not _unbounded_quantifier("^[{2,}]{2,9}$")
    files = sorted(PROMPT_DIR.glob("*.yaml")) + sorted((PROMPT_DIR / "verifier").glob("*.yaml"))
    checked = 0
    for path in files:
        schema = yaml.safe_load(path.read_text()).get("schema") or {}
        for name, prop in (schema.get("properties") or {}).items():
            if "string" not in (prop["type"] if isinstance(prop["type"], list) else [prop["type"]]):
                continue
            checked += 1
            pattern = prop.get("pattern")
            assert "maxLength" in prop or pattern, f"{path.name}: {name} has no bound"
            if pattern and "maxLength" not in prop:
                assert not _unbounded_quantifier(pattern), f"{path.name}: {name}: {pattern}"
    assert checked >= 20
