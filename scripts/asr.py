"""Transcribe one shard's clips (model loaded once per job)."""

import _workflow

_workflow.run(snakemake, "videomind.modalities.asr:run_asr")  # noqa: F821 - set by Snakemake
