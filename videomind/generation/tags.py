"""The 6W tags' where/when/what: spans of the text they come from, never a file's time stamp,
and a check that each tag's content words occur in that text."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from videomind.backends.protocols import ChatRequest
from videomind.core.lexicon import lemmas, noun_kinds, parts_of_speech
from videomind.core.records import ABSTRACT, FACTUAL, INTENT, TAG, TAG_GROUNDED
from videomind.generation.llm_stage import Pass
from videomind.runner import Failed

if TYPE_CHECKING:
    from videomind.generation.generate import Generation, Sample

log = logging.getLogger(__name__)

_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "and",
    "or",
    "for",
    "with",
    "by",
    "from",
    "into",
    "over",
    "under",
    "this",
    "that",
    "its",
}


# A "when" that is a file or upload time stamp (2018-03-24T11:59:57Z, 20180324) says when a file
# was made, not when the event happened.
_TIMESTAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\b(19|20)\d{6}\b|\d{2}:\d{2}:\d{2}")


def not_a_timestamp(value: str | None) -> str | None:
    return None if value and _TIMESTAMP.search(value) else value


def span_of(phrase: str | None, text: str) -> str | None:
    """``phrase`` as it is written in ``text`` (case-insensitive, spaces normalised), or None
    when it is not a span of it."""
    if not phrase or not text:
        return None
    words = phrase.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text, flags=re.IGNORECASE)
    return found.group(0) if found else None


def grounded(tag: str | None, context: str) -> bool | None:
    """Does every content word of a tag occur in the text it was taken from?"""
    if not tag:
        return None
    words = [
        w for w in "".join(c if c.isalnum() else " " for c in tag.lower()).split() if w not in _STOP
    ]
    ctx = context.lower()
    return bool(words) and all(w in ctx for w in words)


# What each tag must name (§3.2: place, time and event nouns), as WordNet lexicographer files
# of the tag's head noun (its last noun), and how many of the noun's most frequent senses may
# carry it: "dawn", "night" are times in their first sense; "ends", "frames" are not.
TAG_KINDS = {
    "when": ({"time"}, 1),
    "where": ({"location", "object", "artifact"}, 2),
    "what": ({"event", "act", "process", "phenomenon"}, 2),
}
# The medium itself is no place: "where" = "the video" or "a big Buck Bunny movie" says nothing.
MEDIUM = {"video", "clip", "frame", "screen", "film", "credits", "movie", "trailer", "footage",
          "shot", "image", "picture", "camera", "recording", "youtube", "channel"}  # fmt: skip


# A tag with one of these is a clause or a negation ("the speech was not heard or could not be
# made out"), not the name of a place, a time or an event: its last noun-like word ("out", an
# act in WordNet) would pass as its head.
CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "can", "could",
                          "will", "would", "shall", "should", "may", "might", "must", "has",
                          "have", "had", "do", "does", "did", "not", "no", "never"})  # fmt: skip


def head_noun(tag: str) -> str | None:
    """The tag's last word that WordNet knows as a noun and that is not only an adjective or
    adverb form ("moderate motion" -> motion, "in the dim forest" -> forest), before any "of"
    ("a reading of a novel" -> reading)."""
    tag = re.split(r"\bof\b", tag, maxsplit=1, flags=re.IGNORECASE)[0]
    nouns = [w for w in re.findall(r"[A-Za-z]+", tag) if w.lower() not in _STOP
             and "n" in parts_of_speech(w) and noun_kinds(w)]  # fmt: skip
    return nouns[-1].lower() if nouns else None


def _gerund(word: str | None) -> bool:
    """An -ing form of a verb ("reading"), not a word that merely ends so ("string")."""
    return bool(word) and word.endswith("ing") and any(x != word for x in lemmas(word, "v"))


def typed(tag: str | None, kind: str) -> bool | None:
    """Does the tag name a time (``when``), a place that is not the medium (``where``) or an
    event (``what``)? An -ing head ("running away") is an event too. None if there is no tag."""
    if not tag:
        return None
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", tag.lower())
    if any(w in CLAUSE_WORDS or w.endswith("n't") for w in words):
        return False
    wanted, senses = TAG_KINDS[kind]
    head = head_noun(tag)
    if kind == "what" and any(_gerund(w) for w in (tag.split()[0].lower(), head)):
        return True  # "running away", "a reading of a novel": something done
    if head is None:
        return False
    if kind == "where" and ({head} | set(lemmas(head, "n"))) & MEDIUM:
        return False
    return bool(set(noun_kinds(head)[:senses]) & wanted)


def tag_value(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if not value or value.lower() in {"unknown", "none", "n/a", "not given"} else value


def six_w_tags(
    out: dict[str, Any],
    views: dict[str, str],
    role: str,
    *,
    from_spans: bool,
    wrong_type: list[str] | None = None,
) -> dict[str, Any]:
    """6W tags: who/why/how from ``role``'s parsed intent (the uploader's where a clip has no
    protagonist, ``tag_source_role`` says which); where/when/what are the spans the
    tags pass found in the abstract summary (``from_spans``, already in ``out``) or the abstract
    layer's place, time and event, each checked against the text it must come from. Grounding
    is checked against content, not the provenance labels of measured text (``views``). A
    where/when/what that does not name a place, a time or an event (``typed``) is no tag; its
    kind is appended to ``wrong_type``."""
    o = out
    context = " ".join([o[ABSTRACT["summary"]], *(views.get(c, o[c]) for c in FACTUAL.values())])
    tags: dict[str, Any] = {}
    if o[INTENT[role]["statement"]] is None:
        role = "uploader"
    for tag, part in (("who", "subject"), ("why", "intent"), ("how", "action")):
        tags[TAG[tag]] = o[INTENT[role][part]]
    for tag, key in (("where", "place"), ("when", "time"), ("what", "event")):
        value = o[TAG[tag]] if from_spans else tag_value(o[ABSTRACT[key]])
        value = not_a_timestamp(value) if tag == "when" else value
        if typed(value, tag) is False:
            if wrong_type is not None:
                wrong_type.append(tag)
            value = None
        tags[TAG[tag]] = value
        tags[TAG_GROUNDED[tag]] = grounded(value, context)
    return tags | {"tag_source_role": role}


def tag_spans(g: Generation) -> Pass:
    """§3.2: where/when/what as spans of the abstract summary, found by the LLM; a phrase
    that is not a span of the summary (or is a time stamp) is no tag. A tags answer that
    stays malformed costs the tags, not the sample: they are null, ``tags_failure`` says
    why, and the text layers stay."""
    prompt = g.prompts["tags"]

    def build(s: Sample) -> ChatRequest:
        for tag in ("where", "when", "what"):
            s.out[TAG[tag]] = None
        return g.request(prompt, {"summary": s.out[ABSTRACT["summary"]]})

    def failed(s: Sample, err: BaseException) -> None:
        f = Failed.from_error(err, g.default_cause, s.row["source_id"], step="tags")
        s.out["tags_failure"] = f"{f.cause}: {f.message}"
        for tag in ("where", "when", "what"):
            g.provenance(s, TAG[tag], f"failed:{f.cause}", prompt, g.tags_engine)
        log.warning("%s: tags left null (%s)", s.id, s.out["tags_failure"])

    def apply(s: Sample, data: dict[str, Any]) -> None:
        summary = s.out[ABSTRACT["summary"]]
        for tag in ("where", "when", "what"):
            s.out[TAG[tag]] = span_of(tag_value(data.get(tag)), summary)
        s.out[TAG["when"]] = not_a_timestamp(s.out[TAG["when"]])
        for tag in ("where", "when", "what"):
            g.provenance(s, TAG[tag], "model", prompt, g.tags_engine)

    return Pass(prompt, g.live(), build, apply, engine=g.tags_engine, failed=failed)
