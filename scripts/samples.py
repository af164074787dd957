"""Join one shard's tables into sample records."""

import _workflow

_workflow.run(snakemake, "videomind.modalities.samples:run_samples")  # noqa: F821 - set by Snakemake
