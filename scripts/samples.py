"""Join one shard's tables into sample records."""

import _workflow

_workflow.run(snakemake, "videomind.stages.samples:run_samples")  # noqa: F821 - set by Snakemake
