"""Speech recognition with the reference openai-whisper package, for GPU nodes.

Its model files must already be in the local cache or given as a path: nothing is fetched.
"""

from __future__ import annotations

from pathlib import Path

from videomind.backends.asr_faster_whisper import join_segments
from videomind.backends.protocols import Transcript


class OpenAIWhisperASR:
    backend = "openai-whisper"

    def __init__(self, model: str = "large-v3", device: str = "cuda",
                 language: str | None = None) -> None:  # fmt: skip
        import whisper

        self._model = whisper.load_model(model, device=device)
        self.model = f"openai-whisper {model}"
        self.language = language

    def transcribe(self, audio_path: Path) -> Transcript:
        result = self._model.transcribe(str(audio_path), language=self.language, fp16=False)
        segs = [
            {"start": round(s["start"], 3), "end": round(s["end"], 3), "text": s["text"].strip()}
            for s in result.get("segments", [])
        ]
        return Transcript(join_segments([s["text"] for s in segs]), segs, result.get("language"),
                          None)  # fmt: skip
