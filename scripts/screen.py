"""Screen one shard's samples against the sensitive-content policy (models loaded once)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.screen import run_screen  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
run_screen(
    Path(smk.input.samples),
    smk.wildcards.shard,
    dict(smk.params.screen, policy=smk.input.policy),
    Path(smk.output.decisions),
    Path(smk.output.kept),
    Path(smk.output.quarantine),
)
