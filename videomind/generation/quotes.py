"""A speaker acts by what they say: role B's action over speech is their own words, quoted.

Over four held-back sets (14-17) the 1.5B wrote speakers' actions of the right kind about the
wrong thing: "The librarian aims to host a story time by explaining how to read stories to
children" (she invites children to story time), "The conductor aims to lead the choir by
performing a concert" (she asks for new voices), "The speaker aims to start the bird count by
saying hello" (nobody says hello). Word grounding cannot see it: every word is in the
transcript. Two prompts (v10, v11) that asked for the verb of speaking and what is said did not
fix it. What a speaker does in the clip is known without the model: they say these words. So
the action is written by rule, ``saying "<their words>"``, and the model writes who they are
and why they say it (prompts/intent_protagonist.yaml v12, which shows it the quote).

The quoted sentence is one the speaker said, as Whisper heard it and was sure of
(``core.records.said``): not a greeting or a self-introduction ("Hi, I'm May"), with at most one
run of words Whisper doubted, left out as "…" as a quotation leaves words out ("Every Wednesday at
4 … read stories for children age 3 to 6"), and the one that says most (its content words, less
two for a gap), cut at a clause when long. Only English speech is quoted: foreign speech is not
handed to an English-only generator as words (inputs.foreign), and a quote would not be English.
A speaker whose words are not known so gets no role-B statement (intents.py)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from videomind.core.lexicon import FUNCTION_WORDS, word_forms
from videomind.core.records import said
from videomind.core.text import sentences, words
from videomind.generation.evidence import self_introduction, speaks
from videomind.generation.quality import not_words

# Words that greet or call for attention and say nothing of why the speaker speaks.
GREETINGS = {"hi", "hiya", "hello", "hey", "welcome", "everyone", "everybody", "attention",
             "please", "good", "morning", "evening", "afternoon", "folks", "there", "guys",
             "friends", "and", "ladies", "gentlemen", "dear"}  # fmt: skip
MIN_WORDS = 4  # a shorter sentence ("Attention please!", "Thank you.") says nothing quotable
MAX_GAPS = 1  # runs of doubted words ("…") a quoted sentence may leave out
# Words a sentence keeps before a gap: "The … gets two free tickets" (held-back set 21) has
# lost who gets them.
# Two words are enough (r15-20): "We have … tomato plants this weekend, and we need someone to
# water the greenhouse", "The town … stays open until 9 on Friday" (set 38) lost a word, not who.
MIN_LEAD = 2
GAP_COST = 2  # content words a gap costs: a whole sentence is quoted before a gapped one
# A gap that ends the sentence lost its tail, not who or what: "We train every Tuesday evening
# at …", the window's cut (held-back set 40), scored 0 and left its speaker without role B.
END_GAP_COST = 1
# Times of day say when, in a sentence, though they greet alone ("Good evening").
_TIMES_OF_DAY = {"morning", "afternoon", "evening"}
MAX_WORDS = 18  # a longer one is cut at a clause, else after CUT_WORDS words and "…"
CUT_WORDS = 14
# A quote is cited, not written: the rules read an action without it (quality.uncited).
QUOTE_VERB = "saying"


def _says_something(sentence: str, own: list[str]) -> bool:
    """Not a greeting, a self-introduction, a sentence with more than ``MAX_GAPS`` gaps or one
    that has lost its start to a gap, nor one with a word that is no English word (misheard)."""
    if sentence.count("…") > MAX_GAPS or self_introduction(sentence) is not None:
        return False
    if _INTRODUCING.search(sentence):
        return False
    if "…" in sentence.split()[:MIN_LEAD]:
        return False
    if misheard(sentence, own):
        return False
    ws = words(sentence)
    return len(ws) >= MIN_WORDS and any(w not in GREETINGS for w in ws)


# r15-32b: a greeting and "... here from the club" introduces its speaker whose name Whisper
# lost: "Hey, the … here from the Lakeside Go Club" was quoted for "introduce themselves and
# their game club" (held-back set 72), and says nothing of why they speak.
# r15-33: and "Hiya, it's … from the Glenbrae folk band", whose name Whisper heard as a word
# ("moron" for Morag), was quoted for "find a fiddler" (held-back set 77, role B).
# r15-38: and a greeting then "I'm …", whatever Whisper made of the name: "Good evening, I'm
# left" for "I'm Lavinia" was quoted for "inform the listeners about their upcoming Monday
# rehearsals" (held-back set 88, role B).
_INTRODUCING = re.compile(r"\b(?:hi|hiya|hello|hey)\b[^.!?]*\b(?:here|it'?s \S+) from\b"
                          r"|\b(?:hi|hiya|hello|hey|morning|afternoon|evening)\b[^.!?]*"
                          r"\b(?:I'm|I am|my name is)\b",
                          re.IGNORECASE)  # fmt: skip


def _starts_sentence(piece: str) -> bool:
    """Does a piece split off at a gap of doubted words (core.text.sentences) start a sentence?
    Only when its first word is one that is capitalised for starting one (a function word, a
    greeting, "let's"): "So far I have seen … Let's keep very quiet" is two sentences, but "We …
    Wednesday nights, and we are looking for …" gave the quote "Wednesday nights, and we are
    looking for …", and "… Club at the community center" and "From … Park will charge 2 pounds"
    were quoted by their names (held-back sets 28, 30, 31; r15-16). After a gap alone (a
    sentence the scorer hid) the next is whole: the caller does not ask."""
    first = (piece.split() or [""])[0].strip(",.;:!?'\"").lower()
    return first in FUNCTION_WORDS or first in GREETINGS or first in {"let's", "lets"}


def misheard(sentence: str, own: list[str]) -> list[str]:
    """The lower-case words of ``sentence`` that are no English word (quality.not_words) and not
    the clip's own (its title, description or on-screen text): Whisper base heard "stay for the
    quiz" as "Stay from the quim" on an espeak voice, sure of every word (held-back set 21), and
    the 1.5B wrote "inform viewers about the quim and encourage them to stay away from it". A
    capitalised word may be a name, but not one with two capitals inside or more, which Whisper
    writes for words it ran together: "BookSwapShelfInvestation" (book swap shelf in the
    station, held-back set 36) is read as its parts. A word Whisper broke ("re -burred") is a
    gap by now (``_broken_as_gaps``). A name stands beside another ("Ann McDonald", "the Helm
    Street Robotics Club") or is the clip's own: a capitalised word alone, inside the sentence,
    that is no English word was misheard ("at the library, and Usdikas", "at the Marshatt",
    "at Lofar" for Low Farm: held-back sets 63, 64, 67; r15-32). Its cost: a surname WordNet
    lacks, said alone and not in the clip's text ("Maya welcomes Patel"), is not quoted. Over
    the held-back transcripts of sets 44-68 every such word outside a self-introduction (which
    is never quoted) was misheard."""
    tokens = sentence.split()
    kept = []
    for i, w in enumerate(tokens):
        if len(_CAMEL.findall(w)) >= 2:  # "McDonald", "iPhone" are names
            kept.append(_CAMEL.sub(r"\1 \2", w).lower())
        elif not w[:1].isupper():
            kept.append(w)
        elif i and (not _beside_capital(tokens, i) or _respelt(tokens, i, own)):
            kept.append(w.lower())
    return not_words([" ".join(kept)], own)


# How alike (difflib's ratio) the letters of a few heard words and of a few of the clip's own
# must be for the heard ones to be its own words misheard (``_respelt``).
RESPELT_RATIO = 0.85


def _letters(tokens: list[str]) -> str:
    return "".join(ch for t in tokens for ch in t.lower() if ch.isalpha())


def _respelt(tokens: list[str], i: int, own: list[str]) -> bool:
    """Is the capitalised ``tokens[i]``, with a word beside it, the clip's own text heard with
    its letters split otherwise? Two capitals side by side pass as a name, but "See the Falcon
    Redis play at the castle" was "FALCONRY DISPLAY" on the card it was read over (held-back set
    73, r15-33): "falconredisplay" is "falconrydisplay" but for one letter. Only a word that is
    no English word and not the clip's own is tested. Over the 439 sentences of the saved
    held-back transcripts (sets 2-77) it finds three, each the clip's text misheard ("the Harba
    Festival" for Harbour, "Place Kittles" for play skittles)."""
    if not not_words([tokens[i].lower()], own):
        return False
    theirs = [w for text in own if text for w in text.split()]
    heard = {_letters(tokens[a:b]) for a in range(max(0, i - 1), i + 1)
             for b in range(i + 1, min(len(tokens), i + 2) + 1)}  # fmt: skip
    written = {_letters(theirs[a:b]) for a in range(len(theirs))
               for b in range(a + 1, min(len(theirs), a + 3) + 1)}  # fmt: skip
    return any(h != w and SequenceMatcher(None, h, w).ratio() >= RESPELT_RATIO
               for h in heard for w in written if len(w) >= 6)  # fmt: skip


