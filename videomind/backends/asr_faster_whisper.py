"""Speech recognition with faster-whisper (CTranslate2): the offline default, packaged tiny.en.

VAD is always on: without it Whisper writes words over music.
"""

from __future__ import annotations

from pathlib import Path

from videomind.backends.protocols import Transcript


def join_segments(parts: list[str]) -> str:
    return " ".join(p.strip() for p in parts if p.strip()).strip()


class FasterWhisperASR:
    backend = "faster-whisper"

    def __init__(
        self,
        path: str,
        model: str,
        device: str = "cpu",
        compute_type: str = "int8",
        threads: int = 1,
        beam_size: int = 1,
        language: str | None = None,
    ) -> None:
        from faster_whisper import WhisperModel

        self.model = model
        # auto: the CPU, its kind (workflow/resources.py asks Slurm for no GPU); cuda is explicit
        device = "cpu" if device == "auto" else device
        self._model = WhisperModel(path, device=device, compute_type=compute_type,
                                   cpu_threads=threads)  # fmt: skip
        self.beam_size = beam_size
        self.language = language

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
            text=join_segments([s["text"] for s in segs]),
            segments=segs,
            language=info.language,
            language_prob=float(info.language_probability),
        )
