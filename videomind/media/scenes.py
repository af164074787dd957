"""Scene detection: one cheap decode, PySceneDetect's detectors, the paper's >= 5 s rule.

ffmpeg decodes the video once, small (detection width, 256 px by default, as PySceneDetect's own
auto-downscale does) and optionally skipping B-frames and the loop filter, and pipes raw frames
to PySceneDetect's ``ContentDetector`` or ``AdaptiveDetector``. Skipping B-frames roughly halves
the decode; cuts are then placed on the next decoded frame (within ~2 frames), which is below the
precision of keyframe-aligned cutting anyway. Set ``fast_decode: false`` for frame-exact cuts.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from scenedetect import FrameTimecode
from scenedetect.detectors import AdaptiveDetector, ContentDetector

from videomind.media.probe import MediaError, VideoInfo

log = logging.getLogger(__name__)
DECODE_TIMEOUT_MIN = 300.0  # seconds; longer sources get their own duration


# A file that decodes to less than this share of its declared duration is treated as damaged.
TRUNCATION_RATIO = 0.9


@dataclass(frozen=True)
class DetectorConfig:
    detector: str = "content"
    threshold: float = 27.0
    adaptive_threshold: float = 3.0
    min_scene_len: float = 0.6
    fast_decode: bool = True
    width: int = 256

    def describe(self) -> str:
        if self.detector == "adaptive":
            core = f"AdaptiveDetector(adaptive_threshold={self.adaptive_threshold}"
        else:
            core = f"ContentDetector(threshold={self.threshold}"
        return (
            f"pyscenedetect:{core}, min_scene_len={self.min_scene_len}s) "
            f"width={self.width} fast_decode={self.fast_decode}"
        )

    def build(self, fps: Fraction):
        min_len = max(1, round(self.min_scene_len * float(fps)))
        if self.detector == "adaptive":
            return AdaptiveDetector(
                adaptive_threshold=self.adaptive_threshold, min_scene_len=min_len
            )
        if self.detector == "content":
            return ContentDetector(threshold=self.threshold, min_scene_len=min_len)
        raise ValueError(f"unknown scene detector {self.detector!r} (content|adaptive)")


@dataclass(frozen=True)
class Segment:
    scene_index: int
    start: float
    end: float
    keep: bool
    drop_reason: str | None

    @property
    def duration(self) -> float:
        return self.end - self.start


def _even(x: float) -> int:
    return max(2, int(round(x / 2)) * 2)


def detect_scenes(
    info: VideoInfo,
    config: DetectorConfig,
    window: tuple[float | None, float | None] = (None, None),
    progress_every: float = 30.0,
    on_scene: Callable[[float, float], None] | None = None,
) -> list[tuple[float, float]]:
    """Return scenes as (start, end) seconds in the file's timeline, covering the window.

    ``on_scene`` is called with each scene as soon as it closes, while decoding goes on, so a
    caller can cut clips on a second core instead of waiting for the whole video.
    """
    width = _even(min(config.width, info.width or config.width))
    height = _even(width * (info.height or 9) / max(info.width or 16, 1))
    fps = info.fps
    start, end = window
    offset = start or 0.0
    if offset >= info.duration:
        raise MediaError(
            "window_outside_video",
            f"{info.path}: window starts at {offset:.1f} s; the video lasts {info.duration:.1f} s",
        )
    cmd = _decode_command(info, config, window, width, height)
    frame_bytes = width * height * 3
    detector = config.build(fps)
    scenes: list[tuple[float, float]] = []
    last_cut = 0

    def close(cut: int, limit: float = float("inf")) -> None:
        nonlocal last_cut
        if cut <= last_cut:
            return
        start_s = round(offset + last_cut / float(fps), 4)
        end_s = round(min(offset + cut / float(fps), limit), 4)
        last_cut = cut
        if end_s > start_s:
            scenes.append((start_s, end_s))
            if on_scene is not None:
                on_scene(start_s, end_s)

    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # A decode slower than real time is stuck (a damaged stream, a dead network mount).
    budget = max(DECODE_TIMEOUT_MIN, info.duration)
    watchdog = threading.Timer(budget, proc.kill)
    watchdog.start()
    stderr_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    index = -1
    previous: np.ndarray | None = None
    last_report = time.monotonic()
    try:
        while True:
            buf = proc.stdout.read(frame_bytes)
            if len(buf) < frame_bytes:
                break
            index += 1
            frame = np.frombuffer(buf, dtype=np.uint8).reshape(height, width, 3)
            # CFR output repeats the last decoded frame where B-frames were skipped: a repeat
            # carries no information, and feeding it would make every real change look abrupt.
            if previous is not None and np.array_equal(frame, previous):
                continue
            previous = frame
            for tc in detector.process_frame(FrameTimecode(index, fps), frame):
                close(tc.frame_num)
            if time.monotonic() - last_report > progress_every:
                last_report = time.monotonic()
                log.info("scene detection %s: %.0f s decoded", info.path, index / float(fps))
    finally:
        proc.stdout.close()
        proc.wait()
        reader.join()
        watchdog.cancel()
    if proc.returncode == -signal.SIGKILL:
        raise MediaError("media_timeout", f"{info.path}: decoding took over {budget:.0f} s")
    total = index + 1
    _check_decoded(info, window, total, b"".join(stderr_chunks).decode(errors="replace"))
    for tc in detector.post_process(FrameTimecode(total, fps)):
        if tc.frame_num < total:
            close(tc.frame_num)
    decoded_end = offset + total / float(fps)
    limit = min(info.duration, decoded_end if end is None else min(end, decoded_end))
    close(total, limit)
    return scenes


def _decode_command(
    info: VideoInfo,
    config: DetectorConfig,
    window: tuple[float | None, float | None],
    width: int,
    height: int,
) -> list[str]:
    """ffmpeg writing the window's frames small, as raw BGR at the video's nominal rate."""
    start, end = window
    cmd = ["ffmpeg", "-v", "error", "-nostdin"]
    if config.fast_decode:
        cmd += ["-skip_frame", "bidir", "-skip_loop_filter", "all"]
    if start:
        cmd += ["-ss", f"{start:.3f}"]
    cmd += ["-i", info.path]
    if end is not None:
        cmd += ["-t", f"{end - (start or 0.0):.3f}"]
    return cmd + [
        "-map", "0:v:0", "-an", "-sn", "-dn",
        "-vf", f"scale={width}:{height}:flags=area,format=bgr24",
        "-fps_mode", "cfr", "-r", str(info.fps),
        "-f", "rawvideo", "pipe:1",
    ]  # fmt: skip


def _check_decoded(
    info: VideoInfo, window: tuple[float | None, float | None], total: int, stderr: str
) -> None:
    """A decode that gave no frame, or far fewer than the window holds, is a damaged file."""
    message = stderr.strip().splitlines()
    if total <= 0:
        raise MediaError(
            "undecodable_video",
            f"{info.path}: no frame could be decoded: {' | '.join(message[-3:]) or 'no output'}",
        )
    start, end = window
    decoded = total / float(info.fps)
    expected = (min(end, info.duration) if end is not None else info.duration) - (start or 0.0)
    if decoded < TRUNCATION_RATIO * expected and decoded < expected - 1.0:
        raise MediaError(
            "truncated_media",
            f"{info.path}: only {decoded:.1f} s of {expected:.1f} s could be decoded "
            f"(file truncated or damaged): {' | '.join(message[-2:]) or 'stream ends early'}",
        )


def plan_segments(
    scenes: list[tuple[float, float]], min_duration: float, max_duration: float
) -> list[Segment]:
    """Apply the paper's rule: drop scenes under ``min_duration``; split long ones evenly.

    A scene longer than ``max_duration`` is split into the fewest equal parts no longer than the
    maximum; parts are never shorter than ``min_duration`` when the scene itself is not.
    """
    if min_duration <= 0 or max_duration < min_duration:
        raise ValueError("need 0 < min_duration <= max_duration")
    out: list[Segment] = []
    for i, (start, end) in enumerate(scenes):
        length = end - start
        if length + 1e-6 < min_duration:
            out.append(Segment(i, start, end, False, "too_short"))
            continue
        parts = max(1, int(np.ceil(length / max_duration - 1e-9)))
        step = length / parts
        for k in range(parts):
            a = start + k * step
            b = end if k == parts - 1 else start + (k + 1) * step
            out.append(Segment(i, round(a, 4), round(b, 4), True, None))
    return out
