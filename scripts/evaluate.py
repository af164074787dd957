"""Score one retriever on the gold set (Tables 2 and 3 metrics)."""

import _workflow

_workflow.run(snakemake, "videomind.evaluation.evaluate:run_evaluate")  # noqa: F821 - set by Snakemake
