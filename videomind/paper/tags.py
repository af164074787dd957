"""The 6W tags' colours and where they occur in a text (shared by the figures and the browser)."""

from __future__ import annotations

# Distinct colours for the 6W tags (as in the paper's Figure 1).
TAG_COLOURS = {
    "who": "#d62728",
    "where": "#1f77b4",
    "when": "#2ca02c",
    "why": "#9467bd",
    "how": "#ff7f0e",
    "what": "#8c564b",
}


def segments(text: str, tags: dict[str, str | None]) -> list[tuple[str, str | None]]:
    """Split ``text`` into (piece, tag) where tag values occur (first match, case-insensitive)."""
    spans = []
    low = text.lower()
    for tag, value in tags.items():
        if value and len(value) > 2:
            i = low.find(value.lower())
            if i >= 0 and not any(a < i + len(value) and i < b for a, b, _ in spans):
                spans.append((i, i + len(value), tag))
    spans.sort()
    out, pos = [], 0
    for a, b, tag in spans:
        if a > pos:
            out.append((text[pos:a], None))
        out.append((text[a:b], tag))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None))
    return out
