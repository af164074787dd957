"""Stage 9a: Tables 2 and 3 (light: the rule's env has no plotting library)."""

from __future__ import annotations

import json
from pathlib import Path

from videomind.paper.tables import (
    T2V_COLS,
    V2T_COLS,
    read_reported,
    table2_rows,
    table3_rows,
    write_table,
)
from videomind.stages.runner import Job


def run_paper_tables(job: Job) -> None:
    """Tables 2 and 3 from this run's evaluation results, beside the paper's reported rows."""
    results = [json.loads(p.read_text()) for p in job.paths("evals")]
    o = job.output
    write_table(
        table2_rows(results, read_reported(Path(job.input.table2_reported))),
        T2V_COLS,
        Path(o.t2_csv).with_suffix(""),
        "Table 2: text-to-video retrieval on the gold set (R@K in %, MeanR in ranks)",
        "tab:t2v",
    )
    write_table(
        table3_rows(results, read_reported(Path(job.input.table3_reported))),
        V2T_COLS,
        Path(o.t3_csv).with_suffix(""),
        "Table 3: video-to-text retrieval over the mixed gallery of all three layers",
        "tab:v2t",
    )
