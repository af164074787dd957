"""Rule `clips` (after `fetch`): scene detection, cutting, frames and audio for one shard, in one
job.

Detection decodes each source once; every scene is handed to a pool of cutters the moment it
closes, so clips are cut and sampled on the second core while the first is still decoding.
That overlap is what keeps the whole ingest close to the cost of one bare decode.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from videomind.core.failures import FailureLog
from videomind.core.ids import clip_id as make_clip_id
from videomind.core.io import file_sha256, read_parquet, write_parquet
from videomind.core.records import to_table
from videomind.media.cut import cut_clip, extract_frames_audio, keyframe_start
from videomind.media.probe import MediaError, VideoInfo, keyframe_times, probe
from videomind.media.scenes import DetectorConfig, detect_scenes, plan_segments
from videomind.modalities.sampling import clip_seed, sample_frame_indices
from videomind.runner import Checkpoint, Job, job_signature

log = logging.getLogger(__name__)
# Niceness added to the cutter threads (see _yield_to_detection).
CUTTER_NICENESS = 10


@dataclass(frozen=True)
class ClipConfig:
    min_duration: float = 5.0
    max_duration: float = 60.0
    precision: str = "keyframe"
    frames_per_clip: int = 12
    frame_seed: int = 0
    frame_max_height: int = 480
    audio_sample_rate: int = 16000

    def sections(self) -> dict[str, dict[str, Any]]:
        """The config sections (clips, frames, audio) this is read from."""
        return {
            "clips": {"min_duration": self.min_duration, "max_duration": self.max_duration,
                      "precision": self.precision},
            "frames": {"per_clip": self.frames_per_clip, "seed": self.frame_seed,
                       "max_height": self.frame_max_height},
            "audio": {"sample_rate": self.audio_sample_rate},
        }  # fmt: skip


def _window(src: dict[str, Any]) -> tuple[float | None, float | None]:
    if src.get("window_applied_by") == "scenes":
        return src.get("window_start"), src.get("window_end")
    return None, None


def _cut_one(
    cid: str,
    seg: dict[str, Any],
    src: dict[str, Any],
    source: VideoInfo,
    keyframes: list[float],
    media_dir: Path,
    shard: str,
    cfg: ClipConfig,
    failures: FailureLog,
) -> dict[str, Any] | None:
    """Cut one clip, sample its frames and take its audio; a failure is recorded, not raised."""
    start, end = seg["start"], seg["end"]
    path = src["media_path"]
    if cfg.precision == "keyframe":
        start = keyframe_start(keyframes, start, end, float(source.fps))
        if start is None or end - start + 1e-6 < cfg.min_duration:
            failures.add(
                src["source_id"],
                "too_short_after_keyframe_alignment",
                f"scene [{seg['start']:.2f}, {end:.2f}] s has no keyframe leaving "
                f"{cfg.min_duration} s (use precision: exact to keep it)",
                path,
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
        fps = float(cut.info.fps)
        n_frames = int(cut.info.duration * fps)
        if n_frames < cfg.frames_per_clip:
            raise MediaError(
                "too_few_frames",
                f"{cut.path}: {n_frames} frames at {fps:g} fps, fewer than the "
                f"{cfg.frames_per_clip} to sample",
            )
        indices = sample_frame_indices(n_frames, cfg.frames_per_clip, seed)
        audio = media_dir / "audio" / f"{cid}.wav" if cut.info.has_audio else None
        frames = extract_frames_audio(
            cut.info,
            indices,
            media_dir / "frames" / cid,
            audio,
            cfg.frame_max_height,
            cfg.audio_sample_rate,
        )
    except MediaError as exc:
        failures.add(src["source_id"], exc.cause, str(exc), path, cid)
        _remove_clip(media_dir, cid)
        return None
    except Exception as exc:  # an unforeseen error on one clip must not sink the shard
        failures.add(src["source_id"], "clip_failed", f"{type(exc).__name__}: {exc}", path, cid)
        _remove_clip(media_dir, cid)
        return None
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
        "clip_sha256": file_sha256(cut.path),
    }


def _remove_clip(media_dir: Path, cid: str) -> None:
    shutil.rmtree(media_dir / "frames" / cid, ignore_errors=True)
    for path in (media_dir / "clips" / f"{cid}.mp4", media_dir / "audio" / f"{cid}.wav"):
        path.unlink(missing_ok=True)


class _SourcePlan:
    """Turns each scene of one source, as detection closes it, into segments and cut jobs."""

    def __init__(self, src, info, keyframes, pool, detector, cfg, media_dir, shard, failures):
        self.src, self.info, self.keyframes, self.pool = src, info, keyframes, pool
        self.detector, self.cfg, self.media_dir = detector, cfg, media_dir
        self.shard, self.failures = shard, failures
        self.rows: list[dict[str, Any]] = []
        self.jobs: list[tuple[str, Future]] = []
        self.n_scenes = 0

    def on_scene(self, start: float, end: float) -> None:
        cfg, sid = self.cfg, self.src["source_id"]
        for seg in plan_segments([(start, end)], cfg.min_duration, cfg.max_duration):
            row = {
                "source_id": sid,
                "segment_index": len(self.rows),
                "scene_index": self.n_scenes,
                "start": seg.start,
                "end": seg.end,
                "duration": round(seg.duration, 4),
                "keep": seg.keep,
                "drop_reason": seg.drop_reason,
                "detector": self.detector.describe(),
            }
            self.rows.append(row)
            if seg.keep:
                cid = make_clip_id(sid, len(self.jobs))
                job = self.pool.submit(
                    _cut_one, cid, row, self.src, self.info, self.keyframes, self.media_dir,
                    self.shard, cfg, self.failures,
                )  # fmt: skip
                self.jobs.append((cid, job))
        self.n_scenes += 1


def clip_config(params: Any) -> ClipConfig:
    return ClipConfig(
        min_duration=params["clips"]["min_duration"],
        max_duration=params["clips"]["max_duration"],
        precision=params["clips"]["precision"],
        frames_per_clip=params["frames"]["per_clip"],
        frame_seed=params["frames"]["seed"],
        frame_max_height=params["frames"]["max_height"],
        audio_sample_rate=params["audio"]["sample_rate"],
    )


def clips_job(sources: Path, work: Path, detector: DetectorConfig, cfg: ClipConfig,
              threads: int = 1, shard: str = "shard00000") -> Job:  # fmt: skip
    """The clips stage's job outside Snakemake (tests, the ingest benchmark)."""
    outputs = {"media": work / "media", "scenes": work / "scenes.parquet",
               "table": work / "clips.parquet", "failures": work / "failures.parquet"}  # fmt: skip
    return Job.make(input={"sources": str(sources)},
                    output={k: str(v) for k, v in outputs.items()},
                    params={"scenes": asdict(detector), **cfg.sections()},
                    shard=shard, threads=threads)  # fmt: skip


