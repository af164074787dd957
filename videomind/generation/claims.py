"""What an intent or an action claims of the clip that a clip of its kind cannot hold.

A still card shows its words, not people at work (``footage_claimed``); a clip where Whisper
heard no speech has nobody telling anything (``speech_claimed``); nothing teaches where nothing
of the clip does (``teaching_claimed``); and someone the clip shows does not act on the video
itself (``medium_claimed``). Each returns the word that claims too much, and a message the
revision turn hands back to the model."""

from __future__ import annotations

import re
from typing import Any

from videomind.core.lexicon import (
    FUNCTION_WORDS,
    ing_bases,
    lemmas,
    parts_of_speech,
)
from videomind.core.records import said
from videomind.core.text import LETTER_WORD, words
from videomind.generation.grounding import dated

# Verbs by which an action claims the picture shows something happen.
FOOTAGE_VERBS = frozenset({"show", "film", "record", "capture", "document", "follow", "watch",
                           "depict", "feature", "observe"})  # fmt: skip


# What a still card does show.
CARD_WORDS = frozenset({"title", "card", "text", "name", "word", "episode", "caption", "sign",
                        "logo", "screen", "picture", "image", "letter", "heading", "credit",
                        "poster", "still", "series", "line", "subtitle", "clip",
                        "video"})  # fmt: skip


def footage_claimed(action: str | None, still: bool) -> list[str]:
    """The things an action says the picture shows happening when the picture is a still card
    ("by showing a scene of fishermen working" over "SMALL HARBOURS - the fish market"): the
    card shows its words, and a voice may speak of the market, but nobody is filmed at work.
    Empty when the picture moves, or the action is not one of showing (presenting, telling)
    or shows only the card itself."""
    if not still or leading_verb(action, FOOTAGE_VERBS) is None:
        return []
    rest = _shown_part(action or "")
    if any((set(lemmas(x, "n")) | {x}) & CARD_WORDS for x in rest):
        return []  # "showing the name of the festival": the card's own words
    claimed = []
    for low in rest:
        if _is_noun(low) and low not in claimed:
            claimed.append(low)
    return claimed


def _is_noun(word: str) -> bool:
    kinds = parts_of_speech(word)
    return "n" in kinds and "a" not in kinds and word not in FUNCTION_WORDS


def _shown_part(action: str) -> list[str]:
    """The words after the verb that say what is shown: the action's first part, up to a
    comma, a semicolon, "with" or "while" ("showing the man reading, with the title card"
    claims a man reading, whatever follows), or an "and" after a noun ("showing the man and
    the card" claims the man; "showing a simple and effective way to fold a towel" claims a
    way: an "and" between adjectives joins them)."""
    words: list[str] = []
    for token in re.findall(r"[,;]|[^\W\d_][\w'-]*", action.lower())[1:]:
        if token in {",", ";", "with", "while"}:
            break
        if token == "and" and any(_is_noun(w) for w in words):
            break
        if token != "and":
            words.append(token)
    return words


# Verbs of speaking: an action of one of these needs a voice in the clip.
SPEECH_VERBS = frozenset({"tell", "say", "narrate", "talk", "speak", "sing", "chat", "interview",
                          "announce", "recite"})  # fmt: skip


def speech_claimed(action: str | None, row: dict[str, Any]) -> str | None:
    """The action's verb when it is one of speaking ("by telling a story about the event") and
    Whisper heard no speech in the clip (``asr_status`` ``no_speech``: a silent card, a film's
    music); else None. A voice heard but not made out (``low_confidence``) is still a voice."""
    if row.get("asr_status") != "no_speech":
        return None
    return leading_verb(action, SPEECH_VERBS)


# Verbs of teaching, and the categories an uploader files teaching under (the category is their
# own word on why the video is there).
TEACHING_VERBS = frozenset({"teach", "educate", "instruct", "tutor", "train"})


TEACHING_CATEGORIES = frozenset({"education", "howto & style", "science & technology"})


