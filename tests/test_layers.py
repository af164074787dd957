"""The package follows the workflow's DAG: a module imports only its own layer and the layers
below it, so a stage's code is found under its stage's name and nothing reaches back up."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "videomind"

# Bottom to top. A module may import from its own layer and any layer listed before it.
LAYERS: list[set[str]] = [
    {"core"},  # records, io, ids, text, the failures log
    {"backends", "media"},  # every model behind its capability; ffmpeg helpers
    {"runner"},  # the one per-item stage contract
    {"ingest"},  # manifest, download, provenance, takedowns -> sources
    {"modalities"},  # clips, frames, screen, ASR, OCR -> samples
    {"generation"},  # factual, abstract, intent, tags
    {"verification"},  # pre-verification, renders, ratings, review -> dataset
    {"evaluation"},  # gold set, retrieval metrics
    {"paper"},  # tables, figures, card
    {"release"},  # export, browser, rehydrate
    {"workflow"},  # Snakemake glue, job memory and failures, resources, preflight, planner
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "videomind" and len(parts) > 1 else None


def imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "videomind":
                found += [(node.lineno, f"videomind.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
    return found


def upward_imports() -> list[str]:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT)
        own = top(".".join(rel.with_suffix("").parts))
        if own is None or own == "__init__":
            continue
        for line, module in imports(path):
            target = top(module)
            if target is None:
                continue
            if target not in RANK:
                bad.append(f"{rel}:{line} imports {module}: not in any layer")
            elif RANK[target] > RANK[own]:
                bad.append(f"{rel}:{line} ({own}) imports {module} ({target}, a higher layer)")
    return bad


def test_every_top_level_name_has_a_layer():
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    names = modules | packages
    assert names == set(RANK), (
        f"unplaced: {sorted(names - set(RANK))}, gone: {sorted(set(RANK) - names)}"
    )


def test_nothing_imports_upward():
    assert upward_imports() == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The reader of imports works: an upward import written in a lower module is caught."""
    probe = tmp_path / "probe.py"
    probe.write_text("from videomind.workflow.smk import main\nimport videomind.release.export\n")
    found = [m for _, m in imports(probe)]
    assert found == ["videomind.workflow.smk", "videomind.release.export"]
    assert RANK[top(found[0])] > RANK["core"]
