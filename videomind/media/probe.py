"""ffprobe, with failures turned into a cause a person can act on."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path


class MediaError(Exception):
    """A media file cannot be used; ``cause`` is a short code for the failures table."""

    def __init__(self, cause: str, message: str):
        super().__init__(message)
        self.cause = cause


@dataclass(frozen=True)
class VideoInfo:
    path: str
    duration: float
    fps: Fraction
    width: int
    height: int
    has_audio: bool
    video_codec: str
    frame_count: int | None


def _rate(value: str | None) -> Fraction | None:
    if not value or value in ("0/0", "0"):
        return None
    try:
        rate = Fraction(value)
    except (ValueError, ZeroDivisionError):
        return None
    return rate if 1 <= rate <= 240 else None


def run_ffprobe(path: str | Path, *extra: str) -> dict:
    cmd = ["ffprobe", "-v", "error", "-print_format", "json", *extra, str(path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if proc.returncode != 0:
        message = proc.stderr.strip().splitlines()
        raise MediaError("unreadable_media", f"{path}: ffprobe: {' | '.join(message[-3:])}")
    return json.loads(proc.stdout or "{}")


def probe(path: str | Path) -> VideoInfo:
    """Describe the first video stream of ``path``; raise :class:`MediaError` if there is none."""
    path = Path(path)
    if not path.exists():
        raise MediaError("missing_file", f"{path}: file does not exist")
    if path.stat().st_size == 0:
        raise MediaError("empty_file", f"{path}: file is empty (0 bytes)")
    data = run_ffprobe(path, "-show_format", "-show_streams")
    streams = data.get("streams", [])
    video = [
        s
        for s in streams
        if s.get("codec_type") == "video" and not (s.get("disposition") or {}).get("attached_pic")
    ]
    if not video:
        kinds = sorted({s.get("codec_type", "?") for s in streams}) or ["none"]
        raise MediaError(
            "no_video_stream", f"{path}: no video stream (streams found: {', '.join(kinds)})"
        )
    v = video[0]
    fps = _rate(v.get("avg_frame_rate")) or _rate(v.get("r_frame_rate")) or Fraction(25)
    duration = None
    for candidate in (v.get("duration"), data.get("format", {}).get("duration")):
        try:
            duration = float(candidate)
            break
        except (TypeError, ValueError):
            continue
    if duration is None or duration <= 0:
        raise MediaError("unreadable_media", f"{path}: duration unknown (file truncated?)")
    try:
        frames = int(v["nb_frames"])
    except (KeyError, ValueError):
        frames = None
    return VideoInfo(
        path=str(path),
        duration=duration,
        fps=fps,
        width=int(v.get("width") or 0),
        height=int(v.get("height") or 0),
        has_audio=any(s.get("codec_type") == "audio" for s in streams),
        video_codec=str(v.get("codec_name")),
        frame_count=frames,
    )


def keyframe_times(path: str | Path) -> list[float]:
    """Presentation times of the video keyframes, read from packets (no decoding)."""
    data = run_ffprobe(path, "-select_streams", "v:0", "-show_entries", "packet=pts_time,flags")
    times = []
    for packet in data.get("packets", []):
        if "K" in packet.get("flags", ""):
            try:
                times.append(float(packet["pts_time"]))
            except (KeyError, ValueError):
                continue
    return sorted(times)
