"""Ingest the raters' files: validate, measure agreement, decide post-verification."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.postverify import run_ratings  # noqa: E402
from videomind.stages.samples import concat  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
i, o = smk.input, smk.output
run_ratings(
    concat([Path(p) for p in i.preverify], "preverify", None),
    [Path(p) for p in i.files],
    dict(smk.params.post),
    Path(o.table),
    Path(o.failures),
    Path(o.json),
    Path(o.md),
)
