"""A speaker acts on those who hear them: what a quoted speaker's intent may say.

A speaker's intent is what their words want of their listeners (``unaddressed``), names the
thing they ask for when they ask (``ask_missed``) and seeks it rather than giving it
(``ask_reversed``), and does not act on the speaker themself (``speaker_addressed``). Each
check returns the word or the ask the intent got wrong; the messages are the revision turn's
words."""

from __future__ import annotations

from videomind.core.lexicon import (
    parts_of_speech,
    word_forms,
)
from videomind.core.text import LETTER_WORD, words
from videomind.generation.claims import MEDIUM
from videomind.generation.evidence import living_nouns, self_introduction
from videomind.generation.grounding import ASK_IMPLIED, asked_for
from videomind.generation.notices import SEEK_WORDS
from videomind.generation.quality import AUDIENCE_WORDS

# r15-9: a quoted speaker acts on listeners. Verbs that say what words do to those who hear
# them, and words for those who hear them that WordNet does not file as people.
ADDRESSING_VERBS = frozenset({
    "inform", "tell", "invite", "ask", "encourage", "remind", "warn", "welcome", "persuade",
    "convince", "urge", "announce", "introduce", "describe", "explain", "share", "let",
    "thank", "greet", "recruit", "advise", "alert", "notify", "reassure", "promote",
    "advertise", "teach", "show", "call", "gather", "attract", "motivate", "inspire",
    "entertain", "amuse", "guide", "lead", "instruct", "request", "appeal", "offer", "present",
    "update", "apologize", "apologise", "congratulate", "praise", "comfort", "calm", "prepare",
})  # fmt: skip


def ask_missed(intent: str | None, said: str | None) -> str | None:
    """The thing a speaker asks for when the intent does not name it: the band leader who says
    "we need a trumpet player for the spring show" aims to find one, not to "inform the
    audience about Marcus's drumming practice" or "get people to attend the concert"; the
    cricket captain who "still need[s] two more players" aims to find them (held-back sets 29
    and 31: four of role B's rejections)."""
    ask = asked_for(said)
    if ask is None or any(word_forms(w) & ask[1] for w in words(intent)):
        return None
    return ask[0]


# Words of an intent that seeks what is asked for rather than giving it ("help the group find
# someone for snacks").
_SEEKING = frozenset(ASK_IMPLIED.split()) - {"help"} | {
    "someone", "somebody", "anyone", "anybody", "helper", "helpers", "volunteers", "recruiting",
    "finding", "look", "looking", "need", "needs", "seek", "ask", "asking"}  # fmt: skip


def ask_reversed(intent: str | None, said: str | None) -> str | None:
    """The thing asked for when the intent helps it instead of finding it: "help volunteers
    water community gardens" over "we are looking for volunteers to water the beds" (held-back
    set 46, twice, r15-24); or gives the help asked for, "help toddlers with snacks" over "we
    need someone to help with snacks" (set 48, r15-25). Else None."""
    ask = asked_for(said)
    tokens = LETTER_WORD.findall((intent or "").lower())
    if ask is None or tokens[:1] != ["help"]:
        return None
    rest = [w for w in tokens[1:3] if w not in ("the", "a", "an", "new", "more", "some")]
    if rest and word_forms(rest[0]) & ask[1]:
        return ask[0]
    # r15-39: or does what the one asked for is to do: "help star gazers fix their telescopes"
    # over "we need someone who can fix a telescope" (held-back set 91)
    does = any(w in ask[1] and "v" in parts_of_speech(w) for w in tokens[1:])
    gives = ("help" in ask[1] or does) and not set(tokens[1:]) & _SEEKING
    return ask[0] if gives else None


def ask_reversed_message(ask: str, by: str = "the speaker says") -> str:
    return (
        f"{by} they need {ask}: the intent is to find them, not to help them; say why they ask "
        "for it (to find, recruit or sign up ...), in a few words of your own"
    )


def ask_message(ask: str, by: str = "the speaker says") -> str:
    """``by``: who asks, "the speaker says" or (role A over the uploader's text, r15-23) "the
    uploader writes"."""
    return (
        f"{by} they need {ask}: that is what they want of their listeners; say why "
        "they ask for it (to find, recruit or sign up ...), in a few words of your own"
    )


# What a speaker does not speak to: the upload ("let the uploader know that they are making
# this video", held-back set 24).
THE_UPLOAD = MEDIUM | {"uploader"}


