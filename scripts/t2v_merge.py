"""Join one shard's t2v parts into its table, failures and video folder."""

import _workflow

_workflow.run(snakemake, "videomind.verification.t2v:run_t2v_merge")  # noqa: F821 - set by Snakemake
