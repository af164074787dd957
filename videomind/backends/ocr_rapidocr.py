"""On-screen text with rapidocr: the offline default, PP-OCR ONNX models shipped in its wheel."""

from __future__ import annotations

import logging
from pathlib import Path

from videomind.backends.protocols import OCRLine


def flat_box(box) -> list[float]:
    return [round(float(v), 1) for point in box for v in point]


class RapidOCRBackend:
    backend = "rapidocr"

    def __init__(
        self,
        threads: int = 1,
        det_limit_side_len: int = 480,
        device: str = "auto",
        det_model_path: str | None = None,
        rec_model_path: str | None = None,
        rec_keys_path: str | None = None,
    ) -> None:
        import rapidocr
        from rapidocr import RapidOCR

        # rapidocr scales the *shorter* side up to 736 px by default; on 480p frames that
        # triples the cost and, on cartoons, adds spurious detections. Native size reads better.
        params: dict[str, object] = {
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "Det.limit_side_len": det_limit_side_len,
        }
        # Larger PP-OCR models (the server det/rec, exported to ONNX) from local files; a
        # missing one is an error naming its key, never a download.
        for key, path, param in (
            ("det_model_path", det_model_path, "Det.model_path"),
            ("rec_model_path", rec_model_path, "Rec.model_path"),
            ("rec_keys_path", rec_keys_path, "Rec.rec_keys_path"),
        ):
            if path is None:
                continue
            if not Path(path).is_file():
                raise FileNotFoundError(f"ocr.{key}: {path} does not exist (models are local "
                                        "files, never fetched at run time)")  # fmt: skip
            params[param] = str(path)
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
        models = (
            "PP-OCRv6 small det+rec ONNX"
            if det_model_path is None and rec_model_path is None
            else f"PP-OCR det {Path(det_model_path or 'shipped').name} + rec "
            f"{Path(rec_model_path or 'shipped').name} ONNX"
        )
        self.model = f"{models} (rapidocr {version}, det side {det_limit_side_len}" + (
            ", CUDA)" if device == "cuda" else ")"
        )

    def read(self, image: Path) -> list[OCRLine]:
        result = self._engine(str(image))
        if result.txts is None:
            return []
        return [
            OCRLine(str(t), float(s), flat_box(b))
            for t, s, b in zip(result.txts, result.scores, result.boxes, strict=False)
        ]
