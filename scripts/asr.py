"""Transcribe one shard's clips (model loaded once per job)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.backends.asr import load_asr  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.asr import run_asr  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
backend = load_asr(smk.params.asr, threads=smk.threads)
run_asr(
    Path(smk.input.clips),
    smk.wildcards.shard,
    Path(smk.output.table),
    Path(smk.output.failures),
    backend,
)
