"""Detect scenes in one shard's sources and plan its clips."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.media.scenes import DetectorConfig  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.clips import ClipConfig, run_scenes  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
clips = smk.params.clips
run_scenes(
    Path(smk.input.sources),
    smk.wildcards.shard,
    Path(smk.output.table),
    Path(smk.output.failures),
    DetectorConfig(**smk.params.scenes),
    ClipConfig(min_duration=clips["min_duration"], max_duration=clips["max_duration"]),
    threads=smk.threads,
)
