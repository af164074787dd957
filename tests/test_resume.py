"""A run killed mid-way (SIGKILL to Snakemake's whole process group) resumes to outputs that are
byte-identical to those of an uninterrupted run."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import Background, snakemake_cmd, two_sources, workflow_dir

pytestmark = pytest.mark.slow


def make_workdir(base: Path, demo_corpus: Path, scenes_video: Path, cache: Path) -> Path:
    return workflow_dir(base, two_sources(demo_corpus, scenes_video), cache, shards=2)


def command(work: Path) -> list[str]:
    return snakemake_cmd(work, "--cores", "2")


def digests(work: Path) -> dict[str, str]:
    out = {}
    paths = [
        *(work / "results").rglob("*"),
        *(work / "paper").rglob("*"),
        *(work / "release").rglob("*"),
    ]
    for path in sorted(paths):
        if path.is_file():
            out[str(path.relative_to(work))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def start_early(request) -> Background:
    """The uninterrupted run, started with the session (conftest's ``early``): it is also the
    first to fill the session's answer cache, which the runs of the same sources read."""
    base = request.getfixturevalue("tmp_path_factory").mktemp("resume-clean")
    clean = make_workdir(base, request.getfixturevalue("demo_corpus"),
                         request.getfixturevalue("scenes_video"),
                         request.getfixturevalue("answer_cache"))  # fmt: skip
    return Background(command(clean), clean)


def test_kill_and_resume_gives_identical_outputs(tmp_path, demo_corpus, scenes_video, answer_cache,
                                                 early):  # fmt: skip
    """The two runs share the session's answer cache: the resumed run's model answers are the
    clean run's (the cache is what a rerun after a crash uses anyway), and the cache lives
    outside results/, so the comparison covers every output but it."""
    clean = early[__name__].succeeded("the uninterrupted run")

    work = make_workdir(tmp_path / "killed", demo_corpus, scenes_video, answer_cache)
    proc = subprocess.Popen(command(work), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    # Kill while the first shard is being cut and others are still to come.
    deadline = time.monotonic() + 120
    marker = work / "logs" / "clips"
    while time.monotonic() < deadline and proc.poll() is None:
        if marker.is_dir() and any(marker.iterdir()):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (work / "results" / "samples.parquet").exists()

    # What a user does after a crash: release Snakemake's lock, run again (the default profile
    # has rerun-incomplete on, so half-done jobs are redone, not trusted).
    subprocess.run([*command(work), "--unlock"], check=True, capture_output=True)
    resumed = subprocess.run(command(work), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert digests(work) == digests(clean)
    assert len(digests(clean)) > 20
