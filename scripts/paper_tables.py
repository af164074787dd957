"""Tables 2 and 3 of the paper from this run's evaluation results, beside the reported rows."""

import _workflow

_workflow.run(snakemake, "videomind.paper.tables:run_paper_tables")  # noqa: F821 - set by Snakemake