def category_key(category: str | None) -> str:
    """The uploader's category as the category sets hold it (lower case, "" for none)."""
    return (category or "").strip().lower()


def filed_under(category: str | None) -> str:
    """What the uploader did with the category, for a revision message."""
    return f'filed it under "{category}"' if category else "chose no category"


# r15-23: "help tenants understand how to repair a lift" over a tenants' association whose
# speech Whisper took for Latin (held-back set 45): the teaching is in the object, not the verb.
_HOW_TO = re.compile(r"\bhow\s+to\s+\w+", re.IGNORECASE)


def teaching_claimed(intent: str | None, row: dict[str, Any], how_to: bool = False
                     ) -> str | None:  # fmt: skip
    """The intent's verb when it is one of teaching ("teach viewers about the life of a giant
    rabbit") and nothing of the clip teaches: call this only for a statement whose action is
    written by rule (``Sample.fixed_actions``): role A over a clip of which nothing of its own is
    known, or a credits roll without speech; role A over a speaker's window and role B quoting
    the speaker (r15-15). None when the uploader's category is one of teaching. Four film
    windows of the demo and four of held-back sets 11-13 were "taught" so; a silent cartoon
    entertains. Over speech outside those categories, sets 21-30 read 13 such intents, and I
    rejected 9 ("teach beginners about fixing a flat tyre" for a swimming club's lessons, "teach
    others about bike repair" for volunteers who fix bikes). ``how_to``: "how to <verb>" anywhere
    in the intent teaches too (its words are returned); for role A over a clip of which nothing
    of its own is known, where nothing says how anything is done."""
    # r15-30: a speaker who says when what they name happens announces it, whatever the
    # category: "teach about Tanya's debating society" over "We meet on the first Monday of
    # every month at the library", filed under education (held-back set 64, twice, rejected),
    # as a dated card does (notice_misread)
    teaching = category_key(row.get("category")) in TEACHING_CATEGORIES
    if teaching and not dated([said(row)]):
        return None
    first = first_word(intent)
    if first in TEACHING_VERBS:
        return first
    match = _HOW_TO.search(intent or "") if how_to else None
    return " ".join(match.group(0).lower().split()) if match else None


# Verbs of entertaining, and the categories an uploader files entertainment under.
ENTERTAINING_VERBS = frozenset({"entertain", "amuse", "delight"})


ENTERTAINING_CATEGORIES = frozenset({"entertainment", "comedy", "film & animation", "music",
                                     "gaming"})  # fmt: skip


# What a still card is not (notice_misread).
MEDIUM = frozenset({"video", "videos", "clip", "clips", "footage", "recording"})


# What a character shown in the clip does not act on: the video itself and what is put on it.
MADE_OF = MEDIUM | {"caption", "captions", "subtitle", "subtitles", "trailer", "frame", "camera"}


def medium_claimed(intent: str | None, action: str | None) -> str | None:
    """The word for the video or what it is made of in role B's intent or action when the one
    it is about is someone or something the clip shows, not the one who made it: "The bunny
    aims to appear in the video with captions by adding the burned-in captions to the video"
    (the demo's trailer, whose caption names a bunny), "The bunny aims to show in a dim outdoor
    scene by standing in the frame" (issue 26). Else None."""
    tokens = LETTER_WORD.findall(f"{intent or ''} {action or ''}".lower())
    return next((w for w in tokens if w in MADE_OF), None)


# r15-36b: fewer words than this made out of a voice is a voice not made out.
MADE_OUT_WORDS = 3


def voice_unmade(row: dict[str, Any]) -> bool:
    """A voice was heard and none of its words made out: Whisper was unsure of the whole
    (``low_confidence``), or sure of fewer than ``MADE_OUT_WORDS`` of them ("… Hello." of a
    toad patrol's call for volunteers, held-back set 84, r15-36b)."""
    if row.get("asr_status") == "low_confidence":
        return True
    return row.get("asr_status") == "ok" and len(words(said(row))) < MADE_OUT_WORDS


