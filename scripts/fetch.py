"""Fetch the sources of one shard."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.download import DownloadConfig  # noqa: E402
from videomind.manifest import load_manifest  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.fetch import run_fetch  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
cfg = smk.config
manifest = load_manifest(cfg["manifest"], cfg["shard_size"], cfg["download"]["enable_file_urls"])
run_fetch(
    manifest.shard_rows(smk.wildcards.shard),
    smk.wildcards.shard,
    Path(smk.output.media),
    Path(smk.output.table),
    Path(smk.output.failures),
    DownloadConfig(**smk.params.download),
    max_text_chars=smk.params.text["max_chars"],
)
