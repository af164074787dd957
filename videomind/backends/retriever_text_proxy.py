"""The offline retriever: a video is represented by its own words (ASR + OCR + the uploader's
text) embedded with a sentence embedder. It never looks at pixels: a text-only proxy, labeled
so wherever its numbers appear."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from videomind.backends import registry
from videomind.backends.protocols import Encoded
from videomind.backends.retrieval import PROXY_VIDEO_TEXT, layer_texts, unit


class TextProxyRetriever:
    backend = "text_proxy"

    def __init__(self, config: dict[str, Any], key: str = "retriever") -> None:
        self.cfg = config
        self.embedder = registry.load(
            "text_embedder", {"model": config.get("model", registry.MINILM)}, key=key
        )
        self.model = self.embedder.model

    def encode(self, rows: Sequence[dict[str, Any]], layer_text: dict[str, list[str]]) -> Encoded:
        fields = self.cfg.get("video_text", list(PROXY_VIDEO_TEXT))
        video_text = [
            " ".join(str(r.get(f) or "") for f in fields).strip() or "(no words)" for r in rows
        ]
        texts = layer_texts(rows, layer_text)
        return Encoded(
            name=self.cfg.get("name", "text_proxy"),
            backend=self.backend,
            model=self.model,
            label=f"text-only proxy: a video is its {', '.join(fields)}, never its pixels",
            video=unit(self.embedder.encode(video_text)),
            texts={k: unit(self.embedder.encode(v)) for k, v in texts.items()},
        )
