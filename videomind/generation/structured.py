"""Turning a model's reply into validated data, and explaining why when that is impossible.

Every failure is a :class:`MalformedOutput` with a short cause code (``not_json``,
``schema_violation``, ``template_slots``) and a message that is fed back to the model in the
repair prompt, then kept in the failures table with the raw reply if the retries run out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import jsonschema

from videomind.core.errors import CausedError
from videomind.core.text import without_open_quotes


class MalformedOutput(CausedError, ValueError):
    """A model answer that stayed unusable; its failures row keeps the raw reply."""

    def __init__(self, cause: str, message: str, raw: str = "") -> None:
        super().__init__(cause, message)
        self.message = message
        self.raw = raw

    def failure(self) -> tuple[str, str]:
        raw = f" | raw reply: {self.raw[:1500]!r}" if self.raw else ""
        cause = self.cause if self.cause == "backend_error" else f"llm_{self.cause}"
        return cause, f"{self.message}{raw}"


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def parse_json(text: str) -> Any:
    """Parse a JSON reply; tolerate a Markdown fence or prose around one object, nothing more."""
    candidates = [text.strip()]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for cand in candidates:
        try:
            # strict=False: a raw newline inside a string is a formatting slip, not bad content.
            return json.loads(cand, strict=False)
        except json.JSONDecodeError:
            continue
    snippet = text.strip()[:80] or "(empty reply)"
    raise MalformedOutput("not_json", f"the reply is not a JSON object: {snippet!r}", text)


def validate(data: Any, schema: dict[str, Any] | None, raw: str = "") -> dict[str, Any]:
    """The reply's object with its strings stripped, held to ``schema`` before and after: a
    string of spaces meets ``minLength: 1`` while decoding and is empty once stripped (SmolLM2
    answered a place of " " in the workflow test)."""
    _check(data, schema, raw)
    if not isinstance(data, dict):
        raise MalformedOutput("schema_violation", "the reply is not a JSON object", raw)
    stripped = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
    _check(stripped, schema, raw)
    return stripped


def _check(data: Any, schema: dict[str, Any] | None, raw: str) -> None:
    if schema is None:
        return
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as err:
        where = "/".join(str(p) for p in err.absolute_path) or "the object"
        raise MalformedOutput("schema_violation", f"{where}: {err.message[:200]}", raw) from None


@dataclass(frozen=True)
class Intent:
    subject: str
    intent: str
    action: str

    @property
    def statement(self) -> str:
        return f"{self.subject} aims to {self.intent} by {self.action}."


_TEMPLATE = re.compile(
    r"^(?P<subject>.+?)\s+aims?\s+to\s+(?P<intent>.+?)\s+by\s+(?P<action>.+)$", re.I | re.S
)
_QUOTES = "\"'`“”‘’«»"
_EDGE = " \t\n[](){}<>.,;:!?*-_"  # and quotes, but only where they wrap the whole slot
_PLACEHOLDER = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:subject|intent|action|unknown|none|n/?a|null|\.\.\.|…|x+)$", re.I
)


# What the repair turn tells the model to write instead: repeating "the slot is a placeholder"
# alone got "unknown" back from the 1.5B model for a title card.
_HINT = {
    "subject": "; name who speaks or acts, or what the clip presents (a title card presents a "
    "film, a show, a person or a product)",
}


def _unwrapped(text: str) -> str:
    """``text`` without edge punctuation and brackets, and without quotation marks only where
    a pair wraps all of it: a closing quote at the end that closes a title inside stays
    (trimming it was what left "document the movie 'Big Buck Bunny" open on held-back set 3)."""
    text = " ".join(text.strip(_EDGE).split())
    while (len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES
           and text[0] not in text[1:-1] and text[-1] not in text[1:-1]):  # fmt: skip
        text = text[1:-1].strip(_EDGE)
    return text


def slot(value: str, name: str, statement: str) -> str:
    # A quotation mark left open is punctuation the model lost track of: dropped, no word
    # changed, and the edges trimmed again (a '."' end leaves its '.' once the '"' is gone).
    value = _unwrapped(without_open_quotes(_unwrapped(value)))
    if name == "intent":  # "aims to to share": the model repeated the template's "to"
        value = re.sub(r"^to\s+", "", value, flags=re.I)
    if name == "subject":  # the sentence's first word: "the actors aims to" read as a slip
        value = value[:1].upper() + value[1:]
    if not re.search(r"\w", value) or _PLACEHOLDER.match(value):
        raise MalformedOutput(
            "template_slots",
            f"the [{name}] slot is empty or a placeholder in {statement!r}{_HINT.get(name, '')}",
            statement,
        )
    return value


def parse_intent(statement: str) -> Intent:
    """Split "[subject] aims to [intent] by [action]": lenient on case, quotes, brackets and final
    punctuation, strict on the three slots, each of which must hold words of its own."""
    text = _unwrapped(statement)
    match = _TEMPLATE.match(text)
    if not match:
        raise MalformedOutput(
            "template_slots",
            f"not of the form '[subject] aims to [intent] by [action]': {statement[:160]!r}",
            statement,
        )
    return Intent(*(slot(match.group(n), n, statement) for n in ("subject", "intent", "action")))
