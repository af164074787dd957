"""Does an intent say what this clip is for? Two misreadings the word checks cannot see, as every
word of them is a fair English word the clip's notes allow (r15-25, after held-back sets 45-49):

- **A purpose that names nothing of the clip**: "share a personal story" over a food truck's
  call ("We park at Pier 5 all week"), "share information about a historical event" over a
  history society's next walk, "inform listeners about a sports event" over a running club's
  weekly run. Each has a word that could be said of any clip (story, event, information) and
  no thing the clip's own words name. Sent back, told to name it in the clip's words.
- **The uploader told what it tells**: "inform the Northgate tenants association about the
  repair of a lift" under a video titled "Northgate tenants association": the title names who
  made the video, the one informing, not the audience.
- **A dated announcement read as a show**: "entertain people with a scenic canoe race" under
  "Kingsway canoe club", "River race, Saturday." (held-back set 52): the uploader dates what
  it names, so the video announces it.
- **A dated happening shared**: "share a cricket match with viewers" over "STOOLBALL MATCH,
  Sunday 2 pm - the cricket field" (held-back set 82, r15-35): what is to come is announced,
  not shown.
- **What the clip tells others to do, as its own aim**: "The speaker aims to learn about the
  class and attend it" over "Learn to … up to the community centre" (held-back set 85,
  r15-36b).
- **A speaker introduced**: "introduce the chairman of Oakleigh Allotment Society" over his
  "Good morning, I'm Humphrey, chairman of …" (held-back set 83, r15-36): he says who he is to
  announce the potato day.
"""

from __future__ import annotations

import re
from typing import Any

from videomind.core.lexicon import (
    FUNCTION_WORDS,
    lemmas,
    main_kinds,
    parts_of_speech,
    related_forms,
    word_forms,
)
from videomind.core.records import said
from videomind.core.text import LETTER_WORD, sentences, words
from videomind.generation.evidence import says_who_they_are, self_introduction, speaks
from videomind.generation.grounding import LOST, dated
from videomind.generation.quality import AUDIENCE_WORDS

# Nouns that could be said of any clip: a purpose whose only things are these names nothing.
VAGUE_NOUNS = frozenset({
    "story", "stories", "event", "events", "information", "info", "content", "topic", "topics",
    "message", "messages", "experience", "experiences", "moment", "moments", "activity",
    "activities", "thing", "things", "news", "update", "updates", "detail", "details",
    "occasion", "occasions", "happening", "happenings", "tradition", "traditions", "matter",
    "matters", "issue", "issues", "subject", "idea", "ideas", "knowledge", "awareness", "fact",
    "facts", "announcement", "announcements", "purpose", "life", "lives",
    # r15-28: any clip with words on screen or spoken has a text ("inform viewers about the
    # text they are seeing" over a LibriVox reading of Sense and Sensibility, the demo)
    "text", "texts",
    # r15-38: "promote their own work" over an opera society short of a soprano (held-back
    # set 88); "the Blender Foundation project" over the film's credits
    "work", "works", "project", "projects",
})  # fmt: skip

# Verbs whose object is whom the words are for: a title in that place is told what it tells.
TELLING_VERBS = frozenset({
    "inform", "tell", "invite", "encourage", "remind", "warn", "notify", "alert", "update",
    "persuade", "urge", "ask", "teach", "educate", "advise", "reassure", "convince",
})  # fmt: skip
# Where the one told ends: "inform X about ...", "invite X to ...".
_TOLD_ENDS = frozenset({"about", "of", "to", "that", "on", "with", "for", "how", "what", "when",
                        "where", "why", "by"})  # fmt: skip


def _uploader_texts(row: dict[str, Any]) -> list[str | None]:
    """What the uploader wrote or put on screen: title, description and on-screen text."""
    return [row.get("title"), row.get("description"), row.get("ocr_text")]


def _own_texts(row: dict[str, Any]) -> list[str | None]:
    """The clip's own texts: the uploader's (``_uploader_texts``), and its speech where Whisper
    was sure of it; not the generated layers, which may guess."""
    return _uploader_texts(row) + ([said(row)] if speaks(row) else [])


def own_words(row: dict[str, Any]) -> list[str]:
    """The words of the clip's own texts (``_own_texts``), lower case."""
    return [w.removesuffix("'s") for t in _own_texts(row) for w in words(t)]


