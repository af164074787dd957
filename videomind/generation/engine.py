"""The LLM engine the generation and verification stages share: answer cache, validation
against the step's schema, repair retries, and batches that survive one bad request.

A step hands it requests; it returns, per request, validated data or the
:class:`MalformedOutput` that ended its retries. The model is loaded on the first cache miss.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from videomind.backends import registry
from videomind.backends.protocols import LLM, ChatReply, ChatRequest
from videomind.generation.cache import AnswerCache, request_key
from videomind.generation.prompts import Prompt, load_prompt
from videomind.generation.revision import KEPT_KINDS, Revision, revised_user
from videomind.generation.structured import (
    Intent,
    MalformedOutput,
    parse_intent,
    parse_json,
    slot,
    validate,
)
from videomind.runner import Job


@dataclass
class StepStats:
    requests: int = 0
    cached: int = 0
    repaired: int = 0
    revised: int = 0  # well-formed answers sent back by a revise rule (e.g. degenerate intents)
    kept_unrevised: int = 0  # revisions that never passed: the least faulty answer is kept
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


class Engine:
    """Runs prompt steps through one backend with validation, repair retries and the cache."""

    def __init__(
        self,
        llm_cfg: dict[str, Any],
        cache: AnswerCache,
        max_retries: int,
        load: Callable[[], LLM],
        key: str,
        prompt_dir: Path | None = None,
    ) -> None:
        self.cfg = llm_cfg
        self.key = key
        self.seed = int(llm_cfg.get("seed", 0))
        self.temperature = float(llm_cfg.get("temperature", 0.0))
        retry = llm_cfg.get("retry_temperature")
        self.retry_temperature = self.temperature if retry is None else float(retry)
        self.cache = cache
        self.max_retries = max_retries
        self.prompt_dir = prompt_dir
        self._load = load
        self._backend: LLM | None = None
        self.repair = load_prompt("repair", prompt_dir)
        self.stats: dict[str, StepStats] = {}
        self._model_name: str | None = None
        self._identity: dict[str, Any] | None = None

    @property
    def backend(self) -> LLM:
        """Loaded on the first cache miss: a rerun served from the cache loads no model."""
        if self._backend is None:
            self._backend = self._load()
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
        revise: Callable[[str, dict[str, Any]], Revision | None] | None = None,
    ) -> dict[str, dict[str, Any] | MalformedOutput]:
        """Answer every request: a validated dict, or the MalformedOutput that ended its retries.

        ``check`` rejects an unusable answer (a repair turn follows; after the last one the
        sample fails). ``revise(id, answer)`` returns why a usable answer is poor (a
        :class:`Revision`), or None: the model is asked once per remaining retry
        to rewrite it, told what was wrong with each earlier answer, and if no rewrite passes,
        the least faulty answer comes back marked with the reasons (``UNREVISED``): the step
        withholds it or keeps it (``generate.withhold_unrevised``), and the benchmark counts it.
        """
        return self.run_steps([Step(prompt, requests, check, revise)])[0]

    def run_steps(self, steps: Sequence[Step]) -> list[dict[str, dict[str, Any] | MalformedOutput]]:
        """:meth:`run` for several steps whose requests do not depend on each other's answers
        (a clip's five factual elements; its two intents and its tags): each turn's requests of
        every step go to the backend in one batch, so a backend that decodes requests side by
        side keeps its slots full, and a step's revision turns share decode steps with the
        others' instead of running alone. An answer depends on its request only (every backend
        is tested for it), so it is the one the step would get alone."""
        work = [_StepRun(self, step) for step in steps]
        attempt = 0
        while any(w.current for w in work):
            order = [(w, sid) for w in work for sid in w.current]
            # Turn n of a repair or revision samples at retry_temperature with seed + n: a
            # greedy model told what was wrong writes its first answer again word for word.
            replies = self._call([w.current[sid] for w, sid in order], attempt)
            for w in work:
                w.retry = {}
            for (w, sid), reply in zip(order, replies, strict=True):
                w.take(sid, reply, attempt)
            for w in work:
                w.current = w.retry
            attempt += 1
        return [w.results for w in work]

    def _keep(self, key: str, prompt: Prompt, data: dict[str, Any], raw: str) -> None:
        self.cache.put(key, {"data": data, "prompt": prompt.ident, "model": self.model_key(),
                             "raw": raw})  # fmt: skip

    def identity(self) -> dict[str, Any]:
        if self._identity is None:
            self._identity = registry.identity("llm", self.cfg, self.key)
        return self._identity

    def model_key(self) -> str:
        """The model's name, known before loading it (cache keys are computed before any load)."""
        if self._model_name is None:
            self._model_name = registry.model_name("llm", self.cfg, self.key)
        return self._model_name

    def _call(self, batch: Sequence[ChatRequest], turn: int = 0) -> list[ChatReply]:
        temperature = self.retry_temperature if turn else self.temperature
        return list(self.backend.chat_batch(batch, seed=self.seed + turn, temperature=temperature))

    def _repair_request(self, req: ChatRequest, raw: str, err: MalformedOutput) -> ChatRequest:
        _, user = self.repair.render(error=err.message)
        history = (*req.history, ("user", req.user), ("assistant", raw[:2000]))
        return replace(req, user=user, history=history)  # frames, audio and their times kept

    @staticmethod
    def _revision_request(original: ChatRequest, told: list[Revision]) -> ChatRequest:
        """The original request asked afresh, with what was wrong with each earlier answer and
        the phrases they copied shortened (generation/revision.py): shown its own answer in a
        repair turn, the 1.5B model wrote it again word for word, even sampling at 0.8."""
        return replace(original, user=revised_user(original.user, told))


