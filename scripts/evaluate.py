"""Score one retriever on the gold set (Tables 2 and 3 metrics)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.io import read_parquet  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.evaluate import evaluation_set, run_evaluate  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
gold = read_parquet(smk.input.gold)
validated = not smk.params.include_unvalidated or all(
    s != "awaiting_annotation" for s in gold.column("gold_status").to_pylist()
)
rows = evaluation_set(read_parquet(smk.input.dataset), gold, smk.params.include_unvalidated)
result = run_evaluate(
    rows,
    dict(smk.params.retriever),
    dict(smk.params.layer_text) if smk.params.layer_text else None,
    validated,
    Path(smk.output[0]),
)
log.info(
    "%s on %d samples: %s", result["retriever"], len(rows), result["t2v"] and result["t2v"]["any"]
)
