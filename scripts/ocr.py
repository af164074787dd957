"""Read on-screen text in one shard's frames (model loaded once per job)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.backends.ocr import load_ocr  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.ocr import run_ocr  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
backend = load_ocr(smk.params.ocr, threads=smk.threads)
run_ocr(
    Path(smk.input.clips),
    smk.wildcards.shard,
    Path(smk.output.table),
    Path(smk.output.failures),
    backend,
    min_score=smk.params.ocr["min_score"],
    min_chars=smk.params.ocr["min_chars"],
    reuse_below=smk.params.ocr["reuse_below"],
)
