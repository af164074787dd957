"""Write the release: parquet splits and tables, WebDataset shards, the dataset card."""

import _workflow

_workflow.run(snakemake, "videomind.release.export:run_export")  # noqa: F821 - set by Snakemake
