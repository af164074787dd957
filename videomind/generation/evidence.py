"""Is there a protagonist? Role B (§3.1: the model imagines being the main character of the
video and explains the motive behind what it does) needs one; a clip of parked bicycles, a
title card with music or a test pattern has none, and a statement about "the narrator" of a
silent clip is invented.

A clip evidences a protagonist when its own inputs show someone who acts or speaks:
- speech in the ASR (at least ``MIN_SPEECH_WORDS`` trusted words): the speaker. A speaker who
  says who they are ("Hello, I'm Doctor Lee", "I am the big rabbit of this forest") is that
  one: a statement about the sea turtle Doctor Lee talks about is not the speaker's;
- a person, an animal or a character named in the clip's on-screen text over a picture that
  moves (a still title card "THE OLD HORSE" names a horse but shows nobody doing anything: the
  1.5B invented "The old horse aims to show its history by staring at the farm"), or in the
  visual element when a model saw the frames (a sentence written from measured brightness and
  motion names nobody);
- a person, an animal or a character named in the uploader's title or description, when a model
  saw this clip's frames. The title names the video's protagonist, not what it does in this
  clip: a text-only model given only the title wrote "The rabbit aims to plan revenge" over the
  end credits and over scenes where the bullies act. With the frames, the model can tell.
"Named" means a noun whose most frequent sense in WordNet is a person or an animal ("rabbit",
"narrator", "cyclist", "Austen"), read with ``core.lexicon.main_kinds``.

Everything else gets no role-B statement, with the cause ``no_protagonist``; the evidence that
let a statement be written is kept with it (``protagonist_evidence``).
"""

from __future__ import annotations

import re
from typing import Any

from videomind.core.lexicon import (
    FUNCTION_WORDS,
    is_word,
    lemmas,
    main_kinds,
    parts_of_speech,
)
from videomind.core.records import FACTUAL, said
from videomind.core.text import LETTER_WORD
from videomind.generation.inputs import foreign

MIN_SPEECH_WORDS = 3


# Text naming more people or animals than this is a list of names (end credits, a cast list):
# it shows who made or is in the video, not a protagonist of the clip. The held-back part's
# credits named 25 to 110 ("director", "Smith", "Robin"...), every title or caption 1.
MAX_NAMED = 3


# Or this many of its lines are people's names (personal_names): the film's earlier credits
# name four to twelve people under each screenful of job titles.
MIN_NAME_LINES = 4


# A word of a name: capitalised ("Goedegebure", "O'Neil", "Carl-Fredrik") or an initial ("M.").
_NAME_TOKEN = re.compile(r"[A-Z][a-zà-ÿ'-]+|[A-Z]\.?")


LIVING = frozenset({"person", "animal"})


NO_PROTAGONIST = "no_protagonist"


# Role A's cause when nothing of the clip and nothing readable of its video is known.
NOTHING_KNOWN = "nothing_known"


# Where a named one is looked for: the record column and how it is cited. The clip's own text
# first; the video's title and description only with the frames seen (see above).
OWN_TEXT = (("ocr_text", "on-screen text"),)


VIDEO_TEXT = (("title", "title"), ("description", "description"))


# "I'm Sam", "I am the big rabbit of this forest", "my name is Maria": up to the clause's end.
# What follows "I'm" up to a stop, or up to a word Whisper was unsure of ("…": core.records.said)
# "Good morning, this is Rosa from the Maple Street community garden" (held-back set 39): after
# a greeting, "this is" introduces the speaker (alone, it names places: "This is Elm Road").
# r15-32: "Hello, Hamish here from the Kingsley juggling club", which Whisper wrote "Hello, hey
# Mishkeer from the Kingsley Juggling Club" (held-back set 69): after a greeting, a capitalised
# name before "here" or "from".
_INTRO = re.compile(r"\b(?:I am|I'm|I’m|my name is|"
                    r"(?:hi|hello|hey|morning|afternoon|evening),?\s+this is)\s+([^.,;:!?…]+)"
                    r"|\b(?:hi|hello|hey|morning|afternoon|evening)[,!]?\s+"
                    r"(?:(?:hi|hello|hey)[,!]?\s+)?"
                    r"((?-i:[A-Z])[\w'-]+\s+(?:here|from)\b[^.,;:!?…]*)",
                    re.IGNORECASE)  # fmt: skip