def entertaining_claimed(intent: str | None, row: dict[str, Any]) -> str | None:
    """The intent's verb when it entertains over a voice Whisper heard but could not make out
    (``voice_unmade``), filed under a category not of entertaining: a voice
    speaks to its listeners, and only the uploader's title says of what. "entertain children
    with fun bouldering activities", "entertain viewers with a video about fishing", "entertain
    people with a scenic canoe race" over clubs' calls filed under sports (held-back sets 71,
    73, 52: all three such statements, all rejects; r15-32e). Else None."""
    entertaining = category_key(row.get("category")) in ENTERTAINING_CATEGORIES
    if not voice_unmade(row) or entertaining:
        return None
    first = first_word(intent)
    return first if first in ENTERTAINING_VERBS else None


def unheard_entertaining_message(verb: str, category: str | None) -> str:
    filed = filed_under(category)
    return (
        f"someone speaks in the clip, though their words were not made out, and the uploader "
        f'{filed}, so the intent cannot be "{verb}": a voice speaks to its listeners; say what '
        "the uploader wants them to know or do, from what the title and description say "
        "(inform ... about ..., invite ... to ..., share ...)"
    )


SHOWN_CHARS = 80  # of a silent show's on-screen text, in teaching_message


def teaching_message(verb: str, category: str | None, shown: str | None = None) -> str:
    """``shown``: the on-screen text of a silent part of a show (r15-32), else the clip shows
    none or only a list of names."""
    filed = filed_under(category)
    text = "none or only a list of names"
    if shown:
        line = " ".join(shown.split())
        text = '"' + (line if len(line) <= SHOWN_CHARS else line[:SHOWN_CHARS] + " …") + '"'
    return (
        "nothing known of the clip teaches: no words were made out of any speech in it, its "
        f"on-screen text is {text}, and the uploader {filed}, so the "
        f'intent cannot be "{verb}"; say what the uploader wants viewers to get from watching '
        "it (entertain them, amuse them, share ... with them)"
    )


def spoken_teaching_message(verb: str, category: str | None, who: str) -> str:
    """For ``teaching_claimed`` over a clip whose own content is speech (r15-15): the speakers
    of held-back sets 21-30 announced, welcomed and invited; a category not of teaching says
    that is what they do. ``who``: "the uploader" or "the speaker"."""
    filed = filed_under(category)
    why = f"someone speaks in the clip, and the uploader {filed}"
    if category_key(category) in TEACHING_CATEGORIES:  # r15-30: dated speech
        why = "someone speaks in the clip and says when what they name happens"
    return (
        f'{why}, so the intent cannot be "{verb}": the words announce, invite or ask, and '
        f"teach nothing; say what {who} wants listeners to do or know (inform ... about ..., "
        "invite ... to ..., get people to ...)"
    )


def first_word(text: str | None) -> str:
    w = LETTER_WORD.findall(text or "")
    return w[0].lower() if w else ""


def leading_verb(action: str | None, verbs: frozenset[str]) -> str | None:
    """The action's first word, lower case, when it is the -ing form of one of ``verbs``."""
    first = first_word(action)
    return first if first.endswith("ing") and ing_bases(first) & verbs else None


def medium_message(word: str, subject: str | None) -> str:
    return (
        f"{subject or 'the main character'} is in the clip, not the one who made it, so the "
        f"statement cannot be about the {word}: say what they want and do in what the clip shows"
    )


def speech_message(verb: str) -> str:
    return (
        f'nobody speaks in the clip, so the action cannot be "{verb}"; say what the picture or '
        "its text shows (for example by showing the title card, by showing ...)"
    )


def footage_message(claimed: list[str]) -> str:
    return (
        "the picture is a still card: nothing moves in it, it shows only its words, so the "
        f"action cannot be showing {', '.join(repr(c) for c in claimed)}; say how the card or "
        "the voice presents the subject (for example by presenting the title card, by telling "
        "about ...)"
    )
