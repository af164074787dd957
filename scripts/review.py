"""Write one shard's review page for the expert raters."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.review import run_review  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
i = smk.input
shown = run_review(
    smk.wildcards.shard,
    Path(i.samples),
    Path(i.generation),
    Path(i.preverify),
    Path(i.t2v[0]) if i.t2v else None,
    dict(smk.params.post),
    Path(smk.output[0]),
)
log.info("review page shows %d samples", shown)
