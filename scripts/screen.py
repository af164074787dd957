"""Screen one shard's samples against the sensitive-content policy (models loaded once)."""

import _workflow

_workflow.run(snakemake, "videomind.modalities.screen:run_screen")  # noqa: F821 - set by Snakemake
