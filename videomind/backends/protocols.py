"""The capabilities a stage can ask for, one Protocol each, and the values they exchange.

Every backend names itself with ``backend`` (the implementation, e.g. ``faster-whisper``) and
``model`` (what it loaded, human-readable); records copy both so that each field says where it
came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from videomind.core.errors import CausedError

# ---------------------------------------------------------------- LLM


@dataclass(frozen=True)
class ChatRequest:
    system: str
    user: str
    schema: dict[str, Any] | None = None
    max_tokens: int = 128
    images: tuple[str, ...] = ()
    audio: str | None = None
    history: tuple[tuple[str, str], ...] = field(default=())  # (role, text) before `user`
    # When each of ``images`` was taken in the clip (s): a video model needs the frame rate.
    frame_times: tuple[float, ...] = ()

    def messages(self) -> list[dict[str, str]]:
        out = [{"role": "system", "content": self.system}] if self.system else []
        out += [{"role": r, "content": t} for r, t in self.history]
        out.append({"role": "user", "content": self.user})
        return out


@dataclass(frozen=True)
class ChatReply:
    text: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float


class BackendError(CausedError, RuntimeError):
    """A request the backend could not serve (server down, out of memory…), not a bad reply:
    the failures table's ``backend_error``. A batch that raises it is retried request by request
    by the stage's runner, so one bad request fails only its own item."""

    def __init__(self, message: str) -> None:
        super().__init__("backend_error", message)


class ModelUnavailable(RuntimeError):
    """The job's model could not be made ready (its server exited or never answered): no item
    can succeed, so the job fails (and Snakemake retries it) instead of recording every item
    as failed; not a BackendError, which fails one request."""


@runtime_checkable
class LLM(Protocol):
    backend: str
    model: str
    modalities: frozenset[str]

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]: ...


@runtime_checkable
class TextScorer(Protocol):
    """A causal language model that scores text instead of writing it: how likely each text
    is after a context. The ASR stage reads a transcript's sentences with it, so a sentence of
    English words Whisper heard wrong ("Our car mood sale is back this Saturday market feels")
    is not taken as said, though Whisper was sure of every word (modalities/asr.py)."""

    backend: str
    model: str

    def logprobs(self, texts: Sequence[str], context: str = "") -> list[float]:
        """Each text's mean natural log-probability per token, following ``context``."""
        ...


# ---------------------------------------------------------------- speech and on-screen text


@dataclass
class Transcript:
    text: str
    segments: list[dict] = field(default_factory=list)
    language: str | None = None
    language_prob: float | None = None
    # How sure the model was of its words: the segments' mean token log-probability weighted
    # by their duration, and the text's gzip compression ratio (a looping transcript is high).
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    # Each word as the model wrote it (leading space included) with its probability, in order;
    # empty where the backend gives none.
    words: list[tuple[str, float]] = field(default_factory=list)


@runtime_checkable
class ASR(Protocol):
    backend: str
    model: str

    def transcribe(self, audio_path: Path, prompt: str | None = None) -> Transcript:
        """``prompt``: text Whisper reads as if said before the audio (its initial prompt)."""
        ...


@dataclass
class OCRLine:
    text: str
    score: float
    box: list[float]


@runtime_checkable
class OCR(Protocol):
    backend: str
    model: str

    def read(self, image: Path) -> list[OCRLine]: ...


# ---------------------------------------------------------------- embeddings


@runtime_checkable
class TextEmbedder(Protocol):
    """Unit-length embeddings, so a dot product is the cosine similarity."""

    backend: str
    model: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class ImageTextModel(Protocol):
    """Images and texts in one space (CLIP-like): zero-shot screening, retrieval."""

    backend: str
    model: str

    def encode_images(self, paths: Sequence[str | Path]) -> np.ndarray: ...

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray: ...


# ---------------------------------------------------------------- text-to-video


@runtime_checkable
class TextToVideo(Protocol):
    backend: str
    model: str
    fps: int
    parameters: int | None  # transformer parameters, when known (tells a test model apart)

    def render(self, prompt: str, out: Path, seed: int | None = None) -> dict[str, Any]: ...


# ---------------------------------------------------------------- retrieval


@dataclass
class Encoded:
    """A retriever's view of the gold set: unit video embeddings and per-layer text embeddings."""

    name: str
    backend: str
    model: str
    label: str
    video: np.ndarray
    texts: dict[str, np.ndarray]


@runtime_checkable
class Retriever(Protocol):
    backend: str
    model: str

    def encode(
        self, rows: Sequence[dict[str, Any]], layer_text: dict[str, list[str]]
    ) -> Encoded: ...


@runtime_checkable
class LanguageID(Protocol):
    backend: str
    model: str

    def __call__(self, text: str) -> tuple[str, float]: ...


# What ``registry.load(capability, …)`` returns, checked when it builds one.
PROTOCOLS: dict[str, type] = {
    "llm": LLM,
    "asr": ASR,
    "ocr": OCR,
    "text_embedder": TextEmbedder,
    "image_text": ImageTextModel,
    "t2v": TextToVideo,
    "retriever": Retriever,
    "language_id": LanguageID,
    "text_scorer": TextScorer,
}
