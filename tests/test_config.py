"""Invalid configuration stops the run at parse time with a message that names the key."""

import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, shipped_config, snakemake_cmd


def dry_run(tmp_path: Path, config: dict) -> subprocess.CompletedProcess:
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "m.tsv").write_text("id\turl\nv1\thttps://video.invalid/1\n")
    return subprocess.run(
        snakemake_cmd(tmp_path, "-n"),
        capture_output=True, text=True,
    )  # fmt: skip


def base() -> dict:
    return shipped_config(manifest="m.tsv")


def test_valid_config_dry_runs(tmp_path):
    proc = dry_run(tmp_path, base())
    assert proc.returncode == 0
    # The prompt files are inputs of generate and preverify: editing one reruns them.
    shown = proc.stdout
    for prompt in ("abstract.yaml", "intent_protagonist.yaml", "verifier/intent_uploader.yaml"):
        assert str(ROOT / "prompts" / prompt) in shown, prompt


@pytest.mark.parametrize(
    ("section", "key", "value", "expected"),
    [
        ("clips", "min_duration", -1, "min_duration"),
        ("clips", "precision", "approximate", "precision"),
        ("scenes", "detector", "magic", "detector"),
        ("clips", "min_duraton", 5, "min_duraton"),
        ("download", "rate_limit", "fast", "rate_limit"),
    ],
)
def test_invalid_config_names_the_key(tmp_path, section, key, value, expected):
    config = base()
    config[section][key] = value
    proc = dry_run(tmp_path, config)
    assert proc.returncode != 0
    out = proc.stdout + proc.stderr
    assert expected in out, out[-2000:]


def test_missing_manifest_names_the_file(tmp_path):
    config = base()
    config["manifest"] = "nope.tsv"
    proc = dry_run(tmp_path, config)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "nope.tsv" in out and "does not exist" in out
