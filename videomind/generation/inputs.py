"""What each prompt sees of a sample: the sample columns a factual element reads, the sentence
an empty input becomes, and the factual and abstract layers as the intent prompts (and the
verifier, which must see exactly what generation saw) are given them."""

from __future__ import annotations

import functools
import json
from typing import Any

from videomind.core.languages import language_name
from videomind.core.lexicon import english_share
from videomind.core.records import ABSTRACT, FACTUAL, said
from videomind.generation.grounding import found_notice
from videomind.media.measure import describe_audio, describe_frames

INPUTS = {"ocr": "ocr_text", "asr": "asr_text", "text": "text"}  # sample columns


def input_text(row: dict[str, Any], element: str) -> str | None:
    """What an element's input says: its column, except that speech is what the generator
    takes as said (``core.records.said``: words Whisper was unsure of hidden)."""
    return said(row) if element == "asr" else row.get(INPUTS[element])


def clip_inputs(row: dict[str, Any]) -> list[str | None]:
    """The clip's own texts (OCR, speech as said, uploader text), which the rules check copies
    and words against."""
    return [input_text(row, element) for element in INPUTS]


EMPTY = {
    "ocr": "No on-screen text was detected.",
    "asr": "No speech was detected.",
    "text": "The uploader wrote no title or description.",
}
# The provenance of a factual element written as its input quoted (generation/factual.py): the
# input was read, unlike an element a rule writes in its place.
QUOTED_METHOD = "rule:quoted-input"
# A transcript the ASR doubted (asr_status low_confidence): speech was heard, its words are not
# handed on as what was said.
UNSURE_SPEECH = "Speech was heard, but its words could not be made out."
# Text a generator that reads English only (generate.english_only) is not handed: handed
# "Tavşan ve kelebek" (the rabbit and the butterfly), the 1.5B wrote of "a bird and a hawk".
# Each says what the clip has, not what was done with it: "the uploader wrote ... in a
# language other than English" became "the uploader aims to document the uploader's writing
# skills" (held-back set 7).
FOREIGN = {
    "text": "The title and description are written in {language}.",
    "asr": "Someone speaks a language the speech recogniser took for {language}; the words are "
    "not given in English.",
}
# r15-34: "Someone speaks Thai" over Greenlandic narration (held-back set 76, Whisper's guess at
# p 0.84): the language is the recogniser's guess at a language it may not know, and the
# element says so rather than state it as fact.
# r15-33: uploader text with almost no English word in a language py3langid does not know
# (Greenlandic, K'iche': it abstains) was handed to the generator as if English, and the 1.5B
# told of "a film or documentary in the Inuit language, possibly related to the Arctic region"
# (held-back set 76); the intents then shared "a documentary on Inuit language".
FOREIGN_UNNAMED = "The title and description are written in a language that was not identified."
ENGLISH_SHARE = 0.6  # below it, uploader text is not English (lexicon.english_share)
# Below it, text whose language py3langid does not name is still not English: a short English
# title with a name in it ("Woodturning demo", "Fernbank bouldering") has half its words English.
UNNAMED_SHARE = 0.25


@functools.cache
def _language_id() -> Any:
    from videomind.backends.langid_py3langid import Py3LangId

    return Py3LangId()


def foreign(element: str, row: dict[str, Any]) -> str | None:
    """The sentence a factual element is written as when its input is not English (for a
    generator that reads English only), else None: uploader text by its share of English
    words, a transcript by the language Whisper detected."""
    if element == "text":
        # py3langid names the language (it abstains on a short title); the share of English
        # words keeps an English text with a foreign name in it from being taken for another
        # language.
        text = row.get("text")
        share = english_share(text)
        if share is None or share >= ENGLISH_SHARE:
            return None
        language, _ = _language_id()(text)
        if language == "und" and share < UNNAMED_SHARE:
            return FOREIGN_UNNAMED
        if language in ("en", "und"):
            return None
        return FOREIGN["text"].format(language=language_name(language))
    if element == "asr":
        language = row.get("asr_language")
        if language and language != "en" and row.get("asr_text"):
            return FOREIGN["asr"].format(language=language_name(language))
    return None