def _beside_capital(tokens: list[str], i: int) -> bool:
    """Does a capitalised word stand before or after ``tokens[i]`` (a name of two words)?"""
    return any(0 <= j < len(tokens) and tokens[j].strip("'\"([")[:1].isupper()
               for j in (i - 1, i + 1))  # fmt: skip


_CAMEL = re.compile(r"([a-z])([A-Z])")


def _cut(sentence: str) -> str:
    """At most ``MAX_WORDS`` words: up to the last comma or semicolon that leaves five or more
    ("From the first of March, the number 12 bus leaves every 20 minutes"), else the first
    ``CUT_WORDS`` words and "…"."""
    tokens = sentence.split()
    if len(tokens) <= MAX_WORDS:
        # Whisper's "..." is speech broken off: it stays broken off
        return sentence.rstrip(".") + (" …" if sentence.endswith("..") else "")
    for k in range(MAX_WORDS, 4, -1):
        if tokens[k - 1].endswith((",", ";")):
            return " ".join(tokens[:k]).rstrip(",;")
    return " ".join(tokens[:CUT_WORDS]).rstrip(",;.") + " …"


# A word Whisper broke ("mini -buster", "re -burred", "-in -mill"): pieces that start with a
# hyphen, with the piece before them they continue. A hyphen inside a word ("well-known",
# "five-a-side") breaks nothing.
_BROKEN = re.compile(r"(?:[^\s…]+\s+)?(?<!\S)-[A-Za-z][^\s,.;:!?]*(?:\s+-[A-Za-z][^\s,.;:!?]*)*")


