"""Rule `generate` (after `screen`, before `preverify`): three-layer generation and the 6W tags, in
the paper's order.

measure → factual (visual, audio, OCR, ASR, text) → abstract → intent (role A, role B) → tags.
Each step runs over the whole shard as one batch for the LLM engine (the model is loaded once, on
the first cache miss), and a layer only ever sees the layers before it. A sample whose reply stays
malformed after the repair retries leaves the shard's dataset with a failures row that keeps the
raw reply; the rest go on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from videomind.backends.protocols import ChatRequest
from videomind.core.io import read_parquet
from videomind.core.records import ABSTRACT, FACTUAL, INTENT, TAG
from videomind.core.text import word_count
from videomind.generation.engine import (
    Engine,
    check_intent,
    intent_of,
    llm_engine,
)
from videomind.generation.evidence import NO_PROTAGONIST, shown, subject_shown
from videomind.generation.grounding import evidence_forms, evidence_text
from videomind.generation.inputs import (
    EMPTY,
    INPUTS,
    UNSURE_SPEECH,
    clip_positions,
    clip_text,
    intent_values,
)
from videomind.generation.llm_stage import LLMStage
from videomind.generation.prompts import Prompt, load_prompt
from videomind.generation.quality import REVISE_RULES, revision
from videomind.generation.revision import Revision
from videomind.generation.structured import MalformedOutput
from videomind.generation.tags import not_a_timestamp, six_w_tags, span_of, tag_value
from videomind.media.measure import audio_stats, describe_audio, describe_frames, frame_stats
from videomind.runner import Failed, Job

log = logging.getLogger(__name__)
NO_DESCRIPTION = "no description"


@dataclass
class Sample:
    row: dict[str, Any]
    out: dict[str, Any] = field(default_factory=dict)
    # What later prompts see of a field when it differs from the record (measured text without
    # its provenance label).
    prompt_view: dict[str, str] = field(default_factory=dict)
    provenance: list[dict[str, Any]] = field(default_factory=list)
    failed: bool = False
    # The nouns naming the protagonist the clip shows (none for a speaker): role B's subject
    # must be one of them (evidence.subject_shown).
    protagonist_names: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.row["clip_id"]


class Generation(LLMStage):
    """One shard's samples and the passes that fill their layers, in the paper's order."""

    name, table, input = "generate", "generation", "samples"
    default_cause = "generate_failed"

    def __init__(self, job: Job) -> None:
        super().__init__(job)
        self.cfg = dict(job.params.generate)
        self.limit = int(self.cfg.get("max_input_chars", 1200))
        self.engine = llm_engine(job, self.cfg, "generate.llm")
        # The place/time/event spans may come from a model of their own (the paper: Qwen2.5-VL);
        # without tags_llm, from the generator. Loaded on its first cache miss, like the other.
        tags_llm = self.cfg.get("tags_llm")
        self.tags_engine = (
            llm_engine(job, {**self.cfg, "llm": tags_llm}, "generate.tags_llm", "tags_llm")
            if tags_llm
            else self.engine
        )
        self.samples = [Sample(r) for r in read_parquet(job.input.samples).to_pylist()]
        positions = clip_positions([s.row for s in self.samples])
        for s in self.samples:
            s.out["clip_position"] = positions[s.id]
        prompt_dir = job.params.get("prompt_dir")
        steps = [f"factual_{e}" for e in FACTUAL] + ["abstract"]  # prompt file names
        steps += [f"intent_{r}" for r in INTENT]
        self.tag_method = self.cfg.get("tags", "spans")
        if self.tag_method == "spans":
            steps.append("tags")
        scale = float(self.cfg["llm"].get("reply_scale", 1.0))
        self.prompts = {s: load_prompt(s, prompt_dir).scaled(scale) for s in steps}
        self.wrong_type: list[str] = []  # where/when/what tags dropped as the wrong kind
        self.not_shown = 0  # role-B statements about someone other than the one shown

    def items(self) -> list[Sample]:
        return self.samples

    def passes(self, items: list[Sample]) -> list[dict[str, Any]]:
        self.measure()
        for element in FACTUAL:
            self.factual(element)
        self.abstract()
        for role in INTENT:
            self.intent(role)
        if self.tag_method == "spans":
            self.tag_spans()
        return [self.row(s) for s in self.live()]

    # ------------------------------------------------------------ plumbing shared by the passes

    def live(self) -> list[Sample]:
        return [s for s in self.samples if not s.failed]

    def provenance(self, s: Sample, column: str, method: str, prompt: Prompt | None,
                   engine: Engine | None = None) -> None:  # fmt: skip
        model = method == "model"
        engine = engine or self.engine
        s.provenance.append({
            "field": column, "method": method,
            "backend": engine.cfg["backend"] if model else None,
            "model": engine.model_key() if model else None,
            "prompt": prompt.ident if prompt else None,
            "seed": engine.seed if model else None,
        })  # fmt: skip

    def item_id(self, item: Sample) -> str:
        return item.id

    def failed_item(self, item: Sample, err: BaseException, step: str) -> Failed:
        item.failed = True
        return Failed.from_error(err, self.default_cause, item.row["source_id"],
                                 item.row.get("clip_path") or "", item.id, step=step)  # fmt: skip

    # ------------------------------------------------------------ the steps, in the paper's order

    def measure(self) -> None:
        """Frame and audio statistics; the visual/audio elements come from them when the model
        cannot take frames/audio (a text-only proxy says so in its provenance)."""
        modal = self.engine.modalities() if self.samples else frozenset({"text"})
        visual_by = self.cfg.get("visual_from", "auto")
        audio_by = self.cfg.get("audio_from", "auto")
        self.use_frames = visual_by == "model" or (visual_by == "auto" and "image" in modal)
        self.use_audio = audio_by == "model" or (audio_by == "auto" and "audio" in modal)
        if self.samples and self.cfg["llm"]["backend"] == "openai" and not self.use_frames:
            log.warning("generate.llm.modalities is %s: the server gets no frames or audio and "
                        "the visual/audio elements are written from measurements; set "
                        "modalities: [text, image, audio] for a multimodal model",
                        sorted(modal))  # fmt: skip

        def measure(batch: Sequence[Sample]) -> list[Any]:
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
            return self.failed_item(s, err, "measure")

        for s, (fstats, astats) in self.runner.map(self.samples, measure, failed):
            self._measured(s, fstats, astats)

    def _measured(self, s: Sample, fstats: dict[str, Any], astats: dict[str, Any]) -> None:
        r = s.row
        speech = (
            None if r["asr_status"] == "failed" else r["asr_status"] in ("ok", "low_confidence")
        )
        s.out["measured"] = json.dumps({"frames": fstats, "audio": astats, "speech": speech},
                                       sort_keys=True)  # fmt: skip
        visual, audio = FACTUAL["visual"], FACTUAL["audio"]
        if not self.use_frames:
            s.out[visual] = describe_frames(fstats)
            s.prompt_view[visual] = describe_frames(fstats, labeled=False)
            self.provenance(s, visual, "measured:frame-statistics", None)
        if not r["has_audio"]:
            s.out[audio] = "The clip has no audio track."
            self.provenance(s, audio, "rule:empty-input", None)
        elif not self.use_audio:
            s.out[audio] = describe_audio(astats, speech)
            s.prompt_view[audio] = describe_audio(astats, speech, labeled=False)
            self.provenance(s, audio, "measured:audio-statistics", None)

    def factual(self, element: str) -> None:
        """One factual element from its own input only (OCR text, transcript, uploader text,
        frames or audio); an empty input is stated, not sent to the model."""
        prompt, column = self.prompts[f"factual_{element}"], FACTUAL[element]
        source = INPUTS.get(element)

        def build(s: Sample) -> ChatRequest | None:
            if column in s.out:
                return None
            if source is None:
                if element == "visual":
                    frames, times = s.row["frame_paths"], s.row.get("frame_times") or ()
                    return self.request(prompt, images=tuple(frames), frame_times=tuple(times))
                return self.request(prompt, audio=s.row["audio_path"])
            value = s.row.get(source)
            if element == "asr" and s.row.get("asr_status") == "low_confidence":
                s.out[column] = UNSURE_SPEECH
                self.provenance(s, column, "rule:low-confidence-asr", None)
                return None
            if not value:
                s.out[column] = EMPTY[element]
                self.provenance(s, column, "rule:empty-input", None)
                return None
            return self.request(prompt, {source: clip_text(value, self.limit)})

        def apply(s: Sample, data: dict[str, Any]) -> None:
            s.out[column] = data[element]
            self.provenance(s, column, "model", prompt)

        self.ask(prompt, self.live(), build, apply)

    def abstract(self) -> None:
        """The abstract layer from the five factual elements only. A picture or sound element
        written from measurements reaches it as "no description": the summary tells what the
        clip shows, and the statistics stay in the factual layer, labeled as measurements."""
        prompt = self.prompts["abstract"]

        def build(s: Sample) -> ChatRequest:
            facts = {e: clip_text(s.out[c], 400) for e, c in FACTUAL.items()}
            for e in ("visual", "audio"):
                if FACTUAL[e] in s.prompt_view:  # measured, not seen or heard by a model
                    facts[e] = NO_DESCRIPTION
            return self.request(prompt, facts | {"position": s.out["clip_position"]})

        def apply(s: Sample, data: dict[str, Any]) -> None:
            for k, column in ABSTRACT.items():
                s.out[column] = data[k]
                self.provenance(s, column, "model", prompt)

        self.ask(prompt, self.live(), build, apply)

    def intent(self, role: str) -> None:
        """Role A (the uploader) or role B (the protagonist), from the factual and abstract
        layers. Role B is written only where the inputs show a protagonist (evidence.py);
        elsewhere it is null with the cause ``no_protagonist``."""
        prompt, columns = self.prompts[f"intent_{role}"], INTENT[role]

        def no_protagonist(s: Sample) -> None:
            s.out["protagonist_evidence"] = None
            for part in ("statement", "subject", "intent", "action"):
                s.out[columns[part]] = None
            self.provenance(s, columns["statement"], f"rule:{NO_PROTAGONIST}", None)

        def build(s: Sample) -> ChatRequest | None:
            if role == "protagonist":
                seen = s.out[FACTUAL["visual"]] if self.use_frames else None
                found = shown(s.row, seen)
                if found is None:
                    no_protagonist(s)
                    return None
                s.out["protagonist_evidence"], s.protagonist_names = found
            return self.request(prompt, intent_values(s.out, s.prompt_view))

        def apply(s: Sample, data: dict[str, Any]) -> None:
            intent = intent_of(data)
            if role == "protagonist" and not subject_shown(intent.subject, s.protagonist_names):
                log.info("%s: role B's subject %r is not the %s the clip shows: no statement",
                         s.id, intent.subject, "/".join(s.protagonist_names))  # fmt: skip
                self.not_shown += 1
                no_protagonist(s)
                return
            for part in ("statement", "subject", "intent", "action"):
                s.out[columns[part]] = getattr(intent, part)
            self.provenance(s, columns["statement"], "model", prompt)

        def revise(s: Sample, data: dict[str, Any]) -> Revision | None:
            """A degenerate statement (generation/quality.py) goes back to the model once per
            remaining retry, told what is wrong; if no rewrite is better, the first stays."""
            i = intent_of(data)
            inputs = [s.row.get(k) for k in INPUTS.values()]
            evidence = evidence_forms(evidence_text(s.row | s.out, measured=s.prompt_view))
            return revision(i.subject, i.intent, i.action, inputs, evidence)

        revise.tag = REVISE_RULES  # type: ignore[attr-defined]
        self.ask(prompt, self.live(), build, apply, check=check_intent,
                 revise=revise if self.cfg.get("revise", True) else None)  # fmt: skip

    def tag_spans(self) -> None:
        """§3.2: where/when/what as spans of the abstract summary, found by the LLM; a phrase
        that is not a span of the summary (or is a time stamp) is no tag. A tags answer that
        stays malformed costs the tags, not the sample: they are null, ``tags_failure`` says
        why, and the text layers stay."""
        prompt = self.prompts["tags"]

        def build(s: Sample) -> ChatRequest:
            for tag in ("where", "when", "what"):
                s.out[TAG[tag]] = None
            return self.request(prompt, {"summary": s.out[ABSTRACT["summary"]]})

        def failed(s: Sample, err: BaseException) -> None:
            f = Failed.from_error(err, self.default_cause, s.row["source_id"], step="tags")
            s.out["tags_failure"] = f"{f.cause}: {f.message}"
            for tag in ("where", "when", "what"):
                self.provenance(s, TAG[tag], f"failed:{f.cause}", prompt, self.tags_engine)
            log.warning("%s: tags left null (%s)", s.id, s.out["tags_failure"])

        def apply(s: Sample, data: dict[str, Any]) -> None:
            summary = s.out[ABSTRACT["summary"]]
            for tag in ("where", "when", "what"):
                s.out[TAG[tag]] = span_of(tag_value(data.get(tag)), summary)
            s.out[TAG["when"]] = not_a_timestamp(s.out[TAG["when"]])
            for tag in ("where", "when", "what"):
                self.provenance(s, TAG[tag], "model", prompt, self.tags_engine)

        self.ask(prompt, self.live(), build, apply, engine=self.tags_engine, failed=failed)

    def row(self, s: Sample) -> dict[str, Any]:
        """A generated sample's row: its layers, the 6W tags, word counts and provenance."""
        o, role = s.out, self.cfg.get("tag_role", "protagonist")
        o |= six_w_tags(o, s.prompt_view, role, from_spans=self.tag_method == "spans",
                        wrong_type=self.wrong_type)  # fmt: skip
        o.setdefault("tags_failure", None)
        o["words_factual"] = sum(word_count(o[c]) for c in FACTUAL.values())
        o["words_abstract"] = word_count(o[ABSTRACT["summary"]])
        o["words_intent"] = sum(word_count(o[INTENT[r]["statement"]] or "") for r in INTENT)
        o["words_sample"] = o["words_factual"] + o["words_abstract"] + o["words_intent"]
        o["generation_provenance"] = s.provenance
        o["llm_backend"] = self.cfg["llm"]["backend"]
        o["llm_model"] = self.engine.model_key()
        methods = {p["field"]: p["method"] for p in s.provenance}
        o["visual_method"] = methods[FACTUAL["visual"]]
        o["audio_method"] = methods[FACTUAL["audio"]]
        return {"clip_id": s.id, **o}

    def stats(self, generated: int, seconds: float) -> dict[str, Any]:
        steps = self.engine.stats
        model_seconds = sum(v.seconds for v in steps.values())
        tokens = sum(v.completion_tokens for v in steps.values())
        return {
            "shard": self.job.shard, "backend": self.cfg["llm"]["backend"],
            "model": self.engine.model_key(), "samples": len(self.samples),
            "generated": generated, "failed": sum(s.failed for s in self.samples),
            "cache_hits": self.engine.cache.hits, "cache_misses": self.engine.cache.misses,
            "model_seconds": round(model_seconds, 3), "wall_seconds": round(seconds, 3),
            "completion_tokens": tokens,
            "tags_wrong_type": {k: self.wrong_type.count(k) for k in ("where", "when", "what")},
            "role_b_subject_not_shown": self.not_shown,
            "tags_failed": sum(bool(s.out.get("tags_failure")) for s in self.live()),
            "tokens_per_second": round(tokens / model_seconds, 2) if model_seconds else None,
            "steps": {k: vars(v) for k, v in steps.items()},
        } | ({  # the tags model's own counts, when it has one
            "tags_model": self.tags_engine.model_key(),
            "tags_steps": {k: vars(v) for k, v in self.tags_engine.stats.items()},
        } if self.tags_engine is not self.engine else {})  # fmt: skip


def run_generate(job: Job) -> None:
    Generation.run(job)
