"""What the pipeline measures about a clip's picture and sound, in numbers and in plain words.

A text-only model cannot see frames or hear audio. Rather than let it invent a visual or audio
description, the generation stage writes those two factual elements from these measurements and
labels them ``measured:…``; only a model that really takes images/audio writes them otherwise.
"""

from __future__ import annotations

import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np

# Hue bins (OpenCV hue runs 0-179) and their names.
_HUES = [
    (0, 10, "red"),
    (10, 25, "orange"),
    (25, 35, "yellow"),
    (35, 85, "green"),
    (85, 100, "cyan"),
    (100, 130, "blue"),
    (130, 160, "purple"),
    (160, 180, "red"),
]


def frame_stats(paths: Sequence[str | Path], size: int = 96) -> dict[str, Any]:
    """Brightness, colourfulness, dominant hues and frame-to-frame change of sampled frames."""
    grays, hue_counts, sat, val = [], np.zeros(180), [], []
    for p in paths:
        img = cv2.imread(str(p))
        if img is None:
            raise ValueError(f"{p}: not a readable image")
        img = cv2.resize(img, (size, size), interpolation=cv2.INTER_AREA)
        hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
        s, v = hsv[..., 1].astype(float) / 255, hsv[..., 2].astype(float) / 255
        sat.append(s.mean())
        val.append(v.mean())
        coloured = (s > 0.25) & (v > 0.2)
        hue_counts += np.bincount(hsv[..., 0][coloured].ravel(), minlength=180)[:180]
        grays.append(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(float) / 255)
    diffs = [float(np.abs(a - b).mean()) for a, b in zip(grays, grays[1:], strict=False)]
    total = hue_counts.sum()
    hues: dict[str, float] = {}
    for lo, hi, name in _HUES:
        hues[name] = hues.get(name, 0.0) + float(hue_counts[lo:hi].sum() / total if total else 0)
    coloured_share = float(total / (len(paths) * size * size)) if paths else 0.0
    return {
        "frames": len(paths),
        "brightness": float(np.mean(val)) if val else 0.0,
        "saturation": float(np.mean(sat)) if sat else 0.0,
        "coloured_share": coloured_share,
        "hues": {k: round(v, 3) for k, v in sorted(hues.items(), key=lambda kv: -kv[1]) if v > 0},
        "change_mean": float(np.mean(diffs)) if diffs else 0.0,
        "change_max": float(np.max(diffs)) if diffs else 0.0,
    }


def audio_stats(path: str | Path | None, silence_dbfs: float = -45.0) -> dict[str, Any]:
    """Loudness (RMS dBFS), peak, silent share (50 ms windows) and a rough spectral centroid."""
    if path is None:
        return {"has_audio": False}
    with wave.open(str(path), "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        raw = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path}: expected 16-bit PCM")
    x = np.frombuffer(raw, dtype=np.int16).reshape(-1, channels).mean(axis=1) / 32768.0
    if x.size == 0:
        return {"has_audio": True, "seconds": 0.0, "rms_dbfs": -120.0, "silent_share": 1.0}
    win = max(1, rate // 20)
    n = x.size // win
    frames = x[: n * win].reshape(n, win) if n else x.reshape(1, -1)
    rms = np.sqrt((frames**2).mean(axis=1)) + 1e-12
    db = 20 * np.log10(rms)
    spectrum = np.abs(np.fft.rfft(x[: min(x.size, rate * 30)]))
    freqs = np.fft.rfftfreq(min(x.size, rate * 30), 1 / rate)
    centroid = float((spectrum * freqs).sum() / spectrum.sum()) if spectrum.sum() else 0.0
    return {
        "has_audio": True,
        "seconds": round(x.size / rate, 3),
        "rms_dbfs": round(float(20 * np.log10(np.sqrt((x**2).mean()) + 1e-12)), 2),
        "peak_dbfs": round(float(20 * np.log10(np.abs(x).max() + 1e-12)), 2),
        "silent_share": round(float((db < silence_dbfs).mean()), 3),
        "centroid_hz": round(centroid, 1),
    }


# Mean change between sampled frames below which the picture is "nearly static": a title card,
# a still photograph, a test pattern.
STILL_CHANGE = 0.03


# Mean change below which the picture does not move at all: a card or a still image. Over the
# demo and held-back sets 2-14, the 29 cards measure 0 to 4.3e-5; the film's stillest shots (a
# rabbit sitting in the meadow) 3.4e-3 to 4.1e-3, and its slow scenes 0.01 to 0.03, which
# STILL_CHANGE calls nearly static, but something moves in them. The bound sits between the two
# groups on a log scale (it was 0.005 until five such shots were taken for cards, r14-2).
CARD_CHANGE = 4e-4


def is_still(stats: dict[str, Any]) -> bool:
    """The measured frames hardly change (``frame_stats``); False when nothing was measured."""
    return "change_mean" in stats and stats["change_mean"] < STILL_CHANGE


def is_card(stats: dict[str, Any]) -> bool:
    """Nothing moves in the measured frames: a card, not footage (``frame_stats``); False when
    nothing was measured."""
    return "change_mean" in stats and stats["change_mean"] < CARD_CHANGE


def describe_frames(stats: dict[str, Any], labeled: bool = True) -> str:
    """One sentence; ``labeled`` prefixes how it was made (records keep the label, prompts
    get the content only, which small models otherwise copy into their answers)."""
    b = stats["brightness"]
    light = "dark" if b < 0.25 else "dim" if b < 0.45 else "bright" if b > 0.7 else "evenly lit"
    if stats["coloured_share"] < 0.1 or stats["saturation"] < 0.12:
        colour = "mostly grey or muted colours"
    else:
        top = [k for k, v in stats["hues"].items() if v >= 0.15][:2] or list(stats["hues"])[:1]
        colour = f"dominant {' and '.join(top)} tones"
    c = stats["change_mean"]
    motion = (
        "nearly static picture"
        if c < STILL_CHANGE
        else "moderate change between frames"
        if c < 0.12
        else "strong change between frames (fast motion or cuts)"
    )
    content = f"{light} picture, {colour}, {motion}."
    if not labeled:
        return content[0].upper() + content[1:]
    return f"Measured from {stats['frames']} sampled frames, not seen by a model: {content}"


def describe_audio(stats: dict[str, Any], speech: bool | None, labeled: bool = True) -> str:
    if not stats.get("has_audio"):
        return "The clip has no audio track."
    if stats["silent_share"] > 0.9:
        level = "almost silent"
    else:
        loud = stats["rms_dbfs"]
        level = "quiet" if loud < -35 else "loud" if loud > -15 else "moderately loud"
        level += f" ({loud:.0f} dBFS), silent {stats['silent_share']:.0%} of the time"
    tone = ""
    if stats.get("centroid_hz"):
        tone = ", mostly low-pitched sound" if stats["centroid_hz"] < 800 else ", bright sound"
    voice = {True: "; speech is present", False: "; no speech detected", None: ""}[speech]
    content = f"{level}{tone}{voice}."
    if not labeled:
        return content[0].upper() + content[1:]
    return f"Measured from the audio track, not heard by a model: {content}"
