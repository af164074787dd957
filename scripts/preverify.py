"""Pre-verify one shard's intent statements with a second model (loaded once per job)."""

import _workflow

_workflow.run(snakemake, "videomind.verification.preverify:run_preverify")  # noqa: F821 - set by Snakemake
