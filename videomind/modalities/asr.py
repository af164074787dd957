"""Rule `asr` (after `clips`, beside `ocr`): ASR over each clip's audio, with the model loaded once
per shard.

A transcript is what later stages take as what was said, so one Whisper itself doubts is kept
apart: a low language probability, a low mean log-probability or a high compression ratio (the
signs of Whisper mishearing a language it does not know, or looping) makes the clip's status
``low_confidence``. Its words move to ``asr_low_confidence_text`` and ``asr_text`` stays empty,
so the generator, the screen, the statistics and the retrieval proxy never read them as speech.

Within a trusted transcript, single words can still be misheard: Whisper base wrote "made the
third and the brass" for "made the fur and the grass" (p 0.24 and 0.36) at a mean
log-probability of -0.49, and the 1.5B wrote of "third and brass parts". ``asr_sure_text`` is the
transcript with each run of words below ``min_word_prob`` written as "…": the generator reads it
as what was said (core.records.said); ``asr_text`` stays Whisper's, for the release.

A sentence of English words can be heard wrong with every word sure: Whisper base heard "Our
car boot sale is back this Saturday, Market Field" as "Our car mood sale is back this Saturday
market feels" and "stay for the quiz" as "Stay from the quim" on espeak voices, and the 1.5B
quoted both (held-back sets 21-25). What tells them apart is how likely the sentence is as
English, which a language model knows and Whisper base's small decoder does not weigh: with
``asr.rescore`` set, each sentence of the sure text is scored by a small causal LM (its mean
log-probability per token, after the clip's title) and one below ``min_logprob`` is written as
"…" too (``asr_unlikely_sentences``). The bound is calibrated on held-back speech whose script
is known (bench/rescore.py, docs/pipeline.md).

Some mishearings no language model can catch, because the wrong words make sense: "The bowling
station is in the Skull gym" over a card that reads POLLING STATION. With ``asr.hint`` a clip
whose speech Whisper trusts is heard a second time with the clip's own words read first, as if
said before its audio (Whisper's initial prompt, ``hint``): its video's title and its short
on-screen text. From that second hearing only the card's words are taken: a word it heard as a
word of the prompt where the first hearing had another (``card_corrected``: "bowling" becomes
"polling", listed in ``asr_card_words``). The rest of it is not trusted: given a prompt, Whisper
base left whole sentences out, gave words it took from the prompt probabilities near 0, and
over a film's music wrote the prompt back ("Big Buck Bunny.") or made words up ("I'm gonna do
it again."), which is also why only speech already heard and trusted is heard again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from videomind.backends.protocols import ASR, TextScorer, Transcript
from videomind.core.io import read_parquet
from videomind.core.text import sentences, word_count, words
from videomind.runner import Failed, Stage

# Whisper's own thresholds for a failed decode are -1.0 and 2.4; the log-probability bound is
# tighter because espeak narration Whisper base misheard (Dutch, Portuguese, Polish) scored -1.0
# to -1.1 where the languages it knows scored -0.3 to -0.45 (docs/pipeline.md).
# The word bound: over 908 words of English narration (held-back sets 2-13), 65 (7 %) fell below
# 0.4, most of them misheard ("satme", "-syn", "the mare", "third", "brass"); clear words of
# clean speech scored 0.4 to 0.5 at the lowest ("Film", "free", "river").
TRUST = {"min_language_prob": 0.5, "min_avg_logprob": -0.8, "max_compression_ratio": 2.4,
         "min_word_prob": 0.4}  # fmt: skip
UNSURE = "…"
# asr.rescore's bound on a sentence's mean log-probability per token (natural log), for the
# packaged Qwen2.5-Coder-0.5B after RESCORE_CONTEXT: bench/rescore.py measures it.
MIN_LOGPROB = -6.0
RESCORE_CONTEXT = 'In a video titled "{title}", someone says: "'
MIN_SCORED_WORDS = 4
# asr.hint: on-screen text longer than this is a page (credits, a list), not a card's words;
# Whisper's prompt holds 223 tokens, and a prompt in capitals or of names is written back in
# its style (held-back drama club: "EVERYONE AGET INTO SEXTING CAN JOIN").
HINT_MAX_WORDS = 30


_EDGE = ".,;:!?\"'()…-"


def _bare(token: str) -> str:
    return token.strip().strip(_EDGE).lower()


def hear(
    asr: ASR, path: Path, trust: dict[str, float], prompt: str | None = None
) -> tuple[Transcript, list[str], list[str]]:
    """The clip's transcript as the stage keeps it, Whisper's doubts about it (``doubts``), and
    the words a second hearing with ``prompt`` read first corrected to the card's
    (``card_corrected``); only speech heard and trusted is heard again."""
    t = asr.transcribe(path)
    doubt = doubts(t, trust)
    if doubt or not (prompt and t.text):
        return t, doubt, []
    t, corrected = card_corrected(t, asr.transcribe(path, prompt=prompt), prompt, trust)
    return t, doubt, corrected


def card_corrected(
    first: Transcript, hinted: Transcript, prompt: str, trust: dict[str, float] | None = None
) -> tuple[Transcript, list[str]]:
    """``first`` with each word the second hearing (``hinted``, with ``prompt`` read first)
    heard in its place as a word of the prompt, and the first did not: "bowling" becomes
    "polling" where the card reads POLLING STATION. Nothing else of the second hearing is
    taken: given a prompt Whisper base also left sentences out ("Families can borrow two toys
    a week ..." was gone) and gave words it wrote from the prompt probabilities near 0 (held-
    back set 34). A corrected word is sure (probability 1.0): the clip's own text says it.
    Returns the transcript and each correction as "heard -> card". ``trust``: the bounds the
    second hearing is doubted by, as the first (default ``TRUST``)."""
    if (not first.words or not hinted.words or doubts(hinted, trust)
            or echoes(hinted.text, prompt)):  # fmt: skip
        return first, []
    allowed = set(words(prompt))
    a = [_bare(w) for w, _ in first.words]
    b = [_bare(w) for w, _ in hinted.words]
    found: list[tuple[int, str]] = []  # (index in first, the card's word)
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            found += [(i, b[j]) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                      if b[j] in allowed and a[i] not in allowed and b[j] and a[i]]  # fmt: skip
    # A card word the second hearing put in place of two different words is the prompt pulling,
    # not a hearing: "gala" for "daughter" and for "gallery" (the upper gallery, heard right
    # the first time; held-back set 35). Neither is taken.
    heard_as: dict[str, set[str]] = {}
    for i, card in found:
        heard_as.setdefault(card, set()).add(a[i])
    out = list(first.words)
    fixes: list[str] = []
    for i, card in found:
        if len(heard_as[card]) == 1:
            token = first.words[i][0]
            word = card.capitalize() if token.strip()[:1].isupper() else card
            out[i] = (token.replace(token.strip().strip(_EDGE), word, 1), 1.0)
            fixes.append(f"{a[i]} -> {card}")
    if not fixes:
        return first, []
    text = "".join(w for w, _ in out).strip()
    segments, k = [], 0  # each segment's text rebuilt from its own words, in order
    for seg in first.segments:
        n = len(seg["text"].split())
        segments.append(seg | {"text": "".join(w for w, _ in out[k : k + n]).strip()})
        k += n
    if k != len(out):  # words and segments do not line up: keep the segments as heard
        segments = first.segments
    return replace(first, text=text, segments=segments, words=out), fixes


def echoes(text: str, prompt: str) -> bool:
    """Whisper wrote back its prompt, not speech: every word of ``text`` is the prompt's."""
    return set(words(text)) <= set(words(prompt))


