"""Write one shard's review page for the expert raters."""

import _workflow

_workflow.run(snakemake, "videomind.verification.review:run_review")  # noqa: F821 - set by Snakemake
