"""Stage 7: three-layer generation (factual → abstract → intent A/B) and the 6W tags.

Work goes step by step over the whole shard: every sample's OCR element, then every sample's
ASR element, … then the abstracts, then the two intent roles. Each step is one batch for the
backend (the model is loaded once, on the first cache miss), and a layer only ever sees the layers
before it. A sample whose reply stays malformed after the repair retries leaves the shard's
dataset with a failures row that keeps the raw reply; the rest go on.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from videomind.failures import FailureLog
from videomind.io import read_parquet, write_json, write_parquet
from videomind.llm.backends import (
    BackendError,
    ChatReply,
    ChatRequest,
    LLMBackend,
    load_backend,
    model_name,
)
from videomind.llm.cache import AnswerCache, request_key
from videomind.llm.prompts import Prompt, load_prompt
from videomind.llm.structured import MalformedOutput, parse_intent, parse_json, validate
from videomind.media.measure import audio_stats, describe_audio, describe_frames, frame_stats
from videomind.records import to_table
from videomind.text import word_count
from videomind.verification.status import ROLES  # role A, role B

log = logging.getLogger(__name__)

FACTUAL = ("visual", "audio", "ocr", "asr", "text")
EMPTY = {
    "ocr": "No on-screen text was detected.",
    "asr": "No speech was detected.",
    "text": "The uploader wrote no title or description.",
}
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "and",
    "or",
    "for",
    "with",
    "by",
    "from",
    "into",
    "over",
    "under",
    "this",
    "that",
    "its",
}


@dataclass
class Sample:
    row: dict[str, Any]
    out: dict[str, Any] = field(default_factory=dict)
    # What later prompts see of a field when it differs from the record (measured text without
    # its provenance label).
    prompt_view: dict[str, str] = field(default_factory=dict)
    provenance: list[dict[str, Any]] = field(default_factory=list)
    failed: bool = False

    @property
    def id(self) -> str:
        return self.row["clip_id"]


@dataclass
class StepStats:
    requests: int = 0
    cached: int = 0
    repaired: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


class Generator:
    """Runs prompt steps through one backend with validation, repair retries and the cache."""

    def __init__(
        self,
        llm_cfg: dict[str, Any],
        cache: AnswerCache,
        max_retries: int,
        prompt_dir: Path | None = None,
        backend_factory: Callable[[dict[str, Any]], LLMBackend] = load_backend,
    ) -> None:
        self.cfg = llm_cfg
        self.seed = int(llm_cfg.get("seed", 0))
        self.temperature = float(llm_cfg.get("temperature", 0.0))
        self.cache = cache
        self.max_retries = max_retries
        self.prompt_dir = prompt_dir
        self._factory = backend_factory
        self._backend: LLMBackend | None = None
        self.repair = load_prompt("repair", prompt_dir)
        self.stats: dict[str, StepStats] = {}
        self._model_name: str | None = None

    @property
    def backend(self) -> LLMBackend:
        if self._backend is None:
            t0 = time.perf_counter()
            self._backend = self._factory(self.cfg)
            log.info(
                "loaded %s model %s in %.1f s",
                self._backend.backend,
                self._backend.model,
                time.perf_counter() - t0,
            )
        return self._backend

    def modalities(self) -> frozenset[str]:
        declared = self.cfg.get("modalities")
        if declared is not None:
            return frozenset(declared) | {"text"}
        if self.cfg["backend"] == "llama_cpp":
            return frozenset({"text"})
        return self.backend.modalities

    def run(
        self,
        prompt: Prompt,
        requests: dict[str, ChatRequest],
        check: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, dict[str, Any] | MalformedOutput]:
        """Answer every request: a validated dict, or the MalformedOutput that ended its retries."""
        stats = self.stats.setdefault(prompt.step, StepStats())
        results: dict[str, dict[str, Any] | MalformedOutput] = {}
        keys = {}
        pending: dict[str, ChatRequest] = {}
        for sid, req in requests.items():
            key = request_key(
                req,
                backend=self.cfg["backend"],
                model=self.model_key(),
                seed=self.seed,
                temperature=self.temperature,
            )
            keys[sid] = key
            hit = self.cache.get(key)
            stats.requests += 1
            if hit is not None:
                stats.cached += 1
                results[sid] = hit["data"]
            else:
                pending[sid] = req
        attempt = 0
        current = dict(pending)
        while current:
            ids = list(current)
            replies = self._call([current[i] for i in ids])
            retry: dict[str, ChatRequest] = {}
            for sid, reply in zip(ids, replies, strict=True):
                if isinstance(reply, BackendError):
                    results[sid] = MalformedOutput("backend_error", str(reply))
                    continue
                stats.prompt_tokens += reply.prompt_tokens
                stats.completion_tokens += reply.completion_tokens
                stats.seconds += reply.seconds
                try:
                    data = validate(parse_json(reply.text), prompt.schema, reply.text)
                    if check:
                        check(data)
                except MalformedOutput as err:
                    err.raw = reply.text
                    if attempt < self.max_retries:
                        retry[sid] = self._repair_request(current[sid], reply.text, err)
                    else:
                        stats.failed += 1
                        results[sid] = err
                    continue
                if attempt:
                    stats.repaired += 1
                results[sid] = data
                self.cache.put(
                    keys[sid],
                    {
                        "data": data,
                        "prompt": prompt.ident,
                        "model": self.model_key(),
                        "raw": reply.text,
                    },
                )
            current = retry
            attempt += 1
        return results

    def model_key(self) -> str:
        """The model's name, known before loading it (cache keys are computed before any load)."""
        if self._model_name is None:
            self._model_name = model_name(self.cfg)
        return self._model_name

    def _call(self, batch: Sequence[ChatRequest]) -> list[ChatReply | BackendError]:
        try:
            return list(
                self.backend.chat_batch(batch, seed=self.seed, temperature=self.temperature)
            )
        except BackendError as err:
            if len(batch) == 1:
                return [err]
            # One bad request must not sink the batch: retry one by one to find it.
            out: list[ChatReply | BackendError] = []
            for req in batch:
                out += self._call([req])
            if all(isinstance(r, BackendError) for r in out):
                raise
            return out

    def _repair_request(self, req: ChatRequest, raw: str, err: MalformedOutput) -> ChatRequest:
        _, user = self.repair.render(error=err.message)
        history = (*req.history, ("user", req.user), ("assistant", raw[:2000]))
        return ChatRequest(
            req.system, user, req.schema, req.max_tokens, req.images, req.audio, history
        )