def run_clips(job: Job) -> None:
    """Detect scenes, keep those >= min duration (split long ones), cut, sample, extract.

    Not a per-item map: scene detection of a source streams its scenes to a pool that cuts
    them on the other core while detection goes on (see the module docstring). Each source,
    once cut, is checkpointed with its media in ``.resume/clips/``: a retried job (after a
    time-out or a lost node) resumes with the next source.
    """
    shard, threads, final_dir = job.shard, job.threads, job.path("media")
    detector, cfg = DetectorConfig(**job.params.scenes), clip_config(job.params)
    failures = FailureLog("clips", shard)
    checkpoint = Checkpoint(job.path("table").parent / ".resume" / "clips", job_signature(job))
    before = checkpoint.load()
    media_dir = checkpoint.folder / "media"  # staged; moved into the output at the end
    media_dir.mkdir(parents=True, exist_ok=True)
    sources = [s for s in read_parquet(job.input.sources).to_pylist() if s["status"] == "ok"]
    scene_rows: list[dict[str, Any]] = []
    clip_rows: list[dict[str, Any]] = []

    def done(sid: str, scenes: list[dict[str, Any]], futures: list[Future]) -> None:
        clips = [row for row in (f.result() for f in futures) if row is not None]
        scene_rows.extend(scenes)
        clip_rows.extend(clips)
        mine = [asdict(f) for f in failures.snapshot() if f.source_id == sid]
        checkpoint.add(sid, {"scenes": scenes, "clips": clips, "failures": mine}, None)
        log.info("clips %s: %s done, %d clips", shard, sid, len(clips))

    with ThreadPoolExecutor(max_workers=max(1, threads), initializer=_yield_to_detection) as pool:
        cutting: tuple[str, list[dict[str, Any]], list[Future]] | None = None
        for src in sources:
            sid = src["source_id"]
            if sid in before:  # finished by an earlier attempt of this job
                kept = before[sid]["row"]
                scene_rows.extend(kept["scenes"])
                clip_rows.extend(kept["clips"])
                for f in kept["failures"]:
                    failures.add(f["source_id"], f["cause"], f["message"], f["input"],
                                 f["clip_id"], stage=f["stage"])  # fmt: skip
                continue
            plan = _detect(src, pool, detector, cfg, media_dir, shard, failures, threads)
            if cutting is not None:  # the previous source was cut while this one was detected
                done(*cutting)
            cutting = (sid, plan.rows if plan else [], [f for _, f in plan.jobs] if plan else [])
        if cutting is not None:
            done(*cutting)
    final_dir.mkdir(parents=True, exist_ok=True)  # an output even when no clip survives
    for row in clip_rows:
        _publish(row, media_dir, final_dir)
    write_parquet(to_table("scenes", scene_rows), job.path("scenes"))
    write_parquet(to_table("clips", clip_rows), job.path("table"))
    failures.write(str(job.path("failures")))
    checkpoint.clear()