def _tokens(intent: str | None) -> list[str]:
    """The intent's words, lower case, a possessive's "'s" dropped."""
    return [w.lower().removesuffix("'s") for w in LETTER_WORD.findall(intent or "")]


def _content(intent: str | None) -> list[str]:
    """The intent's words after its verb but function words."""
    return [w for w in _tokens(intent)[1:] if w not in FUNCTION_WORDS]


def vague_purpose(intent: str | None, row: dict[str, Any]) -> str | None:
    """The vague noun of an intent that names nothing of the clip: it has a noun any clip would
    allow (``VAGUE_NOUNS``), and none of its other words, but those for an audience, is the
    clip's own: a noun in some related form, another word as it inflects ("a historical event"
    over "Old Town history society" turns the history into an adjective and names the walk not
    at all; "a missing pet" over MISSING PIGEON says the card's "missing", held-back sets 52 and
    53, where a related-noun-only reading withheld it twice). Else None."""
    content = _content(intent)
    vague = next((w for w in content if w in VAGUE_NOUNS and "n" in parts_of_speech(w)), None)
    if vague is None:
        return None
    said = own_words(row)
    nouns = {f for w in said for f in related_forms(w)}
    forms = {f for w in said for f in word_forms(w)}
    forms |= LOST if forms & LOST else set()  # "a lost pet" over MISSING PIGEON
    for w in content:
        if w in VAGUE_NOUNS or w in AUDIENCE_WORDS:
            continue
        # r15-43: a word WordNet knows only as a verb says how, not what: "announce the event
        # and provide information" over "… Thread is provided" (held-back set 99) names nothing
        if parts_of_speech(w) == "v":
            continue
        if word_forms(w) & forms or ("n" in parts_of_speech(w) and related_forms(w) & nouns):
            return None
    return vague


def vague_message(intent: str, vague: str, row: dict[str, Any]) -> str:
    title = row.get("title")
    named = f' (the title: "{title}")' if title else ""
    return (
        f'"{intent}": "{vague}" could be said of any clip, and nothing else in it is named by '
        f"the clip{named}; say what it is for, naming what the clip's own words name, in a few "
        "words of your own"
    )


def title_told(intent: str | None, row: dict[str, Any]) -> str | None:
    """The title when role A's intent tells it what it tells: the verb is one of telling
    (``TELLING_VERBS``) and the ones told, up to "about", "to" ..., hold every content word of a
    title of at least two ("inform the Northgate tenants association about the repair of a
    lift", held-back set 45). Else None."""
    title = row.get("title") or ""
    named = {w for w in words(title) if w not in FUNCTION_WORDS}
    tokens = _tokens(intent)
    if len(named) < 2 or tokens[:1] == [] or tokens[0] not in TELLING_VERBS:
        return None
    told: list[str] = []
    for token in tokens[1:]:
        if token in _TOLD_ENDS:
            break
        told.append(token)
    return title if named <= set(told) else None


def title_told_message(title: str) -> str:
    return (
        f'the title, "{title}", names who made the video: they are the ones telling, not the '
        "ones told; say whom they tell and what (their members, neighbours, the public ...), "
        "in a few words of your own"
    )


# Verbs of a show, and the categories under which a video is one.
ENTERTAINING = frozenset({"entertain", "amuse", "delight"})
SHOW_CATEGORIES = frozenset({"film & animation", "entertainment", "comedy", "music", "gaming"})


def entertains_notice(intent: str | None, row: dict[str, Any]) -> str | None:
    """The intent's verb when it entertains with a video that announces: filed under no
    category of shows, its own words date what they name (``grounding.dated``). Else None."""
    verb = (words(intent) or [""])[0]
    if verb not in ENTERTAINING or row.get("category") in SHOW_CATEGORIES:
        return None
    return verb if dated(_own_texts(row)) else None


def entertains_message(verb: str, row: dict[str, Any]) -> str:
    line = row.get("description") or row.get("title") or ""
    return (
        f'the uploader\'s words date what they name ("{line}"): the video announces it; say '
        f"what it wants people to know or do about it (come to it, join it, help at it ...), "
        f'not "{verb}", in a few words of your own'
    )


