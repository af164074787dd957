"""Stage 6b (machine part): render every pre-verified intent statement as a video for the raters.

One job per shard loads the pipeline once and renders both roles' statements of every sample
that passed pre-verification. A statement that fails to render is a failures row; the raters then
judge it without a rendering (the review page says so).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from videomind.ids import source_of
from videomind.io import read_parquet
from videomind.records import INTENT
from videomind.stages.runner import Failed, Job, Stage

# Below this many transformer parameters a pipeline is a test model, whatever its folder is called.
PLUMBING_BELOW = 50_000_000


def t2v_label(t2v: Any) -> str:
    params = t2v.parameters
    if params is not None and params < PLUMBING_BELOW:
        return f"plumbing output of a random-init test model ({params:,} parameters), not Wan2.1"
    return f"rendered by {t2v.model}"


class T2VStage(Stage):
    """One item per (sample, role) statement."""

    name = table = "t2v"
    uses = {"t2v": ("t2v", "t2v")}
    resume = True  # each rendering is kept as soon as it is written: a retry renders the rest

    def key(self, item: tuple[dict[str, Any], str]) -> str:
        return f"{item[0]['clip_id']}.{item[1]}"

    def items(self) -> list[tuple[dict[str, Any], str]]:
        passed = {r["clip_id"] for r in read_parquet(self.job.input.preverify).to_pylist()
                  if r["pre_pass"]}  # fmt: skip
        todo = [r for r in read_parquet(self.job.input.generation).to_pylist()
                if r["clip_id"] in passed]  # fmt: skip
        return [(r, role) for r in todo for role in INTENT]

    def load(self) -> None:
        super().load()
        self.label_text = t2v_label(self.t2v)
        self.staging = self.resume_dir() / "videos"

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Renderings move from the resume folder into the `videos` output."""
        for row in rows:
            staged = self.resume_dir() / "videos" / Path(row["video_path"]).name
            if staged.exists():
                os.replace(staged, row["video_path"])
        super().write(rows)

    def process(self, item: tuple[dict[str, Any], str]) -> dict[str, Any]:
        r, role = item
        statement = r[INTENT[role]["statement"]]
        path = self.job.path("videos") / f"{r['clip_id']}.{role}.mp4"
        info = self.t2v.render(statement, self.staging / path.name)
        return {
            "clip_id": r["clip_id"], "role": role, "statement": statement,
            "video_path": str(path), "frames": info["frames"], "fps": self.t2v.fps,
            "seconds": info["seconds"], "t2v_backend": self.t2v.backend,
            "t2v_model": self.t2v.model, "t2v_parameters": self.t2v.parameters,
            "t2v_label": self.label_text,
        }  # fmt: skip

    def failed(self, item: tuple[dict[str, Any], str], err: BaseException) -> Failed:
        r, role = item
        return Failed(source_of(r["clip_id"]), "t2v_failed", f"{role}: {err}",
                      r[INTENT[role]["statement"]], r["clip_id"])  # fmt: skip

    def label(self, item: tuple[dict[str, Any], str], row: dict[str, Any]) -> str:
        return f"{row['clip_id']} {row['role']} ({row['frames']} frames)"


def run_t2v(job: Job) -> None:
    Path(job.output.videos).mkdir(parents=True, exist_ok=True)
    T2VStage.run(job)
