"""Detect scenes in one shard's sources, cut the clips, take their frames and audio."""

import _workflow

_workflow.run(snakemake, "videomind.modalities.clips:run_clips")  # noqa: F821 - set by Snakemake
