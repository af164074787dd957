"""The abstract layer (§3.1): summary, subject, place, time and event from the factual layer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from videomind.backends.protocols import ChatRequest
from videomind.core.records import ABSTRACT, FACTUAL
from videomind.generation.engine import UNREVISED
from videomind.generation.grounding import EMPTY_SENTENCES, people_invented
from videomind.generation.inputs import clip_inputs, clip_text
from videomind.generation.quality import copied_phrase, example_topic, narrates_notes
from videomind.generation.revision import Revision

if TYPE_CHECKING:
    from videomind.generation.generate import Generation, Sample

NO_DESCRIPTION = "no description"
# How a rule wrote the abstract layer (provenance rule:<method>): the factual layer's own
# sentences, where every answer copied the worked example.
FROM_FACTUAL = "factual_sentences"
UNKNOWN = "unknown"
NOTHING_HEARD = "Nothing of the clip could be read or heard."
# Words in a row a summary may share with the prompt's worked example before it is a copy of it.
EXAMPLE_RUN = 4
# r15-25: told of the uploader's text, not of the clip (quality.narrates_notes).
NOTES_MESSAGE = (
    'it says "{told}": that tells of the uploader\'s text, not of the clip; say what the clip '
    "shows, says or announces, in your own words (the title names what it is about)"
)
# r15-29b: a person no note gives (grounding.people_invented).
PEOPLE_MESSAGE = (
    "nothing in the notes shows {who}: say what the clip shows, says or announces without "
    "people the notes do not name"
)
# What a summary kept after its turns must not still do: then the factual layer's sentences.
BY_RULE = ("copies_example", "invents_people")


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

    def build(s: Sample) -> ChatRequest:
        return g.request(prompt, facts(s) | {"position": s.out["clip_position"]})

    def apply(s: Sample, data: dict[str, Any]) -> None:
        told = data.get(UNREVISED) or []
        if told and told[0]["kind"] in BY_RULE:
            for k, column in ABSTRACT.items():
                s.out[column] = factual_summary(s) if k == "summary" else UNKNOWN
                g.provenance(s, column, f"rule:{FROM_FACTUAL}", None)
            return
        for k, column in ABSTRACT.items():
            s.out[column] = data[k]
            g.provenance(s, column, "model", prompt)

    def factual_summary(s: Sample) -> str:
        """r15-28: a summary that still copies the worked example after its turns is the
        factual layer's own sentences (those a model did not measure, less the empty ones):
        over foreign narration the kept first answer was the example's "A man is seen fixing a
        flat tyre on a city pavement" (held-back sets 58, 59, 61), a scene nothing shows."""
        parts = [s.out.get(FACTUAL[e]) for e in ("ocr", "asr", "text")]
        said = [p.strip() for p in parts if p and p.strip() not in EMPTY_SENTENCES]
        return " ".join(said) or NOTHING_HEARD

    example = example_of(prompt.system)

    def revise(s: Sample, data: dict[str, Any]) -> Revision | None:
        """A summary that copies the worked example goes back (r15-15): over a swimming coach
        whose words Whisper half lost, the 1.5B wrote "The on-screen title promises a
        five-minute fix for a flat tyre" (held-back set 30), and the intents then taught tyre
        repair from it, grounded in the summary. A summary that says what no note gives does
        not go back: on held-back set 37 that took 33 turns for 17 summaries, 9 of which never
        passed, and tripled the step's time; its invented words are no evidence for the intents
        instead (``grounding.evidence_text``). Only people no note gives go back (r15-29b), and
        a summary that keeps them, or the example, after its turns is the factual layer's."""
        answer = " ".join(str(data.get(k) or "") for k in ABSTRACT)
        # r15-33: the example's topic in another spelling ("fix flat tires", held-back set 74)
        phrase = (copied_phrase(answer, [example], EXAMPLE_RUN)
                  or example_topic(answer, clip_inputs(s.row)))  # fmt: skip
        if phrase is not None:
            return Revision(
                f'it copies "{phrase}" from the worked example, which is about another clip: '
                "write only what this clip's notes say",
                kind="copies_example",
            )
        # measured: the factual elements the prompt showed as measurements (as intents.py reads)
        if people := people_invented(data.get("summary"), s.row | s.out, s.prompt_view):
            who = ", ".join(f"'{w}'" for w in people)
            return Revision(PEOPLE_MESSAGE.format(who=who), kind="invents_people")
        # r15-28: only where something of the clip's own is known. Over a window whose speech
        # is in a language the generator is not handed and which has no text, the uploader's
        # text is all the notes give: sent back, 12 of 16 such summaries on held-back sets
        # 52-59 invented a scene ("A man is seen fixing a flat tyre on a city pavement", "A man
        # in a red shirt is holding a camera"); on sets 45-51, before the rule, 1 of 14 did,
        # and the rest said what the notes give ("The title and description are written in the
        # language 'bn'").
        if g.own(s) and (told := narrates_notes(data.get("summary"))):
            return Revision(NOTES_MESSAGE.format(told=told), kind="notes_narrated")
        return None

    revise.tag = "people-5"  # type: ignore[attr-defined]
    g.ask(prompt, g.live(), build, apply, revise=revise)
