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
from videomind.generation.revision import Revision, revised_user
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
    kept_unrevised: int = 0  # revisions that never came back better: the first answer is kept
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
        its first usable answer comes back marked with the reasons (``UNREVISED``): the step
        withholds it or keeps it (``generate.withhold_unrevised``), and the benchmark counts it.
        """
        stats = self.stats.setdefault(prompt.step, StepStats())
        results: dict[str, dict[str, Any] | MalformedOutput] = {}
        keys = {}
        pending: dict[str, ChatRequest] = {}
        # A revised answer is another answer: the revise rule's tag and the number of turns it
        # had are part of the key.
        ident = self.identity() | (
            {"revise": getattr(revise, "tag", "on"), "turns": self.max_retries,
             "unrevised": "marked-2"} if revise else {}
        )  # fmt: skip
        for sid, req in requests.items():
            key = request_key(req, identity=ident)
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
        usable: dict[str, tuple[dict[str, Any], str]] = {}  # first usable answer of a revision
        told: dict[str, list[Revision]] = {}  # what each rewrite of a request was told

        def keep_first(sid: str) -> dict[str, Any]:
            stats.kept_unrevised += 1
            data, raw = usable[sid]
            # The first answer, marked with what every turn was told: the step decides whether
            # a statement its own rules still reject is written or withheld.
            data = data | {UNREVISED: [{"kind": rev.kind, "why": rev.why} for rev in told[sid]]}
            self._keep(keys[sid], prompt, data, raw)
            return data

        while current:
            ids = list(current)
            # Turn n of a repair or revision samples at retry_temperature with seed + n: a
            # greedy model told what was wrong writes its first answer again word for word.
            replies = self._call([current[i] for i in ids], attempt)
            retry: dict[str, ChatRequest] = {}
            for sid, reply in zip(ids, replies, strict=True):
                stats.prompt_tokens += reply.prompt_tokens
                stats.completion_tokens += reply.completion_tokens
                stats.seconds += reply.seconds
                try:
                    data = validate(parse_json(reply.text), prompt.schema, reply.text)
                    data = prompt.fixed | data
                    if check:
                        check(data)
                except MalformedOutput as err:
                    err.raw = reply.text
                    if attempt < self.max_retries:
                        retry[sid] = self._repair_request(current[sid], reply.text, err)
                    elif sid in usable:  # a rewrite came back broken: keep the first answer
                        results[sid] = keep_first(sid)
                    else:
                        stats.failed += 1
                        results[sid] = err
                    continue
                why = revise(sid, data) if revise else None
                if why and attempt < self.max_retries:
                    usable.setdefault(sid, (data, reply.text))
                    stats.revised += 1
                    told.setdefault(sid, []).append(why)
                    retry[sid] = self._revision_request(pending[sid], told[sid])
                    continue
                if why and sid in usable:  # still poor after the last rewrite: keep the first
                    results[sid] = keep_first(sid)
                    continue
                if attempt and sid not in usable:
                    stats.repaired += 1
                results[sid] = data
                self._keep(keys[sid], prompt, data, reply.text)
            current = retry
            attempt += 1
        return results

    def _keep(self, key: str, prompt: Prompt, data: dict[str, Any], raw: str) -> None:
        self.cache.put(key, {"data": data, "prompt": prompt.ident, "model": self.model_key(),
                             "raw": raw})  # fmt: skip

    def answer(
        self,
        prompt: Prompt,
        requests: Sequence[ChatRequest],
        check: Callable[[dict[str, Any]], None] | None = None,
        revise: Callable[[int, dict[str, Any]], Revision | None] | None = None,
    ) -> list[dict[str, Any] | MalformedOutput]:
        """One answer per request, in order (the runner's batch shape); ``revise`` gets the
        request's index."""
        by_id = None
        if revise is not None:

            def by_id(sid: str, data: dict[str, Any]) -> Revision | None:
                return revise(int(sid), data)

            by_id.tag = getattr(revise, "tag", "on")  # type: ignore[attr-defined]
        by_index = self.run(prompt, {str(i): r for i, r in enumerate(requests)}, check, by_id)
        return [by_index[str(i)] for i in range(len(requests))]

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