# r15-35: verbs that present a thing to those who watch; over a thing the clip dates, the clip
# announces it and shows none of it.
SHOWING_VERBS = frozenset({"share", "show", "showcase", "present", "display", "feature",
                           "highlight", "capture"})  # fmt: skip
# How far after its verb the thing shown may end ("share a fun summer display").
_OBJECT_REACH = 5
_LINE_END = re.compile(r"[.!?\n]+")
# What ends the noun phrase after a showing verb: a function word, but an article.
_PHRASE_ENDS = FUNCTION_WORDS - {"a", "an", "the"}


def _shown_thing(tokens: list[str]) -> str | None:
    """The head noun of the words after a showing verb: the last noun of the run of words
    before the first that ends a noun phrase (a function word, a verb's -ing form, a verb that
    is not a noun), within ``_OBJECT_REACH`` words."""
    head = None
    for token in tokens[1 : 1 + _OBJECT_REACH]:
        if token in _PHRASE_ENDS:
            break
        pos = parts_of_speech(token)
        if token.endswith("ing") and token not in lemmas(token, "n"):
            break  # "featuring", not "meeting"
        if "n" in pos:
            head = token
        elif "v" in pos:
            break
    return head


def shares_announced(intent: str | None, row: dict[str, Any]) -> tuple[str, str] | None:
    """(the thing, the clip's line that dates it) when the intent shows or shares a thing that
    the clip's own card or speech names in a line that says when: "share a cricket match with
    viewers" over "STOOLBALL MATCH, Sunday 2 pm - the cricket field", "share a fun summer
    display featuring clog dancers" over a club announcing its display (held-back sets 82, 80).
    The clip announces it, and what is to come cannot be shown. Only the clip's own card and
    speech date it: a title that dates a match may be over the match itself. Else None."""
    tokens = _tokens(intent)
    if not tokens or tokens[0] not in SHOWING_VERBS:
        return None
    thing = _shown_thing(tokens)
    # the thing is the line's, whatever WordNet files it under (a match is mostly a thing to
    # light, a display a communication); a time is what dates it ("share Sunday's plans")
    if thing is None or "time" in main_kinds(thing):
        return None
    forms = word_forms(thing)
    texts = [row.get("ocr_text")] + ([said(row)] if speaks(row) else [])
    for text in texts:
        for line in _LINE_END.split(text or ""):
            if dated([line]) and forms & {f for w in words(line) for f in word_forms(w)}:
                return thing, line.strip()
    return None


def announced_message(thing: str, line: str) -> str:
    return (
        f'the clip dates the {thing} ("{line}"): it announces the {thing} and shows none of '
        f"it, so the intent cannot share or show it; say what it wants people to know or do "
        f"about the {thing} (come to it, take part, know when it is ...), in a few words of "
        "your own"
    )


# r15-36: a speaker who says who they are does so to say what follows; who is told of them, and
# what ends the one introduced ("introduce Rupert as part of the show").
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "themself", "oneself"})
_INTRODUCED_ENDS = _TOLD_ENDS | {"as", "and"}


def introduces_speaker(intent: str | None, row: dict[str, Any]) -> str | None:
    """The speaker's self-introduction when the intent only introduces them: "introduce the
    chairman of Oakleigh Allotment Society" over "Good morning, I'm Humphrey, chairman of the
    Oakleigh allotment society. Our potato day is on the third of March …" (held-back set 83),
    "introduce Rupert as part of the Kingsmead Gardening Society's production show" over
    "Hello, Rupert here from the Kingsmead gardening society" (set 77). Every word naming the
    one introduced is the introduction's, or it is the speaker themselves. They say who they
    are so that what they say next is heard; that is what the clip is for. Else None."""
    tokens = _tokens(intent)
    if tokens[:1] != ["introduce"] or not speaks(row):
        return None
    # r15-41: "introduce themselves" needs no name the introduction gives: "Hey, I'm … with the
    # Dayton Roller Derby Team. Our first bout is on Saturday 9th of May" (held-back set 94)
    said_who = says_who_they_are if tokens[1:2] and tokens[1] in _REFLEXIVE else self_introduction
    intro = next((s for s in sentences(said(row)) if said_who(s)), None)
    if intro is None:
        return None
    named: list[str] = []
    for token in tokens[1:]:
        if token in _INTRODUCED_ENDS:
            break
        if token in _REFLEXIVE:
            return intro
        if token not in FUNCTION_WORDS and token not in AUDIENCE_WORDS:
            named.append(token)
    own = {f for w in words(intro) for f in word_forms(w.removesuffix("'s"))}
    if named and all(word_forms(w) & own for w in named):
        return intro
    return None


