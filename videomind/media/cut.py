"""Cutting clips and pulling their frames and audio, without decoding the source again.

``keyframe`` precision (default) stream-copies each clip from the first keyframe inside its
scene: no decode, no re-encode, and the clip never starts before the scene (it starts up to
one GOP late instead). ``exact`` re-encodes with x264 for frame-exact boundaries, at the cost
of an encode. Frames and audio come from one ffmpeg run over the clip file.

Frames are drawn anywhere in a clip, so taking them decodes it up to the last one. Most of that
decode is frames nobody asked for: a B-frame that is not a reference is needed only if it is
drawn itself, and a group of pictures followed by an IDR frame is needed only up to its last
drawn frame. ``_decode_picks`` (PyAV: FFmpeg's decoder in process, which faster-whisper
already brings) sends the decoder only those packets and has it skip the non-reference frames
that were not drawn; the drawn frames, bit-exact H.264 output, go to ffmpeg as raw video for
the same scaling and JPEG encoding as before. The JPEGs are byte-identical to the
single-filter run (checked on the demo's 360 frames); a clip where a drawn index has no frame
of its own (variable frame rate) takes that run instead.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from videomind.media.probe import MediaError, VideoInfo, probe_written, run_tool

log = logging.getLogger(__name__)

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


def _run(cmd: list[str], what: str, stdin: bytes | None = None) -> None:
    proc = run_tool(cmd, what, FFMPEG_TIMEOUT, stdin=stdin)
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
    info = probe_written(out)
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
    """Write the chosen frames (JPEG) and, if asked, 16 kHz mono audio of one clip.

    Frame indices count frames at the clip's nominal rate (``fps`` filter), so variable frame
    rate sources are sampled on a regular time grid.
    """
    frames_dir.mkdir(parents=True, exist_ok=True)
    if audio_path is not None:
        audio_path.parent.mkdir(parents=True, exist_ok=True)
    picked = _decode_picks(clip, frame_indices)
    if picked is None:
        _frames_by_filter(clip, frame_indices, frames_dir, audio_path, max_height, sample_rate,
                          jpeg_quality)  # fmt: skip
    else:
        raw, spec = picked
        scale = f"setsar={spec['sar']},scale=-2:'min(ih,{max_height})':flags=bicubic"
        cmd = ["ffmpeg", "-v", "error", "-nostdin", "-y", "-threads", "1", "-f", "rawvideo",
               "-pix_fmt", spec["pix_fmt"], "-s", spec["size"], *spec["colour"],
               "-i", "pipe:0"]  # fmt: skip
        if audio_path is not None:
            cmd += ["-i", clip.path]
        cmd += ["-map", "0:v:0", "-vf", scale, "-q:v", str(jpeg_quality), "-start_number", "0",
                str(frames_dir / "frame_%02d.jpg")]  # fmt: skip
        cmd += _audio_args(audio_path, sample_rate, "1:a:0")
        _run(cmd, f"frames/audio of {clip.path}", stdin=raw)
    frames = sorted(frames_dir.glob("frame_*.jpg"))
    if len(frames) != len(frame_indices):
        raise MediaError(
            "frames_incomplete",
            f"{clip.path}: {len(frames)} of {len(frame_indices)} frames could be decoded",
        )
    return frames


def _audio_args(audio_path: Path | None, sample_rate: int, stream: str) -> list[str]:
    if audio_path is None:
        return []
    return ["-map", stream, "-vn", "-ac", "1", "-ar", str(sample_rate), "-c:a", "pcm_s16le",
            str(audio_path)]  # fmt: skip


# PyAV's colour codes (FFmpeg's AVColorRange / AVColorSpace) as ffmpeg's option names.
_RANGES = {1: "tv", 2: "pc"}
_SPACES = {1: "bt709", 4: "fcc", 5: "bt470bg", 6: "smpte170m", 7: "smpte240m", 9: "bt2020nc",
           10: "bt2020c"}  # fmt: skip


def _decode_picks(clip: VideoInfo, frame_indices: list[int]) -> tuple[bytes, dict] | None:
    """The chosen frames as raw video, decoding only what they need. None where this cannot
    stand in for the ``fps``+``select`` filter exactly (no PyAV, a decode error, a packet without
    a time stamp, an index without a frame of its own), and the caller runs the filter."""
    try:
        import av
    except ImportError:  # pragma: no cover - faster-whisper brings it into every env with ffmpeg
        return None
    wanted, fps = set(frame_indices), Fraction(clip.fps)
    got: dict[int, object] = {}
    try:
        with av.open(clip.path) as container:
            stream = container.streams.video[0]
            ctx = stream.codec_context
            ctx.thread_type, ctx.thread_count = "NONE", 1  # one core per clip, as before
            packets = [p for p in container.demux(stream) if p.size]
            if not packets or any(p.pts is None for p in packets):
                return None
            first = min(p.pts for p in packets)

            def slot(pts: int) -> Fraction:  # the frame's place on the clip's nominal grid
                return (pts - first) * stream.time_base * fps

            slots = [slot(p.pts) for p in packets]
            index = [round(x) for x in slots]
            # One frame per slot up to the last drawn one, each near its slot's time: constant
            # frame rate, where the fps filter maps frames to slots the same way (past a slot
            # without a frame, as a stream copy's cut end may leave, it repeats one: the
            # filter's business). Anything else takes the filter.
            ordered = sorted(index)
            exact = next((k for k, i in enumerate(ordered) if i != k), len(ordered))
            if max(wanted) >= exact or any(
                abs(x - i) > Fraction(1, 4) for x, i in zip(slots, index, strict=True)
            ):
                return None
            # Each packet, then None (the decoder's flush), until every drawn frame is out.
            for k in [*_packets_to_send(packets, index, wanted, ctx.name), None]:
                if k is not None:
                    ctx.skip_frame = "DEFAULT" if index[k] in wanted else "NONREF"
                for frame in ctx.decode(None if k is None else packets[k]):
                    if (i := round(slot(frame.pts))) in wanted:
                        got[i] = frame
                if len(got) == len(wanted):
                    break
            sar = stream.sample_aspect_ratio or ctx.sample_aspect_ratio or 1
    except (av.FFmpegError, OSError, TypeError, ValueError) as exc:
        log.debug("%s: decoding the picks with PyAV failed (%s); using the filter", clip.path, exc)
        return None
    if len(got) != len(wanted):
        return None
    frames = [got[i] for i in sorted(wanted)]
    f0 = frames[0]
    colour = []
    if f0.color_range in _RANGES:
        colour += ["-color_range", _RANGES[f0.color_range]]
    if f0.colorspace in _SPACES:
        colour += ["-colorspace", _SPACES[f0.colorspace]]
    spec = {"pix_fmt": f0.format.name, "size": f"{f0.width}x{f0.height}", "colour": colour,
            "sar": "1" if sar == 1 else f"{sar.numerator}/{sar.denominator}"}  # fmt: skip
    return b"".join(f.to_ndarray().tobytes() for f in frames), spec


def _packets_to_send(packets: list, index: list[int], wanted: set[int], codec: str) -> list[int]:
    """Positions (decode order) of the packets the chosen frames need. A chosen frame refers
    only to frames before it in decode order, back to its group's keyframe; an IDR keyframe
    starts the decoder afresh. So the packets between a group's last chosen frame and the next
    IDR are not needed, nor a whole group without a chosen frame. Before a keyframe that is no
    IDR (an open group, whose leading pictures refer back; any codec but H.264/HEVC) nothing is
    left out: the H.264 decoder drops frames after such a gap (seen on an x264 open-gop clip)."""
    keys = [k for k, p in enumerate(packets) if p.is_keyframe]
    if not keys or keys[0] != 0:
        return list(range(len(packets)))
    bounds = list(zip(keys, [*keys[1:], len(packets)], strict=True))
    send: list[int] = []
    for a, b in bounds:
        chosen = [k for k in range(a, b) if index[k] in wanted]
        if b < len(packets) and not _is_idr(bytes(packets[b]), codec):
            send += range(a, b)
        elif chosen:
            send += range(a, chosen[-1] + 1)
    return send


def _is_idr(data: bytes, codec: str) -> bool:
    """True when an H.264 or HEVC packet (length-prefixed, as in MP4/MKV, or with Annex B
    start codes) holds an IDR picture."""
    if codec == "h264":
        idr = {5}
    elif codec == "hevc":
        idr = {19, 20}
    else:
        return False
    nal_types = []
    if data.startswith((b"\x00\x00\x01", b"\x00\x00\x00\x01")):
        at = 0
        while (at := data.find(b"\x00\x00\x01", at)) >= 0 and at + 3 < len(data):
            nal_types.append(data[at + 3])
            at += 3
    else:
        at = 0
        while at + 4 < len(data):
            size = int.from_bytes(data[at : at + 4], "big")
            nal_types.append(data[at + 4])
            at += 4 + size
    if codec == "h264":
        return any(b & 0x1F in idr for b in nal_types)
    return any((b >> 1) & 0x3F in idr for b in nal_types)


def _frames_by_filter(
    clip: VideoInfo,
    frame_indices: list[int],
    frames_dir: Path,
    audio_path: Path | None,
    max_height: int,
    sample_rate: int,
    jpeg_quality: int,
) -> None:
    """Decode the clip once through ``fps``+``select``: the chosen frames and the audio."""
    picks = "+".join(f"eq(n\\,{i})" for i in frame_indices)
    vf = f"fps={clip.fps},select='{picks}',scale=-2:'min(ih,{max_height})':flags=bicubic"
    # One decoding thread per clip: clips are already processed in parallel, one per core.
    cmd = ["ffmpeg", "-v", "error", "-nostdin", "-y", "-threads", "1", "-i", clip.path]
    cmd += ["-map", "0:v:0", "-vf", vf, "-fps_mode", "passthrough", "-q:v", str(jpeg_quality)]
    # Stop decoding video after the last chosen frame (audio still runs to the end).
    cmd += ["-frames:v", str(len(frame_indices))]
    cmd += ["-start_number", "0", str(frames_dir / "frame_%02d.jpg")]
    cmd += _audio_args(audio_path, sample_rate, "0:a:0")
    _run(cmd, f"frames/audio of {clip.path}")
