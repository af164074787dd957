"""§3.2's where/when/what name a place, a time and an event: a tag of the wrong kind is no tag."""

from __future__ import annotations

import pytest

from videomind.core.records import ABSTRACT, FACTUAL, INTENT, TAG
from videomind.generation.quality import quality
from videomind.generation.tags import head_noun, six_w_tags, typed


@pytest.mark.parametrize(
    ("kind", "tag", "ok"),
    [
        # the examples, all of the wrong kind
        ("when", "even lit with dominant green tones and moderate change between frames", False),
        ("when", "moderate motion", False),
        ("when", "ends", False),
        ("where", "The video", False),
        ("where", "a big Buck Bunny movie", False),
        ("when", "over a title card", False),
        ("what", "Big Buck Bunny", False),
        # and of the right kind
        ("when", "at dawn", True),
        ("when", "during the night", True),
        ("where", "the forest", True),
        ("where", "a city street", True),
        ("where", "the edge of the forest", True),
        ("what", "his revenge", True),
        ("what", "a chase", True),
        ("what", "running away", True),
        ("what", "a reading of a novel", True),
        ("what", "string", False),  # ends in -ing, but is no -ing form
        # a clause or a negation names nothing (held-back sets 9 and 12: a summary that
        # repeated the factual layer's sentence about speech nobody made out)
        ("what", "the speech was not heard or could not be made out", False),
        ("what", "A large bear is seen coming out of its den", False),
        ("when", "it wasn't morning", False),
    ],
)
def test_a_tag_names_its_kind(kind, tag, ok):
    assert typed(tag, kind) is ok


def test_the_head_is_the_last_noun_before_of():
    assert head_noun("moderate motion") == "motion"
    assert head_noun("a reading of a novel") == "reading"
    assert head_noun("the") is None and typed(None, "when") is None


def row(where, when, what):
    out = {ABSTRACT["summary"]: f"In {where}, at {when}, {what}.", ABSTRACT["place"]: where,
           ABSTRACT["time"]: when, ABSTRACT["event"]: what}  # fmt: skip
    out |= {c: "" for c in FACTUAL.values()}
    for role in INTENT:
        out |= {INTENT[role][p]: f"{role} {p}" for p in ("statement", "subject", "intent",
                                                          "action")}  # fmt: skip
    return out


def test_six_w_tags_drop_a_wrong_kind_and_count_it():
    dropped: list[str] = []
    tags = six_w_tags(row("the video", "dawn", "a frame"), {}, "protagonist", from_spans=False,
                      wrong_type=dropped)  # fmt: skip
    assert tags[TAG["where"]] is None and tags[TAG["what"]] is None
    assert tags[TAG["when"]] == "dawn" and tags["tag_when_grounded"] is True
    assert tags["tag_where_grounded"] is None and dropped == ["where", "what"]


def test_quality_reports_typed_tags_per_kind():
    rows = [{TAG["where"]: "the forest", TAG["when"]: "ends", TAG["what"]: None,
             ABSTRACT["summary"]: "the forest ends"}]  # fmt: skip
    q = quality(rows)
    assert q["tags_typed_by_kind"] == {"where": "1/1", "when": "0/1", "what": "0/0"}