def _clock(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth")  # fmt: skip
THIRDS = ("first", "middle", "last")


def third_of(start: float, end: float, duration: float) -> str:
    """Which third of its video a clip's middle falls in: "first", "middle" or "last"."""
    return THIRDS[min(2, max(0, int(3 * (start + end) / 2 / duration)))]


def part_of_video(start: float, end: float, duration: float) -> str:
    """The clip's part of its video in words ("its second minute, in the first third"), for the
    prompts' position: asked to name the part a clip shows, the 1.5B made "1:44 to 1:53 of its
    9:56" "the opening scene" for a clip in the sixth minute."""
    minute = int(start // 60)
    nth = _ORDINALS[minute] if minute < len(_ORDINALS) else f"{minute + 1}th"
    return f"its {nth} minute, in the {third_of(start, end, duration)} third"


def part_action(row: dict[str, Any], credits: bool = False) -> str:
    """Role A's action for a clip of which nothing of its own is known (evidence.own_content):
    which part of its video it shows, the one thing known of it. Asked for the action, the 1.5B
    gave every silent window of a film the film's plot ("by showing the rabbit's peaceful day and
    its reaction to bullies"), the end credits included, and told to name the part instead it
    wrote the plot again or "the opening scene" for the sixth minute (held-back sets 11, 12).
    "Its" is the video the intent names ("share the film by showing its part from 1:44 to
    1:53"): an action naming the video again would restate the intent's object. The times keep
    the windows of one minute apart. ``credits``: the clip's text is a list of names (its
    credits, evidence.credits_roll), which is what it shows."""
    start, end = row.get("start"), row.get("end")
    if credits:
        last = (start is not None and end is not None and row.get("source_duration")
                and third_of(start, end, row["source_duration"]) == "last")  # fmt: skip
        return "showing its closing credits" if last else "showing its credits"
    if start is None or end is None:
        return "showing one of its parts"
    return f"showing its part from {_clock(start)} to {_clock(end)}"


def clip_positions(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Where each clip sits in its source video, as the prompts see it ("clip 3 of 8 taken from
    this video, 1:10 to 1:25 of its 10:00"): clips of one source share their title and
    description, and without it a text-only model writes the same summary for all of them."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_source.setdefault(r.get("source_id") or r["clip_id"], []).append(r)
    out = {}
    for clips in by_source.values():
        clips.sort(key=lambda r: (r.get("start") or 0.0, r["clip_id"]))
        for k, r in enumerate(clips, 1):
            where = f"clip {k} of {len(clips)} taken from this video"
            if r.get("start") is not None and r.get("end") is not None:
                where += f", {_clock(r['start'])} to {_clock(r['end'])}"
                if r.get("source_duration"):
                    where += f" of its {_clock(r['source_duration'])}"
                    where += f" ({part_of_video(r['start'], r['end'], r['source_duration'])})"
            out[r["clip_id"]] = where
    return out


def clip_text(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def prompt_views(row: dict[str, Any]) -> dict[str, str]:
    """What prompts see of a generated row's measured elements: the measured sentences without
    their provenance labels (small models copy a label into their answers), rebuilt from the
    ``measured`` statistics so another stage (the verifier) sees exactly what generation saw."""
    if not row.get("measured"):
        return {}
    m = json.loads(row["measured"])
    views = {}
    if str(row.get("visual_method", "")).startswith("measured"):
        views[FACTUAL["visual"]] = describe_frames(m["frames"], labeled=False)
    if str(row.get("audio_method", "")).startswith("measured"):
        views[FACTUAL["audio"]] = describe_audio(m["audio"], m.get("speech"), labeled=False)
    return views


# Said with a FOUND card's text to the intent prompts: told only after a first answer (r15-14,
# notices.found_message), the 1.5B kept "share a personal experience", "help people find lost
# items" through every turn on four of nine found cards (sets 30, 34, 37, 38), and the
# statement was withheld.
FOUND_NOTE = " (a notice that something was found: it is there so its owner gets it back)"


def intent_values(row: dict[str, Any], views: dict[str, str] | None = None) -> dict[str, str]:
    """The intent prompts' inputs: the factual layer and the abstract layer (§3.1: the intent
    is inferred "from the descriptions of the factual and the abstract layer")."""
    views = views if views is not None else prompt_views(row)
    values = {e: clip_text(views.get(c, row.get(c)), 400) for e, c in FACTUAL.items()}
    if found_notice(row):
        values["ocr"] += FOUND_NOTE
    values["position"] = row.get("clip_position") or "unknown"
    # The category the uploader chose is their own word on why the video is there.
    values["category"] = row.get("category") or "none given"
    quote = row.get("speaker_quote")
    values["quote"] = f'"{quote}"' if quote else "none (nobody speaks English words in the clip)"
    # Whom role B's question is about: the one who speaks, where their words are the action
    # (quotes.py), not the summary's subject, who may be someone they speak of.
    values |= {k: clip_text(row.get(c), 600) for k, c in ABSTRACT.items()}
    values["who"] = "the one who speaks these words" if quote else values["subject"]
    # v13: a quoted speaker is asked what they want of their listeners, the question the
    # intent answers (prompts/intent_protagonist.yaml).
    values["question"] = (
        "The one who speaks these words says them to those who hear them: what do they want "
        "their listeners to do, know or feel?"
        if quote
        else f"Why does the main character ({values['who']}) act this way?"
    )
    return values
