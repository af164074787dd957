"""Rule `generate` (after `screen`, before `preverify`): three-layer generation and the 6W tags, in
the paper's order.

measure → factual (visual, audio, OCR, ASR, text) → abstract → intent (role A, role B) → tags.
Each step runs over the whole shard as one batch for the LLM engine (the model is loaded once, on
the first cache miss), steps that do not read each other's answers in one batch per turn, and a
layer only ever sees the layers before it. A sample whose reply stays
malformed after the repair retries leaves the shard's dataset with a failures row that keeps the
raw reply; the rest go on.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from videomind.core.io import read_parquet
from videomind.core.records import ABSTRACT, FACTUAL, INTENT, TAG
from videomind.core.text import word_count
from videomind.generation.abstract import abstract
from videomind.generation.engine import Engine, llm_engine
from videomind.generation.evidence import own_content
from videomind.generation.factual import factual, measure
from videomind.generation.inputs import clip_positions
from videomind.generation.intents import intent
from videomind.generation.llm_stage import LLMStage
from videomind.generation.prompts import Prompt, load_prompt
from videomind.generation.quotes import speaker_quote
from videomind.generation.tags import six_w_tags, tag_spans
from videomind.media.measure import is_card
from videomind.runner import Failed, Job

log = logging.getLogger(__name__)

# The generated fields in the order of the paper's layers (the provenance list's order).
_FIELD_ORDER = {f: n for n, f in enumerate([
    *FACTUAL.values(), *ABSTRACT.values(),
    *(INTENT[r][part] for r in INTENT for part in ("statement", "action")),
    *(TAG[t] for t in ("where", "when", "what")),
])}  # fmt: skip


def _layer_order(entry: dict[str, Any]) -> int:
    return _FIELD_ORDER.get(entry["field"], len(_FIELD_ORDER))


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
    # A role's action written by rule, as (method, action), else none: the model's action
    # stands. Role A: the clip's part of its video or its credits (part_of_video), or a still
    # card's words (card_text); role B: a speaker's own words (speaker_quote; quotes.py).
    fixed_actions: dict[str, tuple[str, str]] = field(default_factory=dict)
    _still: bool | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.row["clip_id"]

    @property
    def still(self) -> bool:
        """Nothing moves in the clip's measured picture: a card, not footage (``is_card``).
        Read once from the measurements (the factual step writes them first); the intent steps
        ask for every request and every revision turn."""
        if self._still is None:
            frames = json.loads(self.out.get("measured") or "{}").get("frames") or {}
            self._still = is_card(frames)
        return self._still


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
            s.out["speaker_quote"] = speaker_quote(s.row)
        prompt_dir = job.params.get("prompt_dir")
        steps = [f"factual_{e}" for e in FACTUAL] + ["abstract"]  # prompt file names
        steps += [f"intent_{r}" for r in INTENT]
        self.tag_method = self.cfg.get("tags", "spans")
        if self.tag_method == "spans":
            steps.append("tags")
        scale = float(self.cfg["llm"].get("reply_scale", 1.0))
        self.prompts = {s: load_prompt(s, prompt_dir).scaled(scale) for s in steps}
        self.use_frames = False  # whether a model reads the frames: factual.measure decides
        self.wrong_type: list[str] = []  # where/when/what tags dropped as the wrong kind
        self.not_shown = 0  # role-B statements about someone other than the one shown
        self.unquoted = 0  # role B over a speaker whose words are not known (quotes.py)

    def items(self) -> list[Sample]:
        return self.samples

    def passes(self, items: list[Sample]) -> list[dict[str, Any]]:
        # The factual elements read their own inputs only, and the two intents and the tags the
        # layers before them only: each group is asked as one batch per turn (ask_together).
        measure(self)
        self.ask_together([factual(self, element) for element in FACTUAL])
        abstract(self)
        later = [intent(self, role) for role in INTENT]
        if self.tag_method == "spans":
            later.append(tag_spans(self))
        self.ask_together(later)
        return [self.row(s) for s in self.live()]

    # ------------------------------------------------------------ plumbing shared by the passes

    def seen(self, s: Sample) -> str | None:
        """The visual element when a model wrote it from the frames; else the picture is known
        only as measured, and nothing said of it is the clip's own."""
        return s.out[FACTUAL["visual"]] if self.use_frames else None

    def own(self, s: Sample) -> bool:
        """Whether something of the clip's own content is known (evidence.own_content): the
        intents and the abstract layer both decide by it what a model's answer may rest on."""
        english_only = bool(self.cfg.get("english_only"))
        return own_content(s.row, self.seen(s), english_only=english_only)

    def live(self) -> list[Sample]:
        return [s for s in self.samples if not s.failed]

    def item_failed(self, item: Sample) -> bool:
        return item.failed

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
        # In the layers' order, whichever pass of a joint batch wrote its entry first.
        o["generation_provenance"] = sorted(s.provenance, key=_layer_order)
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
            "role_b_speech_not_quoted": self.unquoted,
            "tags_failed": sum(bool(s.out.get("tags_failure")) for s in self.live()),
            "tokens_per_second": round(tokens / model_seconds, 2) if model_seconds else None,
            "steps": {k: vars(v) for k, v in steps.items()},
        } | ({  # the tags model's own counts, when it has one
            "tags_model": self.tags_engine.model_key(),
            "tags_steps": {k: vars(v) for k, v in self.tags_engine.stats.items()},
        } if self.tags_engine is not self.engine else {})  # fmt: skip


def run_generate(job: Job) -> None:
    Generation.run(job)
