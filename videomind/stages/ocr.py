"""Stage 4: OCR over each clip's frames, with the model loaded once per shard."""

from __future__ import annotations

import logging
from pathlib import Path

from videomind.backends.ocr import OCRBackend, dedupe_lines, keep_line
from videomind.failures import FailureLog
from videomind.io import read_parquet, write_parquet
from videomind.records import to_table
from videomind.text import word_count

log = logging.getLogger(__name__)


def run_ocr(
    clips_table: Path,
    shard: str,
    out_table: Path,
    failures_path: Path,
    backend: OCRBackend,
    min_score: float = 0.75,
    min_chars: int = 2,
) -> None:
    failures = FailureLog("ocr", shard)
    clips = read_parquet(clips_table).to_pylist()
    rows = []
    for n, clip in enumerate(clips, 1):
        row = {"clip_id": clip["clip_id"], "ocr_backend": backend.name, "ocr_model": backend.model}
        lines = []
        try:
            for i, frame in enumerate(clip["frame_paths"]):
                for line in backend.read(Path(frame)):
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
            row |= {"ocr_status": "failed", "ocr_text": None, "ocr_lines": [], "ocr_words": 0}
        rows.append(row)
        log.info("ocr %s: %d/%d %s %s", shard, n, len(clips), clip["clip_id"], row["ocr_status"])
    write_parquet(to_table("ocr", rows), out_table)
    failures.write(failures_path)
