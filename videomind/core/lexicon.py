"""English words and what kind of thing a noun names, from Princeton WordNet 3.0.

The extract ``data/wordnet.tsv.gz`` (built by tools/wordnet_lexicon.py; WordNet's licence in
``data/WORDNET-LICENSE``) ships inside the package, so every node answers the same without an
NLP corpus download. A noun's *kinds* are the lexicographer files of its senses, most frequent
first: "rabbit" -> (animal, substance, food), "dawn" -> (time, event).
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "wordnet.tsv.gz"
SOURCE = "Princeton WordNet 3.0 (WordNet 3.0 licence)"

# The words the statement rules skip when they compare slots (articles, common prepositions).
STOP_WORDS = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "by",
              "from", "his", "her", "its", "their", "this", "that", "is", "are", "be"}  # fmt: skip
PRONOUNS = {"he", "she", "it", "they", "him", "them", "his", "hers", "its", "their", "theirs",
             "himself", "herself", "itself", "themselves", "i", "me", "my", "we", "us", "our",
             "you", "your", "one", "who", "what", "which", "whom", "whose"}  # fmt: skip
# Closed-class English words WordNet leaves out (it holds nouns, verbs, adjectives, adverbs).
# fmt: off
FUNCTION_WORDS = STOP_WORDS | PRONOUNS | {
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as",
    "because", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "both", "but", "can", "could", "did", "do", "does", "down", "during", "each",
    "either", "every", "few", "had", "has", "have", "how", "if", "into", "many", "may",
    "might", "mine", "more", "most", "much", "must", "near", "neither", "no", "nor", "not",
    "off", "onto", "other", "ours", "out", "over", "own", "past", "per", "shall", "should",
    "since", "so", "some", "such", "than", "these", "those", "though", "through",
    "throughout", "till", "toward", "towards", "under", "underneath", "unless", "until",
    "unto", "up", "upon", "via", "was", "were", "what", "whatever", "when", "where",
    "whether", "while", "who", "why", "will", "within", "without", "would", "yet", "yours",
    "s", "t", "been", "being", "am", "an", "any", "another", "all", "whoever", "whom",
    "whichever", "there", "here", "then", "once", "twice", "yourself",
    # indefinite and reflexive pronouns: "Bring something broken" (held-back set 22) was read
    # as a word that is no English word
    "something", "anything", "everything", "someone", "anyone", "everyone", "somebody",
    "anybody", "everybody", "myself", "ourselves", "yourselves", "cannot", "others",
}
# Words of the medium newer than WordNet 3.0 (2006).
NEWER_WORDS = {
    "uploader", "uploaders", "vlog", "vlogger", "livestream", "youtube", "podcast", "website",
    "online", "email", "smartphone", "app", "selfie", "timelapse", "dataset", "datasets",
}
# fmt: on

# WordNet's morphy suffix rules per part of speech (inflected ending -> base ending).
_SUFFIXES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}  # fmt: skip


Entries = dict[str, tuple[str, tuple[str, ...], int]]


@cache
def _read() -> tuple[Entries, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    words: Entries = {}
    irregular: dict[str, tuple[str, ...]] = {}
    related: dict[str, tuple[str, ...]] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            lemma, pos, rest, counted, derived = line.rstrip("\n").split("\t")
            if pos == "=":
                irregular[lemma] = tuple(rest.split(","))
                continue
            words[lemma] = (pos, tuple(rest.split(",")) if rest else (), int(counted))
            if derived:
                related[lemma] = tuple(derived.split(","))
    return words, irregular, related


def _tables() -> tuple[Entries, dict[str, tuple[str, ...]]]:
    words, irregular, _ = _read()
    return words, irregular


def lemmas(word: str, pos: str | None = None) -> list[str]:
    """The WordNet lemmas ``word`` may be an inflection of (itself first), for one part of
    speech (n, v, a, r) or any."""
    words, irregular = _tables()
    w = word.lower().strip()
    out: list[str] = []

    def add(base: str, letter: str | None) -> None:
        entry = words.get(base)
        if entry and (letter is None or letter in entry[0]) and base not in out:
            out.append(base)

    add(w, pos)
    for base in irregular.get(w, ()):
        add(base, pos)
    for letter in [pos] if pos else list(_SUFFIXES):
        for base in _bases(w, letter):
            add(base, letter)
    return out


def _bases(w: str, letter: str) -> list[str]:
    """What the suffix rules of part of speech ``letter`` make of ``w``, known word or not."""
    out = []
    for suffix, ending in _SUFFIXES[letter]:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: len(w) - len(suffix)]
            out.append(stem + ending)
            # doubled consonant before -ing/-ed: "running" -> "run"
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


@lru_cache(maxsize=65536)
def word_forms(word: str) -> frozenset[str]:
    """``word`` and every lemma it may inflect: two words are the same word in some form when
    their forms meet ("plans", "planning" and "plan")."""
    return frozenset({word, *lemmas(word)})


@lru_cache(maxsize=65536)
def related_forms(word: str) -> frozenset[str]:
    """``word_forms`` and the lemmas WordNet derives from or to each of them: "closure" meets
    "closed" (close), "cyclists" meets "cycling" (cycle), "gardening" meets "garden". A word
    made from another names the same thing (held-back sets 34-39 counted "closure" over LIBRARY
    CLOSED and "cyclists" over a cycling club as claims nothing supports); one step only, so
    "hour" does not reach "hourly"'s other relatives."""
    _, _, related = _read()
    forms = word_forms(word)
    return forms | {r for f in forms for r in related.get(f, ())}


