"""Config values that refer to other config values.

A cluster keeps its models in one store; the paper config names every model as
``{models_dir}/<name>``, so a site changes one line (``models_dir:``) instead of seven paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

PLACEHOLDER = "{models_dir}"


def resolve_models_dir(config: dict[str, Any]) -> dict[str, Any]:
    """Replace ``{models_dir}`` in every string of the config (in place, and returned).

    ``serve.command`` keeps its own ``{port}`` and ``{model}`` placeholders for the job."""
    root = str(config.get("models_dir") or "models").rstrip("/")

    def walk(node: Any) -> Any:
        if isinstance(node, str):
            return node.replace(PLACEHOLDER, root)
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        return node

    for key in list(config):
        if key != "models_dir":
            config[key] = walk(config[key])
    return config


ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = ROOT / "config" / "config.yaml"
SCHEMA = ROOT / "config" / "config.schema.yaml"


def merge(base: dict[str, Any], layer: dict[str, Any]) -> dict[str, Any]:
    """``layer`` over ``base`` as Snakemake merges ``--configfile`` files: mappings key by
    key, everything else (lists included) replaced."""
    out = dict(base)
    for key, value in layer.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def load_config(*layers: str | Any, base: Any = DEFAULT_CONFIG) -> dict[str, Any]:
    """The config a run sees: the workflow's config file, each ``--configfile`` layer over it,
    validated with the schema's defaults filled in and ``{models_dir}`` resolved, as
    ``rules/common.smk`` does at DAG build."""
    import yaml
    from snakemake.utils import validate

    config: dict[str, Any] = yaml.safe_load(Path(base).read_text()) if base else {}
    for layer in layers:
        data = layer if isinstance(layer, dict) else yaml.safe_load(Path(layer).read_text())
        config = merge(config, data or {})
    validate(config, schema=str(SCHEMA))
    return resolve_models_dir(config)