def unaddressed(intent: str | None) -> str | None:
    """The intent's verb when a quoted speaker's intent is nothing they want of their
    listeners: neither a verb of what words do to those who hear them nor anyone to hear them
    ("The speaker aims to clear the snow by saying "When it snows, we clear the paths ..."", "get
    the water supply turned off by saying "The water supply ... will be switched off"": held-back
    sets 22 and 23); "find new singers", "get people to donate blood" name whom the words are
    for. None when it is fine; the word when it speaks of the upload."""
    tokens = [w.lower().removesuffix("'s") for w in LETTER_WORD.findall(intent or "")]
    if upload := next((w for w in tokens if w in THE_UPLOAD), None):
        return upload
    if tokens and tokens[0] in _LEADS:
        return None if _leads_people(tokens[1:]) else tokens[0]
    if not tokens or tokens[0] in ADDRESSING_VERBS:
        return None
    # the verb is no one: WordNet's "have" is also a rich person ("have the sale open by saying
    # "Everything costs under a pound"", held-back set 52, r15-25)
    if set(tokens) & AUDIENCE_WORDS or living_nouns(" ".join(tokens[1:])):
        return None
    return tokens[0]


# r15-32: verbs that address listeners only when those are what they take: "lead the bat walk"
# (a narrator's "Please bring a torch", held-back set 64) is the ranger's work, "lead visitors
# around the reserve" the words'.
_LEADS = frozenset({"lead", "guide"})


_OBJECT_ENDS = frozenset({"to", "on", "in", "at", "through", "around", "round", "into", "for",
                          "by", "with", "across", "along", "and", "from", "of"})  # fmt: skip


def _leads_people(rest: list[str]) -> bool:
    """Is the head of the object (its last word before a preposition) someone to hear the
    words? "bat" in "the bat walk" is an animal, but the walk is what is led."""
    phrase = []
    for w in rest:
        if w in _OBJECT_ENDS:
            break
        phrase.append(w)
    head = phrase[-1] if phrase else ""
    return head in AUDIENCE_WORDS or bool(living_nouns(head))


# Verbs that act on whom the words are for: the speaker is not one of them.
_ACTS_ON_LISTENERS = frozenset({"invite", "encourage", "ask", "urge", "persuade", "convince",
                                "remind", "tell", "inform", "welcome", "recruit", "motivate",
                                "inspire", "attract", "teach", "warn"})  # fmt: skip


# r15-39: nor is the speaker the one sought (notices.SEEK_WORDS): "help people find Idris" over
# "Hello, I'm Idris from the Grangetown star gazers … we need someone who can fix a telescope"
# (held-back set 91).


def speaker_addressed(intent: str | None, transcript: str | None) -> str | None:
    """The speaker's own name where the intent acts on it: "invite Calum to join Glenview
    Hillwalking Club" over "Good morning, I'm Calum from the Glenview hillwalking club" (held-back
    set 66, r15-31): Calum invites. "help Marcus find a volunteer", "introduce Petty Officer
    Shah" (sets 63, 54) act for the speaker, and stay."""
    intro = self_introduction(transcript)
    if intro is None:
        return None
    names = {n for n in intro[1] if n[:1].isupper()}
    tokens = LETTER_WORD.findall(intent or "")
    # r15-32: anywhere in the intent, "get people to know about the Kingsley Juggling Club and
    # invite Mishkeer to run their summer workshop" over Mishkeer's own call (held-back set 69)
    for verb, name in zip(tokens, tokens[1:], strict=False):
        if verb.lower() in _ACTS_ON_LISTENERS | SEEK_WORDS and name in names:
            return name
    return None


def speaker_addressed_message(name: str) -> str:
    return (
        f"{name} is the one speaking: the words are {name}'s, for those who hear them; say what "
        "the words want of their listeners (invite people to ..., inform ... about ...)"
    )


def unaddressed_message(intent: str, ask: str | None = None, heard: str | None = None) -> str:
    """``ask``: what the speaker says they need (grounding.asked_for), the listeners' part:
    told only the general rule over "we are looking for a ride leader", the 1.5B moved from
    "participate in a cycling event" to "learn about the cycling club's events" (set 37).
    ``heard``: else the words the action quotes, which the rewrite is to read (r15-33): told the
    rule alone, the 1.5B kept "get viewers to watch the video" over a narrated card's "The
    rounders match is on the common on Sunday afternoon" through every turn (held-back sets 72,
    74: three of role B's withheld statements)."""
    head = f'a speaker acts on those who hear them: "{intent}" is not what the speaker wants'
    if ask:
        return (
            f"{head} of their listeners; they say they need {ask}: say why they ask for it (to "
            "find, recruit or sign up ...), in a few words of your own"
        )
    listeners, said = (f'their listeners, who hear "{heard}":', "those words") if heard else (
        "their listeners;", "the words")  # fmt: skip
    return (
        f"{head} of {listeners} say what {said} should make them do, know or feel (inform ... "
        "about ..., invite ... to ..., ask ... to ..., get people to ...)"
    )
