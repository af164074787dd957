"""Rules `t2v_plan`, `t2v`, `t2v_merge` (after `preverify`, before `review`): render every
pre-verified intent statement as a video for the raters.

A render takes minutes on a GPU, so a shard's statements are split into parts of at most
``statements_per_job`` (``t2v_plan``, a Snakemake checkpoint that runs after pre-verification,
when the number of statements is known): a job's runtime then does not grow with the shard.
Each part job loads the pipeline once and renders its statements, keeping each video as soon as
it is written (a retried job renders only the rest); ``t2v_merge`` joins the parts into the
shard's table and video folder. A statement that fails to render is a failures row; the raters
then judge it without a rendering (the review page says so).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from videomind.core.ids import source_of
from videomind.core.io import atomic_dir, read_parquet, write_parquet
from videomind.core.records import INTENT, to_table
from videomind.runner import Failed, Job, Stage

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
        items = statements(self.job.input.generation, self.job.input.preverify)
        if "plan" in self.job.input:  # a part job: only the statements of its part
            wanted = set(json.loads(Path(self.job.input.plan).read_text())["statements"])
            items = [item for item in items if self.key(item) in wanted]
        return items

    def resume_dir(self) -> Path:
        """One resume folder per part (parts of a shard share a parent folder)."""
        table = self.job.path("table")
        return table.parent / ".resume" / f"{self.name}-{table.stem}"

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
        return Failed.from_error(err, "t2v_failed", source_of(r["clip_id"]),
                                 r[INTENT[role]["statement"]], r["clip_id"], step=role)  # fmt: skip

    def label(self, item: tuple[dict[str, Any], str], row: dict[str, Any]) -> str:
        return f"{row['clip_id']} {row['role']} ({row['frames']} frames)"


def statements(generation: str, preverify: str) -> list[tuple[dict[str, Any], str]]:
    """(sample, role) of every statement to render: each written role of each pre-verified
    sample (role B is null where the clip shows no protagonist)."""
    passed = {r["clip_id"] for r in read_parquet(preverify).to_pylist() if r["pre_pass"]}
    todo = [r for r in read_parquet(generation).to_pylist() if r["clip_id"] in passed]
    return [(r, role) for r in todo for role in INTENT if r[INTENT[role]["statement"]] is not None]


def run_t2v_plan(job: Job) -> None:
    """Split the shard's statements into parts of at most ``statements_per_job``; one JSON file
    per part. No statements, no parts (the merge then writes an empty table)."""
    keys = [f"{r['clip_id']}.{role}"
            for r, role in statements(job.input.generation, job.input.preverify)]  # fmt: skip
    per_job = max(1, int(job.params.per_job))
    with atomic_dir(job.output.plan) as tmp:
        for n, start in enumerate(range(0, len(keys), per_job)):
            part = {"part": n, "statements": keys[start : start + per_job]}
            (tmp / f"part{n:04d}.json").write_text(json.dumps(part, indent=1))


def run_t2v(job: Job) -> None:
    Path(job.output.videos).mkdir(parents=True, exist_ok=True)
    T2VStage.run(job)


def run_t2v_merge(job: Job) -> None:
    """The shard's t2v table, failures and video folder from its parts. Videos are hard-linked
    (same file system; copied otherwise), and each row's ``video_path`` names the shard folder."""
    videos = Path(job.output.videos)
    rows, failures = [], []
    with atomic_dir(videos) as tmp:
        for table in job.paths("tables"):
            for row in read_parquet(table).to_pylist():
                src = Path(row["video_path"])
                _link(src, tmp / src.name)
                rows.append(row | {"video_path": str(videos / src.name)})
    for table in job.paths("failures"):
        failures += read_parquet(table).to_pylist()
    write_parquet(to_table("failures", failures), job.output.failures)
    write_parquet(to_table("t2v", rows), job.output.table)


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
