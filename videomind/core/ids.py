"""Identifiers that become file names must be safe before they touch the file system."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
MAX_ID_LEN = 80
# What sanitising leaves unchanged: safe characters, no edge dots/dashes/underscores, no "__".
_SAFE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]|_(?!_)){0,78}[A-Za-z0-9]|[A-Za-z0-9]")


class InvalidId(ValueError):
    """An id that cannot be made safe (empty, or nothing left after sanitising)."""


def sanitize_id(raw: str) -> str:
    """Map a manifest id to a file-system-safe id, or raise :class:`InvalidId`.

    Path separators, ``..`` and anything outside ``[A-Za-z0-9_.-]`` become ``_`` so that an id
    can never escape its shard folder; leading dots are stripped so no id is hidden or relative.
    """
    if raw is None:
        raise InvalidId("id is missing")
    if _SAFE.fullmatch(raw) and ".." not in raw:  # already safe (nearly every id): as is
        return raw
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if not text:
        raise InvalidId("id is empty")
    text = text.replace("..", "_")
    text = _UNSAFE.sub("_", text)
    text = text.strip("._-")
    text = re.sub(r"_+", "_", text)
    if not text:
        raise InvalidId(f"id {raw!r} has no safe characters")
    return text[:MAX_ID_LEN]


def clip_id(source_id: str, index: int) -> str:
    """Clip ids are derived from the (already safe) source id and the clip's position."""
    return f"{source_id}-c{index:03d}"


def source_of(clip: str) -> str:
    """The source id a clip id was derived from (inverse of :func:`clip_id`)."""
    source, sep, index = clip.rpartition("-c")
    if not sep or not index.isdigit():
        raise ValueError(f"not a clip id: {clip!r}")
    return source
