"""Render one t2v part of a shard's statements as videos (pipeline loaded once per job)."""

import _workflow

_workflow.run(snakemake, "videomind.verification.t2v:run_t2v")  # noqa: F821 - set by Snakemake