# Capitalised after a greeting, and no name ("Hi, Welcome from all of us").
_NOT_NAMES = frozenset({"welcome", "everyone", "everybody", "all", "folks", "friends", "greetings"})


# A title's dot ends no name: "I'm Mrs. Okafor" is Mrs Okafor, not "Mrs".
_TITLE_DOT = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St)\.")


_ARTICLES = {"the", "a", "an"}


def living_nouns(text: str | None) -> list[str]:
    """The words of ``text`` that name a person or an animal, in order, each once."""
    found: list[str] = []
    for word in LETTER_WORD.findall(text or ""):
        low = word.lower().removesuffix("'s")
        # A word that may be an adjective ("young", "giant") is read as one: without a parser,
        # "a young cyclist" must not name two.
        if low not in found and main_kinds(low) & LIVING and "a" not in parts_of_speech(low):
            found.append(low)
    return found


def self_introduction(transcript: str | None) -> tuple[str, tuple[str, ...]] | None:
    """Who the speaker says they are: the phrase and its names (the person or animal nouns, and
    the capitalised name right after "I'm", kept capitalised: a name said so is a person's,
    whatever WordNet makes of it, "Sam" a missile, "Tom" a male cat), or None ("I am going to
    show you" names nobody)."""
    for match in _INTRO.finditer(_TITLE_DOT.sub(r"\1", transcript or "")):
        phrase = " ".join((match.group(1) or match.group(2)).split()[:8])
        tokens = LETTER_WORD.findall(phrase)
        if match.group(2) and tokens[0].lower() in _NOT_NAMES:
            continue
        # "I'm counting two robins", "I'm sorry": what follows is no name, an article or a
        # living noun (held-back set 17 read "counting two robins" as the speaker's name).
        first = tokens[0] if tokens else ""
        if not (first[:1].isupper() or first.lower() in _ARTICLES or living_nouns(first)):
            continue
        while tokens and tokens[0].lower() in _ARTICLES:
            tokens = tokens[1:]
        given: list[str] = []
        for token in tokens:
            if not token[0].isupper():
                break
            given.append(token)
        rest = " ".join(tokens[len(given) :])
        names = tuple(dict.fromkeys([*living_nouns(rest), *given]))
        if names:
            return phrase, names
    return None


# r15-41: "Hey, I'm … with the Dayton Roller Derby Team": a name Whisper was unsure of is still
# one the speaker said (``said`` writes it "…"), though nobody can be named from it.
_UNSURE_NAME = re.compile(r"\b(?:I am|I'm|I’m|my name is|this is)\s+…", re.IGNORECASE)


def says_who_they_are(sentence: str | None) -> bool:
    """The speaker says who they are in ``sentence``: a self-introduction that names them
    (``self_introduction``), or one whose name Whisper was unsure of."""
    return self_introduction(sentence) is not None or bool(_UNSURE_NAME.search(sentence or ""))


def speaks(row: dict[str, Any]) -> bool:
    """Someone speaks in the clip: at least ``MIN_SPEECH_WORDS`` trusted words in the ASR."""
    return row.get("asr_status") == "ok" and (row.get("asr_words") or 0) >= MIN_SPEECH_WORDS


