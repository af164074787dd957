"""Stages 2 and 3: scene detection per source, then cutting, frames and audio per clip."""

from __future__ import annotations

import logging
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from videomind.failures import FailureLog
from videomind.ids import clip_id as make_clip_id
from videomind.io import read_parquet, write_parquet
from videomind.media.cut import cut_clip, extract_frames_audio, keyframe_start
from videomind.media.probe import MediaError, VideoInfo, keyframe_times, probe
from videomind.media.scenes import DetectorConfig, detect_scenes, plan_segments
from videomind.records import to_table
from videomind.sampling import clip_seed, sample_frame_indices

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClipConfig:
    min_duration: float = 5.0
    max_duration: float = 60.0
    precision: str = "keyframe"
    frames_per_clip: int = 12
    frame_seed: int = 0
    frame_max_height: int = 480
    audio_sample_rate: int = 16000


def _window(src: dict[str, Any]) -> tuple[float | None, float | None]:
    if src.get("window_applied_by") == "scenes":
        return src.get("window_start"), src.get("window_end")
    return None, None


def run_scenes(
    sources_table: Path,
    shard: str,
    out_table: Path,
    failures_path: Path,
    detector: DetectorConfig,
    clip_cfg: ClipConfig,
    threads: int = 1,
) -> None:
    """Detect scenes in every fetched source and plan clip segments (>= min, split > max)."""
    failures = FailureLog("scenes", shard)
    sources = [s for s in read_parquet(sources_table).to_pylist() if s["status"] == "ok"]

    def one(src: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            info = probe(src["media_path"])
            scenes = detect_scenes(info, detector, _window(src))
        except MediaError as exc:
            failures.add(src["source_id"], exc.cause, str(exc), src["media_path"])
            return []
        segments = plan_segments(scenes, clip_cfg.min_duration, clip_cfg.max_duration)
        if not any(s.keep for s in segments):
            longest = max((e - s for s, e in scenes), default=0.0)
            failures.add(
                src["source_id"],
                "no_valid_clip",
                f"{src['media_path']}: no scene lasts {clip_cfg.min_duration} s "
                f"({len(scenes)} scene(s), longest {longest:.2f} s)",
                src["media_path"],
            )
        log.info("scenes %s: %d scenes, %d kept segments", src["source_id"], len(scenes),
                 sum(s.keep for s in segments))  # fmt: skip
        return [
            {
                "source_id": src["source_id"],
                "segment_index": i,
                "scene_index": seg.scene_index,
                "start": seg.start,
                "end": seg.end,
                "duration": round(seg.duration, 4),
                "keep": seg.keep,
                "drop_reason": seg.drop_reason,
                "detector": detector.describe(),
            }
            for i, seg in enumerate(segments)
        ]

    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        rows = [r for rs in pool.map(one, sources) for r in rs]
    write_parquet(to_table("scenes", rows), out_table)
    failures.write(failures_path)


def run_clips(
    sources_table: Path,
    scenes_table: Path,
    shard: str,
    media_dir: Path,
    out_table: Path,
    failures_path: Path,
    cfg: ClipConfig,
    threads: int = 1,
) -> None:
    """Cut kept segments into clips and take each clip's frames and audio in one decode."""
    failures = FailureLog("clips", shard)
    media_dir.mkdir(parents=True, exist_ok=True)  # an output even when no clip survives
    sources = {s["source_id"]: s for s in read_parquet(sources_table).to_pylist()}
    segments = [s for s in read_parquet(scenes_table).to_pylist() if s["keep"]]
    keyframes: dict[str, list[float]] = {}
    infos: dict[str, VideoInfo] = {}
    for sid in sorted({s["source_id"] for s in segments}):
        path = sources[sid]["media_path"]
        try:
            infos[sid] = probe(path)
            if cfg.precision == "keyframe":
                keyframes[sid] = keyframe_times(path)
        except MediaError as exc:
            infos.pop(sid, None)
            failures.add(sid, exc.cause, str(exc), path)
    by_source: dict[str, int] = {}
    plan = []
    for seg in segments:
        sid = seg["source_id"]
        if sid not in infos:
            continue
        index = by_source.get(sid, 0)
        by_source[sid] = index + 1
        plan.append((make_clip_id(sid, index), seg))

    def one(item: tuple[str, dict[str, Any]]) -> dict[str, Any] | None:
        cid, seg = item
        src = sources[seg["source_id"]]
        start, end = seg["start"], seg["end"]
        source = infos[seg["source_id"]]
        if cfg.precision == "keyframe":
            start = keyframe_start(keyframes[seg["source_id"]], start, end, float(source.fps))
            if start is None or end - start + 1e-6 < cfg.min_duration:
                failures.add(
                    src["source_id"],
                    "too_short_after_keyframe_alignment",
                    f"scene [{seg['start']:.2f}, {end:.2f}] s has no keyframe leaving "
                    f"{cfg.min_duration} s (use precision: exact to keep it)",
                    src["media_path"],
                    cid,
                )
                return None
        try:
            cut = cut_clip(source, start, end, media_dir / "clips" / f"{cid}.mp4", cfg.precision)
            if cut.info.duration + 1e-3 < cfg.min_duration:
                raise MediaError(
                    "too_short_after_cut",
                    f"{cut.path}: clip lasts {cut.info.duration:.2f} s < {cfg.min_duration} s",
                )
            seed = clip_seed(cid, cfg.frame_seed)
            n_frames = int(cut.info.duration * float(cut.info.fps))
            indices = sample_frame_indices(n_frames, cfg.frames_per_clip, seed)
            audio = media_dir / "audio" / f"{cid}.wav" if cut.info.has_audio else None
            frames = extract_frames_audio(
                cut.info, indices, media_dir / "frames" / cid, audio,
                cfg.frame_max_height, cfg.audio_sample_rate,
            )  # fmt: skip
        except MediaError as exc:
            failures.add(src["source_id"], exc.cause, str(exc), src["media_path"], cid)
            shutil.rmtree(media_dir / "frames" / cid, ignore_errors=True)
            return None
        fps = float(cut.info.fps)
        return {
            "clip_id": cid,
            "source_id": src["source_id"],
            "shard": shard,
            "segment_index": seg["segment_index"],
            "scene_start": seg["start"],
            "scene_end": seg["end"],
            "start": round(cut.start, 4),
            "end": round(cut.end, 4),
            "duration": round(cut.info.duration, 4),
            "precision": cfg.precision,
            "clip_path": str(cut.path),
            "fps": round(fps, 4),
            "width": cut.info.width,
            "height": cut.info.height,
            "frame_paths": [str(p) for p in frames],
            "frame_times": [round(i / fps, 4) for i in indices],
            "frame_seed": seed,
            "has_audio": cut.info.has_audio,
            "audio_path": str(audio) if audio else None,
            "audio_sample_rate": cfg.audio_sample_rate if audio else None,
        }

    rows = []
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        for n, row in enumerate(pool.map(one, plan), 1):
            if row is not None:
                rows.append(row)
            if n % 10 == 0 or n == len(plan):
                log.info("clips %s: %d/%d segments done", shard, n, len(plan))
    write_parquet(to_table("clips", rows), out_table)
    failures.write(failures_path)