def record_malformed(
    failures: FailureLog,
    source_id: str,
    clip_id: str,
    input: str | None,
    step: str,
    err: MalformedOutput,
) -> None:
    """A model answer that stayed unusable: its cause, the step, and the raw reply kept."""
    raw = f" | raw reply: {err.raw[:1500]!r}" if err.raw else ""
    failures.add(
        source_id,
        err.cause if err.cause == "backend_error" else f"llm_{err.cause}",
        f"{step}: {err.message}{raw}",
        input=input or "",
        clip_id=clip_id,
    )


def statement_of(data: dict[str, Any]) -> str:
    """The template sentence from a reply: given whole, or as its three slots."""
    if "statement" in data:
        return str(data["statement"])
    return f"{data['subject']} aims to {data['intent']} by {data['action']}"


def check_intent(data: dict[str, Any]) -> None:
    parse_intent(statement_of(data))


def _clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _grounded(tag: str | None, context: str) -> bool | None:
    """Does every content word of a tag occur in the text it was taken from?"""
    if not tag:
        return None
    words = [
        w for w in "".join(c if c.isalnum() else " " for c in tag.lower()).split() if w not in _STOP
    ]
    ctx = context.lower()
    return bool(words) and all(w in ctx for w in words)


def _tag(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if not value or value.lower() in {"unknown", "none", "n/a", "not given"} else value


def run_generate(
    samples_table: Path,
    shard: str,
    cfg: dict[str, Any],
    out_table: Path,
    failures_out: Path,
    stats_out: Path,
    backend_factory: Callable[[dict[str, Any]], LLMBackend] = load_backend,
    prompt_dir: Path | None = None,
) -> None:
    t_start = time.perf_counter()
    llm_cfg = cfg["llm"]
    limit = int(cfg.get("max_input_chars", 1200))
    gen = Generator(
        llm_cfg,
        AnswerCache(cfg.get("cache_dir")),
        int(cfg.get("max_retries", 2)),
        prompt_dir,
        backend_factory,
    )
    failures = FailureLog("generate", shard)
    samples = [Sample(r) for r in read_parquet(samples_table).to_pylist()]
    prompts = {
        s: load_prompt(s, prompt_dir)
        for s in [f"factual_{e}" for e in FACTUAL] + ["abstract"] + [f"intent_{r}" for r in ROLES]
    }
    backend_name = llm_cfg["backend"]

    def provenance(sample: Sample, fld: str, method: str, prompt: Prompt | None) -> None:
        sample.provenance.append(
            {
                "field": fld,
                "method": method,
                "backend": backend_name if method == "model" else None,
                "model": gen.model_key() if method == "model" else None,
                "prompt": prompt.ident if prompt else None,
                "seed": gen.seed if method == "model" else None,
            }
        )

    def fail(sample: Sample, step: str, err: MalformedOutput) -> None:
        sample.failed = True
        record_malformed(
            failures, sample.row["source_id"], sample.id, sample.row.get("clip_path"), step, err
        )

    def live() -> list[Sample]:
        return [s for s in samples if not s.failed]

    # Factual layer: visual and audio from the model if it takes frames/audio, else measured.
    modal = gen.modalities() if samples else frozenset({"text"})
    visual_by = cfg.get("visual_from", "auto")
    audio_by = cfg.get("audio_from", "auto")
    use_frames = visual_by == "model" or (visual_by == "auto" and "image" in modal)
    use_audio = audio_by == "model" or (audio_by == "auto" and "audio" in modal)
    for s in samples:
        r = s.row
        try:
            fstats = frame_stats(r["frame_paths"])
            astats = audio_stats(r["audio_path"] if r["has_audio"] else None)
        except (OSError, ValueError) as err:
            fail(s, "measure", MalformedOutput("unreadable_media", str(err)))
            continue
        s.out["measured"] = json.dumps({"frames": fstats, "audio": astats}, sort_keys=True)
        speech = None if r["asr_status"] == "failed" else r["asr_status"] == "ok"
        if not use_frames:
            s.out["factual_visual"] = describe_frames(fstats)
            s.prompt_view["factual_visual"] = describe_frames(fstats, labeled=False)
            provenance(s, "factual_visual", "measured:frame-statistics", None)
        if not r["has_audio"]:
            s.out["factual_audio"] = "The clip has no audio track."
            provenance(s, "factual_audio", "rule:empty-input", None)
        elif not use_audio:
            s.out["factual_audio"] = describe_audio(astats, speech)
            s.prompt_view["factual_audio"] = describe_audio(astats, speech, labeled=False)
            provenance(s, "factual_audio", "measured:audio-statistics", None)

    inputs = {"ocr": "ocr_text", "asr": "asr_text", "text": "text"}
    by_id = {s.id: s for s in samples}
    for element in FACTUAL:
        prompt = prompts[f"factual_{element}"]
        requests = {}
        for s in live():
            if f"factual_{element}" in s.out:
                continue
            system, user = None, None
            if element in inputs:
                value = s.row.get(inputs[element])
                if not value:
                    s.out[f"factual_{element}"] = EMPTY[element]
                    provenance(s, f"factual_{element}", "rule:empty-input", None)
                    continue
                system, user = prompt.render(**{inputs[element]: _clip(value, limit)})
                requests[s.id] = ChatRequest(system, user, prompt.schema, prompt.max_tokens)
            elif element == "visual":
                system, user = prompt.render()
                requests[s.id] = ChatRequest(
                    system,
                    user,
                    prompt.schema,
                    prompt.max_tokens,
                    images=tuple(s.row["frame_paths"]),
                )
            elif element == "audio":
                system, user = prompt.render()
                requests[s.id] = ChatRequest(
                    system, user, prompt.schema, prompt.max_tokens, audio=s.row["audio_path"]
                )
        for sid, res in gen.run(prompt, requests).items():
            if isinstance(res, MalformedOutput):
                fail(by_id[sid], prompt.step, res)
            else:
                by_id[sid].out[f"factual_{element}"] = res[element]
                provenance(by_id[sid], f"factual_{element}", "model", prompt)

    # Abstract layer, from the five factual elements only.
    prompt = prompts["abstract"]
    requests = {}
    for s in live():
        facts = {}
        for e in FACTUAL:
            name = f"factual_{e}"
            facts[e] = _clip(s.prompt_view.get(name, s.out[name]), 400)
        system, user = prompt.render(**facts)
        requests[s.id] = ChatRequest(system, user, prompt.schema, prompt.max_tokens)
    for sid, res in gen.run(prompt, requests).items():
        if isinstance(res, MalformedOutput):
            fail(by_id[sid], prompt.step, res)
            continue
        for k in ("summary", "subject", "place", "time", "event"):
            by_id[sid].out[f"abstract_{k}"] = res[k]
            provenance(by_id[sid], f"abstract_{k}", "model", prompt)

    # Intent layer, role A (uploader) then role B (protagonist), from the abstract layer.
    for role in ROLES:
        prompt = prompts[f"intent_{role}"]
        requests = {}
        for s in live():
            system, user = prompt.render(
                **{
                    k: _clip(s.out[f"abstract_{k}"], 600)
                    for k in ("summary", "subject", "place", "time", "event")
                }
            )
            requests[s.id] = ChatRequest(system, user, prompt.schema, prompt.max_tokens)
        results = gen.run(prompt, requests, check=check_intent)
        for sid, res in results.items():
            if isinstance(res, MalformedOutput):
                fail(by_id[sid], prompt.step, res)
                continue
            intent = parse_intent(statement_of(res))
            out = by_id[sid].out
            out[f"intent_{role}"] = intent.statement
            out[f"intent_{role}_subject"] = intent.subject
            out[f"intent_{role}_intent"] = intent.intent
            out[f"intent_{role}_action"] = intent.action
            provenance(by_id[sid], f"intent_{role}", "model", prompt)

    # 6W tags: who/why/how from the parsed intent of the configured role; where/when/what are the
    # abstract layer's place/time/event, each checked against the text it must come from.
    tag_role = cfg.get("tag_role", "protagonist")
    rows = []
    for s in live():
        o = s.out
        # Grounding is checked against content, not the provenance labels of measured text.
        views = [s.prompt_view.get(f"factual_{e}", o[f"factual_{e}"]) for e in FACTUAL]
        context = " ".join([o["abstract_summary"], *views])
        o["tag_who"] = o[f"intent_{tag_role}_subject"]
        o["tag_why"] = o[f"intent_{tag_role}_intent"]
        o["tag_how"] = o[f"intent_{tag_role}_action"]
        for tag, key in (("where", "place"), ("when", "time"), ("what", "event")):
            o[f"tag_{tag}"] = _tag(o[f"abstract_{key}"])
            o[f"tag_{tag}_grounded"] = _grounded(o[f"tag_{tag}"], context)
        o["tag_source_role"] = tag_role
        o["words_factual"] = sum(word_count(o[f"factual_{e}"]) for e in FACTUAL)
        o["words_abstract"] = word_count(o["abstract_summary"])
        o["words_intent"] = sum(word_count(o[f"intent_{r}"]) for r in ROLES)
        o["words_sample"] = o["words_factual"] + o["words_abstract"] + o["words_intent"]
        o["generation_provenance"] = s.provenance
        o["llm_backend"] = backend_name
        o["llm_model"] = gen.model_key()
        o["visual_method"] = next(
            p["method"] for p in s.provenance if p["field"] == "factual_visual"
        )
        o["audio_method"] = next(p["method"] for p in s.provenance if p["field"] == "factual_audio")
        rows.append({"clip_id": s.id, **o})
    write_parquet(to_table("generation", rows), out_table)
    failures.write(str(failures_out))
    steps = {k: vars(v) for k, v in gen.stats.items()}
    model_seconds = sum(v.seconds for v in gen.stats.values())
    tokens = sum(v.completion_tokens for v in gen.stats.values())
    write_json(
        {
            "shard": shard,
            "backend": backend_name,
            "model": gen.model_key(),
            "samples": len(samples),
            "generated": len(rows),
            "failed": sum(s.failed for s in samples),
            "cache_hits": gen.cache.hits,
            "cache_misses": gen.cache.misses,
            "model_seconds": round(model_seconds, 3),
            "wall_seconds": round(time.perf_counter() - t_start, 3),
            "completion_tokens": tokens,
            "tokens_per_second": round(tokens / model_seconds, 2) if model_seconds else None,
            "steps": steps,
        },
        stats_out,
    )
    log.info("generated %d of %d samples; %d cache hits", len(rows), len(samples), gen.cache.hits)
