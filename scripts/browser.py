"""Generate the static sample browser."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(snakemake.scriptdir).parent))  # noqa: F821 - set by Snakemake

from videomind.browser import run_browser  # noqa: E402
from videomind.io import read_parquet  # noqa: E402
from videomind.smk import start  # noqa: E402

smk = snakemake  # noqa: F821
log = start(smk)
pages = run_browser(read_parquet(smk.input.dataset), Path(smk.output[0]), smk.params.chunk)
log.info("browser: %d sample pages", pages)
