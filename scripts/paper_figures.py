"""Table 1, Figure 3, the example panel and the dataset card from the run's results."""

import _workflow

_workflow.run(snakemake, "videomind.paper.build:run_paper_figures")  # noqa: F821 - set by Snakemake
