"""The dataset statistics of the paper's §3.3 and Figure 3, computed from the run's samples.

Per sample: the language (of the speech, from Whisper's own language ID when a multilingual
model transcribed it; else py3langid, whose model ships in its wheel, on the OCR text, else the
uploader's text; 'none' when the clip has no words, 'und' when the identifier is unsure),
OCR/ASR length bins, the duration bin, and the category: the source metadata's when there is
one, else predicted zero-shot from the sample's texts against the category list and labeled
'predicted'.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from videomind.backends.langid_py3langid import LANG_MIN_PROB
from videomind.core.text import word_count
from videomind.evaluation.selection import duration_bin

LENGTH_BINS = (("none", 0, 0), ("1-100 words", 1, 100), (">100 words", 101, None))


def length_bin(words: int) -> str:
    for name, lo, hi in LENGTH_BINS:
        if words >= lo and (hi is None or words <= hi):
            return name
    raise ValueError(words)


def language_id() -> Any:
    from videomind.backends import registry

    return registry.load("language_id", None, key="paper.language_id")


def multilingual_asr(row: dict[str, Any]) -> bool:
    """English-only Whisper models (``*.en``) report 'en' for every clip: their ID is no ID."""
    return ".en" not in str(row.get("asr_model") or "") and bool(row.get("asr_language"))


def sample_language(row: dict[str, Any], lid: Any) -> tuple[str, str, float | None]:
    speech = row.get("asr_status") == "ok" and word_count(row.get("asr_text")) >= 3
    if speech and multilingual_asr(row):
        prob = row.get("asr_language_prob")
        if prob is not None and prob < LANG_MIN_PROB:
            return "und", "asr:whisper", prob
        return str(row["asr_language"]), "asr:whisper", prob
    for field in ("asr_text", "ocr_text", "text"):
        text = (row.get(field) or "").strip()
        if word_count(text) >= 3:
            lang, prob = lid(text)
            return lang, field, prob
    return "none", "none", None


def predict_categories(texts: Sequence[str], categories: Sequence[str], embedder: Any) -> list[str]:
    """Zero-shot: the category whose name is most similar to the sample's texts."""
    if not texts:
        return []
    sims = (
        embedder.encode(list(texts)) @ embedder.encode([f"a video about {c}" for c in categories]).T
    )
    return [categories[i] for i in np.argmax(sims, axis=1)]


def _default_embedder() -> Any:
    from videomind.backends import registry

    return registry.load("text_embedder", None, key="paper.embedder")


def derive(
    rows: Sequence[dict[str, Any]],
    categories: Sequence[str],
    load_embedder: Callable[[], Any] | None = None,
    lid: Any = None,
) -> list[dict[str, Any]]:
    """Per-sample statistics fields, each saying how it was obtained."""
    lid = lid or language_id()
    out = []
    need_prediction = []
    for r in rows:
        lang, lang_from, prob = sample_language(r, lid)
        d = {
            "clip_id": r["clip_id"],
            "language": lang,
            "language_from": lang_from,
            "language_prob": prob,
            "ocr_words": word_count(r.get("ocr_text") or ""),
            "asr_words": word_count(r.get("asr_text") or ""),
            "duration": r.get("duration"),
            "duration_bin": duration_bin(r.get("duration")),
            "country": r.get("country") or "unknown",
            "country_source": r.get("country_source") or "none",
            "category": r.get("category"),
            "category_source": r.get("category_source")
            or ("manifest" if r.get("category") else "none"),
            "words_factual": r.get("words_factual"),
            "words_abstract": r.get("words_abstract"),
            "words_intent": r.get("words_intent"),
            "words_sample": r.get("words_sample"),
        }
        d["ocr_bin"] = length_bin(d["ocr_words"])
        d["asr_bin"] = length_bin(d["asr_words"])
        if not d["category"]:
            need_prediction.append(len(out))
        out.append(d)
    if need_prediction:
        embedder = (load_embedder or _default_embedder)()
        texts = [
            " ".join(
                str(rows[i].get(f) or "")
                for f in ("text", "abstract_summary", "asr_text", "ocr_text")
            )[:2000]
            for i in need_prediction
        ]
        for i, cat in zip(
            need_prediction, predict_categories(texts, categories, embedder), strict=True
        ):
            out[i]["category"] = cat
            out[i]["category_source"] = f"predicted ({embedder.model} zero-shot)"
    return out


def summarize(derived: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The numbers behind Figure 3, as shares (%) of the samples."""
    n = len(derived)

    def shares(key: str) -> dict[str, float]:
        c = Counter(d[key] for d in derived)
        return {k: round(100.0 * v / n, 2) for k, v in c.most_common()} if n else {}

    durations = [d["duration"] for d in derived if d["duration"] is not None]
    keys = ("words_factual", "words_abstract", "words_intent", "words_sample")
    words = {k: [d[k] for d in derived if d[k] is not None] for k in keys}
    no_ocr = sum(d["ocr_words"] == 0 for d in derived)
    no_asr = sum(d["asr_words"] == 0 for d in derived)
    neither = sum(d["ocr_words"] == 0 and d["asr_words"] == 0 for d in derived)
    known = [d for d in derived if d.get("country", "unknown") != "unknown"]
    return {
        "samples": n,
        "languages": shares("language"),
        "language_method": "speech: Whisper's language ID (a multilingual model), else py3langid "
        "on ASR, else OCR, else uploader text (>= 3 words); "
        f"'und' below p={LANG_MIN_PROB}; 'none' without words",
        "ocr_bins": shares("ocr_bin"),
        "asr_bins": shares("asr_bin"),
        "no_ocr_pct": round(100.0 * no_ocr / n, 2) if n else None,
        "no_asr_pct": round(100.0 * no_asr / n, 2) if n else None,
        "neither_pct": round(100.0 * neither / n, 2) if n else None,
        "countries": shares("country"),
        "country_count": len({d["country"] for d in known}),
        "country_coverage_pct": round(100.0 * len(known) / n, 2) if n else None,
        "country_sources": shares("country_source"),
        "country_method": "yt-dlp's `location` (or `country`) of the source, else the "
        "manifest's `country` column, else unknown; the paper reports 45 countries/regions",
        "categories": shares("category"),
        "category_sources": shares("category_source"),
        "duration_bins": shares("duration_bin"),
        "duration_mean": round(float(np.mean(durations)), 2) if durations else None,
        "words_mean": {k: round(float(np.mean(v)), 1) if v else None for k, v in words.items()},
        "words_total": int(sum(words["words_sample"])),
    }
