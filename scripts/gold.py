"""Select the gold set and fold in the annotators' judgments."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.io import read_parquet  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.gold import run_gold  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
i, o = smk.input, smk.output
report = run_gold(
    read_parquet(i.dataset),
    [Path(p) for p in i.files],
    dict(smk.params.gold),
    Path(o.table),
    Path(o.failures),
    Path(o.sheets),
    Path(o.json),
    Path(o.md),
)
log.info("gold set: %s", report["counts"])
