"""The abstract layer (§3.1): summary, subject, place, time and event from the factual layer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from videomind.backends.protocols import ChatRequest
from videomind.core.records import ABSTRACT, FACTUAL
from videomind.generation.inputs import clip_text

if TYPE_CHECKING:
    from videomind.generation.generate import Generation, Sample

NO_DESCRIPTION = "no description"


def abstract(g: Generation) -> None:
    """The abstract layer from the five factual elements only. A picture or sound element
    written from measurements reaches it as "no description": the summary tells what the
    clip shows, and the statistics stay in the factual layer, labeled as measurements."""
    prompt = g.prompts["abstract"]

    def build(s: Sample) -> ChatRequest:
        facts = {e: clip_text(s.out[c], 400) for e, c in FACTUAL.items()}
        for e in ("visual", "audio"):
            if FACTUAL[e] in s.prompt_view:  # measured, not seen or heard by a model
                facts[e] = NO_DESCRIPTION
        return g.request(prompt, facts | {"position": s.out["clip_position"]})

    def apply(s: Sample, data: dict[str, Any]) -> None:
        for k, column in ABSTRACT.items():
            s.out[column] = data[k]
            g.provenance(s, column, "model", prompt)

    g.ask(prompt, g.live(), build, apply)
