"""Measure the sensitive-content text filter on the labeled set."""

import _workflow

_workflow.run(snakemake, "videomind.modalities.screen:run_screen_eval")  # noqa: F821 - set by Snakemake
