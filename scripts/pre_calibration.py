"""Calibration report of the pre-verification threshold over the whole run."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.preverify import run_calibration  # noqa: E402
from videomind.stages.samples import concat  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
i, o = smk.input, smk.output
report = run_calibration(
    concat([Path(p) for p in i.generation], "generation", None),
    concat([Path(p) for p in i.preverify], "preverify", None),
    dict(smk.params.pre),
    Path(o.json),
    Path(o.md),
    Path(o.png),
    Path(o.pdf),
)
log.info(
    "AUC %s; %s of %s samples pass", report["pooled"]["auc"], report["passed"], report["samples"]
)
