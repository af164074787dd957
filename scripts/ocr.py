"""Read on-screen text in one shard's frames (model loaded once per job)."""

import _workflow

_workflow.run(snakemake, "videomind.modalities.ocr:run_ocr")  # noqa: F821 - set by Snakemake