def shown(
    row: dict[str, Any], visual: str | None = None, still: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """What in the clip's inputs shows a protagonist: a short phrase for the record and the
    nouns that name it (none for a speaker who does not say who they are), or None if nothing
    does. ``visual`` is the visual element only when a model wrote it from the frames; ``still``:
    nothing moves in the measured picture (``media.measure.is_card``), so its on-screen text is a
    card's, not a caption of someone acting."""
    if speaks(row):
        speech = f"speech: {row['asr_words']} words in the ASR"
        intro = self_introduction(said(row))
        if intro is not None:
            return f'{speech}; the speaker says "I am {intro[0]}"', intro[1]
        return speech, ()
    fields = [] if still else [(row.get(column), cited) for column, cited in OWN_TEXT]
    fields.append((visual, f"{FACTUAL['visual']} (model)"))
    if visual is not None:
        fields += [(row.get(c), f"{cited} (frames seen by the model)") for c, cited in VIDEO_TEXT]
    for text, cited in fields:
        names = living_nouns(text)
        if 0 < len(names) <= MAX_NAMED:
            return f"{cited} names {', '.join(names)}", tuple(names)
    return None


# Where a subject's head noun ends: "The conductor of the Riverside Choir" is a conductor.
_HEAD_ENDS = {"of", "at", "from", "in", "for", "with", "on", "who", "that"}


def proper(names: tuple[str, ...]) -> list[str]:
    """The names a speaker gave themselves ("Tom", "Doctor Lee"): capitalised (self_introduction);
    a noun that names a kind ("rabbit", "librarian") is lower case."""
    return [n for n in names if n[:1].isupper()]


def kinds_of(name: str) -> frozenset[str]:
    """Person or animal: a given name is a person's."""
    return frozenset({"person"}) if name[:1].isupper() else main_kinds(name) & LIVING


def subject_head(subject: str | None) -> str:
    """The head noun of role B's subject (its last word before "of", "at", ...), lower case,
    without a possessive."""
    tokens = LETTER_WORD.findall(subject or "")
    cut = next((k for k, t in enumerate(tokens) if k and t.lower() in _HEAD_ENDS), len(tokens))
    return (tokens[:cut] or [""])[-1].lower().removesuffix("'s")


def one_living(head: str) -> bool:
    """``head`` names one person or animal: "speaker", "rabbit"; not "review" (a credits
    roll's or a spoken review's subject the 1.5B wrote for a speaker), not "actors" (a list of
    names read as people, and "the actors aims to" is not English)."""
    return bool(main_kinds(head) & LIVING) and head in lemmas(head, "n")


def subject_shown(subject: str | None, names: tuple[str, ...], speaker: bool = False) -> bool:
    """Is role B's subject the one the evidence shows? It names one person or animal (§3.1:
    the model imagines being *the* main character). A speaker who does not say who they are
    may be any one so named (``names`` empty); a named one must be the subject, or of the first
    one's kind ("The giant rabbit" for an on-screen "bunny", "The presenter" for a speaker who
    is "Doctor Lee"): a card that names "a fisherman" shows no rabbit, and a statement about
    the film's rabbit over it is invented. A name WordNet does not know as a living being
    ("Sam") is a person. ``speaker``: the action is the speaker's own words (quotes.py), so an
    unnamed subject is the one who speaks, a person ("The storyteller", not the "gentle
    rabbit" of her story: held-back set 16); an animal only when it says it is one ("I am the
    big rabbit of this forest")."""
    head = subject_head(subject)
    named = {n.lower() for n in names}
    if head in {n.lower() for n in proper(names)}:
        return True
    if not one_living(head):
        return False
    if not names:
        return not speaker or "person" in main_kinds(head)
    kinds = kinds_of(names[0]) or frozenset({"person"})
    return head in named or bool(main_kinds(head) & kinds)


# The prompt's own word for role B, echoed ("The main character aims to give a welcome ...",
# held-back set 21): it names no one.
PLACEHOLDER_HEADS = frozenset({"character", "protagonist"})


# What a voice is, with nothing said of who it is: no claim about them.
SPEAKING_ROLES = frozenset({"speaker", "narrator", "presenter", "host", "announcer", "reader",
                            "storyteller", "voice"})  # fmt: skip


def role_claimed(subject: str | None, names: tuple[str, ...]) -> bool:
    """A quoted speaker's subject names them as someone they do not say they are: "The bus
    driver" for a voice announcing a diversion, "The child" for one announcing story time for
    children (held-back sets 37, 39). What they say they are (``names``) and a speaking role
    ("The narrator") claim nothing."""
    head = subject_head(subject)
    return bool(head) and head not in {n.lower() for n in names} and head not in SPEAKING_ROLES


def speaker_subject(subject: str | None, names: tuple[str, ...]) -> str | None:
    """The subject a quoted speaker's statement gets by rule when the model's names no one at
    all, or None. Asked about the one who speaks, the 1.5B kept "The Town Council" and "the
    town" as the subject through every revision turn (held-back sets 16 and 18): a speaker
    speaking for a body is the one who acts. The speaker's own name where they say it
    ("Priya"), else what they say they are ("The librarian"), else "The speaker". A subject
    that names a person or an animal is left to ``subject_shown``; one that is an article and
    the speaker's name ("The Tom") is the name."""
    given = proper(names)
    tokens = LETTER_WORD.findall(subject or "")
    if given and tokens[:1] and tokens[0].lower() in _ARTICLES:
        # The subject slot starts with an article (the prompt's pattern): "The Tom" is Tom.
        spoken = {g.lower(): g for g in given} | {" ".join(given).lower(): " ".join(given)}
        if (bare := " ".join(tokens[1:]).lower()) in spoken:
            return spoken[bare]
    if one_living(head := subject_head(subject)) and head not in PLACEHOLDER_HEADS:
        return None
    if given:
        return " ".join(given)
    return f"The {names[0]}" if names else "The speaker"


def not_shown_message(subject: str | None, names: tuple[str, ...], speaker: bool = False) -> str:
    """What the revision turn tells the model when role B's subject fails ``subject_shown``;
    ``speaker``: the names are who the speaker says they are."""
    if names and speaker:
        who = "the one who speaks, as the speech says who they are"
        given = proper(names)
        who += f' ("{" ".join(given)}")' if given else f' ("The {names[0]}")'
    elif names:
        who = f'the {names[0]} the notes name ("The {names[0]}")'
    else:
        who = 'the one person who speaks ("The speaker", "The narrator", "The presenter")'
    return (f'the subject "{subject}" is not one person or animal the clip shows: write about '
            f"{who}, in the singular")  # fmt: skip


# r15-23: a greeting is nobody's name: "help Hi sell honey on saturday mornings" over "Hi, I'm
# Fiona from the Hillside beekeepers" (held-back set 44), whose summary made her "a beekeeper
# named Hi".
GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "howdy"})


