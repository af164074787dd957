"""On-screen text: rapidocr (offline default, ships PP-OCR ONNX models) and PaddleOCR (HPC)."""

from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


@dataclass
class OCRLine:
    text: str
    score: float
    box: list[float]


class OCRBackend(Protocol):
    name: str
    model: str

    def read(self, image: Path) -> list[OCRLine]: ...


def _flat_box(box) -> list[float]:
    return [round(float(v), 1) for point in box for v in point]


class RapidOCRBackend:
    name = "rapidocr"

    def __init__(self, threads: int = 1, det_limit_side_len: int = 480):
        import rapidocr
        from rapidocr import RapidOCR

        # rapidocr scales the *shorter* side up to 736 px by default; on 480p frames that
        # triples the cost and, on cartoons, adds spurious detections. Native size reads better.
        params = {
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "Det.limit_side_len": det_limit_side_len,
        }
        self._engine = RapidOCR(params=params)
        # rapidocr warns on every frame without text (most frames); keep its errors only.
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        version = getattr(rapidocr, "__version__", "?")
        self.model = (
            f"PP-OCRv6 small det+rec ONNX (rapidocr {version}, det side {det_limit_side_len})"
        )

    def read(self, image: Path) -> list[OCRLine]:
        result = self._engine(str(image))
        if result.txts is None:
            return []
        return [
            OCRLine(str(t), float(s), _flat_box(b))
            for t, s, b in zip(result.txts, result.scores, result.boxes, strict=False)
        ]


class PaddleOCRBackend:
    """PaddleOCR for GPU nodes. Its models must already be on the node (it downloads otherwise)."""

    name = "paddleocr"

    def __init__(self, lang: str = "en", **kwargs):
        from paddleocr import PaddleOCR

        self._engine = PaddleOCR(lang=lang, **kwargs)
        self.model = f"PaddleOCR lang={lang}"

    def read(self, image: Path) -> list[OCRLine]:
        lines = []
        for page in self._engine.predict(str(image)):
            for text, score, box in zip(
                page["rec_texts"], page["rec_scores"], page["rec_polys"], strict=False
            ):
                lines.append(OCRLine(str(text), float(score), _flat_box(box)))
        return lines


def load_ocr(cfg: dict, threads: int = 1) -> OCRBackend:
    backend = cfg.get("backend", "rapidocr")
    if backend == "rapidocr":
        return RapidOCRBackend(
            threads=threads, det_limit_side_len=int(cfg.get("det_limit_side_len", 480))
        )
    if backend == "paddleocr":
        return PaddleOCRBackend(lang=cfg.get("lang", "en"))
    raise ValueError(f"unknown OCR backend {backend!r} (rapidocr|paddleocr)")


def keep_line(text: str, score: float, min_score: float, min_chars: int) -> bool:
    """Drop low-confidence reads and fragments (one letter on a cartoon's fur is not text)."""
    return score >= min_score and len(re.findall(r"\w", text)) >= min_chars


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def dedupe_lines(lines: list[str], similarity: float = 0.85) -> list[str]:
    """Keep the first of near-identical texts (the same caption read in several frames).

    A longer reading that contains an earlier one replaces it, so a caption caught while it was
    still being typed in ("The Blender Foundatio") gives way to its complete form.
    """
    kept: list[str] = []
    for line in lines:
        n = _norm(line)
        if not n:
            continue
        for i, k in enumerate(kept):
            nk = _norm(k)
            if n == nk or difflib.SequenceMatcher(None, n, nk).ratio() >= similarity:
                if len(n) > len(nk):
                    kept[i] = line
                break
            if nk in n:
                kept[i] = line
                break
            if n in nk:
                break
        else:
            kept.append(line)
    return kept
