"""On-screen text with PaddleOCR 3.x, for GPU nodes.

Not run by the test suite: PaddleOCR fetches its models from a hub unless they are given as
local folders, and paddlepaddle does not belong on the test machine. What is set here follows
PaddleOCR 3.x's documented constructor; the tested GPU OCR path is rapidocr on onnxruntime-gpu
(``ocr.device: cuda``), which runs the same PP-OCR models. Defaults differ from PaddleOCR's own:
document orientation, unwarping and text-line orientation are off (they are for scanned pages,
and cost three extra models per frame), and the detector keeps frames at their size.
"""

from __future__ import annotations

from pathlib import Path

from videomind.backends.ocr_rapidocr import flat_box
from videomind.backends.protocols import OCRLine


class PaddleOCRBackend:
    backend = "paddleocr"

    def __init__(
        self,
        det_model_dir: str,
        rec_model_dir: str,
        lang: str = "en",
        det_limit_side_len: int = 480,
        device: str = "gpu",
    ) -> None:
        for name, folder in (("det_model_dir", det_model_dir), ("rec_model_dir", rec_model_dir)):
            if not Path(folder).is_dir():
                raise FileNotFoundError(
                    f"ocr.{name}: {folder} is not a folder; PaddleOCR models must be local "
                    "(they are never fetched at run time)"
                )
        from paddleocr import PaddleOCR

        self._engine = PaddleOCR(
            lang=lang,
            device=device,
            text_detection_model_dir=det_model_dir,
            text_recognition_model_dir=rec_model_dir,
            use_doc_orientation_classify=False,
            use_doc_unwarping=False,
            use_textline_orientation=False,
            text_det_limit_side_len=det_limit_side_len,
            text_det_limit_type="min",
        )
        # Said in every record: this path has not been run by the test suite (see the module).
        self.model = (
            f"PaddleOCR ({Path(det_model_dir).name} + {Path(rec_model_dir).name}, lang={lang}; "
            "backend not exercised by the test suite)"
        )

    def read(self, image: Path) -> list[OCRLine]:
        lines = []
        for page in self._engine.predict(str(image)):
            for text, score, box in zip(
                page["rec_texts"], page["rec_scores"], page["rec_polys"], strict=False
            ):
                lines.append(OCRLine(str(text), float(score), flat_box(box)))
        return lines
