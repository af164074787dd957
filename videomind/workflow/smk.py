"""The one entry call of every script Snakemake runs: log to the rule's log, build the job,
run the stage."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from videomind.runner import Job


def start(smk: Any) -> logging.Logger:
    """Send this job's logging (and stray stderr) to the rule's log file."""
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if smk.log:
        log_file = open(smk.log[0], "a", buffering=1)  # noqa: SIM115 - lives as long as the job
        sys.stderr = log_file
        handlers = [logging.StreamHandler(log_file)]
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
    # rapidocr warns on every frame without text, which is most frames: keep its errors only.
    for noisy in ("RapidOCR", "faster_whisper", "onnxruntime"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    return logging.getLogger(f"videomind.{smk.rule}")


def main(smk: Any, stage: Callable[[Job], Any]) -> None:
    start(smk)
    stage(Job.from_snakemake(smk))
