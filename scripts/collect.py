"""Gather all shards into the sample table, the failures table and the funnel report."""

import _workflow

_workflow.run(snakemake, "videomind.verification.collect:run_collect")  # noqa: F821 - set by Snakemake
