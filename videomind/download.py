"""Fetching sources: yt-dlp for URLs (any extractor, plain HTTP media included), local files as is.

A failed download keeps yt-dlp's own message and gets a classified cause; causes where waiting
can help (rate limits, network) are retried with exponential backoff before giving up.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from videomind.io import atomic_path

log = logging.getLogger(__name__)

# Checked in order; the first match wins. Messages are yt-dlp's own (lower-cased).
_CAUSES: list[tuple[str, tuple[str, ...]]] = [
    ("private", ("private video", "this video is private", "members-only", "join this channel")),
    (
        "age_restricted",
        ("confirm your age", "age-restricted", "age restricted", "inappropriate for some users"),
    ),
    (
        "geo_blocked",
        ("available in your country", "geo restrict", "geo-restrict", "georestrict",
         "from your location", "blocked it in your country"),
    ),
    (
        "rate_limited",
        ("http error 429", "too many requests", "not a bot", "rate-limit", "rate limit",
         "captcha", "unusual traffic"),
    ),
    (
        "unavailable",
        ("video unavailable", "http error 404", "http error 410", "not found", "has been removed",
         "account associated with this video has been terminated", "is not available",
         "no video formats found", "unsupported url", "does not exist"),
    ),
    (
        "network",
        ("timed out", "timeout", "connection refused", "connection reset",
         "name or service not known",
         "temporary failure in name resolution", "network is unreachable", "urlopen error",
         "remote end closed", "incompleteread", "http error 5", "ssl", "connection aborted",
         "unable to download webpage", "failed to resolve"),
    ),
]  # fmt: skip
RETRYABLE = {"rate_limited", "network"}


def classify_download_error(message: str) -> str:
    """Map a yt-dlp error message to a cause code for the failures table."""
    text = message.lower()
    for cause, needles in _CAUSES:
        if any(n in text for n in needles):
            return cause
    return "other"


_SECRET = re.compile(r"(://)([^/@\s:]+):([^/@\s]+)@")


def redact(text: str) -> str:
    """Remove credentials embedded in proxy or media URLs before anything is logged."""
    return _SECRET.sub(r"\1***:***@", text)


_SECRET_KEYS = {"cookies"}
_SECRET_HEADERS = {"cookie", "authorization", "proxy-authorization"}


def scrub_info(value: Any) -> Any:
    """Drop cookies and credentials that yt-dlp copies into its info dict (and .info.json).

    yt-dlp stores the session cookies it used in every format's ``cookies`` field: kept as is,
    a released dataset would carry the curator's login.
    """
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in _SECRET_KEYS:
                continue
            if key == "http_headers" and isinstance(item, dict):
                item = {k: v for k, v in item.items() if k.lower() not in _SECRET_HEADERS}
            out[key] = scrub_info(item)
        return out
    if isinstance(value, list):
        return [scrub_info(v) for v in value]
    if isinstance(value, str):
        return redact(value)
    return value


class DownloadFailed(Exception):
    def __init__(self, cause: str, message: str, attempts: int):
        super().__init__(message)
        self.cause = cause
        self.attempts = attempts


class _Logger:
    """Routes yt-dlp's messages to our log with secrets removed; remembers the last error."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def debug(self, msg: str) -> None:
        if not msg.startswith("[debug] "):
            log.debug(redact(msg))

    def info(self, msg: str) -> None:
        log.debug(redact(msg))

    def warning(self, msg: str) -> None:
        log.warning("yt-dlp: %s", redact(msg))

    def error(self, msg: str) -> None:
        self.errors.append(redact(msg))
        log.debug("yt-dlp error: %s", redact(msg))


@dataclass(frozen=True)
class DownloadConfig:
    max_height: int = 480
    retries: int = 3
    backoff: float = 2.0
    socket_timeout: float = 30.0
    sleep_interval: float = 0.0
    rate_limit: str | None = None
    cookies: str | None = None
    proxy: str | None = None
    enable_file_urls: bool = False


