"""Speech recognition with the reference openai-whisper package (the paper's Whisper), for GPUs.

Two things differ from calling ``whisper.load_model(name).transcribe(path)``:

- Nothing is fetched. ``model`` is a checkpoint file (``large-v3.pt``) or a name whose file is
  already in ``download_root`` (whisper's cache folder by default); otherwise loading stops
  with the path it looked for, instead of downloading 3 GB from inside a cluster job.
- Voice activity detection first, as the faster-whisper default does: without it Whisper
  writes words over music. Silero VAD (the ONNX model that ships inside faster-whisper) finds
  the speech, Whisper transcribes only those spans (``clip_timestamps``), and a clip without
  speech is not sent to the model at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from videomind.backends.asr_faster_whisper import confidence, join_segments
from videomind.backends.protocols import Transcript

SAMPLE_RATE = 16000


class WhisperModelMissing(FileNotFoundError):
    """The configured checkpoint is not on this machine (and will not be downloaded)."""


def checkpoint_path(model: str, download_root: str | None = None) -> Path:
    """The local file of ``model``: a path as given, or ``<download_root>/<name>.pt``."""
    given = Path(model)
    if given.suffix == ".pt" or os.sep in model:
        if given.is_file():
            return given
        raise WhisperModelMissing(f"asr.model: checkpoint {given} does not exist")
    root = Path(download_root or Path.home() / ".cache" / "whisper")
    path = root / f"{model}.pt"
    if not path.is_file():
        raise WhisperModelMissing(
            f"asr.model: openai-whisper {model!r} is not in {root} (looked for {path}); put the "
            "checkpoint there or give its path: models are never downloaded at run time"
        )
    return path


class OpenAIWhisperASR:
    backend = "openai-whisper"

    def __init__(
        self,
        model: str = "large-v3",
        device: str = "auto",
        language: str | None = None,
        download_root: str | None = None,
        vad: bool = True,
        beam_size: int = 5,
        fallback: bool = True,
    ) -> None:
        import whisper

        if device == "auto":  # the GPU the job was given (workflow/resources.py), else the CPU
            import torch

            device = "cuda" if torch.cuda.is_available() else "cpu"
        path = checkpoint_path(model, download_root)
        self._model = whisper.load_model(str(path), device=device)
        self.model = f"openai-whisper {path.stem}"
        self.device = device
        self.language = language
        self.vad = vad
        self.beam_size = beam_size
        # Whisper's temperature ladder (0.0, 0.2, ... 1.0) resamples answers that look
        # repetitive; off, every window is decoded greedily once.
        self.fallback = fallback

    def speech_spans(self, audio: Any) -> list[tuple[float, float]]:
        """(start, end) seconds of speech, by Silero VAD with faster-whisper's defaults."""
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        stamps = get_speech_timestamps(audio, VadOptions())
        return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]

    def transcribe(self, audio_path: Path, prompt: str | None = None) -> Transcript:
        import whisper

        audio = whisper.load_audio(str(audio_path))
        options: dict[str, Any] = {"language": self.language, "fp16": self.device == "cuda",
                                   "condition_on_previous_text": False,
                                   "word_timestamps": True}  # fmt: skip
        if self.beam_size > 1:
            options["beam_size"] = self.beam_size
        if not self.fallback:
            options["temperature"] = 0.0
        if prompt:
            options["initial_prompt"] = prompt
        if self.vad:
            spans = self.speech_spans(audio)
            if not spans:
                return Transcript("", [], None, None)  # no speech: the model is not asked
            options["clip_timestamps"] = [t for span in spans for t in span]
        result = self._model.transcribe(audio, **options)
        segs = [
            {"start": round(s["start"], 3), "end": round(s["end"], 3), "text": s["text"].strip()}
            for s in result.get("segments", [])
        ]
        text = join_segments([s["text"] for s in segs])
        if not text:
            return Transcript("", segs)
        spans = [(s["start"], s["end"], s["avg_logprob"]) for s in result.get("segments", [])]
        words = [(w["word"], float(w["probability"]))
                 for s in result.get("segments", []) for w in s.get("words") or ()]  # fmt: skip
        # openai-whisper reports no language probability (it detects on the first window only)
        return Transcript(text, segs, result.get("language"), None, **confidence(text, spans),
                          words=words)  # fmt: skip
