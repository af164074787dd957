"""Stage 3: ASR over each clip's audio, with the model loaded once per shard."""

from __future__ import annotations

import logging
from pathlib import Path

from videomind.backends.asr import ASRBackend
from videomind.failures import FailureLog
from videomind.io import read_parquet, write_parquet
from videomind.records import to_table
from videomind.text import word_count

log = logging.getLogger(__name__)


def run_asr(
    clips_table: Path, shard: str, out_table: Path, failures_path: Path, backend: ASRBackend
) -> None:
    failures = FailureLog("asr", shard)
    clips = read_parquet(clips_table).to_pylist()
    rows = []
    for n, clip in enumerate(clips, 1):
        row = {"clip_id": clip["clip_id"], "asr_backend": backend.name, "asr_model": backend.model}
        if not clip["has_audio"]:
            row |= {"asr_status": "no_audio", "asr_text": "", "asr_segments": [], "asr_words": 0}
        else:
            try:
                t = backend.transcribe(Path(clip["audio_path"]))
                row |= {
                    "asr_status": "ok" if t.text else "no_speech",
                    "asr_text": t.text,
                    "asr_segments": t.segments,
                    "asr_language": t.language,
                    "asr_language_prob": t.language_prob,
                    "asr_words": word_count(t.text),
                }
            except Exception as exc:  # a decoder error on one file must not stop the shard
                failures.add(clip["source_id"], "asr_failed", f"{type(exc).__name__}: {exc}",
                             clip["audio_path"], clip["clip_id"])  # fmt: skip
                row |= {"asr_status": "failed", "asr_text": None, "asr_segments": [],
                        "asr_words": 0}  # fmt: skip
        rows.append(row)
        log.info("asr %s: %d/%d %s %s (%d words)", shard, n, len(clips), clip["clip_id"],
                 row["asr_status"], row["asr_words"])  # fmt: skip
    write_parquet(to_table("asr", rows), out_table)
    failures.write(failures_path)