def _rate(value: str | None) -> int | None:
    if not value:
        return None
    match = re.fullmatch(r"\s*([\d.]+)\s*([kKmMgG]?)\s*", str(value))
    if not match:
        raise ValueError(f"download.rate_limit {value!r} is not like '2M' or '500K'")
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)


def ydl_options(
    source_id: str,
    out_dir: Path,
    cfg: DownloadConfig,
    window: tuple[float | None, float | None] = (None, None),
) -> dict[str, Any]:
    h = int(cfg.max_height)
    opts: dict[str, Any] = {
        "outtmpl": f"{source_id}.%(ext)s",
        "paths": {"home": str(out_dir), "temp": str(out_dir / f".{source_id}.tmp")},
        "format": f"bv*[height<={h}]+ba/b[height<={h}]/wv*+ba/w",
        "merge_output_format": "mp4",
        "writeinfojson": True,
        "noplaylist": True,
        "quiet": True,
        "noprogress": True,
        "retries": cfg.retries,
        "fragment_retries": cfg.retries,
        "extractor_retries": cfg.retries,
        "socket_timeout": cfg.socket_timeout,
        "overwrites": True,
        "enable_file_urls": cfg.enable_file_urls,
        "color": {"stderr": "no_color", "stdout": "no_color"},
    }
    if cfg.sleep_interval:
        opts["sleep_interval"] = cfg.sleep_interval
        opts["sleep_interval_requests"] = cfg.sleep_interval
    if cfg.rate_limit:
        opts["ratelimit"] = _rate(cfg.rate_limit)
    if cfg.cookies:
        opts["cookiefile"] = cfg.cookies
    if cfg.proxy:
        opts["proxy"] = cfg.proxy
    start, end = window
    if start is not None or end is not None:
        from yt_dlp.utils import download_range_func

        opts["download_ranges"] = download_range_func(None, [(start or 0.0, end or float("inf"))])
    return opts


def download(
    url: str,
    source_id: str,
    out_dir: Path,
    cfg: DownloadConfig,
    window: tuple[float | None, float | None] = (None, None),
) -> tuple[Path, Path | None, dict[str, Any]]:
    """Download one URL with yt-dlp: (media file, info.json, info), or raise DownloadFailed."""
    import yt_dlp

    out_dir.mkdir(parents=True, exist_ok=True)
    attempts = 0
    while True:
        attempts += 1
        logger = _Logger()
        opts = ydl_options(source_id, out_dir, cfg, window) | {"logger": logger}
        try:
            with yt_dlp.YoutubeDL(opts) as ydl:
                info = ydl.extract_info(url, download=True)
                info = ydl.sanitize_info(info)
            break
        except Exception as exc:  # yt-dlp raises DownloadError and friends; keep its message
            message = redact(logger.errors[-1] if logger.errors else str(exc))
            cause = classify_download_error(message)
            if cause in RETRYABLE and attempts <= cfg.retries:
                delay = cfg.backoff * 2 ** (attempts - 1)
                log.warning("%s: %s (%s), retry %d in %.1f s", url, cause, message, attempts, delay)
                time.sleep(delay)
                continue
            raise DownloadFailed(cause, message, attempts) from exc
    files = [
        Path(d["filepath"]) for d in info.get("requested_downloads") or [] if d.get("filepath")
    ]
    media = next((f for f in files if f.exists()), None)
    if media is None:
        candidates = [p for p in out_dir.glob(f"{source_id}.*") if not p.name.endswith(".json")]
        media = candidates[0] if candidates else None
    if media is None:
        raise DownloadFailed("other", f"{url}: yt-dlp reported success but wrote no file", attempts)
    info = scrub_info(info)
    info_path = out_dir / f"{source_id}.info.json"
    if not info_path.exists():
        return media, None, info
    with atomic_path(info_path) as tmp:
        tmp.write_text(
            json.dumps(scrub_info(json.loads(info_path.read_text())), ensure_ascii=False)
        )
    return media, info_path, info


def yt_dlp_version() -> str:
    from yt_dlp.version import __version__

    return f"yt-dlp {__version__}"
