"""Where a sample comes from, in terms that outlive this run: the extractor's video id, the
canonical page URL, channel and uploader ids, upload date, the source's licence, and the clip's
place in the source video's own timeline.

A release that carries these (and not the media) is what InternVid, Panda-70M and HD-VILA-100M
publish: anyone can rebuild the clips (``snakemake rehydrate``), and a takedown can name a video
or a channel rather than a file of ours.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from videomind.ingest.secrets import _SECRET_PARAM

# Query parameters that only say how a link was shared (campaign, click and share ids): a
# canonical URL leaves them out, so one video has one URL whoever shared it.
_TRACKING_PARAM = re.compile(
    r"(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl"
    r"|si|feature|pp|ref|ref_src|ref_url|spm|share_id)",
    re.I,
)


def canonical_url(url: str | None) -> str | None:
    """``url`` without credentials (user-info, secret parameters), tracking parameters and
    fragment, with a lower-case scheme and host and no default port."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and (scheme, port) not in {("http", 80), ("https", 443)}:
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _SECRET_PARAM.fullmatch(k) and not _TRACKING_PARAM.fullmatch(k)]  # fmt: skip
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


_LICENCE_WORDS = [
    (r"creative\s*commons", "cc"),
    (r"attribution", "by"),
    (r"share[\s-]*alike", "sa"),
    (r"non[\s-]*commercial", "nc"),
    (r"no[\s-]*deriv\w*", "nd"),
    (r"public\s*domain( dedication)?", "public-domain"),
    (r"\(reuse allowed\)|licen[cs]e|international|unported|generic", " "),
]


def licence_id(text: str | None) -> str | None:
    """A short licence id from what a platform or a manifest says: "Creative Commons Attribution
    license (reuse allowed)" -> ``cc-by``, "CC BY-SA 4.0" -> ``cc-by-sa-4.0``, "CC0" -> ``cc0``.
    Anything else is kept, lower-cased and hyphenated (e.g. ``standard-youtube``)."""
    if not text or not str(text).strip():
        return None
    value = str(text).lower()
    for pattern, word in _LICENCE_WORDS:
        value = re.sub(pattern, word, value)
    value = re.sub(r"[^a-z0-9.]+", "-", value).strip("-")
    return value or None


def licence_family(licence: str | None) -> str | None:
    """The licence id without its version: ``cc-by-sa-4.0`` -> ``cc-by-sa``."""
    if not licence:
        return None
    return re.sub(r"-\d+(\.\d+)*$", "", licence)


def licence_allows(licence: str | None, allowed: list[str]) -> bool:
    """Whether ``licence`` is on the allow-list (entries with or without a version)."""
    if not licence:
        return False
    wanted = {licence_id(a) for a in allowed}
    return licence in wanted or licence_family(licence) in wanted


def needs_attribution(licence: str | None) -> bool:
    """Every Creative Commons licence but CC0 asks users to credit the author."""
    return bool(licence) and licence.startswith("cc-by")


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def country_of(info: dict[str, Any], hint: str | None) -> tuple[str | None, str]:
    """The source's country or region and where it came from. yt-dlp reports a ``location``
    for some platforms and videos (YouTube's recording location, when the uploader set one);
    the manifest's ``country`` cell fills in the rest. A two-letter code is upper-cased so
    that "us" and "US" count as one; anything else is kept as written."""
    found = (
        (info.get("location"), "metadata:location"),
        (info.get("country"), "metadata:country"),
        (hint, "manifest"),
    )
    for value, source in found:
        text = _text(value)
        if text and text.strip():
            text = " ".join(text.split())[:100]
            return (text.upper() if re.fullmatch(r"[A-Za-z]{2}", text) else text), source
    return None, "none"


def source_provenance(
    info: dict[str, Any], license_hint: str | None, windowed: bool, country_hint: str | None = None
) -> dict[str, Any]:
    """The provenance columns of a URL source from yt-dlp's info dict. ``license_hint`` and
    ``country_hint`` are the manifest's cells, used when the platform reports none."""
    licence, licence_source = licence_id(info.get("license")), "metadata"
    if licence is None and license_hint:
        licence, licence_source = licence_id(license_hint), "manifest"
    duration = info.get("duration")
    country, country_source = country_of(info, country_hint)
    return {
        "country": country,
        "country_source": country_source,
        "extractor": _text(info.get("extractor_key") or info.get("extractor")),
        "video_id": _text(info.get("id")),
        "webpage_url": canonical_url(info.get("webpage_url") or info.get("original_url")),
        "channel_id": _text(info.get("channel_id")),
        "uploader_id": _text(info.get("uploader_id")),
        "channel": _text(info.get("channel") or info.get("uploader")),
        "license": licence,
        "license_source": licence_source if licence else "none",
        "original_duration": float(duration) if isinstance(duration, int | float) else None,
    }


def local_provenance(manifest_path: str, path: str | None, license_hint: str | None,
                     country_hint: str | None = None) -> dict[str, Any]:  # fmt: skip
    """The provenance columns of a local file: its path relative to the manifest's folder, when
    the file lies under that folder or under the run's working folder (the demo's manifest in
    ``config/`` names ``../resources/demo/…``). Any other path would describe the curator's
    disk, so only its file name is kept."""
    rel = None
    if path:
        file = Path(path).resolve()
        base = Path(manifest_path).resolve().parent
        inside = file.is_relative_to(base) or file.is_relative_to(Path.cwd().resolve())
        rel = os.path.relpath(file, base) if inside else file.name
    licence = licence_id(license_hint)
    country, country_source = country_of({}, country_hint)
    return {
        "country": country,
        "country_source": country_source,
        "extractor": "local",
        "video_id": None,
        "webpage_url": None,
        "source_path": rel,
        "license": licence,
        "license_source": "manifest" if licence else "none",
    }


def source_time(clip: dict[str, Any], source: dict[str, Any]) -> tuple[float, float]:
    """The clip's start and end in the source video's own timeline: a download of a time window
    starts at the window's start (measured: yt-dlp's ranges keep an edit list, so time 0 of
    the file is the window start to within a frame), so its offsets are added back."""
    offset = 0.0
    if source.get("window_applied_by") == "download" and source.get("window_start"):
        offset = float(source["window_start"])
    return round(clip["start"] + offset, 4), round(clip["end"] + offset, 4)
