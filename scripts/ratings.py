"""Ingest the raters' files: validate, measure agreement, decide post-verification."""

import _workflow

_workflow.run(snakemake, "videomind.verification.postverify:run_ratings")  # noqa: F821 - set by Snakemake
