"""Rule `asr` (after `clips`, beside `ocr`): ASR over each clip's audio, with the model loaded once
per shard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from videomind.core.text import word_count
from videomind.runner import Failed, Stage


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
        return self._base(clip) | {
            "asr_status": "ok" if t.text else "no_speech",
            "asr_text": t.text,
            "asr_segments": t.segments,
            "asr_language": t.language,
            "asr_language_prob": t.language_prob,
            "asr_words": word_count(t.text),
        }

    def failed(self, clip: dict[str, Any], err: BaseException) -> Failed:
        row = self._base(clip) | {"asr_status": "failed", "asr_text": None, "asr_segments": [],
                                  "asr_words": 0}  # fmt: skip
        return Failed.from_error(err, "asr_failed", clip["source_id"], clip["audio_path"],
                                 clip["clip_id"], row)  # fmt: skip

    def label(self, clip: dict[str, Any], row: dict[str, Any]) -> str:
        return f"{clip['clip_id']} {row['asr_status']} ({row['asr_words']} words)"


run_asr = ASRStage.run
