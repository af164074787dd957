"""Hugging Face models on GPUs: Qwen2.5-Omni (the paper's model) gets the clip's frames and
audio; any other chat model gets text."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from videomind.backends.decoding import decoding_schema
from videomind.backends.protocols import ChatReply, ChatRequest


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
        constrained: bool = True,
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
        # Decode under each request's JSON schema (json_constraint.py, xgrammar), as llama.cpp
        # and the OpenAI-compatible path do; grammars are compiled on the first such request.
        self.constrained = constrained
        self._vocab: Any = None
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

        texts, videos, audios, seconds_per_frame = [], [], [], []
        for req in batch:
            # The whole conversation, as the text path sends it: a repair request keeps the
            # original request (with the clip's frames and audio) in its history, and the
            # model must see it, not only "answer again".
            conv: list[dict[str, Any]] = [
                {"role": "system", "content": [{"type": "text", "text": req.system}]}
            ]
            media_placed = False
            for role, text in [*req.history, ("user", req.user)]:
                content: list[dict[str, str]] = []
                if role == "user" and not media_placed:
                    media_placed = True
                    if req.images:
                        content.append({"type": "video"})
                        videos.append(
                            np.stack([np.asarray(Image.open(p).convert("RGB")) for p in req.images])
                        )
                        seconds_per_frame.append(_frame_step(req.frame_times))
                    if req.audio:
                        content.append({"type": "audio"})
                        audios.append(_read_wav_mono(req.audio))
                content.append({"type": "text", "text": text})
                conv.append({"role": role, "content": content})
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
            # Whisper's feature extractor pads or cuts every track to 30 s; clips run to 60 s,
            # and Omni's audio encoder works in 2 s windows, so the whole track goes in.
            # (The processor pads audio to max_length only: the longest track, at least 30 s.)
            longest = max(len(a) for a in audios)
            kwargs["audio_kwargs"] = {"truncation": False, "max_length": max(480_000, longest)}
        inputs = self.processor(**kwargs)
        if videos:
            # The processor assumes 2 fps for every video; our 12 frames span the whole clip
            # (0.2-2.4 fps), so each video's time positions get its own frame step.
            import torch

            patch = self.processor.video_processor.temporal_patch_size
            default = patch / 2.0
            per_grid = [patch * step if step else default for step in seconds_per_frame]
            old = inputs["video_second_per_grid"]
            inputs["video_second_per_grid"] = torch.tensor(
                per_grid, dtype=old.dtype if hasattr(old, "dtype") else torch.float32
            )
        return inputs

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
            constraint = self._constraint(batch)
            with torch.inference_mode():
                out = self._model.generate(
                    **inputs,
                    logits_processor=constraint,
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

    def _constraint(self, batch: Sequence[ChatRequest]) -> Any:
        """Logits processors that keep each row on its request's JSON schema (none if off)."""
        from transformers import LogitsProcessorList

        if not self.constrained or not any(r.schema for r in batch):
            return LogitsProcessorList()
        from videomind.backends.json_constraint import JsonSchemaLogits, SchemaCompiler

        if self._vocab is None:  # once per loaded model; grammars are cached per schema
            width = self._model.get_output_embeddings().weight.shape[0]
            self._vocab = SchemaCompiler(self.tokenizer, vocab_size=width)
        eos = self.tokenizer.eos_token_id
        return LogitsProcessorList(
            [JsonSchemaLogits(self._vocab, [decoding_schema(r.schema) for r in batch], eos)]
        )


def _frame_step(times: Sequence[float]) -> float | None:
    """Seconds between sampled frames (uniform sampling), or None if unknown."""
    if len(times) < 2 or times[-1] <= times[0]:
        return None
    return (times[-1] - times[0]) / (len(times) - 1)


def _read_wav_mono(path: str) -> Any:
    import wave

    import numpy as np

    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit PCM WAV")
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        data = data.reshape(-1, w.getnchannels()).mean(axis=1)
    return (data / 32768.0).astype("float32")