@dataclass
class Step:
    """One prompt's requests for :meth:`Engine.run_steps`, with its ``check`` and ``revise``."""

    prompt: Prompt
    requests: dict[str, ChatRequest]
    check: Callable[[dict[str, Any]], None] | None = None
    revise: Callable[[str, dict[str, Any]], Revision | None] | None = None


class _StepRun:
    """A step's requests through the engine's turns: cache hits, validation, repair and
    revision requests for the next turn, and the answers."""

    def __init__(self, engine: Engine, step: Step) -> None:
        self.engine, self.step = engine, step
        prompt, revise = step.prompt, step.revise
        self.stats = engine.stats.setdefault(prompt.step, StepStats())
        self.results: dict[str, dict[str, Any] | MalformedOutput] = {}
        self.keys: dict[str, str] = {}
        self.pending: dict[str, ChatRequest] = {}
        # every usable answer that went back, in order, with what it was told (the rewrites'
        # requests repeat what each was told)
        self.usable: dict[str, list[tuple[dict[str, Any], str, Revision]]] = {}
        self.retry: dict[str, ChatRequest] = {}
        # A revised answer is another answer: the revise rule's tag and the number of turns it
        # had are part of the key.
        ident = engine.identity() | (
            {"revise": getattr(revise, "tag", "on"), "turns": engine.max_retries,
             "unrevised": "marked-3"} if revise else {}
        )  # fmt: skip
        for sid, req in step.requests.items():
            key = request_key(req, identity=ident)
            self.keys[sid] = key
            hit = engine.cache.get(key)
            self.stats.requests += 1
            if hit is not None:
                self.stats.cached += 1
                self.results[sid] = hit["data"]
            else:
                self.pending[sid] = req
        self.current = dict(self.pending)

    def keep_best(self, sid: str, last: tuple[dict[str, Any], str, Revision] | None = None
                  ) -> dict[str, Any]:  # fmt: skip
        """The answer to keep when no turn passed every rule: the one whose only fault is of a
        kind a step may keep (``revision.KEPT_KINDS``) with the fewest faulted words (a rewrite
        that left one unsupported word over a first answer with three), else the first."""
        self.stats.kept_unrevised += 1
        answers = self.usable[sid] + ([last] if last else [])
        kept = [a for a in answers if a[2].kind in KEPT_KINDS]
        data, raw, own = min(kept, key=lambda a: a[2].weight) if kept else answers[0]
        # Marked with what every turn was told, the kept answer's own fault first: the step
        # decides whether a statement its own rules still reject is written or withheld.
        told = [own] + [a[2] for a in answers if a[2] is not own]
        data = data | {UNREVISED: [{"kind": rev.kind, "why": rev.why, "weight": rev.weight}
                                   for rev in told]}  # fmt: skip
        self.engine._keep(self.keys[sid], self.step.prompt, data, raw)  # noqa: SLF001
        return data

    def take(self, sid: str, reply: ChatReply, attempt: int) -> None:
        """One reply: an answer, or the request of the next turn (into ``retry``)."""
        engine, stats, prompt = self.engine, self.stats, self.step.prompt
        stats.prompt_tokens += reply.prompt_tokens
        stats.completion_tokens += reply.completion_tokens
        stats.seconds += reply.seconds
        try:
            data = validate(parse_json(reply.text), prompt.schema, reply.text)
            data = prompt.fixed | data
            if self.step.check:
                self.step.check(data)
        except MalformedOutput as err:
            err.raw = reply.text
            if attempt < engine.max_retries:
                self.retry[sid] = engine._repair_request(self.current[sid], reply.text, err)  # noqa: SLF001
            elif sid in self.usable:  # a rewrite came back broken: keep an earlier answer
                self.results[sid] = self.keep_best(sid)
            else:
                stats.failed += 1
                self.results[sid] = err
            return
        why = self.step.revise(sid, data) if self.step.revise else None
        if why and attempt < engine.max_retries:
            self.usable.setdefault(sid, []).append((data, reply.text, why))
            stats.revised += 1
            told = [rev for _, _, rev in self.usable[sid]]
            self.retry[sid] = engine._revision_request(self.pending[sid], told)  # noqa: SLF001
            return
        if why and sid in self.usable:  # still poor after the last rewrite: keep the best
            self.results[sid] = self.keep_best(sid, (data, reply.text, why))
            return
        if attempt and sid not in self.usable:
            stats.repaired += 1
        self.results[sid] = data
        engine._keep(self.keys[sid], prompt, data, reply.text)  # noqa: SLF001


