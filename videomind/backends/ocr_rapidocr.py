"""On-screen text with rapidocr: the offline default, PP-OCR ONNX models shipped in its wheel."""

from __future__ import annotations

import logging
from pathlib import Path

from videomind.backends.protocols import OCRLine


def flat_box(box) -> list[float]:
    return [round(float(v), 1) for point in box for v in point]


class RapidOCRBackend:
    backend = "rapidocr"

    def __init__(self, threads: int = 1, det_limit_side_len: int = 480,
                 device: str = "cpu") -> None:  # fmt: skip
        import rapidocr
        from rapidocr import RapidOCR

        # rapidocr scales the *shorter* side up to 736 px by default; on 480p frames that
        # triples the cost and, on cartoons, adds spurious detections. Native size reads better.
        params: dict[str, object] = {
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "Det.limit_side_len": det_limit_side_len,
        }
        if device == "cuda":
            # The same PP-OCR models on the GPU through onnxruntime-gpu (envs/ocr-gpu.yaml).
            # onnxruntime would fall back to the CPU without a word; refuse instead.
            import onnxruntime

            if "CUDAExecutionProvider" not in onnxruntime.get_available_providers():
                raise RuntimeError(
                    "ocr.device: cuda, but this onnxruntime has no CUDAExecutionProvider "
                    f"({onnxruntime.get_available_providers()}): use envs/ocr-gpu.yaml "
                    "(onnxruntime-gpu) on a GPU node, or device: cpu"
                )
            params["EngineConfig.onnxruntime.use_cuda"] = True
        self._engine = RapidOCR(params=params)
        # rapidocr warns on every frame without text (most frames); keep its errors only.
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        version = getattr(rapidocr, "__version__", "?")
        self.model = (
            f"PP-OCRv6 small det+rec ONNX (rapidocr {version}, det side {det_limit_side_len}"
            + (", CUDA)" if device == "cuda" else ")")
        )

    def read(self, image: Path) -> list[OCRLine]:
        result = self._engine(str(image))
        if result.txts is None:
            return []
        return [
            OCRLine(str(t), float(s), flat_box(b))
            for t, s, b in zip(result.txts, result.scores, result.boxes, strict=False)
        ]
