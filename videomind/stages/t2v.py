"""Stage 6b (machine part): render every pre-verified intent statement as a video for the raters.

One job per shard loads the pipeline once and renders both roles' statements of every sample
that passed pre-verification. A statement that fails to render is a failures row; the raters then
judge it without a rendering (the review page says so).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from videomind.backends.t2v import T2VConfig, WanT2V
from videomind.failures import FailureLog
from videomind.ids import source_of
from videomind.io import read_parquet, write_parquet
from videomind.records import to_table
from videomind.verification.status import ROLES

log = logging.getLogger(__name__)
# Below this many transformer parameters a pipeline is a test model, whatever its folder is called.
PLUMBING_BELOW = 50_000_000


def load_t2v(cfg: dict[str, Any]) -> Any:
    return WanT2V(T2VConfig.from_dict(cfg))


def run_t2v(
    generation_table: Path,
    preverify_table: Path,
    shard: str,
    cfg: dict[str, Any],
    out_dir: Path,
    out_table: Path,
    failures_out: Path,
    factory: Callable[[dict[str, Any]], Any] = load_t2v,
) -> None:
    failures = FailureLog("t2v", shard)
    passed = {r["clip_id"] for r in read_parquet(preverify_table).to_pylist() if r["pre_pass"]}
    todo = [r for r in read_parquet(generation_table).to_pylist() if r["clip_id"] in passed]
    rows: list[dict[str, Any]] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    if todo:
        t2v = factory(cfg)
        params = _parameters(t2v)
        label = (
            f"plumbing output of a random-init test model ({params:,} parameters), not Wan2.1"
            if params is not None and params < PLUMBING_BELOW
            else f"rendered by {t2v.model}"
        )
        for r in todo:
            for role in ROLES:
                statement = r[f"intent_{role}"]
                path = out_dir / f"{r['clip_id']}.{role}.mp4"
                try:
                    info = t2v.render(statement, path)
                except Exception as err:  # noqa: BLE001 - one bad render must not sink the shard
                    failures.add(source_of(r["clip_id"]), "t2v_failed", f"{role}: {err}",
                                 input=statement, clip_id=r["clip_id"])  # fmt: skip
                    continue
                rows.append({
                    "clip_id": r["clip_id"], "role": role, "statement": statement,
                    "video_path": str(path), "frames": info["frames"], "fps": t2v.cfg.fps,
                    "seconds": info["seconds"], "t2v_backend": t2v.backend,
                    "t2v_model": t2v.model, "t2v_parameters": params, "t2v_label": label,
                })  # fmt: skip
    write_parquet(to_table("t2v", rows), out_table)
    failures.write(str(failures_out))
    log.info("rendered %d statements of %d samples", len(rows), len(todo))


def _parameters(t2v: Any) -> int | None:
    pipe = getattr(t2v, "pipe", None)
    if pipe is None or getattr(pipe, "transformer", None) is None:
        return None
    return int(sum(p.numel() for p in pipe.transformer.parameters()))
