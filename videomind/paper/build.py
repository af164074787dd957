"""Rule `paper_figures` (after `evaluate`): the paper's Table 1, Figure 3, a Figure 1-style panel
and the dataset card, from the run's results only (no upstream stage reruns)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from videomind.core.io import atomic_path, read_parquet, write_json
from videomind.paper.card import dataset_card
from videomind.paper.figures import figure1, figure3
from videomind.paper.stats import derive, summarize
from videomind.paper.tables import TABLE1_COLS, table1_rows, write_table
from videomind.runner import Job

log = logging.getLogger(__name__)


def run_paper_figures(job: Job) -> dict[str, Any]:
    i, cfg = job.input, job.params.paper
    out = {k: Path(v) for k, v in job.output.items()}
    rows = read_parquet(i.dataset).to_pylist()
    funnel, gold = load_json(i.funnel), load_json(i.gold)
    evals, literature = [load_json(p) for p in job.paths("evals")], Path(i.literature)
    released = [r for r in rows if r.get("released")]
    # Samples without a category get the closest one, zero-shot (the embedder loads only then).
    load = lambda: job.load("text_embedder", None, key="paper.embedder")  # noqa: E731
    derived = derive(released, cfg["categories"], load_embedder=load)
    summary = summarize(derived)
    models = sorted({r.get("llm_model") or "?" for r in released}) or ["-"]
    subtitle = f"Run of the VideoMind pipeline; text layers by {', '.join(models)}" + (
        " (offline text-only proxy of Qwen2.5-Omni)" if any("SmolLM2" in m for m in models) else ""
    )
    write_json({"summary": summary, "samples": derived}, out["figure3_json"])
    figure3(summary, out["figure3_png"], out["figure3_pdf"], subtitle)
    with_frames = [r for r in released if r.get("frame_paths")]
    examples = sorted(with_frames, key=lambda r: -(r.get("words_sample") or 0))[
        : int(cfg["examples"])
    ]
    figure1(examples, out["figure1_png"], out["figure1_pdf"], subtitle)
    t1 = table1_rows(literature, released, ", ".join(models))
    title = "Table 1: VideoMind compared with video-centric multimodal datasets"
    write_table(t1, TABLE1_COLS, out["table1_csv"].with_suffix(""), title, "tab:datasets")
    with atomic_path(out["card"]) as tmp:
        tmp.write_text(dataset_card(rows, funnel, gold, evals, summary))
    log.info("figure 3 over %d samples", summary["samples"])
    return summary


def load_json(path: str | Path) -> Any:
    return json.loads(Path(path).read_text())
