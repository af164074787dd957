"""Rule `fetch`, the first job of each shard: fetch every source of a shard (yt-dlp for URLs, local
files in place)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from videomind.core.text import clean_text, original_text
from videomind.ingest.download import download, download_config, yt_dlp_version
from videomind.ingest.manifest import SourceRow, full_urls, rows_from_param
from videomind.ingest.provenance import local_provenance, source_provenance
from videomind.ingest.secrets import redact, redact_url
from videomind.ingest.takedowns import Takedowns
from videomind.media.probe import Bounds, MediaError, probe
from videomind.runner import Failed, Job, Stage


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
        "url": redact_url(row.url) if row.url else None,
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


class FetchStage(Stage):
    """Fetch, probe and describe each source; a failed source keeps its record (status failed)
    beside its failures row."""

    name = "fetch"
    table = "sources"
    resume = True  # a retried job keeps the sources it already fetched (and their files)

    def key(self, row: SourceRow) -> str:
        return row.source_id

    def items(self) -> list[SourceRow]:
        # The shard's manifest rows arrive through the rule's params: editing a row reruns
        # exactly its shard.
        return rows_from_param(self.job.params.rows)

    def load(self) -> None:
        self.cfg = download_config(self.job.params.download, self.job.params.bounds)
        self.bounds = Bounds(**self.job.params.bounds)
        self.max_chars = self.job.params.text["max_chars"]
        self.takedowns = Takedowns.load(self.job.params.get("takedowns"), required=False)
        # Downloads land in the resume folder and move into the `downloads` output at the end:
        # Snakemake deletes a failed job's outputs, and a retry must not download them again.
        self.final_dir = self.job.path("media")
        self.media_dir = self.resume_dir() / "media"
        self.media_dir.mkdir(parents=True, exist_ok=True)
        secret = {r.source_id: r.url_secret for r in self.items() if r.url_secret}
        self.full_urls = full_urls(self.job.params.manifest, secret) if secret else {}

    def url(self, row: SourceRow) -> str:
        """The URL to download: the manifest's own when the params hold a redacted one."""
        if not row.url_secret:
            return row.url
        if row.source_id not in self.full_urls:
            raise MediaError("manifest_changed", f"{row.url}: the manifest row changed during "
                             "the run (its credentialed URL no longer matches)")  # fmt: skip
        return self.full_urls[row.source_id]

    def process(self, row: SourceRow) -> dict[str, Any]:
        if entry := self.takedowns.match_row(row.source_id, row.raw_id, row.url):
            raise MediaError("takedown", f"on the takedown list ({entry}); not fetched")
        record = _base_record(row)
        windowed = row.start is not None or row.end is not None
        info: dict[str, Any] = {}
        if row.url:
            staging = self.media_dir / row.source_id  # one folder per source: no name clashes
            media, info_path, info = download(
                self.url(row), row.source_id, staging, self.cfg, (row.start, row.end),
                refuse=self.takedowns.match_info,
            )  # fmt: skip
            record["info_path"] = str(self.final_dir / info_path.name) if info_path else None
            record["fetch_backend"] = yt_dlp_version()
            record["window_applied_by"] = "download" if windowed else "none"
            record |= source_provenance(info, row.license, windowed, row.country)
        else:
            media = Path(row.path)
            record["fetch_backend"] = "local"
            record["window_applied_by"] = "scenes" if windowed else "none"
            record |= local_provenance(self.job.params.manifest, row.path, row.license,
                                       row.country)  # fmt: skip
        record |= _metadata(row, info, self.max_chars)
        try:
            video = probe(media)
            self.bounds.check(video)
        except MediaError as err:
            err.record = record  # what was learnt before the probe failed stays in the table
            raise
        record["media_path"] = str(self.final_dir / media.name) if row.url else str(media)
        record["source_duration"] = video.duration
        if record.get("original_duration") is None and not windowed:
            record["original_duration"] = video.duration
        record["status"] = "ok"
        return record

    def write(self, rows: list[dict[str, Any]]) -> None:
        """The fetched files move from their staging folders into the `downloads` output."""
        self.job.path("media").mkdir(parents=True, exist_ok=True)
        for record in rows:
            if record["status"] != "ok" or record["origin"] != "url":
                continue
            staging = self.resume_dir() / "media" / record["source_id"]
            for name in (record["media_path"], record["info_path"]):
                if name and (staging / Path(name).name).exists():
                    os.replace(staging / Path(name).name, name)
        super().write(rows)

    def failed(self, row: SourceRow, err: BaseException) -> Failed:
        if row.url and hasattr(self, "media_dir"):  # nothing half-downloaded stays behind
            shutil.rmtree(self.media_dir / row.source_id, ignore_errors=True)
        record = getattr(err, "record", None) or _base_record(row) | _metadata(
            row, {}, self.max_chars
        )
        record = dict(record, info_path=None)  # removed with the rest of the failed download
        where = redact_url(row.url) if row.url else row.path or ""
        failed = Failed.from_error(err, "fetch_failed", row.source_id, where, row=record)
        failed.message = redact(failed.message)
        return failed

    def label(self, row: SourceRow, record: dict[str, Any]) -> str:
        return f"{row.source_id} {record['status']}"


def run_fetch(job: Job) -> None:
    job.path("media").mkdir(parents=True, exist_ok=True)
    FetchStage.run(job)
