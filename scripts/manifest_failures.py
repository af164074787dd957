"""Record manifest rows that were rejected (bad ids, missing fields, duplicates)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.manifest import load_manifest  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.samples import manifest_failures  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
cfg = smk.config
manifest = load_manifest(smk.input[0], cfg["shard_size"], cfg["download"]["enable_file_urls"])
manifest_failures(manifest, Path(smk.output[0]))
