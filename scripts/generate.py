"""Generate the three text layers and the 6W tags for one shard (model loaded once per job)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.smk import start  # noqa: E402
from videomind.stages.generate import run_generate  # noqa: E402

smk = snakemake  # noqa: F821
start(smk)
cfg = dict(smk.params.generate)
if cfg["llm"]["backend"] == "llama_cpp" and cfg["llm"].get("threads") is None:
    cfg["llm"] = dict(cfg["llm"], threads=smk.threads)
run_generate(
    Path(smk.input.samples),
    smk.wildcards.shard,
    cfg,
    Path(smk.output.table),
    Path(smk.output.failures),
    Path(smk.output.stats),
)
