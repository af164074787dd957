"""Measure the sensitive-content text filter on the labeled set."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.screen import load_text_embedder, run_screen_eval  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
report = run_screen_eval(
    Path(smk.input.policy),
    Path(smk.input.labeled),
    load_text_embedder(smk.params.text),
    Path(smk.output.json),
    Path(smk.output.md),
)
for name, cat in report["categories"].items():
    log.info("%s: %s; implied threshold %s", name, cat["at_threshold"], cat["implied_threshold"])