def _broken_as_gaps(sentence: str) -> str:
    """A word Whisper broke is a word it did not make out: a gap, as a doubted word is. "we
    need a parent to drive the mini -buster away game" was no quote for its broken word
    (``misheard``), and its speaker had no role B (held-back set 51, r15-28); as "drive the …
    away game" it says what is asked."""
    return _BROKEN.sub("…", sentence)


def _content(text: str) -> list[str]:
    return [w for w in words(text)
            if w not in FUNCTION_WORDS and (w not in GREETINGS or w in _TIMES_OF_DAY)]  # fmt: skip


def quotable(row: dict[str, Any]) -> list[tuple[str, int]]:
    """Every sentence role B's action may quote, cut, with its score (content words, less
    ``GAP_COST`` per gap), in the order spoken: none without trusted English speech."""
    if not speaks(row) or (row.get("asr_language") or "en") != "en":
        return []
    found = []
    own = [row.get(c) or "" for c in ("title", "description", "ocr_text")]
    after_gap = False
    for sentence in map(_broken_as_gaps, sentences(said(row))):
        lost_start = after_gap and not _starts_sentence(sentence)
        after_gap = sentence.endswith("…") and sentence != "…"
        if lost_start or not _says_something(sentence, own):
            continue
        cut = _cut(sentence).replace('"', "'")
        tail = cut.endswith("…")
        score = len(_content(cut)) - GAP_COST * (cut.count("…") - tail) - END_GAP_COST * tail
        if score > 0:
            found.append((cut, score))
    return found


def speaker_quote(row: dict[str, Any]) -> str | None:
    """The speaker's words role B's action quotes, or None: no trusted speech, speech not in
    English (Whisper's language), or no sentence that says something. The first that says
    most; the model's intent may choose another (``quote_for``)."""
    return _says_most(quotable(row))


def _says_most(found: list[tuple[str, int]]) -> str | None:
    """The first of the quotable sentences with the highest score, or None."""
    return max(found, key=lambda q: q[1])[0] if found else None


def quote_for(row: dict[str, Any], intent: str | None) -> str | None:
    """The quotable sentence the model's intent is about: the one sharing most of its content
    words (as word forms), else the one that says most (``speaker_quote``), else None. The
    model is shown one sentence but reads the whole transcript, and wrote "let people know
    about the library's opening hours" beside a quote about borrowing books (held-back set 20):
    the statement is whole when its action says what its intent is about."""
    wanted = {f for w in _content(intent or "") for f in word_forms(w)}
    found = quotable(row)
    best, most = None, (0, 0)
    for cut, score in found:
        shared = len({w for w in _content(cut) if word_forms(w) & wanted})
        if (shared, score) > most and shared:
            best, most = cut, (shared, score)
    return best if best is not None else _says_most(found)


def quote_action(quote: str) -> str:
    return f'{QUOTE_VERB} "{quote}"'


# A card of more words than this is a notice to read, not a card to cite whole.
MAX_CARD_WORDS = 16


def card_text(row: dict[str, Any]) -> str | None:
    """What a still card says, its lines joined, for role A's action over it (intents.py), or
    None when it says nothing or too much. Over still cards the 1.5B wrote what the card
    speaks of as filmed: "by showing May, a conductor of the choir, leading them" (held-back
    set 16), "by showing the title card and description of the video" (set 15); of 17 such
    statements on sets 14-17, 11 were withheld for it."""
    lines = [" ".join(x.split()) for x in (row.get("ocr_text") or "").splitlines()]
    text = ", ".join(x for x in lines if x).replace('"', "'")
    return text if 0 < len(words(text)) <= MAX_CARD_WORDS else None


def card_action(text: str) -> str:
    return f'showing a card that reads "{text}"'
