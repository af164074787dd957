"""The openai-whisper backend (GPU nodes) through its real loading code: a tiny random-init
checkpoint of whisper's own model class, written here, loaded from a local file; never a
download. Its words are noise; what is tested is loading, VAD and the refusal to fetch."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from conftest import write_wav

from videomind.backends.asr_openai_whisper import (
    OpenAIWhisperASR,
    WhisperModelMissing,
    checkpoint_path,
)
from videomind.backends.registry import load

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory) -> Path:
    from tiny_models import build_tiny_whisper

    return build_tiny_whisper(tmp_path_factory.mktemp("whisper") / "tiny-random.pt")


def speech_wav(tmp_path: Path) -> Path:
    """Two bursts of a voiced, speech-like signal (a harmonic buzz at a syllable rate) in
    silence: Silero VAD calls them speech."""
    rate, t = 16000, np.arange(16000 * 6) / 16000
    voice = sum(np.sin(2 * np.pi * f * t) / k for k, f in enumerate((140, 280, 420, 560), 1))
    envelope = (np.sin(2 * np.pi * 4 * t) > 0).astype(float)
    burst = 0.3 * voice * envelope
    signal = np.concatenate([np.zeros(rate * 2), burst[: rate * 2], np.zeros(rate * 2)])
    return write_wav(tmp_path / "speech.wav", signal)


def test_a_checkpoint_that_is_not_here_is_never_downloaded(tmp_path):
    with pytest.raises(WhisperModelMissing, match="never downloaded"):
        checkpoint_path("large-v3", str(tmp_path))
    with pytest.raises(WhisperModelMissing, match="does not exist"):
        checkpoint_path(str(tmp_path / "nothing.pt"))
    (tmp_path / "large-v3.pt").write_bytes(b"x")
    assert checkpoint_path("large-v3", str(tmp_path)) == tmp_path / "large-v3.pt"
    started = time.monotonic()
    with pytest.raises(WhisperModelMissing):  # through the registry, as a config would
        load("asr", {"backend": "openai-whisper", "model": "medium", "device": "cpu",
                     "download_root": str(tmp_path)})  # fmt: skip
    assert time.monotonic() - started < 5  # refused at once, no network wait


def test_tiny_checkpoint_loads_and_vad_gates_the_model(tiny_checkpoint, tmp_path, monkeypatch):
    # fallback off: greedy only. Whisper's ladder samples at 0.2+ when an answer looks
    # repetitive (a random model's always do), and its timestamp rules can then mask every
    # token, which torch's sampler rejects as NaN logits on some CPUs (seen on CI).
    asr = load("asr", {"backend": "openai-whisper", "model": str(tiny_checkpoint),
                       "device": "cpu", "beam_size": 1, "language": "en",
                       "fallback": False})  # fmt: skip
    assert isinstance(asr, OpenAIWhisperASR) and asr.model == "openai-whisper tiny-random"
    calls = []
    real = asr._model.transcribe

    def spy(audio, **options):
        calls.append(options)
        return real(audio, **options)

    monkeypatch.setattr(asr._model, "transcribe", spy)
    silence = write_wav(tmp_path / "silence.wav", np.zeros(16000 * 4))
    assert asr.transcribe(silence).text == "" and calls == []  # no speech: no model call
    spans = asr.speech_spans(__import__("whisper").load_audio(str(speech_wav(tmp_path))))
    assert spans and 1.5 <= spans[0][0] <= 2.5 and spans[-1][1] <= 4.5
    result = asr.transcribe(speech_wav(tmp_path))
    assert len(calls) == 1 and calls[0]["clip_timestamps"][0] == pytest.approx(spans[0][0])
    assert calls[0]["temperature"] == 0.0
    assert isinstance(result.text, str)  # noise from a random model, but a transcript
