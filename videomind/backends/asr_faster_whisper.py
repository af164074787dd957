"""Speech recognition with faster-whisper (CTranslate2): the offline default, packaged tiny.en.

VAD is always on: without it Whisper writes words over music.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

from videomind.backends.protocols import Transcript


def join_segments(parts: list[str]) -> str:
    return " ".join(p.strip() for p in parts if p.strip()).strip()


def confidence(text: str, spans: Sequence[tuple[float, float, float]]) -> dict[str, float | None]:
    """Whisper's own doubt about a transcript, from its segments' ``(start, end, avg_logprob)``:
    the duration-weighted mean log-probability, and the text's compression ratio as Whisper
    computes it (UTF-8 bytes over their zlib size)."""
    if not text or not spans:
        return {"avg_logprob": None, "compression_ratio": None}
    weights = [max(end - start, 1e-3) for start, end, _ in spans]
    mean = sum(w * lp for w, (_, _, lp) in zip(weights, spans, strict=True)) / sum(weights)
    raw = text.encode("utf-8")
    return {"avg_logprob": round(mean, 4),
            "compression_ratio": round(len(raw) / len(zlib.compress(raw)), 4)}  # fmt: skip


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

    def transcribe(self, audio_path: Path, prompt: str | None = None) -> Transcript:
        segments, info = self._model.transcribe(
            str(audio_path),
            initial_prompt=prompt or None,
            vad_filter=True,
            beam_size=self.beam_size,
            language=self.language,
            condition_on_previous_text=False,
            word_timestamps=True,  # for each word's probability (modalities/asr.py sure_text)
        )
        segments = list(segments)
        segs = [
            {"start": round(s.start, 3), "end": round(s.end, 3), "text": s.text.strip()}
            for s in segments
        ]
        text = join_segments([s["text"] for s in segs])
        if not text:  # no words: the language detected on silence or music is no language
            return Transcript("", segs)
        return Transcript(
            text=text,
            segments=segs,
            language=info.language,
            language_prob=float(info.language_probability),
            **confidence(text, [(s.start, s.end, s.avg_logprob) for s in segments]),
            words=[(w.word, float(w.probability)) for s in segments for w in s.words or ()],
        )