def hint(title: str | None, ocr_text: str | None) -> str | None:
    """What Whisper reads before a clip's audio (asr.hint): its video's title and, when short,
    its on-screen text, a line a sentence, a line in capitals in sentence case (Whisper writes
    in its prompt's style)."""
    lines = [title or ""]
    if ocr_text and word_count(ocr_text) <= HINT_MAX_WORDS:
        lines += ocr_text.splitlines()
    out = []
    for line in lines:
        line = " ".join(line.split()).rstrip(".")
        if words(line) and line.lower() not in {x.lower().rstrip(".") for x in out}:
            out.append((line.capitalize() if line.isupper() else line) + ".")
    return " ".join(out) or None


def sure_text(words: list[tuple[str, float]], min_prob: float) -> tuple[str | None, int]:
    """The transcript with each run of words Whisper gave a probability below ``min_prob``
    written as "…", and how many words that hid; (None, 0) when none did."""
    out: list[str] = []
    unsure = 0
    for word, prob in words:
        if prob < min_prob and word.strip():
            unsure += 1
            if not out or out[-1] != UNSURE:
                out.append(UNSURE)
        elif word.strip():
            out.append(word.strip())
    return (" ".join(out), unsure) if unsure else (None, 0)


def sentence_scores(
    said: list[str], scorer: TextScorer, title: str | None, heard_text: str | None = None
) -> dict[str, float]:
    """Each sentence of ``said`` of ``MIN_SCORED_WORDS`` words or more, with its mean
    log-probability per token after the clip's title. A shorter one is not scored: over so few
    tokens the mean is the first token's surprise ("Rivera.", "… school." scored -8), and what
    such a fragment holds (a name) is what the self-introduction reads. With ``heard_text``
    (Whisper's whole transcript) a sentence is scored as Whisper heard it (``heard``): a gap is
    our mark, not speech, and the 0.5B scored "Mill … is closed until Friday while the water
    main is replaced." at -6.2, as a misheard sentence (held-back set 29)."""
    long = [x for x in said if len(words(x)) >= MIN_SCORED_WORDS]
    texts = [heard(x, heard_text) for x in long] if heard_text else long
    return dict(zip(long, scorer.logprobs(texts, rescore_context(title)), strict=True))


