"""Text hygiene for human-written metadata: any bytes in, clean bounded Unicode out."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A word for the statement-quality rules and the revision of copied phrases: one pattern, so a
# phrase the rules call copied is the phrase a rewrite's request shortens.
# Letters of any alphabet: "Jänis" is one word, not "j" and "nis".
WORD = re.compile(r"(?:[^\W_]|')+")
# A word of letters with apostrophes or hyphens inside, no digits ("O'Neil", "Carl-Fredrik"):
# how the protagonist and purpose rules (generation/evidence.py, purpose.py) read names, card
# lines and intents.
LETTER_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*[^\W\d_]")
# A spoken sentence ends at . ! ? (or Whisper's own "..."), not after a title's abbreviation,
# and at a gap of doubted words before a capital ("that won't … Let's keep quiet": the stop
# was doubted). Speech is read sentence by sentence: the ASR stage's language-model check
# (modalities/asr.py) and role B's quotes (generation/quotes.py).
_SENTENCE_END = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<=[.!?])\s+|(?<=…)\s+(?=[A-Z])"
)


def sentences(text: str | None) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text or "") if s.strip()]


def clean_text(value: object, max_chars: int | None = None) -> str | None:
    """Normalise to NFC, drop control characters, keep emoji and right-to-left text as they are.

    Bytes that are not UTF-8 are replaced rather than refused: a title is worth keeping even
    with one broken character. Over-long text is cut at ``max_chars`` with an ellipsis.
    """
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = unicodedata.normalize("NFC", str(value))
    text = _CONTROL.sub("", text).strip()
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text or None


def original_text(
    manifest_text: str | None, title: str | None, description: str | None, max_chars: int
) -> tuple[str | None, str]:
    """The clip's original (human-written) text and where it came from."""
    if manifest_text:
        return clean_text(manifest_text, max_chars), "manifest"
    parts = [p for p in (title, description) if p]
    if not parts:
        return None, "none"
    return clean_text("\n".join(parts), max_chars), "metadata"


def word_count(text: str | None) -> int:
    """Words as whitespace-separated tokens; CJK text without spaces counts per character."""
    if not text:
        return 0
    count = 0
    for token in text.split():
        cjk = sum(1 for ch in token if unicodedata.east_asian_width(ch) in ("W", "F"))
        count += cjk if cjk else 1
    return count


def words(text: str | None) -> list[str]:
    """Lower-case words (letters, digits, apostrophes) in order."""
    return WORD.findall((text or "").lower())


_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
_CLOSE_QUOTE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)]|$)")


def open_quote(*slots: str | None) -> bool:
    """A quotation mark opened and never closed: "document the movie 'Big Buck Bunny by
    showing" (the 1.5B ended its title at the slot's end). A closing single quote may stand
    alone (the plural possessive: "the rabbits' day"), an opening one may not."""
    for slot in slots:
        text = slot or ""
        if text.count('"') % 2 or text.count("“") != text.count("”"):
            return True
        if len(_OPEN_QUOTE.findall(text)) > len(_CLOSE_QUOTE.findall(text)):
            return True
    return False


def without_open_quotes(text: str) -> str:
    """``text`` without the quotation marks of a quote left open (all of them: which one was
    meant to close is not known); no word changes. Balanced quotes stay."""
    if not open_quote(text):
        return text
    text = text.replace('"', "").replace("“", "").replace("”", "")
    if open_quote(text):
        text = _OPEN_QUOTE.sub("", text).replace("‘", "")
    return " ".join(text.split())
