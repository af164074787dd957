"""Stage 4: OCR over each clip's frames, with the model loaded once per shard."""

from __future__ import annotations

import logging
from pathlib import Path

import cv2
import numpy as np

from videomind.backends.ocr import OCRBackend, OCRLine, dedupe_lines, keep_line
from videomind.failures import FailureLog
from videomind.io import read_parquet, write_parquet
from videomind.records import to_table
from videomind.text import word_count

log = logging.getLogger(__name__)


def thumbnail(path: Path) -> np.ndarray:
    """A 64x36 grey thumbnail: enough to tell whether two frames show the same picture."""
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ValueError(f"{path}: not a readable image")
    return cv2.resize(image, (64, 36), interpolation=cv2.INTER_AREA).astype(np.int16)


def read_frames(
    backend: OCRBackend, frames: list[str], reuse_below: float
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


def run_ocr(
    clips_table: Path,
    shard: str,
    out_table: Path,
    failures_path: Path,
    backend: OCRBackend,
    min_score: float = 0.75,
    min_chars: int = 2,
    reuse_below: float = 1.5,
) -> None:
    failures = FailureLog("ocr", shard)
    clips = read_parquet(clips_table).to_pylist()
    rows = []
    for n, clip in enumerate(clips, 1):
        row = {"clip_id": clip["clip_id"], "ocr_backend": backend.name, "ocr_model": backend.model}
        lines = []
        try:
            readings, read = read_frames(backend, clip["frame_paths"], reuse_below)
            row["ocr_frames_read"] = read
            for i, reading in enumerate(readings):
                for line in reading:
                    if keep_line(line.text, line.score, min_score, min_chars):
                        lines.append(
                            {
                                "frame": i,
                                "text": line.text,
                                "score": round(line.score, 4),
                                "box": line.box,
                            }  # fmt: skip
                        )
            text = "\n".join(dedupe_lines([ln["text"] for ln in lines]))
            row |= {
                "ocr_status": "ok" if text else "no_text",
                "ocr_text": text,
                "ocr_lines": lines,
                "ocr_words": word_count(text),
            }
        except Exception as exc:  # one unreadable frame must not stop the shard
            failures.add(clip["source_id"], "ocr_failed", f"{type(exc).__name__}: {exc}",
                         clip["clip_path"], clip["clip_id"])  # fmt: skip
            row |= {"ocr_status": "failed", "ocr_text": None, "ocr_lines": [], "ocr_words": 0,
                    "ocr_frames_read": None}  # fmt: skip
        rows.append(row)
        log.info("ocr %s: %d/%d %s %s (%s frames read)", shard, n, len(clips), clip["clip_id"],
                 row["ocr_status"], row["ocr_frames_read"])  # fmt: skip
    write_parquet(to_table("ocr", rows), out_table)
    failures.write(failures_path)
