"""Credentials never leave the manifest: URLs are stored and printed without user-info or
secret query parameters, and secrets reach a job by reference (an environment variable's name,
a file path), never as a rule param that Snakemake writes to ``.snakemake/metadata``."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

# Query parameters that carry credentials: signed-URL schemes (S3, GCS, CloudFront, Azure SAS),
# tokens and keys. Matched case-insensitively on the whole name.
_SECRET_PARAM = re.compile(
    r"(x-amz-(signature|credential|security-token)|x-goog-(signature|credential)|sig|signature"
    r"|token|access_token|id_token|refresh_token|auth|authorization|key|api_key|apikey"
    r"|password|passwd|pass|pwd|secret|client_secret|session|sessionid|sid|policy|key-pair-id"
    r"|se|sp|sv|skoid|sktid|code)",
    re.I,
)
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+")
_SECRET_IN_QUERY = re.compile(r"[?&;](" + _SECRET_PARAM.pattern + r")(=|&|;|$)", re.I)
_QUERY_SEPARATOR = re.compile(r"[&;]")


def redact_url(url: str) -> str:
    """``url`` without user-info (``user:pass@``, a bare token, a password with ``@`` in it)
    and without secret query parameters."""
    if "@" not in url and not _SECRET_IN_QUERY.search(url):
        return url  # nothing to remove (most URLs): skip the parse, 1 M rows are parsed at once
    try:
        parts = urlsplit(url)
    except ValueError:
        return _URL.sub("<unparseable URL>", url)
    netloc = parts.netloc.rpartition("@")[2]
    # Split on both separators `_SECRET_IN_QUERY` knows (parse_qsl splits on "&" only, so
    # "?key;x=1" kept its key); the parameters kept keep their own encoding.
    pieces = [p for p in _QUERY_SEPARATOR.split(parts.query) if p]
    kept = [p for p in pieces if not _SECRET_PARAM.fullmatch(unquote_plus(p.split("=", 1)[0]))]
    cleaned = "&".join(kept) if len(kept) != len(pieces) else parts.query
    return urlunsplit((parts.scheme, netloc, parts.path, cleaned, parts.fragment))


def redact(text: str) -> str:
    """Every URL in ``text`` redacted (log lines, tool messages, metadata strings)."""
    return _URL.sub(lambda m: redact_url(m.group(0)), text)


def fingerprint(value: str) -> str:
    """A value's SHA-256: lets a rule param change when a secret changes without holding it."""
    return hashlib.sha256(value.encode()).hexdigest()
