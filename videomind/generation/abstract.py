"""The abstract layer (§3.1): summary, subject, place, time and event from the factual layer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from videomind.backends.protocols import ChatRequest
from videomind.core.records import ABSTRACT, FACTUAL
from videomind.generation.grounding import IMPLIED, summary_invented
from videomind.generation.inputs import clip_text
from videomind.generation.quality import copied_phrase
from videomind.generation.revision import Revision

if TYPE_CHECKING:
    from videomind.generation.generate import Generation, Sample

NO_DESCRIPTION = "no description"
# Words in a row a summary may share with the prompt's worked example before it is a copy of it.
EXAMPLE_RUN = 4


def example_of(system: str) -> str:
    """The worked example of a prompt's system text: from "Example." on."""
    return system.split("Example.", 1)[1] if "Example." in system else ""


def abstract(g: Generation) -> None:
    """The abstract layer from the five factual elements only. A picture or sound element
    written from measurements reaches it as "no description": the summary tells what the
    clip shows, and the statistics stay in the factual layer, labeled as measurements."""
    prompt = g.prompts["abstract"]

    def facts(s: Sample) -> dict[str, str]:
        out = {e: clip_text(s.out[c], 400) for e, c in FACTUAL.items()}
        for e in ("visual", "audio"):
            if FACTUAL[e] in s.prompt_view:  # measured, not seen or heard by a model
                out[e] = NO_DESCRIPTION
        return out

    def notes(s: Sample) -> list[str]:
        """What the prompt told the model of the clip, and what its speech or text implies."""
        given = [v for v in facts(s).values() if v != NO_DESCRIPTION]
        implied = [IMPLIED[c] for c in IMPLIED if (s.row.get(c) or "").strip()]
        return [*given, s.out["clip_position"], *implied]

    def build(s: Sample) -> ChatRequest:
        return g.request(prompt, facts(s) | {"position": s.out["clip_position"]})

    def apply(s: Sample, data: dict[str, Any]) -> None:
        for k, column in ABSTRACT.items():
            s.out[column] = data[k]
            g.provenance(s, column, "model", prompt)

    example = example_of(prompt.system)

    def revise(s: Sample, data: dict[str, Any]) -> Revision | None:
        """A summary that copies the worked example goes back (r15-15): over a swimming coach
        whose words Whisper half lost, the 1.5B wrote "The on-screen title promises a
        five-minute fix for a flat tyre" (held-back set 30), and the intents then taught tyre
        repair from it, grounded in the summary. So does one that says what no note gives
        (a-2, ``grounding.summary_invented``); if no rewrite does better, the answer with the
        fewest such words is kept (an ungrounded answer is a kept kind)."""
        written = " ".join(str(data.get(k) or "") for k in ABSTRACT)
        phrase = copied_phrase(written, [example], EXAMPLE_RUN)
        if phrase is not None:
            return Revision(
                f'it copies "{phrase}" from the worked example, which is about another clip: '
                "write only what this clip's notes say",
                kind="copies_example",
            )
        odd = summary_invented(written, notes(s))
        if not odd:
            return None
        named = ", ".join(f'"{w}"' for w in dict.fromkeys(odd))
        return Revision(
            f"it says {named}, which no note about the clip gives: write only what the notes "
            "say, in their words",
            kind="ungrounded",
            weight=len(odd),
        )

    revise.tag = "example-1-a2"  # type: ignore[attr-defined]
    g.ask(prompt, g.live(), build, apply, revise=revise)
