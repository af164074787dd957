"""A still card's notice: what it announces, and what it asks of its readers.

A card is there to be acted on, not to teach or entertain (``notice_misread``); its headline
names what the intent must be about (``headline_missed``); a FOUND card's thing is given back to
its owner, not looked for (``found_misread``), and a LOST or MISSING card's thing is looked for
(``missing_unnamed``). Each check returns the word or the line the intent got wrong; the
messages are the revision turn's words."""

from __future__ import annotations

import re
from typing import Any

from videomind.core.lexicon import (
    noun_kinds,
    parts_of_speech,
    related_forms,
    word_forms,
)
from videomind.core.records import said
from videomind.core.text import LETTER_WORD, words
from videomind.generation.claims import (
    ENTERTAINING_CATEGORIES,
    ENTERTAINING_VERBS,
    MEDIUM,
    TEACHING_CATEGORIES,
    TEACHING_VERBS,
    category_key,
    filed_under,
    first_word,
)
from videomind.generation.evidence import LIVING, speaks
from videomind.generation.grounding import LOST, dated, found_notice

# r15-34b: a card is no lesson, whatever the category: "share a tutorial on making rag rugs" over
# RAG RUG MAKING (howto & style) and "share educational information about bulb planting" over
# BULB PLANTING (held-back sets 80, 83). Not "lessons" or "demonstration": a DANCE CLASS is
# lessons and a WOODTURNING DEMO a demonstration, to come to.
TEACHING_NOUNS = frozenset({"tutorial", "tutorials", "recipe", "recipes", "instructions",
                            "educational"})  # fmt: skip

# r15-36b: entertaining said as a noun.
ENTERTAINING_NOUNS = frozenset({"entertainment", "amusement"})


def notice_misread(intent: str | None, row: dict[str, Any]) -> str | None:
    """The intent's verb when it teaches or entertains over a still card whose category is not
    one of teaching or entertaining: a card that reads "MISSING PARROT, green - says hello" or
    "MILL STREET BAKERY, Open from 7" is a notice, there to be acted on, and the 1.5B wrote
    "entertain" and "teach viewers about the opening hours" (held-back sets 14, 17). Nor is it
    a video of what it names: "share a video about baking" over "BAKE SALE, School hall -
    Friday 3 pm" (held-back set 22); then the word for the medium is returned. Nor is a found
    thing lost (``found_misread``, r15-12), nor there for anything but giving it back (r15-14);
    then the word that calls it lost, or ``NOT_RETURNED``."""
    category = category_key(row.get("category"))
    first = first_word(intent)
    if medium := next(
        (w for w in LETTER_WORD.findall((intent or "").lower()) if w in MEDIUM), None
    ):
        return medium
    # r15-34b: nor a lesson of what it names, in a noun the card does not use itself
    if taught := [w for w in words(intent) if w in TEACHING_NOUNS]:  # the card read only then
        card = set(words(row.get("ocr_text"))) | set(words(row.get("title")))
        if fresh := next((w for w in taught if w not in card), None):
            return fresh
    # r15-23: a card that dates what it names announces it, whatever the category ("teach
    # children about summer reading" over "SUMMER READING, from July - the library" filed under
    # education, held-back set 45)
    if first in TEACHING_VERBS and (category not in TEACHING_CATEGORIES
                                    or dated([row.get("ocr_text")])):  # fmt: skip
        return first
    # r15-36b: and entertaining over a card that dates what it names, whatever the category,
    # in a verb or a noun ("share entertainment with tap dancers" over "TAP DANCING, Thursday
    # 6 pm - the dance studio" filed under entertainment, held-back set 85)
    fun = first if first in ENTERTAINING_VERBS else None
    fun = fun or next((w for w in words(intent) if w in ENTERTAINING_NOUNS), None)
    if fun and (category not in ENTERTAINING_CATEGORIES or dated([row.get("ocr_text")])):
        return fun
    return found_misread(intent, row) or lost_misread(intent, row)


def lost_misread(intent: str | None, row: dict[str, Any]) -> str | None:
    """The word that calls something lost when the card says nothing is (r15-19): "help find
    the lost community choir notice" over "COMMUNITY CHOIR, Tuesdays - church hall", "help find
    the lost notice" over "SWIMMING GALA, Saturday - leisure centre" (held-back sets 33, 35)."""
    card = set(words(row.get("ocr_text")))
    if card & (LOST | {"found"}):
        return None
    return next((w for w in LETTER_WORD.findall((intent or "").lower()) if w in LOST), None)


# r15-22: a card's headline is its first line, two to four words in capitals ("BIKE REPAIR
# CLINIC", "CHOIR AUDITIONS"); what follows it says when and where.
HEADLINE_WORDS = (2, 4)


