"""A stage whose passes ask an LLM: generation (five factual elements, the abstract layer, two
intents, tags) and pre-verification (the verifier's two intents) are both this.

Each pass is one prompt over the items still alive: a request per item (or none, when the item
is filled without the model), answered as one batch through the engine (answer cache,
validation, repair and revision turns) and the stage's runner (per-item failures, a batch that
raises retried item by item); an item whose answer stays malformed is one failures row and
leaves the later passes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from videomind.backends.protocols import ChatRequest, ModelUnavailable
from videomind.generation.engine import Engine, Step
from videomind.generation.prompts import Prompt
from videomind.generation.revision import Revision
from videomind.runner import Failed, Stage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pass:
    """One prompt over items: ``build`` makes an item's request (None: filled without the
    model), ``apply`` writes its answer; ``check``, ``revise`` and ``failed`` as in
    :meth:`LLMStage.ask`; ``engine`` the stage's own unless given."""

    prompt: Prompt
    items: Sequence[Any]
    build: Callable[[Any], ChatRequest | None]
    apply: Callable[[Any, dict[str, Any]], None]
    check: Callable[[dict[str, Any]], None] | None = None
    revise: Callable[[Any, dict[str, Any]], Revision | None] | None = None
    engine: Engine | None = None
    failed: Callable[[Any, BaseException], Failed | None] | None = None


class LLMStage(Stage):
    """What a stage says about its items so ``ask`` can run a pass over them."""

    default_cause: ClassVar[str]  # the failures row's cause for an unforeseen error
    engine: Engine

    def item_id(self, item: Any) -> str:
        raise NotImplementedError

    def failed_item(self, item: Any, err: BaseException, step: str) -> Failed:
        """Mark ``item`` failed (it leaves the later passes) and say where and why."""
        raise NotImplementedError

    def step_name(self, prompt: Prompt) -> str:
        return prompt.step

    def item_failed(self, item: Any) -> bool:
        """Whether an earlier pass failed ``item`` (it leaves the later passes)."""
        return False

    def ask(
        self,
        prompt: Prompt,
        items: Sequence[Any],
        build: Callable[[Any], ChatRequest | None],
        apply: Callable[[Any, dict[str, Any]], None],
        check: Callable[[dict[str, Any]], None] | None = None,
        revise: Callable[[Any, dict[str, Any]], Revision | None] | None = None,
        engine: Engine | None = None,
        failed: Callable[[Any, BaseException], Failed | None] | None = None,
    ) -> None:
        """One pass: each answer applied, each answer that stayed malformed a failures row (or,
        with ``failed``, whatever it makes of the item: None keeps the item)."""
        self.ask_together([Pass(prompt, items, build, apply, check, revise, engine, failed)])

    def ask_together(self, passes: Sequence[Pass]) -> None:
        """Passes whose requests do not depend on each other's answers, asked as one batch per
        turn (``Engine.run_steps``) when they share an engine; then applied pass by pass, in
        order, as if asked one after another: an item an earlier pass failed leaves the later
        ones, its answers unused. If the joint batch raises, each pass is asked on its own (a
        batch that raises is retried item by item)."""
        built = []
        for p in passes:
            requests: dict[str, ChatRequest] = {}
            todo = []
            for item in p.items:
                req = p.build(item)
                if req is not None:
                    requests[self.item_id(item)] = req
                    todo.append(item)
            built.append((p, p.engine or self.engine, requests, todo))
        answers: list[dict[str, Any]] | None = None
        engines = {id(engine) for _, engine, requests, _ in built if requests}
        if len(engines) == 1 and sum(bool(requests) for *_, requests, _ in built) > 1:
            engine = next(engine for _, engine, requests, _ in built if requests)
            steps = [Step(p.prompt, requests, p.check, self._by_id(p.revise, todo))
                     for p, _, requests, todo in built]  # fmt: skip
            try:
                answers = engine.run_steps(steps)
            except ModelUnavailable:
                raise
            except Exception as err:  # noqa: BLE001 - retried pass by pass, item by item
                log.warning("joint batch of %s failed (%s): asked pass by pass",
                            ", ".join(p.prompt.step for p in passes), err)  # fmt: skip
        for n, (p, engine, requests, todo) in enumerate(built):
            todo = [item for item in todo if not self.item_failed(item)]
            self._apply_pass(p, engine, requests, todo, answers[n] if answers else None)

    def _by_id(
        self, revise: Callable[[Any, dict[str, Any]], Revision | None] | None, items: Sequence[Any]
    ) -> Callable[[str, dict[str, Any]], Revision | None] | None:
        """``revise(item, answer)`` as the engine calls it, with the item's id."""
        if revise is None:
            return None
        by_id = {self.item_id(item): item for item in items}

        def by_sid(sid: str, data: dict[str, Any]) -> Revision | None:
            return revise(by_id[sid], data)

        by_sid.tag = getattr(revise, "tag", "on")  # type: ignore[attr-defined]
        return by_sid

    def _apply_pass(
        self,
        p: Pass,
        engine: Engine,
        requests: dict[str, ChatRequest],
        todo: list[Any],
        answered: dict[str, Any] | None,
    ) -> None:
        """A pass's answers through the runner (per-item failures, labels), then applied:
        ``answered`` by item id when the joint batch gave them, else asked here."""
        step = self.step_name(p.prompt)

        def answer(batch: Sequence[Any]) -> list[Any]:
            ids = [self.item_id(item) for item in batch]
            if answered is None:
                asked = engine.run(p.prompt, {i: requests[i] for i in ids}, p.check,
                                   self._by_id(p.revise, batch))  # fmt: skip
                return [asked[i] for i in ids]
            return [answered[i] for i in ids]

        def lost(item: Any, err: BaseException) -> Failed:
            return self.failed_item(item, err, step)

        done = self.runner.map(todo, answer, p.failed or lost, batch_size=len(todo) or 1,
                               label=lambda item, _: f"{step} {self.item_id(item)}")  # fmt: skip
        for item, data in done:
            p.apply(item, data)

    @staticmethod
    def request(
        prompt: Prompt,
        values: dict[str, str] | None = None,
        images: tuple[str, ...] = (),
        audio: str | None = None,
        frame_times: tuple[float, ...] = (),
    ) -> ChatRequest:
        system, user = prompt.render(**(values or {}))
        return ChatRequest(system, user, prompt.schema, prompt.max_tokens, images, audio,
                           frame_times=frame_times)  # fmt: skip
