"""Join one shard's tables into sample records."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.samples import run_samples  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
i = smk.input
run_samples(Path(i.sources), Path(i.clips), Path(i.asr), Path(i.ocr), Path(smk.output[0]))
