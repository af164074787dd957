"""Generate the static sample browser."""

import _workflow

_workflow.run(snakemake, "videomind.release.browser:run_browser")  # noqa: F821 - set by Snakemake
