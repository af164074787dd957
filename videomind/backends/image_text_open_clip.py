"""Image-text embeddings with open_clip (HPC): frames and text prompts in one space, for
zero-shot screening of frames and the open_clip retriever. Weights come from a local file or a
``local-dir:`` folder (config + weights); nothing is fetched at run time."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np


class OpenClipEncoder:
    backend = "open_clip"

    def __init__(
        self,
        model: str = "ViT-B-32",
        pretrained: str | None = None,
        device: str = "cpu",
        batch_size: int = 32,
    ) -> None:
        import open_clip
        import torch

        if pretrained and not pretrained.startswith("local-dir:") and not Path(pretrained).exists():
            raise FileNotFoundError(f"open_clip weights not found: {pretrained}")
        self._torch = torch
        self.device = device
        self.batch_size = batch_size
        if model.startswith("local-dir:"):
            name = model
            self.model = Path(model.removeprefix("local-dir:")).name
        else:
            name = model
            self.model = model + (f" ({Path(pretrained).name})" if pretrained else " (random init)")
        self._model, _, self._preprocess = open_clip.create_model_and_transforms(
            name, pretrained=pretrained, device=device
        )
        self._model.eval()
        self._tokenizer = open_clip.get_tokenizer(name)

    def _normed(self, x) -> np.ndarray:
        x = x / x.norm(dim=-1, keepdim=True).clamp_min(1e-12)
        return x.float().cpu().numpy()

    def encode_images(self, paths: Sequence[str | Path]) -> np.ndarray:
        from PIL import Image

        out = []
        with self._torch.inference_mode():
            for i in range(0, len(paths), self.batch_size):
                batch = [self._preprocess(Image.open(p).convert("RGB"))
                         for p in paths[i : i + self.batch_size]]  # fmt: skip
                out.append(self._normed(self._model.encode_image(
                    self._torch.stack(batch).to(self.device))))  # fmt: skip
        return np.concatenate(out) if out else np.zeros((0, 0), dtype=np.float32)

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        with self._torch.inference_mode():
            tokens = self._tokenizer(list(texts)).to(self.device)
            return self._normed(self._model.encode_text(tokens))

    @property
    def logit_scale(self) -> float:
        return float(self._model.logit_scale.exp().item())