def heard(sentence: str, text: str) -> str:
    """``sentence`` of the sure text as Whisper heard it: the span of ``text`` (the whole
    transcript) that its words and gaps match, each "…" filled with the words it hides (a gap
    that starts the sentence reaches back to the one before, one that ends it to its end);
    ``sentence`` itself when it has no gap or is not found."""
    parts = [p.split() for p in sentence.split(UNSURE)]
    if len(parts) == 1 or not any(parts):
        return sentence
    pattern = []
    for k, part in enumerate(parts):
        if k:  # the gap before this part
            if k == 1 and not parts[0]:
                pattern.append(r"[^.!?]*?")
            elif k == len(parts) - 1 and not part:
                pattern.append(r"[^.!?]*[.!?]?")
            else:
                pattern.append(r".+?")
        if part:
            pattern.append(r"\s*".join(re.escape(w) for w in part))
    found = re.search(r"\s*".join(pattern), text)
    return text[found.start() : found.end()].strip() if found else sentence


def rescore(
    text: str, scorer: TextScorer, title: str | None, min_logprob: float,
    heard_text: str | None = None,
) -> tuple[str, list[str]]:  # fmt: skip
    """``text`` with each of its sentences the scorer finds unlikely (``sentence_scores``
    below ``min_logprob``) written as "…", and the sentences that were."""
    said = sentences(text)
    scored = sentence_scores(said, scorer, title, heard_text)
    out: list[str] = []
    unlikely = []
    for sentence in said:
        if scored.get(sentence, 0.0) < min_logprob:
            unlikely.append(sentence)
            if not out or not out[-1].endswith(UNSURE):  # "… before …" takes no second gap
                out.append(UNSURE)
        else:
            out.append(sentence)
    return " ".join(out), unlikely


def rescore_context(title: str | None) -> str:
    """What the scorer reads before each sentence: the clip's title makes its names likely."""
    return RESCORE_CONTEXT.format(title=(title or "").replace('"', "'").strip())


def doubts(t: Transcript, trust: dict[str, float] | None = None) -> list[str]:
    """Why a transcript is not trusted (empty: it is)."""
    bounds = TRUST | (trust or {})
    out = []
    if t.language_prob is not None and t.language_prob < bounds["min_language_prob"]:
        out.append(f"language {t.language} at p {t.language_prob:.2f} < "
                   f"{bounds['min_language_prob']}")  # fmt: skip
    if t.avg_logprob is not None and t.avg_logprob < bounds["min_avg_logprob"]:
        out.append(f"mean log-probability {t.avg_logprob:.2f} < {bounds['min_avg_logprob']}")
    if t.compression_ratio is not None and t.compression_ratio > bounds["max_compression_ratio"]:
        out.append(f"compression ratio {t.compression_ratio:.2f} > "
                   f"{bounds['max_compression_ratio']}")  # fmt: skip
    return out


