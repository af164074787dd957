"""Rehydration: rebuild an annotations-only release's media from the sources it names.

Each source is fetched again as the pipeline fetched it (yt-dlp with the same time window, or
the local file under ``local_root``), each clip is cut at its released times with the same
cutter, and its frames and audio are sampled with the released seed. Each rebuilt clip is then
checked against the release: its duration within ``tolerance_frames`` frames, and its SHA-256,
which matches when the source and the ffmpeg build are the same as the curator's (a re-encoded
upload or another ffmpeg gives other bytes with the same content, reported as ``rebuilt``).

A source that is gone (404, private, removed) is reported for each of its clips and the rest
goes on: rehydration never fails on a missing source.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from videomind.core.io import atomic_path, file_sha256, read_parquet
from videomind.ingest.download import download, download_config
from videomind.ingest.secrets import redact
from videomind.media.cut import cut_clip, extract_frames_audio
from videomind.media.probe import MediaError, probe
from videomind.runner import Failed, Stage

log = logging.getLogger(__name__)

SPLITS = ("train", "test")


def release_rows(release: Path) -> list[dict[str, Any]]:
    """The released samples (every split that exists)."""
    rows: list[dict[str, Any]] = []
    for split in SPLITS:
        path = release / "data" / f"{split}.parquet"
        if path.exists():
            rows += [r | {"split": split} for r in read_parquet(path).to_pylist()]
    return rows


def by_source(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per source, with its clips, in release order."""
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        groups.setdefault(r["source_id"], {"source": r, "clips": []})["clips"].append(r)
    return list(groups.values())


def _report(clip: dict[str, Any], status: str, **extra: Any) -> dict[str, Any]:
    return {
        "clip_id": clip["clip_id"],
        "source_id": clip["source_id"],
        "split": clip.get("split"),
        "status": status,
        "released_duration": clip.get("duration"),
        "released_sha256": clip.get("clip_sha256"),
        "source_start": clip.get("source_start"),
        "source_end": clip.get("source_end"),
    } | extra