def greeting_named(*slots: str | None) -> str | None:
    """A greeting written as a name (capitalised) in one of ``slots`` (subject, intent), or
    None."""
    for slot in slots:
        for w in LETTER_WORD.findall(slot or ""):
            if w.lower() in GREETINGS and w[0].isupper():
                return w
    return None


def greeting_message(word: str) -> str:
    return (
        f'"{word}" is a greeting the speaker says, not anyone\'s name: name who is meant as the '
        "notes name them, or leave the name out"
    )


def personal_names(text: str | None) -> list[str]:
    """The lines of ``text`` that read as a person's name: two to four capitalised words or
    initials ("Sacha Goedegebure", "Daniel M. Lara"), one at least not an English word (so
    "Blue Door Cafe" and "Canal Street" are no names)."""
    found = []
    for line in (text or "").splitlines():
        tokens = line.replace(",", " ").split()
        if (2 <= len(tokens) <= 4 and all(_NAME_TOKEN.fullmatch(t) for t in tokens)
                and not all(_known(t) for t in tokens if len(t.rstrip(".")) > 1)):  # fmt: skip
            found.append(line.strip())
    return found


def _known(token: str) -> bool:
    return is_word(token.lower()) or token.lower() in FUNCTION_WORDS


def credits_roll(row: dict[str, Any]) -> bool:
    """The clip's on-screen text is a list of names: end credits or a cast list, which says who
    made the video, not what the clip shows. Either it names more than ``MAX_NAMED`` people or
    animals, or ``MIN_NAME_LINES`` of its lines are people's names. Over the end credits of "Big
    Buck Bunny" the 1.5B wrote "by showing the rabbit's peaceful day and its plan for revenge"
    (held-back set 13); over the film's earlier credits, names under job titles in capitals
    ("MUSIC AND SOUND DESIGN", "STORYBOARDING"), which name few living things WordNet knows, it
    wrote "create music and sound design" and "teach the audience about Blender software" as
    the uploader's goal (held-back sets 29-32)."""
    text = row.get("ocr_text")
    return len(living_nouns(text)) > MAX_NAMED or len(personal_names(text)) >= MIN_NAME_LINES


def own_content(row: dict[str, Any], seen: str | None = None, english_only: bool = False) -> bool:
    """Something of the clip itself is known: trusted speech, on-screen text, or frames a model
    saw (``seen``: the visual element when a model wrote it). A window of a film with no speech
    and no text, read by a text-only model, has only its video's title and description, which
    are the same for every clip of the video and say what the whole film is about.
    ``english_only``: speech in another language is not handed to the generator as words
    (inputs.foreign), so it makes nothing known: over Slovenian narration Whisper heard as
    Latin, the 1.5B wrote "teach a skill", the worked example's (held-back set 17)."""
    heard = speaks(row) and not (english_only and foreign("asr", row))
    return heard or bool((row.get("ocr_text") or "").strip()) or seen is not None