def _yield_to_detection() -> None:
    """Run this cutter thread (and the ffmpeg it starts) at a lower priority than detection.

    Detection is the job's critical path: it decodes the whole source while the cutters work
    on scenes it has closed. At equal priority three or four runnable threads share the cores
    and detection gets about two thirds of one, so the job ends after it; behind it, the
    cutters take what detection leaves. Linux keeps a nice value per thread, and children
    inherit it. Best effort: where it cannot be set, nothing changes.
    """
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or a sandbox forbids it
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid)
                                                 + CUTTER_NICENESS))  # fmt: skip


def _publish(row: dict[str, Any], staged: Path, final: Path) -> None:
    """Move one clip's files from the staging folder into the output and point the row there."""

    def move(path: str | None) -> str | None:
        if path is None:
            return None
        rel = Path(path).relative_to(staged)
        target = final / rel
        if Path(path).exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        return str(target)

    row["clip_path"] = move(row["clip_path"])
    row["audio_path"] = move(row["audio_path"])
    row["frame_paths"] = [move(p) for p in row["frame_paths"]]
    shutil.rmtree(staged / "frames" / row["clip_id"], ignore_errors=True)


def _detect(src, pool, detector, cfg, media_dir, shard, failures, threads=2) -> _SourcePlan | None:  # noqa: ANN001
    """Detect one source's scenes (cuts start in ``pool`` as scenes close); None if the source
    cannot be used (its failure recorded)."""
    sid, path = src["source_id"], src["media_path"]
    try:
        info = probe(path)
        keyframes = keyframe_times(path) if cfg.precision == "keyframe" else []
    except MediaError as exc:
        failures.add(sid, exc.cause, str(exc), path, stage="scenes")
        return None
    plan = _SourcePlan(src, info, keyframes, pool, detector, cfg, media_dir, shard, failures)
    try:
        # One core decodes (the cutters have the others): see detect_scenes.
        detect_scenes(info, detector, _window(src), on_scene=plan.on_scene,
                      decode_threads=max(1, threads - 1))  # fmt: skip
    except Exception as exc:  # MediaError, or anything unforeseen in detection
        # Clips already cut from a source that turned out damaged are withdrawn whole.
        for cid, fut in plan.jobs:
            fut.result()
            _remove_clip(media_dir, cid)
        failures.discard(sid, "clips")
        cause = getattr(exc, "cause", "scene_detection_failed")
        message = str(exc) if cause != "scene_detection_failed" else repr(exc)
        failures.add(sid, cause, message, path, stage="scenes")
        return None
    if not any(r["keep"] for r in plan.rows):
        longest = max((r["duration"] for r in plan.rows), default=0.0)
        failures.add(sid, "no_valid_clip", f"{path}: no scene lasts {cfg.min_duration} s "
                     f"({plan.n_scenes} scene(s), longest {longest:.2f} s)", path,
                     stage="scenes")  # fmt: skip
    log.info("clips %s: %s has %d scenes, %d segments kept; cutting", shard, sid,
             plan.n_scenes, len(plan.jobs))  # fmt: skip
    return plan
