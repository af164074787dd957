"""Split one shard's pre-verified statements into t2v parts (a checkpoint: counts known now)."""

import _workflow

_workflow.run(snakemake, "videomind.verification.t2v:run_t2v_plan")  # noqa: F821 - set by Snakemake
