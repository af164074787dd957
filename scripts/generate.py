"""Generate the three text layers and the 6W tags for one shard (model loaded once per job)."""

import _workflow

_workflow.run(snakemake, "videomind.generation.generate:run_generate")  # noqa: F821 - set by Snakemake
