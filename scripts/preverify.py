"""Pre-verify one shard's intent statements with a second model (loaded once per job)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.preverify import run_preverify  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
cfg = dict(smk.params.pre)
if cfg["llm"]["backend"] == "llama_cpp" and cfg["llm"].get("threads") is None:
    cfg["llm"] = dict(cfg["llm"], threads=smk.threads)
run_preverify(
    Path(smk.input.generation),
    smk.wildcards.shard,
    cfg,
    dict(smk.params.generator),
    Path(smk.output.table),
    Path(smk.output.failures),
)
