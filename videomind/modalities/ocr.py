"""Rule `ocr` (after `clips`, beside `asr`): OCR over each clip's frames, with the model loaded once
per shard."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from videomind.backends.protocols import OCR, OCRLine
from videomind.core.text import word_count
from videomind.runner import Failed, Stage


def keep_line(text: str, score: float, min_score: float, min_chars: int) -> bool:
    """Drop low-confidence reads and fragments (one letter on a cartoon's fur is not text)."""
    return score >= min_score and len(re.findall(r"\w", text)) >= min_chars


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def dedupe_lines(lines: list[str], similarity: float = 0.85) -> list[str]:
    """Keep the first of near-identical texts (the same caption read in several frames).

    A longer reading that contains an earlier one replaces it, so a caption caught while it was
    still being typed in ("The Blender Foundatio") gives way to its complete form.
    """
    kept: list[str] = []
    for line in lines:
        n = _norm(line)
        if not n:
            continue
        for i, k in enumerate(kept):
            nk = _norm(k)
            if n == nk or difflib.SequenceMatcher(None, n, nk).ratio() >= similarity:
                if len(n) > len(nk):
                    kept[i] = line
                break
            if nk in n:
                kept[i] = line
                break
            if n in nk:
                break
        else:
            kept.append(line)
    return kept


def thumbnail(path: Path) -> np.ndarray:
    """A 64x36 grey thumbnail: enough to tell whether two frames show the same picture."""
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ValueError(f"{path}: not a readable image")
    return cv2.resize(image, (64, 36), interpolation=cv2.INTER_AREA).astype(np.int16)


def read_frames(
    backend: OCR, frames: list[str], reuse_below: float
) -> tuple[list[list[OCRLine]], int]:
    """OCR each frame, reusing the reading of an earlier frame that looks the same.

    Title cards, slides and talking heads give runs of near-identical frames; reading them once
    saves most of the OCR time on such clips. ``reuse_below`` is the mean absolute difference
    (0-255 grey levels) under which two thumbnails count as the same; 0 reads every frame.
    """
    readings: list[list[OCRLine]] = []
    seen: list[tuple[np.ndarray, int]] = []
    for frame in frames:
        thumb = thumbnail(Path(frame)) if reuse_below > 0 else None
        match = None
        if thumb is not None:
            match = next(
                (i for t, i in seen if float(np.abs(t - thumb).mean()) < reuse_below), None
            )
        if match is None:
            readings.append(backend.read(Path(frame)))
            if thumb is not None:
                seen.append((thumb, len(readings) - 1))
        else:
            readings.append(readings[match])
    return readings, len(seen) if reuse_below > 0 else len(frames)


class OCRStage(Stage):
    name = table = "ocr"
    uses = {"ocr": ("ocr", "ocr")}
    resume = True

    def _base(self, clip: dict[str, Any]) -> dict[str, Any]:
        return {"clip_id": clip["clip_id"], "ocr_backend": self.ocr.backend,
                "ocr_model": self.ocr.model}  # fmt: skip

    def process(self, clip: dict[str, Any]) -> dict[str, Any]:
        p = self.job.params.ocr
        readings, read = read_frames(self.ocr, clip["frame_paths"], p["reuse_below"])
        lines = [
            {"frame": i, "text": line.text, "score": round(line.score, 4), "box": line.box}
            for i, reading in enumerate(readings)
            for line in reading
            if keep_line(line.text, line.score, p["min_score"], p["min_chars"])
        ]
        text = "\n".join(dedupe_lines([ln["text"] for ln in lines]))
        return self._base(clip) | {
            "ocr_frames_read": read,
            "ocr_status": "ok" if text else "no_text",
            "ocr_text": text,
            "ocr_lines": lines,
            "ocr_words": word_count(text),
        }

    def failed(self, clip: dict[str, Any], err: BaseException) -> Failed:
        row = self._base(clip) | {"ocr_status": "failed", "ocr_text": None, "ocr_lines": [],
                                  "ocr_words": 0, "ocr_frames_read": None}  # fmt: skip
        return Failed.from_error(err, "ocr_failed", clip["source_id"], clip["clip_path"],
                                 clip["clip_id"], row)  # fmt: skip

    def label(self, clip: dict[str, Any], row: dict[str, Any]) -> str:
        return f"{clip['clip_id']} {row['ocr_status']} ({row['ocr_frames_read']} frames read)"


run_ocr = OCRStage.run
