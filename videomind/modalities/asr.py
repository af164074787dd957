"""Rule `asr` (after `clips`, beside `ocr`): ASR over each clip's audio, with the model loaded once
per shard.

A transcript is what later stages take as what was said, so one Whisper itself doubts is kept
apart: a low language probability, a low mean log-probability or a high compression ratio (the
signs of Whisper mishearing a language it does not know, or looping) makes the clip's status
``low_confidence``. Its words move to ``asr_low_confidence_text`` and ``asr_text`` stays empty,
so the generator, the screen, the statistics and the retrieval proxy never read them as speech.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from videomind.backends.protocols import Transcript
from videomind.core.text import word_count
from videomind.runner import Failed, Stage

# Whisper's own thresholds for a failed decode are -1.0 and 2.4; the log-probability bound is
# tighter because espeak narration Whisper base misheard (Dutch, Portuguese, Polish) scored -1.0
# to -1.1 where the languages it knows scored -0.3 to -0.45 (docs/pipeline.md).
TRUST = {"min_language_prob": 0.5, "min_avg_logprob": -0.8, "max_compression_ratio": 2.4}


def doubts(t: Transcript, trust: dict[str, float] | None = None) -> list[str]:
    """Why a transcript is not trusted (empty: it is)."""
    bounds = TRUST | (trust or {})
    out = []
    if t.language_prob is not None and t.language_prob < bounds["min_language_prob"]:
        out.append(f"language {t.language} at p {t.language_prob:.2f} < "
                   f"{bounds['min_language_prob']}")  # fmt: skip
    if t.avg_logprob is not None and t.avg_logprob < bounds["min_avg_logprob"]:
        out.append(f"mean log-probability {t.avg_logprob:.2f} < {bounds['min_avg_logprob']}")
    if t.compression_ratio is not None and t.compression_ratio > bounds["max_compression_ratio"]:
        out.append(f"compression ratio {t.compression_ratio:.2f} > "
                   f"{bounds['max_compression_ratio']}")  # fmt: skip
    return out


class ASRStage(Stage):
    name = table = "asr"
    uses = {"asr": ("asr", "asr")}
    resume = True

    def _base(self, clip: dict[str, Any]) -> dict[str, Any]:
        return {"clip_id": clip["clip_id"], "asr_backend": self.asr.backend,
                "asr_model": self.asr.model}  # fmt: skip

    def process(self, clip: dict[str, Any]) -> dict[str, Any]:
        if not clip["has_audio"]:
            return self._base(clip) | {"asr_status": "no_audio", "asr_text": "",
                                       "asr_segments": [], "asr_words": 0}  # fmt: skip
        t = self.asr.transcribe(Path(clip["audio_path"]))
        doubt = doubts(t, (self.job.params.get("asr") or {}).get("trust"))
        status = "low_confidence" if doubt else "ok" if t.text else "no_speech"
        return self._base(clip) | {
            "asr_status": status,
            "asr_text": "" if doubt else t.text,
            "asr_segments": [] if doubt else t.segments,
            "asr_language": t.language if t.text else None,
            "asr_language_prob": t.language_prob if t.text else None,
            "asr_avg_logprob": t.avg_logprob,
            "asr_compression_ratio": t.compression_ratio,
            "asr_low_confidence": "; ".join(doubt) or None,
            "asr_low_confidence_text": t.text if doubt else None,
            "asr_words": 0 if doubt else word_count(t.text),
        }

    def failed(self, clip: dict[str, Any], err: BaseException) -> Failed:
        row = self._base(clip) | {"asr_status": "failed", "asr_text": None, "asr_segments": [],
                                  "asr_words": 0}  # fmt: skip
        return Failed.from_error(err, "asr_failed", clip["source_id"], clip["audio_path"],
                                 clip["clip_id"], row)  # fmt: skip

    def label(self, clip: dict[str, Any], row: dict[str, Any]) -> str:
        return f"{clip['clip_id']} {row['asr_status']} ({row['asr_words']} words)"


run_asr = ASRStage.run
