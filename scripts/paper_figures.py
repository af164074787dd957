"""Table 1, Figure 3, the example panel and the dataset card from the run's results."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.io import read_parquet  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.paper import load_json, run_paper_figures  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
i = smk.input
summary = run_paper_figures(
    read_parquet(i.dataset),
    load_json(i.funnel),
    load_json(i.gold),
    [load_json(p) for p in i.evals],
    Path(i.literature),
    dict(smk.params.paper),
    {k: Path(v) for k, v in smk.output.items()},
)
log.info("figure 3 over %d samples", summary["samples"])
