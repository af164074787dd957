"""Render one shard's pre-verified intent statements as videos (pipeline loaded once per job)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.t2v import run_t2v  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
run_t2v(
    Path(smk.input.generation),
    Path(smk.input.preverify),
    smk.wildcards.shard,
    dict(smk.params.t2v),
    Path(smk.output.videos),
    Path(smk.output.table),
    Path(smk.output.failures),
)