def _card_lines(row: dict[str, Any]) -> list[str]:
    """The on-screen text's non-empty lines, stripped."""
    return [x.strip() for x in (row.get("ocr_text") or "").splitlines() if x.strip()]


def _first_line_words(row: dict[str, Any]) -> list[str]:
    """The words of a still card's first line when it is two to four words in capitals, else
    []: a headline (``headline``) or a FOUND/LOST/MISSING line (``missing_unnamed``)."""
    lines = _card_lines(row)
    if not lines:
        return []
    first = lines[0].split(",")[0].split(" - ")[0].strip()
    heads = LETTER_WORD.findall(first)
    if not HEADLINE_WORDS[0] <= len(heads) <= HEADLINE_WORDS[1] or first.upper() != first:
        return []
    return heads


def _names(noun: str, said_words: list[str]) -> bool:
    """Do ``said_words`` (an intent's, lower case) name ``noun`` in any related form?"""
    return bool(related_forms(noun) & {f for w in said_words for f in related_forms(w)})


def headline(row: dict[str, Any]) -> str | None:
    """The still card's headline, or None: its first line when that is two to four words in
    capitals. A card that reads FOUND, LOST or MISSING has its own rules (``found_misread``)."""
    heads = _first_line_words(row)
    if not heads or {w.lower() for w in heads} & (LOST | {"found"}):
        return None
    return " ".join(heads)


def headline_head(head: str) -> str | None:
    """The noun a headline is about, lower case: its last word WordNet knows as a noun ("BIKE
    REPAIR CLINIC": clinic; "POOL REOPENS": pool, as "reopens" is only a verb; "LIBRARY
    CLOSED": library), or None. A last word WordNet also knows as an adjective, right after a
    noun, says what that noun is and is not it: "PANTRY OPEN" is about the pantry ("promote the
    pantry" went back for "open" when the uploader's description also asked for helpers, a
    test of r15-23), "ALLOTMENTS FREE" about allotments; a noun in -ing ("FLOOD WARNING") is the
    head."""
    heads = [w.lower() for w in head.split()]
    nouns = [k for k, w in enumerate(heads) if "n" in parts_of_speech(w)]
    if not nouns:
        return None
    last = nouns[-1]
    said_of = "a" in parts_of_speech(heads[last]) and not heads[last].endswith("ing")
    if said_of and last == len(heads) - 1 and last - 1 in nouns:
        return heads[last - 1]
    return heads[last]


def headline_missed(intent: str | None, row: dict[str, Any]) -> str | None:
    """The card's headline when the intent does not name the noun it is about
    (``headline_head``), in any form or run together with the word before it ("storytime"
    for STORY TIME): the notice announces that thing, and the 1.5B read another word alone:
    "help people find a bike" over BIKE REPAIR CLINIC, "promote choir performances" over CHOIR
    AUDITIONS (held-back sets 37, 39), "inform the public about the town's reopening" over POOL
    REOPENS (set 41). Else None."""
    head = headline(row)
    noun = headline_head(head) if head else None
    if noun is None:
        return None
    said_words = LETTER_WORD.findall((intent or "").lower())
    if _names(noun, said_words):
        return None
    heads = [w.lower() for w in head.split()]
    at = heads.index(noun)
    if at > 0 and heads[at - 1] + noun in said_words:
        return None
    return head


# What names a FOUND, LOST or MISSING card's thing without naming it: "help the owner get it
# back", "help find them".
_THING_NAMED = frozenset({"it", "its", "them", "their", "him", "her", "pet", "animal", "owner"})


# What says a card's thing is lost or found, or what its readers are to do about it: "a missing
# duck", "help find it", "return the jacket to its owner".
_LOSS_SAID = LOST | {
    "found", "find", "finding", "return", "returned", "returning", "owner", "owners", "back",
    "home", "search", "searching", "look", "looking", "locate", "reunite", "reunited", "spot",
    "sighting", "sightings", "recover", "claim", "collect", "trace", "track"}  # fmt: skip


