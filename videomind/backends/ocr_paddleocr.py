"""On-screen text with PaddleOCR, for GPU nodes. Its models must already be on the node (it
downloads them otherwise)."""

from __future__ import annotations

from pathlib import Path

from videomind.backends.ocr_rapidocr import flat_box
from videomind.backends.protocols import OCRLine


class PaddleOCRBackend:
    backend = "paddleocr"

    def __init__(self, lang: str = "en") -> None:
        from paddleocr import PaddleOCR

        self._engine = PaddleOCR(lang=lang)
        self.model = f"PaddleOCR lang={lang}"

    def read(self, image: Path) -> list[OCRLine]:
        lines = []
        for page in self._engine.predict(str(image)):
            for text, score, box in zip(
                page["rec_texts"], page["rec_scores"], page["rec_polys"], strict=False
            ):
                lines.append(OCRLine(str(text), float(score), flat_box(box)))
        return lines
