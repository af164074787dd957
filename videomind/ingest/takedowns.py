"""Takedown requests: videos, channels or URLs that must leave the dataset and never be fetched.

The list is a text file (config ``takedowns``), one entry per line; a comment starts a line or
follows a space (``#``)::

    https://www.youtube.com/watch?v=abc123     # a URL (compared in canonical form)
    video:abc123                                # the platform's video id, or a manifest id
    channel:UCxyz                               # a channel id, uploader id or channel name
    id:my_source_07                             # a manifest id only

It is applied twice, and creating or editing it reruns no fetch, cut or model (the fetch rule
gets its path, which stays the same, not its entries; a missing file is an empty list):

- at fetch: a row whose id or URL is listed, or a video whose id, channel or page yt-dlp
  reports as listed (checked before any media is downloaded), is a ``takedown`` failure;
- when the dataset is joined, to every sample of a listed source: it is not released, so the
  next run's export removes it from an existing release, and the funnel counts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from videomind.ingest.provenance import canonical_url

KINDS = ("url", "video", "channel", "id")


class TakedownError(ValueError):
    """The takedown list cannot be read (named with file and line)."""


@dataclass(frozen=True)
class Takedowns:
    urls: frozenset[str] = frozenset()
    videos: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: str | Path | None, required: bool = True) -> Takedowns:
        """The list in ``path`` (empty when ``path`` is empty, or missing and not required)."""
        if not path:
            return cls()
        path = Path(path)
        if not path.is_file():
            if not required:
                return cls()
            raise TakedownError(f"takedowns: {path} does not exist")
        found: dict[str, set[str]] = {k: set() for k in KINDS}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            entry = line.split(" #", 1)[0].strip()  # a URL may hold '#': comments follow a space
            if not entry or entry.startswith("#"):
                continue
            kind, sep, value = entry.partition(":")
            if entry.lower().startswith(("http://", "https://")):
                kind, value = "url", entry
            elif not sep or kind not in KINDS or not value.strip():
                raise TakedownError(f"{path}:{n}: {entry!r} is not 'url', 'video:<id>', "
                                    "'channel:<id>' or 'id:<manifest id>'")  # fmt: skip
            value = value.strip()
            found[kind].add(canonical_url(value) or value if kind == "url" else value)
        return cls(*(frozenset(found[k]) for k in KINDS))

    def __bool__(self) -> bool:
        return bool(self.urls or self.videos or self.channels or self.ids)

    def match_row(self, source_id: str, raw_id: str, url: str | None) -> str | None:
        """The entry a manifest row matches, if any."""
        for value in (source_id, raw_id):
            if value in self.ids or value in self.videos:
                return f"id:{value}"
        if url and (canon := canonical_url(url)) in self.urls:
            return f"url:{canon}"
        return None

    def match_info(self, info: dict[str, Any]) -> str | None:
        """The entry a video matches, from yt-dlp's info dict or a source/sample record."""
        if (vid := info.get("video_id") or info.get("id")) and vid in self.videos:
            return f"video:{vid}"
        for key in ("channel_id", "uploader_id", "channel", "uploader"):
            if info.get(key) and info[key] in self.channels:
                return f"channel:{info[key]}"
        for key in ("webpage_url", "url", "original_url"):
            if info.get(key) and (canon := canonical_url(info[key])) in self.urls:
                return f"url:{canon}"
        return None

    def match_record(self, record: dict[str, Any]) -> str | None:
        """A sample record: its source id, manifest URL and provenance."""
        by_row = self.match_row(record.get("source_id") or "", record.get("raw_id") or "",
                                record.get("url"))  # fmt: skip
        return by_row or self.match_info(record)
