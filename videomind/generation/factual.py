"""The factual layer (§3.1, step 1): the measured picture and sound, then one element per input.

Each element is written from its own input only (OCR text, transcript, uploader text, frames or
audio). An empty input is stated by rule, and a visual or audio element the model cannot take
is written from measurements, labeled as such in its provenance.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from videomind.backends.protocols import ChatRequest
from videomind.core.lexicon import english_share
from videomind.core.records import FACTUAL
from videomind.core.text import words
from videomind.generation.evidence import credits_roll
from videomind.generation.grounding import invented
from videomind.generation.inputs import (
    EMPTY,
    ENGLISH_SHARE,
    INPUTS,
    QUOTED_METHOD,
    UNSURE_SPEECH,
    clip_text,
    foreign,
    input_text,
)
from videomind.generation.llm_stage import Pass
from videomind.generation.structured import MalformedOutput
from videomind.media.measure import audio_stats, describe_audio, describe_frames, frame_stats
from videomind.runner import Failed

if TYPE_CHECKING:
    from videomind.generation.generate import Generation, Sample

log = logging.getLogger(__name__)


def measure(g: Generation) -> None:
    """Frame and audio statistics; the visual/audio elements come from them when the model
    cannot take frames/audio (a text-only proxy says so in its provenance)."""
    modal = g.engine.modalities() if g.samples else frozenset({"text"})
    visual_by = g.cfg.get("visual_from", "auto")
    audio_by = g.cfg.get("audio_from", "auto")
    g.use_frames = visual_by == "model" or (visual_by == "auto" and "image" in modal)
    g.use_audio = audio_by == "model" or (audio_by == "auto" and "audio" in modal)
    if g.samples and g.cfg["llm"]["backend"] == "openai" and not g.use_frames:
        log.warning("generate.llm.modalities is %s: the server gets no frames or audio and "
                    "the visual/audio elements are written from measurements; set "
                    "modalities: [text, image, audio] for a multimodal model",
                    sorted(modal))  # fmt: skip

    def read(batch: Sequence[Sample]) -> list[Any]:
        out: list[Any] = []
        for s in batch:
            try:
                out.append(
                    (
                        frame_stats(s.row["frame_paths"]),
                        audio_stats(s.row["audio_path"] if s.row["has_audio"] else None),
                    )
                )
            except (OSError, ValueError) as err:
                out.append(MalformedOutput("unreadable_media", str(err)))
        return out  # fmt: skip

    def failed(s: Sample, err: BaseException) -> Failed:
        return g.failed_item(s, err, "measure")

    for s, (fstats, astats) in g.runner.map(g.samples, read, failed):
        _measured(g, s, fstats, astats)


def _measured(g: Generation, s: Sample, fstats: dict[str, Any], astats: dict[str, Any]) -> None:
    r = s.row
    speech = None if r["asr_status"] == "failed" else r["asr_status"] in ("ok", "low_confidence")
    s.out["measured"] = json.dumps({"frames": fstats, "audio": astats, "speech": speech},
                                   sort_keys=True)  # fmt: skip
    visual, audio = FACTUAL["visual"], FACTUAL["audio"]
    if not g.use_frames:
        s.out[visual] = describe_frames(fstats)
        s.prompt_view[visual] = describe_frames(fstats, labeled=False)
        g.provenance(s, visual, "measured:frame-statistics", None)
    if not r["has_audio"]:
        s.out[audio] = "The clip has no audio track."
        g.provenance(s, audio, "rule:empty-input", None)
    elif not g.use_audio:
        s.out[audio] = describe_audio(astats, speech)
        s.prompt_view[audio] = describe_audio(astats, speech, labeled=False)
        g.provenance(s, audio, "measured:audio-statistics", None)


# The OCR element of a credits roll (evidence.credits_roll). Handed the roll, the 1.5B described
# its job titles ("music and sound design", "Blender software"), and the later steps took them
# for what the clip is about: the uploader's goal over a credits window (held-back sets 30-32),
# and over a speaker asking for seedling swaps with the credits behind him (set 29).
CREDITS = "The on-screen text is the video's credits, a list of the names of those who made it."
# A text element as its input's own words, where the model's account of it says what the input
# does not (``grounding.invented``): a quote cannot add a word. Told to describe the uploader's
# "Choir auditions", the 1.5B wrote that the video "likely contains footage of choir members
# performing in front of an audience", and the summary and the uploader's intent then promoted
# "choir performances" (held-back set 37).
QUOTED = {
    "asr": 'Someone says: "{text}"',
    "ocr": 'The on-screen text reads: "{text}"',
    "text": 'The uploader wrote: "{text}"',
}


def quoted(row: dict[str, Any], element: str, limit: int) -> str:
    """The element written as its input quoted; the uploader's title and description each as
    written where the text column is the two run together."""
    parts = [p for p in (row.get("title"), row.get("description")) if (p or "").strip()]
    if element == "text" and parts and " ".join(parts).split() == (row.get("text") or "").split():
        first = f'The uploader titled the video "{clip_text(parts[0], limit)}"'
        if len(parts) == 1:
            return first + "."
        return f'{first} and wrote: "{clip_text(parts[1], limit)}"'
    return QUOTED[element].format(text=clip_text(input_text(row, element), limit))


def _english(row: dict[str, Any], element: str, value: str) -> bool:
    """The input is English, so an English account of it can be held to its words (a
    multilingual model's account of Polish speech shares none of them)."""
    if element == "asr":
        return row.get("asr_language") in (None, "en")
    share = english_share(value)
    return share is None or share >= ENGLISH_SHARE


def factual(g: Generation, element: str) -> Pass:
    """One factual element from its own input only (OCR text, transcript, uploader text,
    frames or audio); an empty input is stated, not sent to the model."""
    prompt, column = g.prompts[f"factual_{element}"], FACTUAL[element]
    source = INPUTS.get(element)

    def build(s: Sample) -> ChatRequest | None:
        if column in s.out:
            return None
        if source is None:
            if element == "visual":
                frames, times = s.row["frame_paths"], s.row.get("frame_times") or ()
                return g.request(prompt, images=tuple(frames), frame_times=tuple(times))
            return g.request(prompt, audio=s.row["audio_path"])
        value = input_text(s.row, element)
        if element == "asr" and (s.row.get("asr_status") == "low_confidence"
                                 or (value and not words(value))):  # fmt: skip
            s.out[column] = UNSURE_SPEECH
            g.provenance(s, column, "rule:low-confidence-asr", None)
            return None
        if not value:
            s.out[column] = EMPTY[element]
            g.provenance(s, column, "rule:empty-input", None)
            return None
        if g.cfg.get("english_only") and (sentence := foreign(element, s.row)):
            s.out[column] = sentence
            g.provenance(s, column, "rule:not-english", None)
            return None
        if element == "ocr" and credits_roll(s.row):
            s.out[column] = CREDITS
            g.provenance(s, column, "rule:credits", None)
            return None
        return g.request(prompt, {source: clip_text(value, g.limit)})

    def apply(s: Sample, data: dict[str, Any]) -> None:
        value = input_text(s.row, element) if element in QUOTED else None
        if value and _english(s.row, element, value) and invented(data[element], value, element):
            s.out[column] = quoted(s.row, element, g.limit)
            g.provenance(s, column, QUOTED_METHOD, prompt)
            return
        s.out[column] = data[element]
        g.provenance(s, column, "model", prompt)

    return Pass(prompt, g.live(), build, apply)