class ASRStage(Stage):
    name = table = "asr"
    uses = {"asr": ("asr", "asr")}
    resume = True
    scorer: TextScorer | None = None
    titles: dict[str, str | None] = {}  # noqa: RUF012 - replaced per job, never mutated
    screens: dict[str, str | None] | None = None  # asr.hint: each clip's on-screen text

    def load(self) -> None:
        super().load()
        params = self.job.params.get("asr") or {}
        block = params.get("rescore")
        if block:
            self.scorer = self.job.load("text_scorer", block, key="asr.rescore")
            self.min_logprob = float(block.get("min_logprob", MIN_LOGPROB))
        if (block or params.get("hint")) and "sources" in self.job.input:
            # the titles the scorer and the hint read first
            sources = read_parquet(self.job.input["sources"]).to_pylist()
            self.titles = {r["source_id"]: r.get("title") for r in sources}
        if params.get("hint") and "ocr" in self.job.input:
            ocr = read_parquet(self.job.input["ocr"]).select(["clip_id", "ocr_text"]).to_pydict()
            self.screens = dict(zip(ocr["clip_id"], ocr["ocr_text"], strict=True))

    def prompt(self, clip: dict[str, Any]) -> str | None:
        if self.screens is None:
            return None
        return hint(self.titles.get(clip.get("source_id")), self.screens.get(clip["clip_id"]))

    def _base(self, clip: dict[str, Any]) -> dict[str, Any]:
        return {"clip_id": clip["clip_id"], "asr_backend": self.asr.backend,
                "asr_model": self.asr.model, "asr_sure_text": None,
                "asr_unsure_words": 0, "asr_unlikely_sentences": [], "asr_prompt": None,
                "asr_card_words": [],
                "asr_lm_backend": self.scorer.backend if self.scorer else None,
                "asr_lm_model": self.scorer.model if self.scorer else None}  # fmt: skip

    def _rescored(
        self, clip: dict[str, Any], text: str, sure: str | None, language: str | None
    ) -> tuple[str | None, list[str]]:
        """The sure text with the sentences the scorer finds unlikely written as "…"."""
        if self.scorer is None or not text or (language or "en") != "en":
            return sure, []  # the bound is English's: other languages read as unlikely
        read = sure if sure is not None else text
        likely, unlikely = rescore(read, self.scorer, self.titles.get(clip.get("source_id")),
                                   self.min_logprob, heard_text=text)  # fmt: skip
        return (likely if unlikely else sure), unlikely

    def process(self, clip: dict[str, Any]) -> dict[str, Any]:
        if not clip["has_audio"]:
            return self._base(clip) | {"asr_status": "no_audio", "asr_text": "",
                                       "asr_segments": [], "asr_words": 0}  # fmt: skip
        trust = TRUST | ((self.job.params.get("asr") or {}).get("trust") or {})
        prompt = self.prompt(clip)
        t, doubt, corrected = hear(self.asr, Path(clip["audio_path"]), trust, prompt)
        status = "low_confidence" if doubt else "ok" if t.text else "no_speech"
        sure, unsure = (None, 0) if doubt else sure_text(t.words, trust["min_word_prob"])
        sure, unlikely = (sure, []) if doubt else self._rescored(clip, t.text, sure, t.language)
        return self._base(clip) | {
            "asr_status": status,
            "asr_text": "" if doubt else t.text,
            "asr_segments": [] if doubt else t.segments,
            "asr_language": t.language if t.text else None,
            "asr_language_prob": t.language_prob if t.text else None,
            "asr_avg_logprob": t.avg_logprob,
            "asr_compression_ratio": t.compression_ratio,
            "asr_low_confidence": "; ".join(doubt) or None,
            "asr_low_confidence_text": t.text if doubt else None,
            "asr_words": 0 if doubt else word_count(t.text),
            "asr_sure_text": sure,
            "asr_unsure_words": unsure,
            "asr_unlikely_sentences": unlikely,
            "asr_prompt": prompt if corrected else None,
            "asr_card_words": corrected,
        }

    def failed(self, clip: dict[str, Any], err: BaseException) -> Failed:
        row = self._base(clip) | {"asr_status": "failed", "asr_text": None, "asr_segments": [],
                                  "asr_words": 0}  # fmt: skip
        return Failed.from_error(err, "asr_failed", clip["source_id"], clip["audio_path"],
                                 clip["clip_id"], row)  # fmt: skip

    def label(self, clip: dict[str, Any], row: dict[str, Any]) -> str:
        return f"{clip['clip_id']} {row['asr_status']} ({row['asr_words']} words)"


run_asr = ASRStage.run