def parts_of_speech(word: str) -> str:
    """The parts of speech (n, v, a, r) of ``word`` in WordNet: its own where it is a lemma
    ("presenter": n, not the adjective "present" that -er would also reach), else those of the
    lemmas it may inflect."""
    words, _ = _tables()
    own = words.get(word.lower().strip())
    if own:
        return own[0]
    return "".join(sorted({p for lemma in lemmas(word) for p in words[lemma][0]}))


def is_word(word: str) -> bool:
    """True when ``word`` is an English word WordNet knows, or an inflection of one."""
    return bool(lemmas(word))


def is_newer_word(word: str) -> bool:
    """``word`` is one of ``NEWER_WORDS`` or its plural ("smartphones": the held-back set 5's
    "three budget smartphones" was counted as a made-up word and sent back to the model)."""
    w = word.lower()
    return w in NEWER_WORDS or any(base in NEWER_WORDS for base in _bases(w, "n"))


def is_agent_noun(word: str) -> bool:
    """``word`` is one who does what a WordNet verb says, by English's -er: "quilters" (quilt),
    "bakers" (bake), "joggers" (jog). WordNet 3.0 lists many such nouns, not all: "the local
    quilters" over a quilting group was withheld as a word that is no English word (held-back
    set 54)."""
    w = word.lower()
    stem = w.removesuffix("s").removesuffix("er") if w.endswith(("er", "ers")) else ""
    if len(stem) < 3:
        return False
    verbs, _ = _tables()
    bases = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return any("v" in verbs.get(b, ("",))[0] for b in bases)


def noun_kinds(word: str) -> tuple[str, ...]:
    """The kinds of thing the noun ``word`` names, most frequent sense first, over every lemma
    it may inflect (empty if it is not a noun WordNet knows)."""
    words, _ = _tables()
    out: list[str] = []
    for lemma in lemmas(word, "n"):
        out += [k for k in words[lemma][1] if k not in out]
    return tuple(out)


def main_kinds(word: str) -> frozenset[str]:
    """What the noun mostly names: the kind of the most frequent sense of each lemma it may
    inflect ("men": the group, and the person of "man"). Rare senses do not count: "card" is
    also a witty person, but a title card is not one. Where WordNet has no frequency counts for
    a lemma its sense order means nothing: its senses count if they name at most two kinds
    ("bunny": a person or an animal, both; "trailer": a person who trails, a film preview or a
    vehicle, none)."""
    words, _ = _tables()
    out: set[str] = set()
    for lemma in lemmas(word, "n"):
        _, kinds, counted = words[lemma]
        if kinds and counted > 0:
            out.add(kinds[0])
        elif len(kinds) <= 2:
            out.update(kinds)
    return frozenset(out)


@cache
def base_verbs() -> tuple[str, ...]:
    """Every one-word verb WordNet lists, in its base form ("rest", "document", "bring")."""
    words, _ = _tables()
    return tuple(sorted(w for w, (pos, _, _) in words.items()
                        if "v" in pos and w.isalpha() and w.islower()))  # fmt: skip


@cache
def ing_forms() -> tuple[str, ...]:
    """The -ing form of every verb of ``base_verbs``: WordNet's own where its exception list
    spells one ("admitting", "running"), else the regular spelling ("making", "dying",
    "seeing", "showing")."""
    _, irregular = _tables()
    listed: dict[str, list[str]] = {}
    for form, bases in irregular.items():
        if form.endswith("ing") and form.isalpha():
            for base in bases:
                listed.setdefault(base, []).append(form)

    def regular(verb: str) -> str:
        if verb.endswith("ie"):
            return verb[:-2] + "ying"
        if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
            return verb[:-1] + "ing"
        return verb + "ing"

    return tuple(sorted({f for v in base_verbs() for f in listed.get(v, [regular(v)])}))


def ing_bases(ing: str) -> set[str]:
    """The base forms an -ing word may come from: reading -> read, making -> make,
    running -> run. Spelling only (no table): a candidate that is no verb matches nothing."""
    stem = ing[:-3]
    forms = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return forms


def trie_pattern(words: tuple[str, ...]) -> str:
    """A regular expression matching exactly ``words``, nested as their prefix tree.

    A grammar engine expands an alternation into one branch per alternative at every step: a
    flat list of 8,000 verbs would be 8,000 branches per candidate token, the tree at most 26
    (measured with llama.cpp on the 1.5B: no slower than the old letters-only pattern)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        alts = [ch + pattern(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(" + "|".join(alts) + ")"
        return f"({body})?" if "" in node else body

    return pattern(root)


# A word: letters with the marks that join them. Kannada, Burmese and other scripts write a
# vowel or a virama as a combining mark, which ``\w`` does not match: "ಮೊಲ ಮತ್ತು ಅಳಿಲುಗಳು" fell
# apart into pieces shorter than three letters, had no words, and passed for English, so the
# generator was handed a Burmese title and ran out of tokens copying it (held-back set 62).
_SCRIPT_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff"
                          r"\u1000-\u109f\u1780-\u17ff\u200c\u200d])*")  # fmt: skip


def english_share(text: str | None) -> float | None:
    """The share of ``text``'s words of three letters or more that are English (WordNet, a
    function word, a word newer than WordNet); None when it has fewer than two such words.
    "Tavşan ve kelebek" is not English, "Big Buck Bunny" is: a text-only model that reads
    English invents when handed the first as if it could read it ("a bird and a hawk")."""
    found = [w.lower() for w in _SCRIPT_WORD.findall(text or "") if len(w) >= 3]
    if len(found) < 2:
        return None
    english = sum(w in FUNCTION_WORDS or is_newer_word(w) or is_word(w) for w in found)
    return english / len(found)
