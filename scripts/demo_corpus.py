"""Build the embedded demo corpus (real footage, through package managers, checksummed)."""

import _workflow

_workflow.run(snakemake, "videomind.ingest.demo:run_demo_corpus")  # noqa: F821 - set by Snakemake
