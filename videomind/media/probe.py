"""ffprobe, with failures turned into a cause a person can act on."""

from __future__ import annotations

import json
import subprocess
import threading
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from videomind.core.errors import CausedError


class MediaError(CausedError):
    """A media file cannot be used; ``cause`` is a short code for the failures table."""


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


# ffprobe reads headers (and, for keyframes, packets without decoding): seconds even for long
# files. A probe that takes longer is stuck (a network mount, a pathological file).
FFPROBE_TIMEOUT = 300.0


@dataclass(frozen=True)
class Bounds:
    """What a source may be (config ``bounds``): checked for URLs, direct links and local files
    alike, each limit its own failure cause."""

    max_duration: float = 4 * 3600.0
    max_filesize_mb: float = 8192.0
    max_height: int = 4320
    max_fps: float = 240.0

    def check(self, info: VideoInfo) -> None:
        size_mb = Path(info.path).stat().st_size / 2**20
        for cause, value, limit, unit in (
            ("too_long", info.duration, self.max_duration, "s"),
            ("too_large", size_mb, self.max_filesize_mb, "MiB"),
            ("resolution_too_high", min(info.width, info.height), self.max_height, "px"),
            ("frame_rate_too_high", float(info.fps), self.max_fps, "fps"),
        ):
            if value > limit:
                raise MediaError(
                    cause, f"{info.path}: {value:.1f} {unit} is over the limit of {limit} {unit}"
                )


def run_tool(
    cmd: list[str], what: str, timeout: float, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    """ffmpeg/ffprobe with a time-out: past it the process is killed and the item fails with
    ``media_timeout`` (a stuck tool must not hold its shard until the job's own limit).
    ``stdin`` is fed to the tool (raw frames); its output comes back as text either way."""
    try:
        if stdin is None:
            return subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                                  timeout=timeout)  # fmt: skip
        proc = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout)
        return subprocess.CompletedProcess(cmd, proc.returncode,
                                           proc.stdout.decode(errors="replace"),
                                           proc.stderr.decode(errors="replace"))  # fmt: skip
    except subprocess.TimeoutExpired:
        raise MediaError("media_timeout", f"{what}: {cmd[0]} took over {timeout:.0f} s") from None


def run_ffprobe(path: str | Path, *extra: str) -> dict:
    cmd = ["ffprobe", "-v", "error", "-print_format", "json", *extra, str(path)]
    proc = run_tool(cmd, str(path), FFPROBE_TIMEOUT)
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


def keyframe_times(path: str | Path, timeout: float = FFPROBE_TIMEOUT) -> list[float]:
    """Presentation times of the video keyframes, read from packets (no decoding).

    Packets are streamed one CSV line at a time: a 10-hour 120 fps file has 4.3 M packets,
    which as one JSON document would take gigabytes.
    """
    cmd = ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
           "packet=pts_time,flags", "-of", "csv=p=0", str(path)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")  # fmt: skip
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    times = []
    try:
        for line in proc.stdout:
            pts, _, flags = line.strip().partition(",")
            if "K" in flags:
                try:
                    times.append(float(pts))
                except ValueError:
                    continue
        err = proc.stderr.read()
    finally:
        proc.wait()
        timer.cancel()
    if proc.returncode != 0:
        if proc.returncode < 0:
            raise MediaError("media_timeout", f"{path}: keyframe listing took over {timeout:.0f} s")
        message = err.strip().splitlines()
        raise MediaError("unreadable_media", f"{path}: ffprobe: {' | '.join(message[-3:])}")
    return sorted(times)


def first_video_stream(container: Any) -> Any | None:
    """A PyAV container's first video stream that is not an attached picture (cover art), as
    :func:`probe` picks it from ffprobe's list; None if there is none."""
    import av

    return next((s for s in container.streams.video
                 if not s.disposition & av.stream.Disposition.attached_pic), None)  # fmt: skip


def probe_written(path: str | Path) -> VideoInfo:
    """:func:`probe` for a file this process has just written (a cut clip), read in process.

    ffprobe costs a process start (about 70 ms) per clip, a fifth of a clip's whole cost; the
    same header fields read through PyAV are the same numbers (durations as ffprobe prints
    them, to the microsecond), checked on every clip of the demo. Anything PyAV cannot read
    goes to ffprobe, whose error messages the failures table expects.
    """
    try:
        import av
    except ImportError:  # pragma: no cover - the ingest env brings PyAV
        return probe(path)
    try:
        with av.open(str(path)) as container:
            v = first_video_stream(container)
            if v is None:
                return probe(path)
            if v.duration is not None and v.time_base is not None:
                tb = v.time_base
                duration = float(f"{v.duration * (tb.numerator / tb.denominator):f}")
            elif container.duration is not None:
                duration = float(f"{container.duration / av.time_base:f}")
            else:
                return probe(path)
            rate = lambda r: _rate(f"{r.numerator}/{r.denominator}") if r else None  # noqa: E731
            ctx = v.codec_context
            info = VideoInfo(
                path=str(path),
                duration=duration,
                fps=rate(v.average_rate) or rate(v.base_rate) or Fraction(25),
                width=int(ctx.width or 0),
                height=int(ctx.height or 0),
                has_audio=bool(container.streams.audio),
                video_codec=str(ctx.name),
                frame_count=int(v.frames) if v.frames else None,
            )
    except (av.FFmpegError, OSError, ValueError):
        return probe(path)
    return info if info.duration > 0 else probe(path)
