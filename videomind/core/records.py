"""The sample record schema, split by the stage that fills each column.

Every stage writes one parquet table per shard keyed by ``source_id`` (sources, scenes) or
``clip_id`` (everything after cutting). The sample table is the join of all of them; later stages
(generation, verification, tags) extend it by adding their own column group here, so one place
documents every column a released record can have.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

SCHEMA_VERSION = "1.10"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str


def _schema(columns: Iterable[Column]) -> pa.Schema:
    cols = list(columns)
    return pa.schema(
        [pa.field(c.name, c.type, metadata={"doc": c.doc}) for c in cols],
        metadata={"videomind_schema_version": SCHEMA_VERSION},
    )


_str = pa.string()
_f64 = pa.float64()
_i64 = pa.int64()
_bool = pa.bool_()

SOURCE_COLUMNS = [
    Column("source_id", _str, "sanitised manifest id; every file of the source is named from it"),
    Column("raw_id", _str, "the id as written in the manifest"),
    Column("shard", _str, "shard of the source: SHA-256 of source_id mod config `shards`"),
    Column("origin", _str, "'url' (fetched with yt-dlp) or 'local' (a file named in the manifest)"),
    Column("url", _str, "manifest URL, if any"),
    Column("media_path", _str, "the fetched video file, relative to the working directory"),
    Column("info_path", _str, "yt-dlp .info.json kept beside the video (URL sources)"),
    Column("status", _str, "'ok' or 'failed' (see the failures table)"),
    Column("title", _str, "title written by a person (yt-dlp metadata or manifest)"),
    Column("description", _str, "description written by a person (yt-dlp metadata or manifest)"),
    Column("text", _str, "original text: manifest text, else title + description"),
    Column("text_source", _str, "where `text` came from: 'manifest', 'info.json' or 'none'"),
    Column("uploader", _str, "uploader/channel from metadata"),
    Column("upload_date", _str, "YYYYMMDD from metadata"),
    Column("language_meta", _str, "language declared in the metadata"),
    Column("categories_meta", pa.list_(_str), "categories declared in the metadata"),
    Column("tags_meta", pa.list_(_str), "tags declared in the metadata"),
    Column("age_limit", _i64, "age limit declared in the metadata"),
    Column("category", _str, "category: manifest value, else the first metadata category"),
    Column("category_source", _str, "'manifest', 'metadata' or 'none'"),
    Column("window_start", _f64, "start of the manifest time window in the source, seconds"),
    Column("window_end", _f64, "end of the manifest time window in the source, seconds"),
    Column("window_applied_by", _str, "'download' (yt-dlp ranges), 'scenes' or 'none'"),
    Column("source_duration", _f64, "duration of the fetched file, seconds"),
    Column("fetch_backend", _str, "tool and version that fetched the file"),
    Column("source_path", _str, "local sources: the file's path relative to the manifest folder"),
    Column("extractor", _str, "yt-dlp extractor that read the page ('local' for local files)"),
    Column("video_id", _str, "the platform's own id of the video (the extractor's `id`)"),
    Column(
        "webpage_url",
        _str,
        "canonical page URL of the video: no credentials, tracking parameters or fragment",
    ),
    Column("channel_id", _str, "the platform's channel id"),
    Column("uploader_id", _str, "the platform's uploader id"),
    Column("channel", _str, "channel name"),
    Column(
        "license",
        _str,
        "the source's licence as a short id ('cc-by', 'cc-by-sa-4.0', …; null if not stated)",
    ),
    Column("license_source", _str, "where the licence came from: 'metadata', 'manifest', 'none'"),
    Column("original_duration", _f64, "duration of the whole source video (metadata), seconds"),
    Column("country", _str, "country or region of the source (null when unknown)"),
    Column(
        "country_source",
        _str,
        "where the country came from: 'metadata:location', 'metadata:country', 'manifest', 'none'",
    ),
]

SCENE_COLUMNS = [
    Column("source_id", _str, "source the segment was found in"),
    Column("segment_index", _i64, "position of the segment in the source"),
    Column("scene_index", _i64, "detected scene this segment comes from"),
    Column("start", _f64, "segment start in the fetched file, seconds"),
    Column("end", _f64, "segment end in the fetched file, seconds"),
    Column("duration", _f64, "end - start, seconds"),
    Column("keep", _bool, "true if the segment becomes a clip"),
    Column("drop_reason", _str, "why a segment was not kept ('too_short' …)"),
    Column("detector", _str, "scene detector and its settings"),
]

CLIP_COLUMNS = [
    Column("clip_id", _str, "sample id: <source_id>-c<NNN>"),
    Column("source_id", _str, "source video"),
    Column("shard", _str, "shard"),
    Column("segment_index", _i64, "segment of the scenes table this clip was cut from"),
    Column("scene_start", _f64, "detected scene start, seconds"),
    Column("scene_end", _f64, "detected scene end, seconds"),
    Column("start", _f64, "clip start in the source after cutting (keyframe-adjusted), seconds"),
    Column("end", _f64, "clip end in the source, seconds"),
    Column("duration", _f64, "duration of the clip file, seconds"),
    Column("precision", _str, "'keyframe' (stream copy from a keyframe) or 'exact' (re-encoded)"),
    Column("clip_path", _str, "clip video file"),
    Column("fps", _f64, "frame rate of the clip"),
    Column("width", _i64, "width of the clip, pixels"),
    Column("height", _i64, "height of the clip, pixels"),
    Column("frame_paths", pa.list_(_str), "the sampled frames (JPEG)"),
    Column("frame_times", pa.list_(_f64), "time of each sampled frame within the clip, seconds"),
    Column("frame_seed", _i64, "seed of the frame sampler (derived from clip id and config)"),
    Column("has_audio", _bool, "the clip has an audio stream"),
    Column("audio_path", _str, "16 kHz mono WAV, null without audio"),
    Column("audio_sample_rate", _i64, "sample rate of audio_path"),
    Column("clip_sha256", _str, "SHA-256 of the clip file (rehydration compares it)"),
]

_SEGMENT = pa.struct([("start", _f64), ("end", _f64), ("text", _str)])
ASR_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column(
        "asr_status",
        _str,
        "'ok', 'no_audio', 'no_speech', 'low_confidence' (words Whisper doubts: see "
        "asr_low_confidence) or 'failed'",
    ),
    Column("asr_text", _str, "transcript (empty when nothing was said, or nothing trusted)"),
    Column("asr_segments", pa.list_(_SEGMENT), "timed transcript segments (of asr_text)"),
    Column("asr_language", _str, "language reported by the ASR model; null without words"),
    Column(
        "asr_language_prob",
        _f64,
        "its probability (1.0 for English-only models; null without words or where the "
        "backend reports none)",
    ),
    Column("asr_avg_logprob", _f64, "duration-weighted mean token log-probability of the words"),
    Column("asr_compression_ratio", _f64, "the words' gzip compression ratio (high: looping)"),
    Column(
        "asr_low_confidence",
        _str,
        "why the transcript is not trusted (config asr.trust); null when it is",
    ),
    Column(
        "asr_low_confidence_text",
        _str,
        "the untrusted transcript, kept for inspection; never given to the generator",
    ),
    Column("asr_words", _i64, "number of words in asr_text"),
    Column(
        "asr_sure_text",
        _str,
        "asr_text with each run of words Whisper gave a probability below "
        "asr.trust.min_word_prob, and each sentence asr.rescore's language model finds "
        "unlikely, written as '…': what the generator reads as said; null when neither is",
    ),
    Column("asr_unsure_words", _i64, "number of words of asr_text below asr.trust.min_word_prob"),
    Column(
        "asr_unlikely_sentences",
        pa.list_(_str),
        "sentences (as Whisper wrote them) whose mean log-probability per token under "
        "asr.rescore's language model is below its min_logprob: likely misheard, kept out of "
        "asr_sure_text",
    ),
    Column(
        "asr_prompt",
        _str,
        "what Whisper read as said before the clip's audio on its second hearing (asr.hint: "
        "its video's title and its own short on-screen text), where that corrected a word; "
        "null: nothing was corrected",
    ),
    Column(
        "asr_card_words",
        pa.list_(_str),
        "words of asr_text the second hearing corrected to a word of asr_prompt, as "
        "'heard -> card' (asr.hint)",
    ),
    Column("asr_lm_backend", _str, "backend of the language model that read the sentences"),
    Column("asr_lm_model", _str, "that language model (null: asr.rescore is off)"),
    Column("asr_backend", _str, "ASR backend"),
    Column("asr_model", _str, "ASR model"),
]


def said(row: Mapping[str, Any]) -> str | None:
    """What the generator takes as said in a clip: the transcript with the words Whisper was
    unsure of written as "…" (``asr_sure_text``), else the transcript. Every reader of speech
    on the generation side (prompts, protagonist evidence, grounding) goes through it, so a
    misheard word is neither written nor counted as support."""
    sure = row.get("asr_sure_text")
    return sure if sure is not None else row.get("asr_text")


_OCR_LINE = pa.struct([("frame", _i64), ("text", _str), ("score", _f64), ("box", pa.list_(_f64))])
OCR_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column("ocr_status", _str, "'ok', 'no_text' or 'failed'"),
    Column("ocr_text", _str, "de-duplicated on-screen text of the clip, one line per text"),
    Column("ocr_lines", pa.list_(_OCR_LINE), "per-frame detections: frame index, text, score, box"),
    Column("ocr_words", _i64, "number of words in ocr_text"),
    Column(
        "ocr_frames_read", _i64, "frames run through OCR; near-identical frames reuse a reading"
    ),
    Column("ocr_backend", _str, "OCR backend"),
    Column("ocr_model", _str, "OCR model"),
]

_PROVENANCE = pa.struct(
    [
        ("field", _str),
        ("method", _str),
        ("backend", _str),
        ("model", _str),
        ("prompt", _str),
        ("seed", _i64),
    ]  # fmt: skip
)
GENERATION_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column(
        "factual_visual",
        _str,
        "factual layer, visual element: what is seen, ignoring on-screen text "
        "(see `visual_method`)",
    ),
    Column(
        "factual_audio",
        _str,
        "factual layer, audio element: what is heard, ignoring speech (see `audio_method`)",
    ),
    Column("factual_ocr", _str, "factual layer, OCR element: what the on-screen text says"),
    Column("factual_asr", _str, "factual layer, ASR element: what is said"),
    Column("factual_text", _str, "factual layer, text element: what the uploader's text says"),
    Column(
        "visual_method",
        _str,
        "'model' (a model saw the frames) or 'measured:frame-statistics' (written from measured "
        "brightness/colour/motion because the model cannot see)",
    ),
    Column(
        "audio_method",
        _str,
        "'model', 'measured:audio-statistics' (loudness/silence/speech presence) or "
        "'rule:empty-input' (no audio track)",
    ),
    Column("measured", _str, "JSON: the frame and audio statistics measured for this clip"),
    Column(
        "clip_position",
        _str,
        "where the clip sits in its source video, as the abstract and intent prompts (and the "
        "verifier) saw it: 'clip 3 of 8 taken from this video, 1:10 to 1:25 of its 10:00'",
    ),
    Column(
        "speaker_quote",
        _str,
        "the speaker's own words role B's action quotes ('saying \"...\"', by rule), as the "
        "protagonist prompts (and the verifier) saw them: one sentence of the trusted English "
        "speech, neither greeting nor self-introduction; null without such speech",
    ),
    Column("abstract_summary", _str, "abstract layer: a summary covering all factual elements"),
    Column("abstract_subject", _str, "abstract layer core element: subject"),
    Column("abstract_place", _str, "abstract layer core element: place ('unknown' if not given)"),
    Column("abstract_time", _str, "abstract layer core element: time ('unknown' if not given)"),
    Column("abstract_event", _str, "abstract layer core element: event"),
    Column(
        "intent_uploader",
        _str,
        "intent layer, role A (the uploader): '[subject] aims to [intent] by [action]'; "
        "null when withheld (see intent_uploader_withheld), or when nothing of the clip and "
        "nothing readable of its video is known (cause `nothing_known` in the provenance)",
    ),
    Column("intent_uploader_subject", _str, "role A statement parsed: subject slot"),
    Column("intent_uploader_intent", _str, "role A statement parsed: intent slot"),
    Column("intent_uploader_action", _str, "role A statement parsed: action slot"),
    Column(
        "intent_protagonist",
        _str,
        "intent layer, role B (the protagonist): '[subject] aims to [intent] by [action]'; "
        "null when the inputs show no protagonist (cause `no_protagonist`, see "
        "`protagonist_evidence`) or when withheld (see intent_protagonist_withheld)",
    ),
    Column(
        "protagonist_evidence",
        _str,
        "what in the clip's inputs shows a protagonist ('speech: 212 words in the ASR', "
        "'title names rabbit'); null: none, and role B is not written",
    ),
    Column("intent_protagonist_subject", _str, "role B statement parsed: subject slot"),
    Column("intent_protagonist_intent", _str, "role B statement parsed: intent slot"),
    Column("intent_protagonist_action", _str, "role B statement parsed: action slot"),
    Column(
        "intent_uploader_withheld",
        _str,
        "why role A is null although the model answered: its statement still broke a rule "
        "after every revision turn (generate.withhold_unrevised); the rules' messages, joined",
    ),
    Column(
        "intent_protagonist_withheld",
        _str,
        "why role B is null although a protagonist is shown: as intent_uploader_withheld",
    ),
    Column(
        "tag_who",
        _str,
        "6W who: the subject slot of the `tag_source_role` intent (role A's where role B is null)",
    ),
    Column(
        "tag_where",
        _str,
        "6W where: the place as a span of the abstract summary (`generate.tags: spans`), or "
        "the abstract layer's place (`elements`); null if none",
    ),
    Column("tag_when", _str, "6W when: the same for the time (never a file time stamp)"),
    Column("tag_why", _str, "6W why: the intent slot of the `tag_source_role` intent"),
    Column("tag_how", _str, "6W how: the action slot of the `tag_source_role` intent"),
    Column("tag_what", _str, "6W what: the same for the event"),
    Column(
        "tag_where_grounded",
        _bool,
        "every content word of tag_where occurs in the abstract/factual text (null if no tag)",
    ),
    Column("tag_when_grounded", _bool, "the same check for tag_when"),
    Column("tag_what_grounded", _bool, "the same check for tag_what"),
    Column("tag_source_role", _str, "intent role who/why/how are taken from"),
    Column(
        "tags_failure",
        _str,
        "why the where/when/what tags are null when their step's answer stayed malformed "
        "('<cause>: <message>'); the sample keeps its text layers. Null otherwise",
    ),
    Column("words_factual", _i64, "words in the five factual elements"),
    Column("words_abstract", _i64, "words in the abstract summary"),
    Column("words_intent", _i64, "words in the two intent statements"),
    Column("words_sample", _i64, "words in all three layers"),
    Column("llm_backend", _str, "LLM backend of the generation stage"),
    Column("llm_model", _str, "LLM model of the generation stage"),
    Column(
        "generation_provenance",
        pa.list_(_PROVENANCE),
        "per generated field: how it was made ('model', 'measured:…', 'rule:empty-input'), "
        "backend, model, prompt `<step>@v<version>#<sha8>` and seed",
    ),
]

# Column names of the per-element, per-role and per-tag groups, spelled out once: grepping a
# column finds where it is named, and code indexes these maps instead of assembling names.
# The three text layers, in the paper's order (Table 3's columns, the retrievers' texts).
LAYERS = ("factual", "abstract", "intent")

FACTUAL = {
    "visual": "factual_visual",
    "audio": "factual_audio",
    "ocr": "factual_ocr",
    "asr": "factual_asr",
    "text": "factual_text",
}
ABSTRACT = {
    "summary": "abstract_summary",
    "subject": "abstract_subject",
    "place": "abstract_place",
    "time": "abstract_time",
    "event": "abstract_event",
}
# Role A (the uploader), role B (the protagonist), in that order everywhere.
INTENT = {
    "uploader": {
        "statement": "intent_uploader",
        "subject": "intent_uploader_subject",
        "intent": "intent_uploader_intent",
        "action": "intent_uploader_action",
    },
    "protagonist": {
        "statement": "intent_protagonist",
        "subject": "intent_protagonist_subject",
        "intent": "intent_protagonist_intent",
        "action": "intent_protagonist_action",
    },
}
# Why a role's statement is null although the model answered (withheld after its revisions).
WITHHELD = {role: f"intent_{role}_withheld" for role in INTENT}
TAG = {
    "who": "tag_who",
    "where": "tag_where",
    "when": "tag_when",
    "why": "tag_why",
    "how": "tag_how",
    "what": "tag_what",
}
TAG_GROUNDED = {
    "where": "tag_where_grounded",
    "when": "tag_when_grounded",
    "what": "tag_what_grounded",
}
PRE = {
    "uploader": {
        "statement": "pre_uploader_statement",
        "intent": "pre_uploader_intent",
        "similarity": "pre_uploader_similarity",
    },
    "protagonist": {
        "statement": "pre_protagonist_statement",
        "intent": "pre_protagonist_intent",
        "similarity": "pre_protagonist_similarity",
    },
}

SCREEN_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column("source_id", _str, "source video"),
    Column("shard", _str, "shard"),
    Column("screen_excluded", _bool, "true if the sensitive-content policy excludes the sample"),
    Column(
        "screen_category",
        _str,
        "policy category that excluded it ('age_restricted' for the age-limit rule)",
    ),
    Column(
        "screen_decided_by",
        _str,
        "the signal that decided: 'metadata:age_limit', 'metadata:tags', 'text:<field>', 'frames'",
    ),
    Column(
        "screen_scores",
        _str,
        "JSON: every signal's scores (text: per field and category the best window's similarity "
        "to the category and to its counter-examples; frames: per category; age_limit)",
    ),
    Column(
        "screen_frames_judged",
        _bool,
        "false when no frame model ran (offline default): frames were not judged",
    ),
    Column("screen_text_model", _str, "text embedding backend and model"),
    Column("screen_frame_model", _str, "frame model (null when frames were not judged)"),
    Column("screen_policy", _str, "policy version: '<version>#<sha8 of the policy file>'"),
]

PREVERIFY_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column("pre_uploader_statement", _str, "the verifier's role A statement (null if it failed)"),
    Column("pre_uploader_intent", _str, "the verifier's role A intent term"),
    Column(
        "pre_uploader_similarity",
        _f64,
        "cosine similarity of the generator's and the verifier's role A intent terms",
    ),
    Column("pre_protagonist_statement", _str, "the verifier's role B statement"),
    Column("pre_protagonist_intent", _str, "the verifier's role B intent term"),
    Column("pre_protagonist_similarity", _f64, "the same similarity for role B"),
    Column(
        "pre_status",
        _str,
        "'scored', 'verifier_failed' (the verifier's answer stayed malformed; see failures), or "
        "'no_intent' (every intent statement of the sample was withheld: nothing to verify)",
    ),
    Column("pre_pass", _bool, "both roles' similarity >= pre_threshold"),
    Column("pre_threshold", _f64, "the configured similarity threshold"),
    Column("pre_backend", _str, "verifier LLM backend"),
    Column("pre_model", _str, "verifier LLM model"),
    Column("pre_seed", _i64, "verifier seed"),
    Column("pre_prompts", _str, "verifier prompts, `<step>@v<version>#<sha8>`"),
    Column("pre_embedder", _str, "sentence-transformers model of the intent-term embeddings"),
    Column("pre_verifier", _str, "how independent the verifier is from the generator"),
]

POSTVERIFY_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column(
        "post_votes",
        _str,
        "JSON {rater: 'accept' | 'reject' | null}: a rater accepts a sample by accepting both "
        "intent statements; null while a statement is unjudged",
    ),
    Column("post_accepts", _i64, "raters who accepted"),
    Column("post_rejects", _i64, "raters who rejected"),
    Column(
        "post_pass",
        _bool,
        "post-verification decision per `post_rule`; null (pending) until every rater voted",
    ),
    Column("post_rule", _str, "'all' (every rater accepts) or 'any' (one acceptance suffices)"),
    Column("post_comments", _str, "JSON {'<role>:<rater>': comment}"),
]

T2V_COLUMNS = [
    Column("clip_id", _str, "sample id"),
    Column("role", _str, "'uploader' or 'protagonist'"),
    Column("statement", _str, "the intent statement rendered (the prompt)"),
    Column("video_path", _str, "the rendered mp4"),
    Column("frames", _i64, "frames rendered"),
    Column("fps", _i64, "frame rate of the mp4"),
    Column("seconds", _f64, "render time"),
    Column("t2v_backend", _str, "text-to-video backend"),
    Column("t2v_model", _str, "model folder name"),
    Column("t2v_parameters", _i64, "transformer parameters (a test model has a few thousand)"),
    Column(
        "t2v_label",
        _str,
        "what the video is: 'rendered by <model>', or plumbing output of a random-init test model",
    ),
]

GOLD_COLUMNS = [
    Column("clip_id", _str, "sample id (a released sample)"),
    Column("stratum", _str, "stratum: the configured keys' values joined by '|'"),
    Column(
        "gold_status",
        _str,
        "'accepted' (majority of annotators), 'awaiting_annotation' (holds a seat), 'rejected' "
        "(replaced from its stratum) or 'reserve' (a replacement in waiting)",
    ),
    Column("gold_accepts", _i64, "annotators who accepted"),
    Column("gold_rejects", _i64, "annotators who rejected"),
]

VERIFICATION_COLUMNS = [
    Column(
        "verification_status",
        _str,
        "'verified' (passed both checks), 'pending_post' (passed pre-verification, not yet "
        "decided by the raters), 'failed_pre' or 'failed_post'",
    ),
    Column(
        "released",
        _bool,
        "in the released dataset: verified, or pending_post when verify.post.include_pending, "
        "and not taken down",
    ),
    Column("taken_down", _str, "the takedown entry the sample's source matches (null if none)"),
]

FAILURE_COLUMNS = [
    Column("stage", _str, "stage that recorded the failure"),
    Column("shard", _str, "shard"),
    Column("source_id", _str, "source id (or the raw manifest id)"),
    Column("clip_id", _str, "clip id, when the failure concerns one clip"),
    Column("input", _str, "the file or URL that failed"),
    Column("cause", _str, "classified cause (short code)"),
    Column("message", _str, "the underlying tool's own message"),
]

REHYDRATE_COLUMNS = [
    Column("clip_id", _str, "released sample id"),
    Column("source_id", _str, "source video"),
    Column("split", _str, "release split"),
    Column(
        "status",
        _str,
        "'identical' (same SHA-256), 'rebuilt' (duration within tolerance, other bytes), "
        "'duration_mismatch', 'source_unavailable' or 'cut_failed'",
    ),
    Column("cause", _str, "why the source or the cut failed (short code)"),
    Column("message", _str, "the underlying tool's own message"),
    Column("source_start", _f64, "released clip start in the source's timeline, seconds"),
    Column("source_end", _f64, "released clip end in the source's timeline, seconds"),
    Column("released_duration", _f64, "the clip's duration in the release, seconds"),
    Column("duration", _f64, "the rebuilt clip's duration, seconds"),
    Column("duration_diff_frames", _f64, "|rebuilt - released| duration, in frames"),
    Column("released_sha256", _str, "the clip's SHA-256 in the release"),
    Column("sha256", _str, "the rebuilt clip's SHA-256"),
    Column("clip_path", _str, "the rebuilt clip"),
    Column("frame_paths", pa.list_(_str), "its frames, sampled with the released seed"),
    Column("audio_path", _str, "its audio (16 kHz mono WAV)"),
]

# Columns copied from the sources table into every sample.
SAMPLE_SOURCE_COLUMNS = [
    "url",
    "origin",
    "title",
    "description",
    "text",
    "text_source",
    "uploader",
    "upload_date",
    "language_meta",
    "categories_meta",
    "tags_meta",
    "age_limit",
    "category",
    "category_source",
    "window_start",
    "window_end",
    "window_applied_by",
    "source_duration",
    "fetch_backend",
    "source_path",
    "extractor",
    "video_id",
    "webpage_url",
    "channel_id",
    "uploader_id",
    "channel",
    "license",
    "license_source",
    "original_duration",
    "country",
    "country_source",
]
# Computed per sample from its clip and source (see provenance.source_time).
SAMPLE_TIME_COLUMNS = [
    Column("source_start", _f64, "clip start in the source video's own timeline, seconds"),
    Column("source_end", _f64, "clip end in the source video's own timeline, seconds"),
]

_by_name = {c.name: c for c in SOURCE_COLUMNS}
SAMPLE_COLUMNS = (
    CLIP_COLUMNS
    + [_by_name[n] for n in SAMPLE_SOURCE_COLUMNS]
    + SAMPLE_TIME_COLUMNS
    + ASR_COLUMNS[1:]
    + OCR_COLUMNS[1:]
    + [Column("schema_version", _str, "version of this schema")]
)

SCHEMAS: dict[str, pa.Schema] = {
    "sources": _schema(SOURCE_COLUMNS),
    "scenes": _schema(SCENE_COLUMNS),
    "clips": _schema(CLIP_COLUMNS),
    "asr": _schema(ASR_COLUMNS),
    "ocr": _schema(OCR_COLUMNS),
    "failures": _schema(FAILURE_COLUMNS),
    "samples": _schema(SAMPLE_COLUMNS),
    "screen": _schema(SCREEN_COLUMNS),
    "generation": _schema(GENERATION_COLUMNS),
    "preverify": _schema(PREVERIFY_COLUMNS),
    "postverify": _schema(POSTVERIFY_COLUMNS),
    "t2v": _schema(T2V_COLUMNS),
    "gold": _schema(GOLD_COLUMNS),
    "rehydrate": _schema(REHYDRATE_COLUMNS),
    "dataset": _schema(
        SAMPLE_COLUMNS
        + GENERATION_COLUMNS[1:]
        + PREVERIFY_COLUMNS[1:]
        + POSTVERIFY_COLUMNS[1:]
        + VERIFICATION_COLUMNS
    ),
}


def _check_names() -> None:
    """Every name in the maps above is a column of its table (a typo fails at import)."""
    known = {
        "generation": set(SCHEMAS["generation"].names),
        "preverify": set(SCHEMAS["preverify"].names),
    }
    names = [*FACTUAL.values(), *ABSTRACT.values(), *TAG.values(), *TAG_GROUNDED.values()]
    names += [n for parts in INTENT.values() for n in parts.values()]
    assert all(n in known["generation"] for n in names), names
    assert all(n in known["preverify"] for parts in PRE.values() for n in parts.values())


_check_names()


def to_table(kind: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Build a table of ``kind`` from dict rows; unknown keys are an error, missing ones null."""
    schema = SCHEMAS[kind]
    rows = list(rows)
    names = set(schema.names)
    for row in rows:
        extra = set(row) - names
        if extra:
            raise KeyError(f"{kind} record has unknown columns {sorted(extra)}")
    return pa.Table.from_pylist(rows, schema=schema)


def schema_markdown() -> str:
    """The schema as Markdown, for docs/schema.md."""
    out = [f"# Record schema (version {SCHEMA_VERSION})", ""]
    out.append("Generated by `python -m videomind.core.records`; do not edit by hand.")
    for kind, schema in SCHEMAS.items():
        out += ["", f"## {kind}", "", "| column | type | meaning |", "|---|---|---|"]
        for field in schema:
            doc = (field.metadata or {}).get(b"doc", b"").decode()
            out.append(f"| `{field.name}` | `{field.type}` | {doc} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(schema_markdown(), end="")
