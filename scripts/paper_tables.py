"""Tables 2 and 3 of the paper from this run's evaluation results, beside the reported rows."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.paper.tables import (  # noqa: E402
    T2V_COLS,
    V2T_COLS,
    read_reported,
    table2_rows,
    table3_rows,
    write_table,
)
from videomind.smk import start  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
results = [json.loads(Path(p).read_text()) for p in smk.input.evals]
write_table(
    table2_rows(results, read_reported(Path(smk.input.table2_reported))),
    T2V_COLS,
    Path(smk.output.t2_csv).with_suffix(""),
    "Table 2: text-to-video retrieval on the gold set (R@K in %, MeanR in ranks)",
    "tab:t2v",
)
write_table(
    table3_rows(results, read_reported(Path(smk.input.table3_reported))),
    V2T_COLS,
    Path(smk.output.t3_csv).with_suffix(""),
    "Table 3: video-to-text retrieval over the mixed gallery of all three layers",
    "tab:v2t",
)