def introduces_message(intro: str) -> str:
    return (
        f'the speaker says who they are ("{intro}") so that what they say next is heard: the '
        "intent is why the clip is shared, what its viewers should do or know about what the "
        "speaker says after that, in a few words of your own"
    )


# r15-36b: what an imperative sentence's first word may be and tell nobody to do.
_NOT_TOLD = frozenset({"do", "be", "have", "let", "please", "thank", "thanks", "welcome", "say"})


def does_what_it_tells(intent: str | None, row: dict[str, Any]) -> tuple[str, str] | None:
    """(the verb, its sentence) when the intent's verb is what the clip's speech tells its
    listeners to do: "The speaker aims to learn about the class and attend it" over "Learn to
    … up to the community centre on Monday evening" (held-back set 85). Who tells others to learn
    wants them to; the intent is that want, not their act. A sentence that opens on a verb in
    its base form tells (it is no question and has no subject). Else None."""
    tokens = _tokens(intent)
    if not tokens or not speaks(row):
        return None
    verb = tokens[0]
    verb_forms = word_forms(verb)
    for sentence in sentences(said(row)):
        first = (LETTER_WORD.findall(sentence) or [""])[0]
        told = first.lower()
        if not first[:1].isupper() or told in _NOT_TOLD or told in FUNCTION_WORDS:
            continue
        if told in lemmas(told, "v") and word_forms(told) & verb_forms:
            return verb, sentence
    return None


def does_what_it_tells_message(verb: str, sentence: str) -> str:
    return (
        f'the clip tells those who hear it to {verb} ("{sentence}"): the one telling them wants '
        f"them to, and does not {verb} themselves; say what they want of their listeners (get "
        f"people to {verb} ..., invite ... to ...), in a few words of your own"
    )


# r15-40: verbs of one's own learning, which an uploader sharing a video does not do by it;
# r15-43: nor know ("The uploader aims to know about the card games night", held-back set 98).
LEARNING_VERBS = frozenset({"learn", "understand", "discover", "know"})


def uploader_learns(intent: str | None) -> str | None:
    """Role A's verb when the uploader would learn by the video: "learn about the bookbinding
    class" over BOOKBINDING CLASS (held-back set 92), "learn how to make plum chutney" over
    CHUTNEY MAKING (set 82). Those who watch may learn; the uploader shares so that they do."""
    tokens = _tokens(intent)
    return tokens[0] if tokens and tokens[0] in LEARNING_VERBS else None


def uploader_learns_message(verb: str) -> str:
    return (
        f"the uploader shares the video for those who watch it, and does not {verb} by it: say "
        f"what the uploader wants them to do or know (get people to {verb} …, inform … about "
        "…, invite … to …), in a few words of your own"
    )


def speech_name_on_title(intent: str | None, row: dict[str, Any]) -> tuple[str, str] | None:
    """A capitalised word of the intent that none of the uploader's texts holds, right before a
    word of the title, and the title: "help Robert find a new trainer for his Dunoonville
    Running Club" under "Dunoon hill running club", "inform the audience about Annie Tulsa flea
    market" under "Tulsa flea market" (held-back set 98, r15-43). Whisper's word for the name,
    or the speaker's name, run into what the title names. Else None."""
    title = row.get("title") or ""
    named = {w for w in words(title) if w not in FUNCTION_WORDS}
    if not named:
        return None
    own = {w.removesuffix("'s") for t in _uploader_texts(row) for w in words(t)}
    tokens = LETTER_WORD.findall(intent or "")
    for word, nxt in zip(tokens, tokens[1:], strict=False):
        name = word.lower().removesuffix("'s")
        if word[:1].isupper() and name not in own and nxt.lower() in named:
            return word, title
    return None


def speech_name_message(word: str, title: str) -> str:
    return (
        f'the uploader\'s title is "{title}": "{word}" is no word of it, nor of the '
        "description or the on-screen text; name what the title names as the title does"
    )
