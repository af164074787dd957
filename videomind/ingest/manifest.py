"""The manifest: one row per source video, read once per workflow run (at DAG build); each fetch
job gets its shard's rows through its rule.

Row problems (missing fields, duplicate or unsafe ids, bad windows) never stop the run: the row
is rejected with a cause and shows up in the failures table. Problems with the file itself (it
is missing, has no ``id`` column) stop the run at once, naming the file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from videomind.core.ids import InvalidId, sanitize_id
from videomind.ingest.secrets import fingerprint, redact_url

if TYPE_CHECKING:
    from videomind.runner import Job

COLUMNS = ("id", "url", "path", "start", "end", "category", "title", "description", "text",
           "license", "country")  # fmt: skip
URL_SCHEMES = ("http", "https")


class ManifestError(ValueError):
    """The manifest file as a whole cannot be used."""


@dataclass(slots=True)
class SourceRow:
    source_id: str
    raw_id: str
    shard: str
    url: str | None
    path: str | None
    start: float | None
    end: float | None
    category: str | None
    title: str | None
    description: str | None
    text: str | None
    line: int
    url_secret: str | None = None  # fingerprint of a URL whose credentials were left out
    license: str | None = None  # the source's licence as the curator states it (optional)
    country: str | None = None  # country/region of the source as the curator states it


ROW_FIELDS: tuple[str, ...] = SourceRow.__slots__
_COLUMN_GETTERS = [(name, attrgetter(name)) for name in ROW_FIELDS]


def rows_param(rows: Sequence[SourceRow]) -> dict[str, list]:
    """A shard's rows as one rule param, column by column, which Snakemake writes to
    ``.snakemake/metadata``: each URL without its credentials, plus their fingerprint (a changed
    secret still reruns the shard); the fetch job reads the full URL from the manifest itself
    (:func:`full_urls`). Columns, not a dict per row: at 1 M rows, a dict per row held 0.6 GB
    in a dry-run and took seconds to build."""
    param = {name: list(map(get, rows)) for name, get in _COLUMN_GETTERS}
    urls, secrets = param["url"], param["url_secret"]
    for i, url in enumerate(urls):
        if url and (clean := redact_url(url)) != url:
            urls[i], secrets[i] = clean, fingerprint(url)
    return param


def rows_from_param(param: dict[str, list]) -> list[SourceRow]:
    """The rows :func:`rows_param` made a param of (with redacted URLs)."""
    return [SourceRow(*values) for values in zip(*(param[f] for f in ROW_FIELDS), strict=True)]


@dataclass(frozen=True)
class Rejected:
    raw_id: str
    line: int
    cause: str
    message: str


@dataclass
class Manifest:
    path: Path
    rows: list[SourceRow]
    rejected: list[Rejected]
    by_shard: dict[str, list[SourceRow]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # Input functions ask for one shard's rows once per job: index them, do not scan.
        for row in self.rows:
            self.by_shard.setdefault(row.shard, []).append(row)

    @property
    def shards(self) -> list[str]:
        return sorted(self.by_shard)

    def shard_rows(self, shard: str) -> list[SourceRow]:
        return list(self.by_shard.get(shard, []))


@cache  # one string per shard, not one per row (60 MB at 1 M rows)
def shard_name(index: int) -> str:
    return f"shard{index:05d}"


def shard_of(source_id: str, shards: int) -> str:
    """A source's shard: its id's SHA-256 modulo the number of shards.

    It depends on nothing but the id and ``shards``, so inserting, deleting, editing or
    appending other rows never moves a source to another shard (and never reruns its shard).
    """
    return shard_name(int.from_bytes(hashlib.sha256(source_id.encode()).digest()[:8]) % shards)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _number(value: str | None, name: str) -> float | None:
    if value is None or value.strip() == "":
        return None
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"{name}={value!r} is not a non-negative number")
    return number


def _clean(value: str | None, max_chars: int | None = None) -> str | None:
    if value is None:
        return None
    value = value.strip()[:max_chars]
    return value or None


# The csv module stops the whole parse at a field over 128 KiB; a row with a huge description
# is one row (bounded below), never the end of the run.
csv.field_size_limit(1 << 30)
MAX_KEY_CHARS = 8192  # an id, URL or path longer than this is not one
_TSV_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\\\": "\\"}
_TSV_ESCAPE = re.compile(r"\\[tnr\\]")


def _unescape_tsv(cell: str) -> str:
    r"""TSV has no quoting: a tab, newline or backslash inside a field is written ``\t``, ``\n``,
    ``\\`` (the convention of PostgreSQL's text format and IANA's TSV)."""
    if "\\" not in cell:
        return cell
    return _TSV_ESCAPE.sub(lambda m: _TSV_ESCAPES[m.group(0)], cell)


def _rows(path: Path, text: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line, cells, "") per physical row, or (line, None, problem) for one that cannot
    be read. TSV is read without quote processing (a title may start with a quote); CSV with
    strict quoting, so an unclosed quote is reported instead of swallowing the rows after it."""
    tsv = path.suffix.lower() in (".tsv", ".tab")
    if tsv:
        reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    else:
        reader = csv.reader(io.StringIO(text), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield (
                start,
                None,
                (
                    f"{err}: lines {start}-{reader.line_num} cannot be read as rows "
                    "(an unclosed quote?)"
                ),
            )
            continue
        if cells:
            if tsv and "\\" in "".join(cells):  # one test per row: escapes are rare
                cells = [_unescape_tsv(c) for c in cells]
            yield start, cells, ""


def load_manifest(
    path: str | Path,
    shards: int,
    allow_file_urls: bool = False,
    max_chars: int = 5000,
) -> Manifest:
    """Read and validate a CSV/TSV manifest and assign each accepted row its shard
    (:func:`shard_of`); within a shard rows keep manifest order. Local paths are resolved
    against the manifest's folder. Free text is bounded at 4 x ``max_chars`` here (rule params
    stay small); records cut it to ``max_chars`` with an ellipsis (``text.clean_text``).
    """
    path = Path(path)
    if not path.is_file():
        raise ManifestError(f"manifest {path} does not exist")
    if shards < 1:
        raise ManifestError(f"the number of shards must be >= 1, got {shards}")
    rows = _rows(path, _read_text(path))
    first = next(rows, None)
    fields = [f.strip().lower() for f in (first[1] or [])] if first else []
    if "id" not in fields:
        raise ManifestError(f"manifest {path} has no 'id' column (columns: {fields})")
    if "url" not in fields and "path" not in fields:
        raise ManifestError(f"manifest {path} needs a 'url' or a 'path' column")
    schemes = URL_SCHEMES + (("file",) if allow_file_urls else ())
    # Each column's cell index; a column the file lacks reads the None appended to every row.
    # (A column named twice takes its last cell.) Rows stay lists, not dicts: at 1 M rows a
    # dict per row was a sixth of the parse.
    width = len(fields)
    where = {name: i for i, name in enumerate(fields)}
    at = _Columns(*(where.get(name, -1) for name in COLUMNS))
    accepted: list[SourceRow] = []
    rejected: list[Rejected] = []
    seen: dict[str, int] = {}
    for line, cells, problem in rows:
        cells = cells or []
        if len(cells) != width:
            cells = cells[:width] + [None] * (width - len(cells))
        cells.append(None)
        try:
            row = _accept(cells, at, line, problem, path, schemes, seen, max_chars)
        except _Reject as why:
            raw_id = (cells[at.id] or "").strip()[:200]
            rejected.append(Rejected(raw_id, line, why.cause, f"{path}:{line}: {why}"))
            continue
        seen[row.source_id] = line
        row.shard = shard_of(row.source_id, shards)
        accepted.append(row)
    return Manifest(path=path, rows=accepted, rejected=rejected)


class _Columns(NamedTuple):
    """Where each manifest column sits in a row's cells (-1: the file has no such column)."""

    id: int
    url: int
    path: int
    start: int
    end: int
    category: int
    title: int
    description: int
    text: int
    license: int
    country: int


class _Reject(ValueError):
    def __init__(self, cause: str, message: str) -> None:
        super().__init__(message)
        self.cause = cause


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def _accept(
    cells: list[str | None],
    at: _Columns,
    line: int,
    problem: str,
    path: Path,
    schemes: tuple[str, ...],
    seen: dict[str, int],
    max_chars: int,
) -> SourceRow:
    """One manifest row as a source, or :class:`_Reject` with the cause."""
    if problem:
        raise _Reject("unreadable_row", problem)
    raw_id, url, local = cells[at.id] or "", cells[at.url] or "", cells[at.path] or ""
    if len(raw_id) > MAX_KEY_CHARS or len(url) > MAX_KEY_CHARS or len(local) > MAX_KEY_CHARS:
        name = next(k for k, v in (("id", raw_id), ("url", url), ("path", local))
                    if len(v) > MAX_KEY_CHARS)  # fmt: skip
        raise _Reject("field_too_long", f"{name} is over {MAX_KEY_CHARS} characters")
    raw_id = raw_id.strip()
    try:
        source_id = sanitize_id(raw_id)
    except InvalidId as exc:
        raise _Reject("missing_id" if not raw_id else "bad_id", str(exc)) from None
    if source_id in seen:
        first = seen[source_id]
        raise _Reject(
            "duplicate_id", f"id {raw_id!r} (as {source_id!r}) already used on line {first}"
        )
    url, local = url.strip() or None, local.strip() or None
    if not url and not local:
        raise _Reject("missing_location", f"id {raw_id!r} has neither url nor path")
    if url and local:
        raise _Reject("ambiguous_location", f"id {raw_id!r} has both url and path; give one")
    scheme = _SCHEME.match(url) if url else None
    if url and (scheme is None or scheme.group(1).lower() not in schemes):
        raise _Reject("bad_url", f"id {raw_id!r}: URL scheme of {url!r} is not one of {schemes}")
    start, end = cells[at.start], cells[at.end]
    try:
        start = _number(start, "start") if start else None
        end = _number(end, "end") if end else None
    except ValueError as exc:
        raise _Reject("bad_window", f"id {raw_id!r}: {exc}") from None
    if start is not None and end is not None and end <= start:
        raise _Reject("bad_window", f"id {raw_id!r}: end {end} is not after start {start}")
    if local:
        local = os.path.normpath(path.parent / local)
    cap = 4 * max_chars
    # Most cells of the free-text columns are empty: no call for them.
    category, title, description, text, license_, country = (
        cells[at.category], cells[at.title], cells[at.description], cells[at.text],
        cells[at.license], cells[at.country],
    )  # fmt: skip
    return SourceRow(
        source_id, raw_id, "", url, local, start, end,
        _clean(category, cap) if category else None, _clean(title, cap) if title else None,
        _clean(description, cap) if description else None,
        _clean(text, cap) if text else None, line, None,
        _clean(license_, 200) if license_ else None, _clean(country, 100) if country else None,
    )  # fmt: skip


def full_urls(path: str | Path, wanted: dict[str, str]) -> dict[str, str]:
    """The manifest's own URL of each wanted source (source id -> fingerprint), if it still has
    that fingerprint. Only fetch jobs with credentialed URLs read the manifest this way."""
    path = Path(path)
    rows = _rows(path, _read_text(path))
    first = next(rows, None)
    fields = [f.strip().lower() for f in (first[1] or [])] if first else []
    found: dict[str, str] = {}
    for _, cells, _ in rows:
        raw = dict(zip(fields, cells or [], strict=False))
        try:
            sid = sanitize_id((raw.get("id") or "").strip())
        except InvalidId:
            continue
        url = (raw.get("url") or "").strip()
        if sid in wanted and fingerprint(url) == wanted[sid]:
            found[sid] = url
    return found


def run_manifest_failures(job: Job) -> None:
    """The manifest rows that were rejected at parse time (the rule gets them as params: the
    manifest is parsed once per workflow run)."""
    from videomind.core.io import write_parquet  # pyarrow only here: the DAG build parses
    from videomind.core.records import to_table  # the manifest and needs neither

    rows = [
        {
            "stage": "manifest",
            "shard": None,
            "source_id": r["raw_id"],
            "clip_id": None,
            "input": f"{job.params.manifest}:{r['line']}",
            "cause": r["cause"],
            "message": r["message"],
        }
        for r in job.params.rejected
    ]
    write_parquet(to_table("failures", rows), job.path("failures"))
