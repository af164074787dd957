"""Detect scenes in one shard's sources, cut the clips, take their frames and audio."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.media.scenes import DetectorConfig  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.clips import ClipConfig, run_ingest  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
p = smk.params
cfg = ClipConfig(
    min_duration=p.clips["min_duration"],
    max_duration=p.clips["max_duration"],
    precision=p.clips["precision"],
    frames_per_clip=p.frames["per_clip"],
    frame_seed=p.frames["seed"],
    frame_max_height=p.frames["max_height"],
    audio_sample_rate=p.audio["sample_rate"],
)
run_ingest(
    Path(smk.input.sources),
    smk.wildcards.shard,
    Path(smk.output.media),
    Path(smk.output.scenes),
    Path(smk.output.table),
    Path(smk.output.failures),
    DetectorConfig(**p.scenes),
    cfg,
    threads=smk.threads,
)
