"""Select the gold set and fold in the annotators' judgments."""

import _workflow

_workflow.run(snakemake, "videomind.evaluation.gold:run_gold")  # noqa: F821 - set by Snakemake
