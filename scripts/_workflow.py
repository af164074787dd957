"""What every script shares: the workflow's package on sys.path, and the one entry call.

Snakemake puts this folder first on ``sys.path`` before it runs a script, so each script can
``import _workflow`` and hand its job to a stage function named "module:function".
"""

import importlib
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def run(smk: Any, target: str) -> None:
    from videomind.workflow.smk import main

    module, function = target.split(":")
    main(smk, getattr(importlib.import_module(module), function))
