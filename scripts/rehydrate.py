"""Rebuild an annotations-only release's clips, frames and audio from its sources."""

import _workflow

_workflow.run(snakemake, "videomind.release.rehydrate:run_rehydrate")  # noqa: F821 - set by Snakemake
