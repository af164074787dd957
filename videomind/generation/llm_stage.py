"""A stage whose passes ask an LLM: generation (five factual elements, the abstract layer, two
intents, tags) and pre-verification (the verifier's two intents) are both this.

Each pass is one prompt over the items still alive: a request per item (or none, when the item
is filled without the model), answered as one batch through the engine (answer cache,
validation, repair and revision turns) and the stage's runner (per-item failures, a batch that
raises retried item by item); an item whose answer stays malformed is one failures row and
leaves the later passes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from videomind.backends.protocols import ChatRequest
from videomind.generation.engine import Engine
from videomind.generation.prompts import Prompt
from videomind.generation.revision import Revision
from videomind.runner import Failed, Stage


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
        engine = engine or self.engine
        step = self.step_name(prompt)
        requests: dict[str, ChatRequest] = {}
        todo = []
        for item in items:
            req = build(item)
            if req is not None:
                requests[self.item_id(item)] = req
                todo.append(item)

        def answer(batch: Sequence[Any]) -> list[Any]:
            by_index = None
            if revise is not None:

                def by_index(i: int, data: dict[str, Any]) -> Revision | None:
                    return revise(batch[i], data)

                by_index.tag = getattr(revise, "tag", "on")  # type: ignore[attr-defined]
            reqs = [requests[self.item_id(item)] for item in batch]
            return engine.answer(prompt, reqs, check, by_index)

        def lost(item: Any, err: BaseException) -> Failed:
            return self.failed_item(item, err, step)

        done = self.runner.map(todo, answer, failed or lost, batch_size=len(todo) or 1,
                               label=lambda item, _: f"{step} {self.item_id(item)}")  # fmt: skip
        for item, data in done:
            apply(item, data)

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
