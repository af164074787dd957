"""Gather all shards into the sample table, the failures table and the funnel report."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.samples import concat, funnel, join_dataset  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
i, o = smk.input, smk.output
samples = concat([Path(p) for p in i.samples], "samples", Path(o.samples))
sources = concat([Path(p) for p in i.sources], "sources", Path(o.sources))
scenes = concat([Path(p) for p in i.scenes], "scenes", Path(o.scenes))
failures = concat(
    [Path(i.manifest_failures), *map(Path, i.failures), Path(i.rating_failures)],
    "failures",
    Path(o.failures),
)
generation = concat([Path(p) for p in i.generation], "generation", None)
screen = concat([Path(p) for p in i.screen], "screen", Path(o.screen))
concat([Path(p) for p in i.quarantine], "samples", Path(o.quarantine))
preverify = concat([Path(p) for p in i.preverify], "preverify", None)
postverify = concat([Path(i.postverify)], "postverify", None)
dataset = join_dataset(
    samples, generation, Path(o.dataset), preverify, postverify, smk.params.include_pending
)
report = funnel(
    smk.params.manifest_rows, sources, scenes, samples, failures, Path(o.funnel), dataset, screen
)
log.info("funnel: %s", report)