# The key of a kept answer that no revision turn made acceptable: what each turn was told, as
# {"kind", "why"} (the first is the kept answer's own fault).
UNREVISED = "_unrevised"


def statement_of(data: dict[str, Any]) -> str:
    """The template sentence from a reply: given whole, or as its three slots."""
    if "statement" in data:
        return str(data["statement"])
    return f"{data['subject']} aims to {data['intent']} by {data['action']}"


def intent_of(data: dict[str, Any]) -> Intent:
    """The template's three slots from a reply. Slots given as fields are taken as they are
    (each checked): joining them into the sentence and splitting it again would cut an intent
    that holds " by " ("spoiled by three bullies") at the wrong place. A whole sentence is
    parsed."""
    if "statement" in data:
        return parse_intent(str(data["statement"]))
    statement = statement_of(data)
    return Intent(*(slot(str(data[n]), n, statement) for n in ("subject", "intent", "action")))


def check_intent(data: dict[str, Any]) -> None:
    intent_of(data)


def llm_engine(job: Job, cfg: dict[str, Any], key: str, name: str = "llm") -> Engine:
    """The engine for a stage's LLM block; the model comes from the registry (or the job's
    prebuilt backend ``name``), loaded on the first cache miss."""
    return Engine(
        cfg["llm"],
        AnswerCache(cfg.get("cache_dir")),
        int(cfg.get("max_retries", 2)),
        lambda: job.load("llm", cfg["llm"], key=key, name=name),
        key,
        job.params.get("prompt_dir"),
    )