def missing_unnamed(intent: str | None, row: dict[str, Any]) -> str | None:
    """A FOUND, LOST or MISSING card's first line when the intent names neither its thing (the
    last noun after that word: ``headline_head``) nor it by a pronoun or its owner: "share
    information about a farm" over "MISSING SHEEP, two ewes - Top Farm" (held-back set 47,
    r15-24); or names it but not that it is lost or found, nor what to do about it: "share
    information about a Budgie blue bird" over "MISSING BUDGIE, blue - Rose Court" (set 48,
    r15-25). Else None."""
    heads = _first_line_words(row)
    if not heads or heads[0].lower() not in LOST | {"found"}:
        return None
    noun = headline_head(" ".join(heads[1:]))
    if noun is None:
        return None
    said_words = LETTER_WORD.findall((intent or "").lower())
    tokens = set(said_words)
    # r15-41: "return the red seat to its owner" over "FOUND UNICYCLE, red seat - ask at the bike
    # shop" (held-back set 94): a pronoun or the owner names the thing only where no noun of
    # what the card says of it stands in its place
    other, itself = _described(row)
    named = (_names(noun, said_words) or any(_names(w, said_words) for w in itself)
             or (tokens & _THING_NAMED and not tokens & other))  # fmt: skip
    if tokens & _LOSS_SAID and named:
        return None
    return " ".join(heads)


