"""Write the release: parquet splits and tables, WebDataset shards, the dataset card."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.io import read_parquet  # noqa: E402
from videomind.smk import start  # noqa: E402
from videomind.stages.export import run_export  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
i, o = smk.input, smk.output
summary = run_export(
    read_parquet(i.dataset),
    read_parquet(i.samples),
    read_parquet(i.failures),
    read_parquet(i.gold),
    dict(smk.params.export),
    smk.params.include_unvalidated,
    Path(o.card).parent,
    dataset_card=Path(i.card).read_text(),
    extra_tables={"sources": read_parquet(i.sources), "scenes": read_parquet(i.scenes)},
)
log.info("release: %s in %d shards", summary["splits"], len(summary["shards"]))
