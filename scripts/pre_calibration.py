"""Calibration report of the pre-verification threshold over the whole run."""

import _workflow

_workflow.run(snakemake, "videomind.verification.preverify:run_calibration")  # noqa: F821 - set by Snakemake
