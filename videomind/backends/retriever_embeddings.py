"""Embeddings computed elsewhere (InternVideo, UMT-L, CLIP-VIP, mPLUG-2, VAST …), imported from
a parquet or npz file keyed by sample id and layer; ids and shapes are validated."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from videomind.backends.protocols import Encoded
from videomind.backends.retrieval import EmbeddingFileError, unit
from videomind.core.records import LAYERS

KINDS = ("video", *LAYERS)


def _from_npz(path: Path) -> tuple[dict[str, int], dict[str, np.ndarray]]:
    data = np.load(path, allow_pickle=False)
    missing = [k for k in ("ids", *KINDS) if k not in data.files]
    if missing:
        raise EmbeddingFileError(f"{path}: arrays {missing} missing (has {data.files})")
    return {str(i): n for n, i in enumerate(data["ids"])}, {k: data[k] for k in KINDS}


def _from_parquet(path: Path) -> tuple[dict[str, int], dict[str, np.ndarray]]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    need = {"clip_id", "kind", "embedding"}
    if not need <= set(table.column_names):
        raise EmbeddingFileError(f"{path}: columns {sorted(need)} needed, has {table.column_names}")
    vecs: dict[str, dict[str, list[float]]] = {k: {} for k in KINDS}
    for n, row in enumerate(table.to_pylist()):
        if row["kind"] not in vecs:
            raise EmbeddingFileError(f"{path}: row {n}: kind {row['kind']!r} not one of {KINDS}")
        if row["clip_id"] in vecs[row["kind"]]:
            raise EmbeddingFileError(
                f"{path}: row {n}: duplicate {row['kind']} for {row['clip_id']}"
            )
        vecs[row["kind"]][row["clip_id"]] = row["embedding"]
    order = sorted(vecs["video"])
    arrays = {}
    for k in KINDS:
        lost = sorted(set(order) - set(vecs[k]))
        if lost:
            raise EmbeddingFileError(f"{path}: no {k} embedding for {lost[:5]}")
        arrays[k] = np.array([vecs[k][cid] for cid in order], dtype=np.float32)
    return {cid: n for n, cid in enumerate(order)}, arrays


class ImportedEmbeddings:
    """``path``: a .npz with ``ids`` and one array per name in (video, factual, abstract,
    intent), or a .parquet with columns clip_id, kind, embedding."""

    backend = "embeddings"

    def __init__(self, config: dict[str, Any]) -> None:
        self.cfg = config
        self.path = Path(config["path"])
        self.model = config.get("model", self.path.stem)

    def encode(self, rows: Sequence[dict[str, Any]], layer_text: dict[str, list[str]]) -> Encoded:
        path = self.path
        if not path.exists():
            raise EmbeddingFileError(f"{path}: embeddings file not found")
        if path.suffix == ".npz":
            index, arrays = _from_npz(path)
        elif path.suffix == ".parquet":
            index, arrays = _from_parquet(path)
        else:
            raise EmbeddingFileError(f"{path}: use .npz or .parquet")
        ids = [r["clip_id"] for r in rows]
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
            name=self.cfg.get("name", path.stem),
            backend=self.backend,
            model=self.model,
            label=f"imported embeddings ({path.name})",
            video=unit(arrays["video"][take]),
            texts={k: unit(arrays[k][take]) for k in LAYERS},
        )
