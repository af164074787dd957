"""Cutting clips and pulling their frames and audio, without decoding the source again.

``keyframe`` precision (default) stream-copies each clip from the first keyframe inside its
scene: no decode, no re-encode, and the clip never starts before the scene (it starts up to
one GOP late instead). ``exact`` re-encodes with x264 for frame-exact boundaries, at the cost
of an encode. Frames and audio come from one ffmpeg run over the clip file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from videomind.media.probe import MediaError, VideoInfo, probe, run_tool

# Fast scene detection places a cut up to ~2 frames after the true one, and encoders put a
# keyframe on the true cut: a keyframe this close before the detected start still belongs.
KEYFRAME_TOLERANCE_FRAMES = 3


@dataclass(frozen=True)
class CutResult:
    path: Path
    start: float
    end: float
    info: VideoInfo


FFMPEG_TIMEOUT = 600.0  # one clip (at most a minute of media) is cut or sampled in seconds


def _run(cmd: list[str], what: str) -> None:
    proc = run_tool(cmd, what, FFMPEG_TIMEOUT)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
        raise MediaError("ffmpeg_failed", f"{what}: {' | '.join(lines[-3:]) or 'ffmpeg failed'}")


def keyframe_start(
    keyframes: list[float], start: float, end: float, fps: float = 25.0
) -> float | None:
    """First keyframe at or after ``start`` (within 3 frames) and before ``end``; else None."""
    i = bisect.bisect_left(keyframes, start - KEYFRAME_TOLERANCE_FRAMES / fps - 1e-6)
    if i < len(keyframes) and keyframes[i] < end:
        return keyframes[i]
    return None


def cut_clip(
    source: VideoInfo,
    start: float,
    end: float,
    out: Path,
    precision: str = "keyframe",
) -> CutResult:
    """Write ``out`` holding [start, end) of the source; the caller has already aligned start."""
    out.parent.mkdir(parents=True, exist_ok=True)
    base = ["ffmpeg", "-v", "error", "-nostdin", "-y"]
    maps = ["-map", "0:v:0", "-map", "0:a:0?", "-sn", "-dn"]
    if precision == "keyframe":
        # Seeking lands on the keyframe at or before the point, so aim a hair past it.
        cmd = base + ["-ss", f"{start + 0.0005:.4f}", "-i", source.path, "-t", f"{end - start:.4f}"]
        cmd += maps + ["-c", "copy", "-avoid_negative_ts", "make_zero"]
    elif precision == "exact":
        cmd = base + ["-ss", f"{start:.4f}", "-i", source.path, "-t", f"{end - start:.4f}"]
        cmd += maps + ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20"]
        cmd += ["-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k"]
    else:
        raise ValueError(f"unknown cut precision {precision!r} (keyframe|exact)")
    cmd += ["-movflags", "+faststart", "-f", "mp4", str(out)]
    _run(cmd, f"cutting {source.path} [{start:.2f}, {end:.2f}]")
    info = probe(out)
    return CutResult(out, start, start + info.duration, info)


def extract_frames_audio(
    clip: VideoInfo,
    frame_indices: list[int],
    frames_dir: Path,
    audio_path: Path | None,
    max_height: int = 480,
    sample_rate: int = 16000,
    jpeg_quality: int = 3,
) -> list[Path]:
    """Decode the clip once: write the chosen frames (JPEG) and, if asked, 16 kHz mono audio.

    Frame indices count frames at the clip's nominal rate (``fps`` filter first), so variable
    frame rate sources are sampled on a regular time grid.
    """
    frames_dir.mkdir(parents=True, exist_ok=True)
    picks = "+".join(f"eq(n\\,{i})" for i in frame_indices)
    vf = f"fps={clip.fps},select='{picks}',scale=-2:'min(ih,{max_height})':flags=bicubic"
    # One decoding thread per clip: clips are already processed in parallel, one per core.
    cmd = ["ffmpeg", "-v", "error", "-nostdin", "-y", "-threads", "1", "-i", clip.path]
    cmd += ["-map", "0:v:0", "-vf", vf, "-fps_mode", "passthrough", "-q:v", str(jpeg_quality)]
    # Stop decoding video after the last chosen frame (audio still runs to the end).
    cmd += ["-frames:v", str(len(frame_indices))]
    cmd += ["-start_number", "0", str(frames_dir / "frame_%02d.jpg")]
    if audio_path is not None:
        audio_path.parent.mkdir(parents=True, exist_ok=True)
        cmd += ["-map", "0:a:0", "-vn", "-ac", "1", "-ar", str(sample_rate)]
        cmd += ["-c:a", "pcm_s16le", str(audio_path)]
    _run(cmd, f"frames/audio of {clip.path}")
    frames = sorted(frames_dir.glob("frame_*.jpg"))
    if len(frames) != len(frame_indices):
        raise MediaError(
            "frames_incomplete",
            f"{clip.path}: {len(frames)} of {len(frame_indices)} frames could be decoded",
        )
    return frames
