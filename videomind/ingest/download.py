"""Fetching sources: yt-dlp for URLs (any extractor, plain HTTP media included), local files as is.

A failed download keeps yt-dlp's own message and gets a classified cause; causes where waiting
can help (rate limits, network) are retried with exponential backoff before giving up.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from videomind.core.errors import CausedError
from videomind.core.io import atomic_path
from videomind.ingest import secrets

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


def redact(text: str) -> str:
    """Remove credentials from every URL in ``text`` (proxy, media, signed CDN links)."""
    return secrets.redact(text)


def quiet(message: str) -> str:
    """A message of yt-dlp's as we may log or store it: URLs redacted, cookie lines withheld."""
    return redact(_COOKIE_LINE.sub(r"\1<cookie line withheld>", message))


# yt-dlp quotes a cookie file's line when it cannot parse it ("skipping cookie file entry due
# to invalid format: ..."): never let that line reach a log.
_COOKIE_LINE = re.compile(r"(cookie[^:\n]*:\s*)(.+)", re.I)


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
            if key.endswith("_domain") and isinstance(item, str):
                item = item.rpartition("@")[2]  # `webpage_url_domain` keeps user:pass@host
            out[key] = scrub_info(item)
        return out
    if isinstance(value, list):
        return [scrub_info(v) for v in value]
    if isinstance(value, str):
        return redact(value)
    return value


class DownloadFailed(CausedError):
    def __init__(self, cause: str, message: str, attempts: int):
        super().__init__(cause, message)
        self.attempts = attempts

    def failure(self) -> tuple[str, str]:
        return self.cause, f"{self} (after {self.attempts} attempt(s))"


class _Logger:
    """Routes yt-dlp's messages to our log with secrets removed; remembers the last error."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def debug(self, msg: str) -> None:
        self._note(msg)
        if not msg.startswith("[debug] "):
            log.debug(quiet(msg))

    def info(self, msg: str) -> None:
        self._note(msg)
        log.debug(quiet(msg))

    def _note(self, msg: str) -> None:
        if "larger than max-filesize" in msg:  # said on screen; then nothing is written
            self.errors.append(quiet(msg.strip()))

    def warning(self, msg: str) -> None:
        log.warning("yt-dlp: %s", quiet(msg))

    def error(self, msg: str) -> None:
        self.errors.append(quiet(msg))
        log.debug("yt-dlp error: %s", quiet(msg))


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
    max_duration: float | None = None  # from config `bounds`
    max_filesize_mb: float | None = None


def download_config(download: dict[str, Any], bounds: dict[str, Any]) -> DownloadConfig:
    """The download settings, with the proxy read from the environment variable named in
    config (the proxy URL carries credentials: never a rule param)."""
    cfg = dict(download)
    name = cfg.pop("proxy_env", None)
    proxy = None
    if name:
        proxy = os.environ.get(name)
        if not proxy:
            raise RuntimeError(f"download.proxy_env: environment variable {name} is not set")
    return DownloadConfig(**cfg, proxy=proxy, max_duration=bounds.get("max_duration"),
                          max_filesize_mb=bounds.get("max_filesize_mb"))  # fmt: skip


def _rate(value: str | None) -> int | None:
    if not value:
        return None
    match = re.fullmatch(r"\s*([\d.]+)\s*([kKmMgG]?)\s*", str(value))
    if not match:
        raise ValueError(f"download.rate_limit {value!r} is not like '2M' or '500K'")
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)


class _Gate:
    """yt-dlp's ``match_filter``: one video per manifest row, within the bounds, decided before
    anything is downloaded. A playlist or channel URL would otherwise download every entry into
    the same ``<id>.<ext>``."""

    def __init__(self, max_duration: float | None,
                 refuse: Callable[[dict[str, Any]], str | None] | None = None) -> None:  # fmt: skip
        self.max_duration = max_duration
        self.refuse = refuse
        self.refused: tuple[str, str] | None = None

    def __call__(self, info: dict[str, Any], *, incomplete: bool = False) -> str | None:
        entry = self.refuse(info) if self.refuse else None
        if entry:
            self.refused = ("takedown", f"on the takedown list ({entry}); not downloaded")
            return self.refused[1]
        if info.get("playlist_id") is not None or info.get("_type") == "playlist":
            title = info.get("playlist_title") or info.get("playlist_id") or "?"
            self.refused = ("playlist", f"the URL is a playlist or channel ({title!r}); give "
                            "one video per manifest row")  # fmt: skip
            return self.refused[1]
        duration = info.get("duration")
        if (
            self.max_duration
            and isinstance(duration, int | float)
            and (duration > self.max_duration)
        ):
            self.refused = ("too_long", f"{duration:.0f} s is over the limit of "
                            f"{self.max_duration:.0f} s")  # fmt: skip
            return self.refused[1]
        return None


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
    if cfg.max_filesize_mb:
        opts["max_filesize"] = int(cfg.max_filesize_mb * 2**20)
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
    refuse: Callable[[dict[str, Any]], str | None] | None = None,
) -> tuple[Path, Path | None, dict[str, Any]]:
    """Download one URL with yt-dlp: (media file, info.json, info), or raise DownloadFailed.
    ``refuse`` sees the video's metadata before any media is fetched (the takedown list)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with private_cookies(cfg.cookies) as cookies:
        try:
            return _download(url, source_id, out_dir, replace(cfg, cookies=cookies), window,
                             refuse)  # fmt: skip
        finally:
            # yt-dlp writes .info.json (with the session cookies it used) before downloading:
            # scrub it whatever happened, so a failed download leaves no cookie on disk either.
            _scrub_info_file(out_dir / f"{source_id}.info.json")


