"""Stage 1: fetch every source of a shard (yt-dlp for URLs, local files in place)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from videomind.download import DownloadConfig, DownloadFailed, download, yt_dlp_version
from videomind.failures import FailureLog
from videomind.io import write_parquet
from videomind.manifest import SourceRow
from videomind.media.probe import MediaError, probe
from videomind.records import to_table
from videomind.text import clean_text, original_text

log = logging.getLogger(__name__)


def _list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [clean_text(value)]
    return [clean_text(str(v)) for v in value if v is not None]


def _base_record(row: SourceRow) -> dict[str, Any]:
    return {
        "source_id": row.source_id,
        "raw_id": row.raw_id,
        "shard": row.shard,
        "origin": "url" if row.url else "local",
        "url": row.url,
        "window_start": row.start,
        "window_end": row.end,
        "status": "failed",
    }


def _metadata(row: SourceRow, info: dict[str, Any], max_chars: int) -> dict[str, Any]:
    title = clean_text(row.title or info.get("title") or info.get("fulltitle"), max_chars)
    description = clean_text(row.description or info.get("description"), max_chars)
    text, text_source = original_text(row.text, title, description, max_chars)
    if text_source == "metadata":
        text_source = "manifest" if (row.title or row.description) else "info.json"
    categories = _list(info.get("categories"))
    category, category_source = None, "none"
    if row.category:
        category, category_source = clean_text(row.category), "manifest"
    elif categories:
        category, category_source = categories[0], "metadata"
    age = info.get("age_limit")
    return {
        "title": title,
        "description": description,
        "text": text,
        "text_source": text_source,
        "uploader": clean_text(info.get("uploader") or info.get("channel")) or None,
        "upload_date": info.get("upload_date"),
        "language_meta": info.get("language"),
        "categories_meta": categories,
        "tags_meta": _list(info.get("tags")),
        "age_limit": int(age) if isinstance(age, int | float) else None,
        "category": category,
        "category_source": category_source,
    }


def run_fetch(
    rows: list[SourceRow],
    shard: str,
    media_dir: Path,
    out_table: Path,
    failures_path: Path,
    download_cfg: DownloadConfig,
    max_text_chars: int = 5000,
) -> None:
    """Fetch, probe and describe each source; failed sources get a record and a failure row."""
    failures = FailureLog("fetch", shard)
    media_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for n, row in enumerate(rows, 1):
        record = _base_record(row)
        info: dict[str, Any] = {}
        where = row.url or row.path or ""
        windowed = row.start is not None or row.end is not None
        try:
            if row.url:
                media, info_path, info = download(
                    row.url, row.source_id, media_dir, download_cfg, (row.start, row.end)
                )
                record["info_path"] = str(info_path) if info_path else None
                record["fetch_backend"] = yt_dlp_version()
                record["window_applied_by"] = "download" if windowed else "none"
            else:
                media = Path(row.path)
                record["fetch_backend"] = "local"
                record["window_applied_by"] = "scenes" if windowed else "none"
            video = probe(media)
            record["media_path"] = str(media)
            record["source_duration"] = video.duration
            record["status"] = "ok"
        except DownloadFailed as exc:
            failures.add(
                row.source_id, exc.cause, f"{exc} (after {exc.attempts} attempt(s))", where
            )
        except MediaError as exc:
            failures.add(row.source_id, exc.cause, str(exc), where)
        except Exception as exc:  # an unforeseen error on one source must not sink the shard
            failures.add(row.source_id, "fetch_failed", f"{type(exc).__name__}: {exc}", where)
        record.update(_metadata(row, info, max_text_chars))
        records.append(record)
        log.info("fetch %s: %d/%d %s %s", shard, n, len(rows), row.source_id, record["status"])
    write_parquet(to_table("sources", records), out_table)
    failures.write(failures_path)
