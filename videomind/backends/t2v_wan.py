"""Text-to-video for post-verification: the paper renders each intent statement with Wan2.1 and
shows the video beside the source clip to expert raters.

Backend ``diffusers`` loads a ``WanPipeline`` from a local folder (``save_pretrained`` layout,
e.g. Wan2.1-T2V-1.3B-Diffusers downloaded once on the cluster); models are never fetched from a
hub at run time. Frames are encoded to H.264 with ffmpeg so every browser plays them.
"""

from __future__ import annotations

import logging
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from videomind.core.io import atomic_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class T2VConfig:
    model: str
    height: int = 480
    width: int = 832
    num_frames: int = 161
    fps: int = 16
    steps: int = 50
    guidance_scale: float = 5.0
    seed: int = 0
    negative_prompt: str = ""
    max_sequence_length: int = 512
    device: str = "auto"
    dtype: str = "bfloat16"

    @classmethod
    def from_dict(cls, cfg: dict[str, Any]) -> T2VConfig:
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in cfg.items() if k in fields})

    def check(self) -> None:
        """Wan's shape rules, stated before a GPU hour is spent."""
        if self.height % 16 or self.width % 16:
            raise ValueError(
                f"t2v height/width must be multiples of 16, got {self.height}x{self.width}"
            )
        if (self.num_frames - 1) % 4:
            raise ValueError(f"t2v num_frames must be 4k+1 (e.g. 81, 161), got {self.num_frames}")


def encode_mp4(frames: np.ndarray, fps: int, out: Path) -> None:
    """Frames (T, H, W, 3) in [0, 1] or uint8 to an H.264 mp4, written atomically."""
    if frames.dtype != np.uint8:
        frames = (np.clip(frames, 0.0, 1.0) * 255).round().astype(np.uint8)
    t, h, w, _ = frames.shape
    with atomic_path(out) as tmp:
        cmd = ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{w}x{h}", "-r", str(fps), "-i", "-", "-an", "-c:v", "libx264",
               "-preset", "veryfast", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
               "-f", "mp4", str(tmp)]  # fmt: skip
        proc = subprocess.run(cmd, input=np.ascontiguousarray(frames).tobytes(),
                              capture_output=True, check=False)  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(f"ffmpeg could not encode {out}: {proc.stderr.decode()[-500:]}")


class WanT2V:
    """Wan2.1 text-to-video through diffusers' WanPipeline, loaded once per job."""

    backend = "diffusers"

    def __init__(self, config: dict[str, Any]) -> None:
        cfg = T2VConfig.from_dict(config)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from diffusers import WanPipeline

        cfg.check()
        if not Path(cfg.model).is_dir():
            raise FileNotFoundError(
                f"t2v model folder not found: {cfg.model} (a WanPipeline saved with "
                "save_pretrained, e.g. Wan2.1-T2V-1.3B-Diffusers downloaded once; models are never "
                "fetched from a hub at run time)"
            )
        self.cfg = cfg
        self.model = Path(cfg.model).name
        device = cfg.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = getattr(torch, cfg.dtype) if device != "cpu" else torch.float32
        t0 = time.perf_counter()
        self.pipe = WanPipeline.from_pretrained(cfg.model, dtype=dtype, local_files_only=True)
        self.pipe.to(device)
        self.pipe.set_progress_bar_config(disable=True)
        self.device = device
        self.fps = cfg.fps
        self.parameters = int(sum(p.numel() for p in self.pipe.transformer.parameters()))
        log.info(
            "loaded WanPipeline %s on %s in %.1f s", cfg.model, device, time.perf_counter() - t0
        )

    def render(self, prompt: str, out: Path, seed: int | None = None) -> dict[str, Any]:
        import torch

        c = self.cfg
        gen = torch.Generator(device="cpu").manual_seed(c.seed if seed is None else seed)
        t0 = time.perf_counter()
        result = self.pipe(
            prompt=prompt,
            negative_prompt=c.negative_prompt or None,
            height=c.height,
            width=c.width,
            num_frames=c.num_frames,
            num_inference_steps=c.steps,
            guidance_scale=c.guidance_scale,
            generator=gen,
            max_sequence_length=c.max_sequence_length,
            output_type="np",
        )
        frames = np.asarray(result.frames[0])
        encode_mp4(frames, c.fps, out)
        return {"frames": int(frames.shape[0]), "seconds": round(time.perf_counter() - t0, 3)}