@contextlib.contextmanager
def private_cookies(path: str | None) -> Iterator[str | None]:
    """A private copy of the cookie file for this download. yt-dlp rewrites the cookie file
    when it closes: jobs sharing the original would read it half-written."""
    if not path:
        yield None
        return
    fd, tmp = tempfile.mkstemp(prefix="cookies-", suffix=".txt")  # 0600, outside the run
    try:
        with (
            os.fdopen(fd, "w", encoding="utf-8") as out,
            open(path, encoding="utf-8", errors="replace") as src,
        ):
            skipped = 0
            for line in src:
                if _cookie_line_ok(line):
                    out.write(line)
                else:
                    skipped += 1
        if skipped:  # yt-dlp would print each such line, cookie value and all, to stderr
            log.warning("cookies: left out %d malformed line(s) of %s", skipped, path)
        yield tmp
    finally:
        Path(tmp).unlink(missing_ok=True)


def _cookie_line_ok(line: str) -> bool:
    """A line yt-dlp's cookie loader accepts (a comment, a blank, or 7 tab-separated fields
    with a numeric expiry); yt-dlp reports any other line with its content."""
    body = line.removeprefix("#HttpOnly_")
    if body.startswith("#") or not body.strip():
        return True
    fields = body.rstrip("\n").split("\t")
    return len(fields) == 7 and (not fields[4] or fields[4].isdigit())


def _scrub_info_file(info_path: Path) -> None:
    if not info_path.exists():
        return
    try:
        data = json.loads(info_path.read_text())
    except (OSError, json.JSONDecodeError):
        info_path.unlink(missing_ok=True)  # a half-written info.json is worth nothing
        return
    with atomic_path(info_path) as tmp:
        tmp.write_text(json.dumps(scrub_info(data), ensure_ascii=False))


def _download(
    url: str,
    source_id: str,
    out_dir: Path,
    cfg: DownloadConfig,
    window: tuple[float | None, float | None],
    refuse: Callable[[dict[str, Any]], str | None] | None = None,
) -> tuple[Path, Path | None, dict[str, Any]]:
    import yt_dlp

    attempts = 0
    while True:
        attempts += 1
        logger = _Logger()
        gate = _Gate(cfg.max_duration, refuse)
        opts = ydl_options(source_id, out_dir, cfg, window) | {"logger": logger}
        opts["match_filter"] = gate
        try:
            with yt_dlp.YoutubeDL(opts) as ydl:
                info = ydl.extract_info(url, download=True)
                info = ydl.sanitize_info(info)
            if gate.refused:
                raise DownloadFailed(gate.refused[0], f"{redact(url)}: {gate.refused[1]}", attempts)
            break
        except DownloadFailed:
            raise
        except Exception as exc:  # yt-dlp raises DownloadError and friends; keep its message
            message = quiet(logger.errors[-1] if logger.errors else str(exc))
            cause = classify_download_error(message)
            if cause in RETRYABLE and attempts <= cfg.retries:
                delay = cfg.backoff * 2 ** (attempts - 1)
                log.warning("%s: %s (%s), retry %d in %.1f s", redact(url), cause, message,
                            attempts, delay)  # fmt: skip
                time.sleep(delay)
                continue
            raise DownloadFailed(cause, message, attempts) from exc
    files = [
        Path(d["filepath"]) for d in info.get("requested_downloads") or [] if d.get("filepath")
    ]
    media = next((f for f in files if f.exists()), None)
    if media is None:  # exactly `<id>.<ext>`: `a.*` would also match another source `a.b`
        candidates = [p for p in out_dir.glob(f"{source_id}.*")
                      if p.suffix != ".json" and p.stem == source_id]  # fmt: skip
        media = candidates[0] if candidates else None
    if media is None:
        said = " ".join(logger.errors)
        if "larger than max-filesize" in said:
            raise DownloadFailed("too_large", f"{redact(url)}: {said}", attempts)
        raise DownloadFailed(
            "other", f"{redact(url)}: yt-dlp reported success but wrote no file", attempts
        )
    info = scrub_info(info)
    info_path = out_dir / f"{source_id}.info.json"
    return media, info_path if info_path.exists() else None, info


def yt_dlp_version() -> str:
    from yt_dlp.version import __version__

    return f"yt-dlp {__version__}"
