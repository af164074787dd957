"""open_clip as a retriever: the mean of a clip's 12 frame embeddings against text embeddings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from videomind.backends import registry
from videomind.backends.protocols import Encoded
from videomind.backends.retrieval import layer_texts, unit


class OpenClipRetriever:
    backend = "open_clip"

    def __init__(self, config: dict[str, Any], key: str = "retriever") -> None:
        self.cfg = config
        block = {k: config[k] for k in ("model", "pretrained", "device") if k in config}
        self.encoder = registry.load("image_text", block, key=key)
        self.model = self.encoder.model

    def encode(self, rows: Sequence[dict[str, Any]], layer_text: dict[str, list[str]]) -> Encoded:
        videos = [self.encoder.encode_images(r["frame_paths"]).mean(axis=0) for r in rows]
        texts = layer_texts(rows, layer_text)
        return Encoded(
            name=self.cfg.get("name", "open_clip"),
            backend=self.backend,
            model=self.model,
            label="frame-averaged image embeddings (12 frames) against text embeddings",
            video=unit(np.stack(videos)),
            texts={k: unit(self.encoder.encode_texts(v)) for k, v in texts.items()},
        )
