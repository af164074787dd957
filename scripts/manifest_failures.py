"""Record manifest rows that were rejected (bad ids, missing fields, duplicates)."""

import _workflow

_workflow.run(snakemake, "videomind.ingest.manifest:run_manifest_failures")  # noqa: F821 - set by Snakemake