class RehydrateStage(Stage):
    name = "rehydrate"
    table = "rehydrate"
    resume = True  # a retried job keeps the sources it already rebuilt

    def key(self, item: dict[str, Any]) -> str:
        return str(item["source"]["source_id"])

    def items(self) -> list[dict[str, Any]]:
        return by_source(release_rows(Path(self.job.params.release)))

    def load(self) -> None:
        p = self.job.params
        self.cfg = download_config(p.download, p.bounds)
        # Media are staged beside the checkpoint and moved into the output at the end: Snakemake
        # deletes a failed job's outputs, and a retry resumes with the sources not yet rebuilt.
        self.media = self.resume_dir() / "media"
        self.staging = self.resume_dir() / "downloads"
        root = p.get("local_root") or str(Path(p.manifest).parent)
        self.local_root = Path(root)
        self.tolerance = float(p.tolerance_frames)

    def source_file(self, src: dict[str, Any]) -> Path:
        """The source as the pipeline had it: the same download window, or the local file."""
        if src.get("extractor") == "local" or src.get("origin") == "local":
            if not src.get("source_path"):
                raise MediaError("not_rehydratable", f"{src['source_id']}: a local source "
                                 "without source_path cannot be found again")  # fmt: skip
            path = self.local_root / src["source_path"]
            if not path.exists():
                raise MediaError("source_unavailable", f"{path}: local source not found")
            return path
        url = src.get("webpage_url") or src.get("url")
        if not url:
            raise MediaError("not_rehydratable", f"{src['source_id']}: no URL in the release")
        window = (None, None)
        if src.get("window_applied_by") == "download":
            window = (src.get("window_start"), src.get("window_end"))
        media, _, _ = download(url, src["source_id"], self.staging / src["source_id"], self.cfg,
                               window)  # fmt: skip
        return media

    def process(self, item: dict[str, Any]) -> dict[str, Any]:
        src = item["source"]
        path = self.source_file(src)
        info = probe(path)
        return {"clips": [self.rebuild(clip, info) for clip in item["clips"]]}

    def rebuild(self, clip: dict[str, Any], source: Any) -> dict[str, Any]:
        """Cut one clip as the clips stage did (aligned start, scene end) and check it."""
        cid = clip["clip_id"]
        try:
            out = self.media / "clips" / f"{cid}.mp4"
            end = clip["scene_end"] or clip["end"]
            cut = cut_clip(source, clip["start"], end, out, clip.get("precision") or "keyframe")
            fps = float(cut.info.fps)
            times = clip.get("frame_times") or []
            indices = [round(t * float(clip.get("fps") or fps)) for t in times]
            audio = self.media / "audio" / f"{cid}.wav" if cut.info.has_audio else None
            frames = extract_frames_audio(cut.info, indices, self.media / "frames" / cid, audio,
                                          self.job.params.frames["max_height"],
                                          self.job.params.audio["sample_rate"])  # fmt: skip
        except MediaError as err:
            return _report(clip, "cut_failed", cause=err.cause, message=str(err))
        sha = file_sha256(cut.path)
        diff = abs(cut.info.duration - float(clip["duration"])) * fps
        if diff > self.tolerance + 1e-6:
            status = "duration_mismatch"
        else:
            status = "identical" if sha == clip.get("clip_sha256") else "rebuilt"
        return _report(clip, status, duration=round(cut.info.duration, 4), sha256=sha,
                       duration_diff_frames=round(diff, 3), clip_path=str(cut.path),
                       frame_paths=[str(f) for f in frames],
                       audio_path=str(audio) if audio else None)  # fmt: skip

    def failed(self, item: dict[str, Any], err: BaseException) -> Failed:
        src = item["source"]
        shutil.rmtree(self.staging / src["source_id"], ignore_errors=True)
        where = src.get("webpage_url") or src.get("url") or src.get("source_path") or ""
        failed = Failed.from_error(err, "rehydrate_failed", src["source_id"], redact(where))
        failed.message = redact(failed.message)
        reports = [_report(c, "source_unavailable", cause=failed.cause, message=failed.message)
                   for c in item["clips"]]  # fmt: skip
        failed.row = {"clips": reports}
        return failed

    def label(self, item: dict[str, Any], row: dict[str, Any]) -> str:
        counts = Counter(c["status"] for c in row["clips"])
        return f"{item['source']['source_id']} {dict(counts)}"

    def write(self, rows: list[dict[str, Any]]) -> None:
        clips = [c for row in rows for c in row["clips"]]
        staged, final = self.resume_dir() / "media", self.job.path("media")
        if staged.exists():
            shutil.rmtree(final, ignore_errors=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)
        final.mkdir(parents=True, exist_ok=True)
        for c in clips:
            c.update(_moved(c, staged, final))
        self.runner.write(self.table, clips)
        counts = Counter(c["status"] for c in clips)
        with atomic_path(self.job.path("report")) as tmp:
            tmp.write_text(report_markdown(clips, counts, self.job.params.release))
        shutil.rmtree(self.resume_dir() / "downloads", ignore_errors=True)
        log.info("rehydrate: %s", dict(counts))


def _moved(clip: dict[str, Any], staged: Path, final: Path) -> dict[str, Any]:
    """The clip's media paths after the staging folder became the output."""

    def move(path: str | None) -> str | None:
        return str(final / Path(path).relative_to(staged)) if path else None

    return {"clip_path": move(clip.get("clip_path")), "audio_path": move(clip.get("audio_path")),
            "frame_paths": [move(p) for p in clip.get("frame_paths") or []]}  # fmt: skip


def report_markdown(clips: list[dict[str, Any]], counts: Counter, release: str) -> str:
    lines = [
        f"# Rehydration of `{release}`",
        "",
        f"{len(clips)} released clips: "
        + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none")
        + ".",
        "",
        "- identical: the rebuilt clip has the released SHA-256 (same source, same ffmpeg)",
        "- rebuilt: duration within tolerance, other bytes (a re-encoded source or ffmpeg)",
        "- duration_mismatch: the source changed; the clip is kept for inspection",
        "- source_unavailable: the source could not be fetched (cause per clip below)",
        "",
    ]
    gone = [c for c in clips if c["status"] in ("source_unavailable", "cut_failed")]
    if gone:
        lines += ["| clip | status | cause | message |", "|---|---|---|---|"]
        for c in gone:
            message = (c.get("message") or "").replace("|", "/")[:200]
            lines.append(f"| {c['clip_id']} | {c['status']} | {c.get('cause')} | {message} |")
    return "\n".join(lines) + "\n"


run_rehydrate = RehydrateStage.run
