"""Fetch the sources of one shard."""

import _workflow

_workflow.run(snakemake, "videomind.ingest.fetch:run_fetch")  # noqa: F821 - set by Snakemake
