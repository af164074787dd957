"""The project's own checks: lint and format for Python and Snakemake, env pins in step."""

import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

BIN = Path(sys.executable).parent


def run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint_and_format():
    lint = run(str(BIN / "ruff"), "check", ".")
    assert lint.returncode == 0, lint.stdout
    fmt = run(str(BIN / "ruff"), "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout


def test_snakefmt_and_snakemake_lint():
    fmt = run(str(BIN / "snakefmt"), "--check", "Snakefile", "rules")
    assert fmt.returncode == 0, fmt.stderr
    lint = run(str(BIN / "snakemake"), "--lint")
    assert lint.returncode == 0 and "Congratulations" in lint.stdout + lint.stderr, lint.stdout


def _pins(lines) -> dict[str, str]:
    pins = {}
    for line in lines:
        m = re.match(r"^\s*-?\s*([A-Za-z0-9_.\-]+)==([^\s#]+)", str(line))
        if m:
            pins[m.group(1).lower()] = m.group(2)
    return pins


def test_env_pins_agree_with_requirements():
    req = _pins((ROOT / "requirements.txt").read_text().splitlines())
    req |= _pins((ROOT / "requirements-nodeps.txt").read_text().splitlines())
    req |= _pins((ROOT / "requirements-serve.txt").read_text().splitlines())
    for env in sorted((ROOT / "envs").glob("*.yaml")):
        spec = yaml.safe_load(env.read_text())
        pip = next(d["pip"] for d in spec["dependencies"] if isinstance(d, dict))
        for name, version in _pins(pip).items():
            assert name in req, f"{env.name}: {name} is not in requirements.txt"
            assert req[name] == version, f"{env.name}: {name}=={version}, requirements {req[name]}"


def test_every_rule_has_log_conda_and_resources():
    for smk in sorted((ROOT / "rules").glob("*.smk")):
        text = smk.read_text()
        for rule in re.split(r"\n(?=rule )", text):
            if not rule.startswith("rule "):
                continue
            name = rule.split(":")[0]
            for key in ("log:", "conda:", "threads:", "resources:"):
                assert key in rule, f"{smk.name}: {name} lacks {key}"