def _described(row: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The nouns of what a FOUND, LOST or MISSING card says of its thing, lower case: the part
    after its first line's words up to a dash ("red seat - ask at the bike shop": seat), which
    WordNet knows as nouns and not as adjectives ("grey", "blue" describe); split in two: those
    that name another thing, and (r15-42) those that name the thing itself, an animal or a
    person where it is one ("FOUND CHICKEN, brown hen": the hen is the chicken, held-back set
    97; "MISSING SHEEP, two ewes")."""
    heads = _first_line_words(row)
    if not heads:
        return set(), set()
    text = (row.get("ocr_text") or "").strip()
    rest = text[text.find(heads[-1]) + len(heads[-1]) :].lstrip(" ,;:-–\n")
    told = re.split(r" - |[,;\n]", rest)[0]
    nouns = {w for w in LETTER_WORD.findall(told.lower())
             if "n" in parts_of_speech(w) and "a" not in parts_of_speech(w)
             and w not in {h.lower() for h in heads}}  # fmt: skip
    living = LIVING.intersection(noun_kinds(heads[-1]))
    itself = {w for w in nouns if living & set(noun_kinds(w))}
    return nouns - itself, itself


# Words a card's place starts with that are no word of its own ("the scout field").
_PLACE_ARTICLES = frozenset({"the", "a", "an", "our", "at", "in", "on"})


def place_word_moved(intent: str | None, row: dict[str, Any]) -> tuple[str, str] | None:
    """A word of the intent that the clip's texts hold only as a qualifier in the card's place
    (the part of a line after " - "), used of something else, and that place: "share information
    about rock painting for scouts" over "ROCK PAINTING, Saturday 10 am - the scout field", "help
    people learn about craft painting" over "MUG PAINTING, Friday 2 pm - the craft cafe"
    (held-back sets 100, 101; r15-44). "at the craft cafe" names the place and stays. Else
    None."""
    lines = _card_lines(row)
    # "ask at the bike shop": the place is what follows the preposition
    places = [re.sub(r"^.*?\b(?:at|in|on|to)\s+", "", line.split(" - ", 1)[1])
              for line in lines[1:] if " - " in line]  # fmt: skip
    if not places:
        return None
    tokens = LETTER_WORD.findall((intent or "").lower())
    token_forms = [word_forms(t) for t in tokens]
    texts = [row.get("title"), row.get("description"), *lines[:1],
             said(row) if speaks(row) else None]  # fmt: skip
    known = " ".join(t for t in texts if t).lower()
    for place in places:
        words_of = [w for w in LETTER_WORD.findall(place.lower()) if w not in _PLACE_ARTICLES]
        rest = known.replace(" ".join(words_of), " ")
        elsewhere = {f for w in LETTER_WORD.findall(rest) for f in word_forms(w)}
        for k, qualifier in enumerate(words_of[:-1]):
            forms = word_forms(qualifier)
            if forms & elsewhere:
                continue
            for at, token in enumerate(tokens):
                following = tokens[at + 1] if at + 1 < len(tokens) else ""
                if token_forms[at] & forms and following != words_of[k + 1]:
                    return token, place
    return None


def place_word_message(word: str, place: str) -> str:
    return (
        f'the card\'s place is "{place}": "{word}" is only a word of that place, and names '
        "nothing else the clip holds; say what the card names, and the place as it writes it"
    )


def missing_message(line: str) -> str:
    noun = headline_head(" ".join(line.split()[1:]))
    return (
        f'the card reads "{line}": the notice is about the {noun}; say what it wants its readers '
        f"to do about the {noun} (help find it, look out for it, return it ...), in a few words "
        "of your own"
    )


def headline_message(head: str) -> str:
    return (
        f'the card\'s headline is "{head}": the notice is about the {headline_head(head)}; say '
        f"what it wants its readers to do or know about the {head.lower()} (come to it, join "
        "it, use it, know when it is ...), in a few words of your own"
    )


# r15-12: what a FOUND notice's thing is not (grounding.LOST), and whom such a notice looks for.
LOST_WORDS = LOST | {"find", "finding", "locate", "search", "seek"}


OWNER_WORDS = frozenset({"owner", "owners", "whoever", "person", "claimant"})


# r15-14: words of giving a found thing back, and what found_misread returns when none is said.
RETURN_WORDS = frozenset({"return", "returns", "returned", "returning", "back", "reunite",
                          "reunited", "collect", "claim", "claimed", "give", "hand"})  # fmt: skip


NOT_RETURNED = "found"


# r15-32: words of looking for something, which a found thing's notice does only for its owner.
SEEK_WORDS = LOST_WORDS - LOST


OWNER_REACH = 3  # words after a seeking word its owner may stand in ("find the rightful owner")


def found_misread(intent: str | None, row: dict[str, Any]) -> str | None:
    """What is wrong with the intent over a card that reads FOUND and does not say lost: the
    word that calls the thing lost ("help find the lost bicycle" over "FOUND BICYCLE, red bike -
    ask the school office", "help people find an umbrella", "help people find lost keys":
    held-back sets 22, 24 and 26), or ``NOT_RETURNED`` when it says nothing of giving the thing
    back ("share information about glasses", "share information about a valuable item",
    "share a personal discovery": sets 25, 27 and 29; r15-14). The thing is found and the
    notice is there to give it back; finding its owner is what it asks. Of seven found cards in
    sets 22-29 the 1.5B read one so ("return the scarf to its owner")."""
    if not found_notice(row):
        return None
    said = LETTER_WORD.findall((intent or "").lower())
    if not (OWNER_WORDS | RETURN_WORDS) & set(said):
        return next((w for w in said if w in LOST_WORDS), NOT_RETURNED)
    if lost := next((w for w in said if w in LOST), None):
        return lost
    # r15-32: "find and return the wooden walking stick" (held-back set 65) seeks the thing;
    # "find the owner of the keys" seeks whom it belongs to
    seeks = [i for i, w in enumerate(said) if w in SEEK_WORDS]
    for i in seeks:
        if not OWNER_WORDS & set(said[i + 1 : i + 1 + OWNER_REACH]):
            return said[i]
    # r15-32: "share the green sketchbook to its owner" (set 63) names the owner but neither
    # gives the thing back nor looks for them
    return None if seeks or RETURN_WORDS & set(said) else NOT_RETURNED


def found_message(word: str) -> str:
    if word == NOT_RETURNED:
        return (
            "the card reads FOUND: the notice is there to give what it names back to whoever "
            "lost it; say so (return it to its owner, help the owner get it back, tell the "
            "owner where to collect it ...)"
        )
    return (
        f'the card reads FOUND: what it names has been found, so the intent cannot say "{word}" '
        "of it; say that the notice is there to return it to its owner (help the owner get it "
        "back, tell the owner where to collect it ...)"
    )


def notice_message(verb: str, category: str | None, card: str | None = None) -> str:
    if verb in LOST and card is not None and not found_notice({"ocr_text": card}):
        return (
            f'the card says nothing is lost, so the intent cannot say "{verb}": say what the '
            "notice wants its readers to do or know (come, join, know about ...)"
        )
    if verb in LOST_WORDS or verb == NOT_RETURNED:
        return found_message(verb)
    if verb in MEDIUM:
        return (
            f"the clip is a still card with a notice on it, not a {verb} of what the notice "
            "names: say what the notice wants its readers to do or know (come, find, buy, "
            "join, return ..., or know about ...)"
        )
    if verb in TEACHING_NOUNS:
        return (
            f"the clip is a still card with a notice on it, which teaches nothing, so the intent "
            f'cannot call it "{verb}": say what the notice wants its readers to do or know (come, '
            "find, buy, join, return ..., or know about ...)"
        )
    filed = f"the uploader {filed_under(category)}"
    key = category_key(category)
    # filed as what the verb says, the card was sent back for its date (r15-23, r15-36b)
    if (verb in TEACHING_VERBS and key in TEACHING_CATEGORIES) or (
        verb in ENTERTAINING_VERBS | ENTERTAINING_NOUNS and key in ENTERTAINING_CATEGORIES
    ):
        filed = "it says when what it names happens"
    return (
        f"the clip is a still card with a notice on it, and {filed}, so the intent "
        f'cannot be "{verb}": say what the notice wants its readers to do or know (come, find, '
        "buy, join, return ..., or know about ...)"
    )
