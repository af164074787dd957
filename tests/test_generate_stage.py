"""The generation stage on generated fixtures.

``ScriptedLLM`` stands in for a model that misbehaves on cue (not JSON, schema breaks, an intent
without its slots): no real model can be made to fail reliably, and the point here is what the
stage does with such replies. The real models run in tests/test_llm_backends.py.
"""

from __future__ import annotations

import json
import re

import pyarrow.parquet as pq
import pytest
from conftest import sample_rows, stage_job

from videomind.backends.protocols import BackendError, ChatReply
from videomind.core.io import write_parquet
from videomind.core.records import SCHEMAS, to_table
from videomind.generation.generate import run_generate
from videomind.generation.intents import LEFT_OUT
from videomind.generation.quality import quality
from videomind.media.measure import audio_stats, describe_audio, describe_frames, frame_stats


def test_clips_of_one_video_are_told_where_they_sit():
    from videomind.generation.inputs import clip_positions

    rows = [
        {
            "clip_id": f"v-c00{k}",
            "source_id": "v",
            "start": s,
            "end": s + 12.0,
            "source_duration": 596.0,
        }
        for k, s in ((1, 70.4), (0, 60.0), (2, 95.0))
    ]
    rows.append({"clip_id": "w-c000", "source_id": "w"})  # no times: the count alone
    assert clip_positions(rows) == {
        "v-c000": "clip 1 of 3 taken from this video, 1:00 to 1:12 of its 9:56 (its second "
        "minute, in the first third)",
        "v-c001": "clip 2 of 3 taken from this video, 1:10 to 1:22 of its 9:56 (its second "
        "minute, in the first third)",
        "v-c002": "clip 3 of 3 taken from this video, 1:35 to 1:47 of its 9:56 (its second "
        "minute, in the first third)",
        "w-c000": "clip 1 of 1 taken from this video",
    }  # fmt: skip


def test_measured_descriptions_follow_the_media(clip_media):
    red = frame_stats([clip_media["red"]] * 4)
    assert list(red["hues"])[0] == "red" and red["change_mean"] < 0.01
    assert "dominant red" in describe_frames(red) and "nearly static" in describe_frames(red)
    mixed = frame_stats([clip_media["red"], clip_media["blue"], clip_media["red"]])
    assert "strong change" in describe_frames(mixed)
    assert describe_frames(red).startswith("Measured from 4 sampled frames, not seen by a model")
    tone = audio_stats(clip_media["tone"])
    assert -15 < tone["rms_dbfs"] < -10 and tone["silent_share"] == 0
    assert 150 < tone["centroid_hz"] < 300
    assert "low-pitched" in describe_audio(tone, speech=False)
    assert "no speech detected" in describe_audio(tone, speech=False)
    assert "almost silent" in describe_audio(audio_stats(clip_media["silence"]), speech=None)
    assert describe_audio(audio_stats(None), speech=None) == "The clip has no audio track."
    with pytest.raises(ValueError, match="not a readable image"):
        frame_stats([clip_media["tone"]])


GOOD = {
    "factual_ocr": {"ocr": "The screen shows a title card."},
    "factual_asr": {"asr": "The speaker reads that chapter one begins in the old house."},
    "factual_text": {"text": "The uploader calls it a test clip {tag}."},
    "abstract": {
        "summary": "A red test clip {tag} with a title card shown in a studio.",
        "subject": "a presenter",
        "place": "studio",
        "time": "unknown",
        "event": "title card",
    },
    "intent_uploader": {
        "intent": "introduce the presenter",
        "action": "showing a red title card",
    },
    "intent_protagonist": {
        "does": "The presenter reads the card aloud.",
        "subject": "The presenter",
        "intent": "inform viewers about chapter one",
        "action": "reading the title card.",
    },
    # §3.2 tag spans: a time stamp is never a "when"; "a studio" is a span of the summary
    "tags": {"where": "a studio", "when": "2018-03-24T11:59:57Z", "what": "title card"},
}


def _with_does(reply: str, schema: dict) -> str:
    """A scripted role-B reply with the "does" sentence its schema asks first (prompt v11), so
    the scripts below give only the slots they are about."""
    if "does" not in schema.get("required", ()):
        return reply
    try:
        data = json.loads(reply)
    except ValueError:
        return reply
    if isinstance(data, dict) and "subject" in data and "does" not in data:
        return json.dumps({"does": "They speak to the camera."} | data)
    return reply


class ScriptedLLM:
    """Answers by step (found from the prompt text); ``script`` overrides replies per clip.

    Clips are told apart by a ``[srcN]`` tag in their inputs, which good replies carry forward
    (text element → abstract → intent prompts)."""

    backend = "scripted"
    modalities = frozenset({"text"})

    def __init__(self, script: dict[tuple[str, str], list[str]] | None = None) -> None:
        self.model = "scripted-test-double"
        self.script = script or {}
        self.calls: list[tuple[str, str]] = []
        self.seen_users: list[str] = []
        self.batches: list[list[str]] = []  # the steps of each chat_batch call

    def _step(self, req) -> str:
        """The step, from the reply keys its schema asks for (and the role, for intents)."""
        keys = tuple(req.schema["required"])
        if keys == ("intent", "action"):  # role A: the prompt fixes the subject
            return "intent_uploader"
        if keys[-3:] == ("subject", "intent", "action"):  # role B ("does" first, from v11)
            return "intent_protagonist"
        if "summary" in keys:
            return "abstract"
        if keys == ("where", "when", "what"):
            return "tags"
        return f"factual_{keys[0]}"

    def chat_batch(self, requests, *, seed, temperature):
        self.batches.append(sorted({self._step(req) for req in requests}))
        out = []
        for req in requests:
            step = self._step(req)
            found = re.search(r"\[(src\d+)\]", req.history[0][1] if req.history else req.user)
            clip = found.group(1) if found else ""
            self.calls.append((step, clip))
            self.seen_users.append(req.user)
            queue = self.script.get((step, clip)) if clip else None
            if queue:
                reply = queue.pop(0)
                if reply == "BACKEND_ERROR":
                    raise BackendError("HTTP 400: context too long")
                reply = _with_does(reply, req.schema)
            else:
                reply = json.dumps(GOOD[step]).replace("{tag}", f"[{clip}]")
            out.append(ChatReply(reply, 10, 5, 0.01))
        return out


def scripted_model(tmp_path):
    """A file the scripted double stands for: records name it, cache keys hash it."""
    path = tmp_path / "scripted-test-double.gguf"
    if not path.exists():
        path.write_bytes(b"not a real model")
    return str(path)


def generate_job(table, config, out, fails, stats, factory):
    job = stage_job({"samples": str(table)},
                    {"table": str(out), "failures": str(fails), "stats": str(stats)},
                    {"generate": config})  # fmt: skip
    job.backends["llm"] = factory
    return job


def notice(media) -> dict:
    """A still picture whose text is too long to cite whole (quotes.MAX_CARD_WORDS): role A's
    action over it is the model's."""
    text = "[src] NOTICE " + "the hall is closed for repairs until further notice " * 2
    return {"frame_paths": [str(media["red"])] * 12, "ocr_text": text}


def run(tmp_path, media, llm, n=4, cache=True, edit=None, **cfg):
    """The stage over ``n`` of conftest's sample rows (``edit``: changes to each, by clip id)."""
    table = tmp_path / "samples.parquet"
    rows = [r | (edit or {}).get(r["clip_id"], {}) for r in sample_rows(media, n)]
    write_parquet(to_table("samples", rows), table)
    config = {
        "llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
        "max_retries": 2,
        "cache_dir": str(tmp_path / "cache") if cache else None,
    } | cfg
    out = tmp_path / "generation.parquet"
    fails = tmp_path / "failures.parquet"
    stats = tmp_path / "stats.json"
    run_generate(generate_job(table, config, out, fails, stats, lambda: llm))
    return (
        pq.read_table(out).to_pylist(),
        pq.read_table(fails).to_pylist(),
        json.loads(stats.read_text()),
    )


def test_a_clip_nothing_of_its_own_shows_gets_its_part_of_the_video_as_the_action(
    tmp_path, clip_media
):
    """A film's silent window without on-screen text, read by a text-only model: only its
    video's title and description are known. Role A's action says which part of the video it
    shows, by rule, whatever the model wrote (held-back set 12: the plot, for every window); the
    intent stays the model's, and the provenance says which slot is whose."""
    plot = json.dumps({"intent": "share a film made in a red studio",
                       "action": "showing the rabbit's peaceful day and the bullies"})  # fmt: skip
    llm = ScriptedLLM({("intent_uploader", "src2"): [plot] * 3})
    window = {"ocr_status": "no_text", "ocr_text": "", "ocr_words": 0,
              "start": 104.0, "end": 113.0, "source_duration": 596.0}  # fmt: skip
    rows, fails, _ = run(tmp_path, clip_media, llm, n=3, edit={"src2-c000": window})
    by_clip = {r["clip_id"]: r for r in rows}
    src2 = by_clip["src2-c000"]
    assert fails == [] and src2["clip_position"].endswith("(its second minute, in the first third)")
    assert src2["intent_uploader"] == ("The uploader aims to share a film made in a red studio by "
                                       "showing its part from 1:44 to 1:53.")  # fmt: skip
    # An intent with a word its title and description do not give is a guess there: no answer
    # with one is kept after the turns (r15-22), as it is where the clip's words are known.
    guess = json.dumps({"intent": "share a film about a rabbit", "action": "showing it"})
    llm = ScriptedLLM({("intent_uploader", "src2"): [guess] * 3})
    guessed, _, _ = run(tmp_path / "guess", clip_media, llm, n=3, edit={"src2-c000": window})
    src2_guess = {r["clip_id"]: r for r in guessed}["src2-c000"]
    assert src2_guess["intent_uploader"] is None
    assert "nothing in the notes shows 'rabbit'" in src2_guess["intent_uploader_withheld"]
    prov = {p["field"]: p["method"] for p in src2["generation_provenance"]}
    assert prov["intent_uploader"] == "model"
    assert prov["intent_uploader_action"] == "rule:part_of_video"
    # Nor anything readable of its video (no title, no description): role A is not written.
    unread = window | {"text": None, "title": None}
    rows, fails, _ = run(tmp_path / "unread", clip_media, ScriptedLLM(), n=4,
                         edit={"src3-c000": unread})  # fmt: skip
    src3 = {r["clip_id"]: r for r in rows}["src3-c000"]
    assert fails == [] and src3["intent_uploader"] is None
    assert src3["intent_uploader_withheld"] is None
    prov = {p["field"]: p["method"] for p in src3["generation_provenance"]}
    assert prov["intent_uploader"] == "rule:nothing_known"
    assert quality(rows)["nothing_known"] == 1
    # Speech (src0) or on-screen text (src1) over a moving picture no model saw: what the
    # picture shows is not known either, so the action is its part of the video (r15-3; the
    # fixture's clips have no times); with the frames seen, the model's action stays.
    for sid in ("src0-c000", "src1-c000"):
        prov = {p["field"]: p["method"] for p in by_clip[sid]["generation_provenance"]}
        assert prov["intent_uploader_action"] == "rule:part_of_video"
        assert by_clip[sid]["intent_uploader_action"] == "showing one of its parts"


def test_the_tags_step_can_have_its_own_model(tmp_path, clip_media):
    """generate.tags_llm (the paper's Qwen2.5-VL for the place/time/event spans): the tags
    step asks that model, every other step the generator; the tags' provenance names it."""
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", sample_rows(clip_media, 2)), table)
    tags_file = tmp_path / "tags-model.gguf"
    tags_file.write_bytes(b"another model")
    config = {"llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
              "tags_llm": {"backend": "llama_cpp", "model": str(tags_file), "seed": 3},
              "max_retries": 2, "cache_dir": None}  # fmt: skip
    files = {k: tmp_path / f"{k}.out" for k in ("table", "failures", "stats")}
    generator, tagger = ScriptedLLM(), ScriptedLLM()
    job = generate_job(table, config, *files.values(), lambda: generator)
    job.backends["tags_llm"] = lambda: tagger
    run_generate(job)
    assert {step for step, _ in tagger.calls} == {"tags"}
    assert "tags" not in {step for step, _ in generator.calls}
    rows = pq.read_table(files["table"]).to_pylist()
    assert len(rows) == 2 and rows[0]["tag_where"] == "a studio"
    prov = {p["field"]: p for p in rows[0]["generation_provenance"]}
    assert prov["tag_where"]["model"] == "tags-model" and prov["tag_where"]["seed"] == 3
    assert prov["abstract_summary"]["model"] == "scripted-test-double"
    stats = json.loads(files["stats"].read_text())
    assert stats["tags_model"] == "tags-model" and "tags" in stats["tags_steps"]


def test_every_sample_gets_three_layers_and_six_tags(tmp_path, clip_media, monkeypatch):
    # src1 has no speech: its role B says what its notes give (role B keeps no ungrounded
    # answer, r15-22), not GOOD's "chapter one", which only src0's speech says
    card = dict(GOOD["intent_protagonist"], intent="show viewers the studio")
    llm = ScriptedLLM({("intent_protagonist", "src1"): [json.dumps(card)] * 3})
    rows, fails, stats = run(tmp_path, clip_media, llm)
    assert fails == [] and len(rows) == 4
    assert pq.read_schema(tmp_path / "generation.parquet").names == SCHEMAS["generation"].names
    r = rows[0]
    assert r["factual_visual"].startswith("Measured from 12 sampled frames")
    assert r["visual_method"] == "measured:frame-statistics"
    assert (
        r["audio_method"] == "measured:audio-statistics"
        and "speech is present" in r["factual_audio"]
    )
    assert rows[1]["factual_audio"] == "The clip has no audio track."
    assert rows[1]["audio_method"] == "rule:empty-input"
    assert rows[1]["factual_asr"] == "No speech was detected."  # no transcript: no model call
    assert r["factual_asr"] == GOOD["factual_asr"]["asr"]
    assert r["intent_uploader_subject"] == "The uploader"
    # role B's action is the speaker's words, quoted by rule (quotes.py)
    assert (r["tag_who"], r["tag_why"], r["tag_how"]) == (
        "The presenter",
        "inform viewers about chapter one",
        'saying "[src0] Chapter one begins in the old house"',
    )
    # "title card" is a span of the summary, but no event (§3.2's what): no tag, and counted
    assert (r["tag_where"], r["tag_when"], r["tag_what"]) == ("a studio", None, None)
    assert stats["tags_wrong_type"] == {"where": 0, "when": 0, "what": 4}
    assert r["tag_where_grounded"] is True and r["tag_when_grounded"] is None
    assert r["words_sample"] == r["words_factual"] + r["words_abstract"] + r["words_intent"] > 40
    prov = {p["field"]: p for p in r["generation_provenance"]}
    assert set(prov) >= {f"factual_{e}" for e in ("visual", "audio", "ocr", "asr", "text")}
    assert prov["abstract_summary"]["prompt"].startswith("abstract@v5#")
    assert prov["intent_protagonist"] | {"prompt": None} == {
        "field": "intent_protagonist",
        "method": "model",
        "backend": "llama_cpp",
        "model": "scripted-test-double",
        "prompt": None,
        "seed": 7,
    }
    assert prov["factual_visual"]["model"] is None  # measured, not generated
    # Role B only where the clip's own inputs show a protagonist: speech (src0), on-screen text
    # naming one (src1); src2's title alone does not, src3 shows none; nobody was asked to
    # invent one.
    evidence = [x["protagonist_evidence"] for x in rows]
    assert evidence == ["speech: 8 words in the ASR", "on-screen text names presenter", None,
                        None]  # fmt: skip
    assert rows[1]["intent_protagonist"] and rows[2]["intent_protagonist"] is None
    none = rows[3]
    assert evidence[3] is None and none["intent_protagonist"] is None
    assert none["intent_protagonist_subject"] is None and none["intent_uploader"]
    prov3 = {p["field"]: p for p in none["generation_provenance"]}
    assert prov3["intent_protagonist"]["method"] == "rule:no_protagonist"
    assert ("intent_protagonist", "src3") not in llm.calls
    assert ("intent_protagonist", "src2") not in llm.calls
    assert ("intent_protagonist", "src1") in llm.calls
    # the 6W who/why/how then come from role A, and say so
    assert none["tag_source_role"] == "uploader" and none["tag_who"] == "The uploader"
    assert r["tag_source_role"] == "protagonist"
    assert none["words_intent"] == len(none["intent_uploader"].split())
    assert stats["generated"] == 4 and stats["cache_hits"] == 0
    # The summary is told what the clip shows, not what was measured: the measured picture and
    # sound reach the abstract prompt as "no description" (they stay in the factual layer).
    abstract = [u for (step, _), u in zip(llm.calls, llm.seen_users, strict=True)
                if step == "abstract"]  # fmt: skip
    assert len(abstract) == 4 and all("Picture: no description" in u for u in abstract)
    assert all("Sound: no description" in u for u in abstract[:1])
    assert not any("tones" in u or "dBFS" in u for u in abstract)
    # each clip is told where it sits in its video (they are one clip each here)
    assert all("Where in the video: clip 1 of 1 taken from this video" in u for u in abstract)
    assert r["clip_position"].startswith("clip 1 of 1 taken from this video")
    calls = len(llm.calls)
    # A rerun is served from the cache: the backend is never even built.
    built = []
    table = tmp_path / "samples.parquet"
    config = {
        "llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
        "max_retries": 2,
        "cache_dir": str(tmp_path / "cache"),
    }
    run_generate(generate_job(table, config, tmp_path / "g2.parquet", tmp_path / "f2.parquet",
                              tmp_path / "s2.json", lambda: built.append(1) or llm))  # fmt: skip
    assert built == [] and len(llm.calls) == calls
    assert pq.read_table(tmp_path / "g2.parquet").equals(
        pq.read_table(tmp_path / "generation.parquet")
    )
    assert json.loads((tmp_path / "s2.json").read_text())["cache_misses"] == 0


def test_malformed_replies_are_repaired_or_recorded(tmp_path, clip_media, monkeypatch):
    # Placeholders echoed back: no verb starts them, so the schema refuses them (since
    # intent_uploader v10 the first words come from the lexicon's verbs); a subject placeholder
    # still reaches the template check (test_llm_structured).
    bad_intent = json.dumps({"intent": "none", "action": "nothing"})  # a placeholder
    llm = ScriptedLLM(
        {
            # src0: prose first, valid after one repair prompt.
            ("factual_ocr", "src0"): [
                "Sure! The text says hello.",
                json.dumps(GOOD["factual_ocr"]),
            ],
            # src1: never valid JSON.
            ("factual_text", "src1"): ["not json"] * 3,
            # src2: schema broken every time (wrong key).
            ("abstract", "src2"): [json.dumps({"summary": "x" * 20})] * 3,
            # src3: placeholders for the template's slots, every time.
            ("intent_uploader", "src3"): [bad_intent] * 3,
        }
    )
    rows, fails, stats = run(tmp_path, clip_media, llm, n=4)
    by_clip = {f["clip_id"]: f for f in fails}
    assert [r["clip_id"] for r in rows] == ["src0-c000"]
    assert rows[0]["factual_ocr"] == GOOD["factual_ocr"]["ocr"]
    assert by_clip["src1-c000"]["cause"] == "llm_not_json"
    assert "factual_text" in by_clip["src1-c000"]["message"]
    assert "raw reply: 'not json'" in by_clip["src1-c000"]["message"]
    assert by_clip["src1-c000"]["stage"] == "generate"
    assert stats["steps"]["factual_ocr"]["repaired"] == 1
    assert "src1-c000" not in {r["clip_id"] for r in rows}
    assert llm.calls.count(("factual_text", "src1")) == 3  # first try + max_retries repairs
    assert ("abstract", "src1") not in llm.calls  # a failed sample leaves the chain
    assert by_clip["src2-c000"]["cause"] == "llm_schema_violation"
    assert "abstract:" in by_clip["src2-c000"]["message"]
    assert by_clip["src3-c000"]["cause"] == "llm_schema_violation"
    assert "intent_uploader" in by_clip["src3-c000"]["message"]
    assert '"intent": "none"' in by_clip["src3-c000"]["message"]  # raw reply kept
    assert stats["failed"] == 3 and stats["generated"] == 1


def test_a_tags_failure_costs_the_tags_not_the_sample(tmp_path, clip_media):
    """Issue 26 (10): a tags answer past its maxLength after every repair leaves the sample with
    its three text layers, null where/when/what and the cause; it is no failures row."""
    too_long = json.dumps({"where": None, "when": None, "what": "w" * 300})
    llm = ScriptedLLM({("tags", "src1"): [too_long] * 3})
    rows, fails, stats = run(tmp_path, clip_media, llm, n=3)
    assert fails == [] and len(rows) == 3
    by_clip = {r["clip_id"]: r for r in rows}
    lost = by_clip["src1-c000"]
    assert lost["abstract_summary"] and lost["intent_uploader"]
    assert (lost["tag_where"], lost["tag_when"], lost["tag_what"]) == (None, None, None)
    assert lost["tags_failure"].startswith("llm_schema_violation: tags: what:")
    prov = {p["field"]: p["method"] for p in lost["generation_provenance"]}
    assert prov["tag_what"] == "failed:llm_schema_violation"
    assert by_clip["src0-c000"]["tags_failure"] is None and by_clip["src0-c000"]["tag_where"]
    assert stats["tags_failed"] == 1 and stats["failed"] == 0 and stats["generated"] == 3


# A window of src2's film with nothing of its own known (no text, no speech), and a role-A
# answer of each kind, for the tests of what a film window's intent cannot be.
FILM_WINDOW = {"ocr_status": "no_text", "ocr_text": "", "ocr_words": 0, "start": 104.0,
               "end": 113.0, "source_duration": 596.0, "category": "film & animation"}  # fmt: skip
TEACH = json.dumps({"intent": "teach viewers about the presenter's life",
                    "action": "showing the presenter"})  # fmt: skip
AMUSE = json.dumps({"intent": "entertain viewers with the presenter's test",
                    "action": "showing the presenter"})  # fmt: skip
INFORM = json.dumps({"intent": "inform viewers about the presenter's test",
                     "action": "showing the presenter"})  # fmt: skip


def uploader_over(tmp_path, media, window: dict, replies: list[str]):
    """Role A of src2's first clip edited to ``window``, the model answering ``replies`` in turn:
    (that clip's row, the run's failures, the scripted model)."""
    llm = ScriptedLLM({("intent_uploader", "src2"): replies})
    rows, fails, _ = run(tmp_path, media, llm, n=3, edit={"src2-c000": window})
    return {r["clip_id"]: r for r in rows}["src2-c000"], fails, llm


def test_teaching_nothing_known_of_the_clip_teaches_goes_back(tmp_path, clip_media):
    """r14: over a film's silent window the 1.5B wrote "teach viewers about the life of a giant
    rabbit" (the demo, held-back sets 11-13). With nothing of the clip known and a category
    that is not one of teaching, the intent goes back; under "education" it stays."""
    src2, fails, llm = uploader_over(tmp_path, clip_media, FILM_WINDOW, [TEACH, AMUSE])
    assert fails == [] and llm.calls.count(("intent_uploader", "src2")) == 2
    assert src2["intent_uploader_intent"] == "entertain viewers with the presenter's test"
    assert any('filed it under "film & animation"' in u and 'cannot be "teach"' in u
               for u in llm.seen_users)  # fmt: skip
    lesson = FILM_WINDOW | {"category": "education"}
    src2, _, llm = uploader_over(tmp_path / "lesson", clip_media, lesson, [TEACH, AMUSE])
    assert llm.calls.count(("intent_uploader", "src2")) == 1
    assert src2["intent_uploader_intent"] == "teach viewers about the presenter's life"
    # r15-32: a title shown over the silent film teaches nothing either (held-back set 69)
    titled = FILM_WINDOW | {"ocr_status": "ok", "ocr_text": "BUNKY", "ocr_words": 1}
    src2, _, llm = uploader_over(tmp_path / "titled", clip_media, titled, [TEACH, AMUSE])
    assert src2["intent_uploader_intent"] == "entertain viewers with the presenter's test"
    assert any('on-screen text is "BUNKY"' in u for u in llm.seen_users)


def test_entertaining_over_a_voice_not_made_out_goes_back(tmp_path, clip_media):
    """r15-32e: over clubs' calls Whisper could not make out, filed under sports, the 1.5B
    wrote "entertain children with fun bouldering activities" (held-back sets 52, 71, 73: all
    rejects); it goes back, and under "entertainment" it stays."""
    unheard = FILM_WINDOW | {"asr_status": "low_confidence", "asr_text": "", "asr_words": 0,
                             "category": "sports"}  # fmt: skip
    src2, fails, llm = uploader_over(tmp_path, clip_media, unheard, [AMUSE, INFORM])
    assert fails == []
    assert src2["intent_uploader_intent"] == "inform viewers about the presenter's test"
    assert any("words were not made out" in u and 'cannot be "entertain"' in u
               for u in llm.seen_users)  # fmt: skip
    show = unheard | {"category": "entertainment"}
    src2, _, _ = uploader_over(tmp_path / "show", clip_media, show, [AMUSE, INFORM])
    assert src2["intent_uploader_intent"] == "entertain viewers with the presenter's test"


def test_teaching_over_a_speaker_outside_teaching_categories_goes_back(tmp_path, clip_media):
    """r15-15: over speech, role A over the speaker's window and role B quoting them "taught"
    (a swimming club's lessons as "teach beginners about fixing a flat tyre", volunteers who fix
    bikes as "teach others about bike repair"; held-back sets 21-30: 9 of 13 rejected). Filed
    under "sports", both go back told what the words do; under "education" they stay."""
    teach_a = json.dumps({"intent": "teach viewers about chapter one", "action": "showing it"})
    inform_a = json.dumps({"intent": "inform viewers about chapter one", "action": "showing it"})
    teach_b = json.dumps({"subject": "The reader", "intent": "teach listeners about chapter one",
                          "action": "saying them"})  # fmt: skip
    inform_b = json.dumps({"subject": "The reader", "intent": "inform listeners about chapter one",
                           "action": "saying them"})  # fmt: skip

    def script():
        return {("intent_uploader", "src0"): [teach_a, inform_a],
                ("intent_protagonist", "src0"): [teach_b, inform_b]}  # fmt: skip

    llm = ScriptedLLM(script())
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1, edit={"src0-c000": {"category": "sports"}})
    assert fails == [] and rows[0]["intent_uploader_intent"] == "inform viewers about chapter one"
    assert rows[0]["intent_protagonist_intent"] == "inform listeners about chapter one"
    told = [u for u in llm.seen_users if 'filed it under "sports"' in u]
    assert len(told) == 2 and all("teach nothing" in u for u in told)
    assert any("what the speaker wants" in u for u in told)
    llm = ScriptedLLM(script())
    rows, _, _ = run(tmp_path / "lesson", clip_media, llm, n=1,
                     edit={"src0-c000": {"category": "education"}})  # fmt: skip
    assert rows[0]["intent_uploader_intent"] == "teach viewers about chapter one"
    assert rows[0]["intent_protagonist_intent"] == "teach listeners about chapter one"


def test_an_intent_leaving_out_what_the_speaker_asks_for_goes_back(tmp_path, clip_media):
    """r15-18: the band leader who says "we need a trumpet player for the spring show" aims to
    find one, not to "inform the audience about drumming practice" (held-back set 29). Both
    roles go back told what is asked for; an intent naming it stays, in the quote's words."""
    said = ("[src0] Chapter one begins in the old house. We need two readers for the "
            "Monday group.")  # fmt: skip
    inform_a = json.dumps({"intent": "inform viewers about chapter one", "action": "showing it"})
    find_a = json.dumps({"intent": "find readers for the Monday group", "action": "showing it"})
    inform_b = json.dumps({"subject": "The speaker", "intent": "inform listeners about chapter one",
                           "action": "saying them"})  # fmt: skip
    find_b = json.dumps({"subject": "The speaker", "intent": "recruit two readers for their group",
                         "action": "saying them"})  # fmt: skip
    llm = ScriptedLLM({("intent_uploader", "src0"): [inform_a, find_a],
                       ("intent_protagonist", "src0"): [inform_b, find_b]})  # fmt: skip
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1,
                         edit={"src0-c000": {"asr_text": said, "asr_words": 16}})  # fmt: skip
    assert fails == [] and rows[0]["intent_uploader_intent"] == "find readers for the Monday group"
    assert rows[0]["intent_protagonist_intent"] == "recruit two readers for their group"
    told = [u for u in llm.seen_users if "the speaker says they need two readers" in u]
    assert len(told) == 2
    assert "We need two readers" in rows[0]["intent_protagonist_action"]
    # r15-20: an intent that is nothing the speaker wants of their listeners is told the ask
    learn = json.dumps({"subject": "The speaker", "intent": "learn about the old house",
                        "action": "saying them"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [learn, find_b]})
    rows, fails, _ = run(tmp_path / "learn", clip_media, llm, n=1,
                         edit={"src0-c000": {"asr_text": said, "asr_words": 16}})  # fmt: skip
    assert rows[0]["intent_protagonist_intent"] == "recruit two readers for their group"
    told = [u for u in llm.seen_users if '"learn about the old house" is not what' in u]
    assert len(told) == 1 and "they say they need two readers" in told[0]
    # r15-33: an intent that still leaves the ask out after its turns is withheld
    llm = ScriptedLLM({("intent_uploader", "src0"): [inform_a] * 3})
    rows, fails, _ = run(tmp_path / "kept", clip_media, llm, n=1,
                         edit={"src0-c000": {"asr_text": said, "asr_words": 16}})  # fmt: skip
    assert fails == [] and rows[0]["intent_uploader_intent"] is None
    assert "two readers" in rows[0]["intent_uploader_withheld"]


def test_an_intent_acting_on_the_speaker_goes_back(tmp_path, clip_media):
    """r15-31: "invite Calum to join the club" over Calum's own words (held-back set 66)."""
    said = "[src0] Good morning, I'm Calum from the hill club. We climb every Sunday."
    calum = json.dumps({"intent": "invite Calum to join the hill club", "action": "showing it"})
    people = json.dumps({"intent": "invite people to climb with the hill club",
                         "action": "showing it"})  # fmt: skip
    llm = ScriptedLLM({("intent_uploader", "src0"): [calum, people]})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1,
                         edit={"src0-c000": {"asr_text": said, "asr_words": 13}})  # fmt: skip
    assert fails == [] and rows[0]["intent_uploader_intent"].startswith("invite people")
    assert any("Calum is the one speaking" in u for u in llm.seen_users)


def test_a_purpose_naming_nothing_of_the_clip_goes_back_and_is_withheld_if_it_stays(
    tmp_path, clip_media
):
    """r15-25: "share a personal story" over a food truck's call (held-back set 49) names
    nothing of the clip; it goes back told so, and an answer that stays so is withheld."""
    said = "[src0] Chapter one begins in the old house."
    story = json.dumps({"intent": "share a personal story", "action": "showing it"})
    chapter = json.dumps({"intent": "inform viewers about chapter one", "action": "showing it"})
    edit = {"src0-c000": {"asr_text": said, "asr_words": 8}}
    llm = ScriptedLLM({("intent_uploader", "src0"): [story, chapter]})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1, edit=edit)
    assert fails == [] and rows[0]["intent_uploader_intent"] == "inform viewers about chapter one"
    told = [u for u in llm.seen_users if '"story" could be said of any clip' in u]
    assert len(told) == 1
    llm = ScriptedLLM({("intent_uploader", "src0"): [story, story, story]})
    rows, fails, _ = run(tmp_path / "stays", clip_media, llm, n=1, edit=edit)
    assert fails == [] and rows[0]["intent_uploader"] is None
    assert "could be said of any clip" in rows[0]["intent_uploader_withheld"]


def test_a_summary_copying_the_worked_example_goes_back(tmp_path, clip_media):
    """r15-15: "The on-screen title promises a five-minute fix for a flat tyre" over a swimming
    coach (held-back set 30) is the abstract prompt's worked example, not the clip."""
    copied = dict(GOOD["abstract"], summary="A coach gives lessons [src0]. The on-screen title "
                  "promises a five-minute fix for a flat tyre.")  # fmt: skip
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(copied)]})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1)
    assert fails == [] and "tyre" not in rows[0]["abstract_summary"]
    assert any('copies "the on screen title promises a five minute fix for a flat tyre"' in u
               for u in llm.seen_users)  # fmt: skip
    # r15-33: the example's topic in another spelling ("fix flat tires", held-back set 74)
    copied = dict(GOOD["abstract"], summary="A crew practices parkour, aiming to fix flat tires.")
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(copied)]})
    rows, _, _ = run(tmp_path / "tires", clip_media, llm, n=1)
    assert "tires" not in rows[0]["abstract_summary"]
    assert any('copies "flat tyre"' in u for u in llm.seen_users)


def test_a_summary_that_stays_a_copy_of_the_worked_example_is_the_factual_layer(
    tmp_path, clip_media
):
    """r15-28: where every turn copies the example ("A man is seen fixing a flat tyre on a city
    pavement" over foreign narration, held-back sets 58, 59, 61), the abstract layer is the
    factual layer's own sentences and "unknown", by rule, not the copy."""
    copied = dict(GOOD["abstract"], summary="A man is seen fixing a flat tyre on a city "
                  "pavement [src0].", event="fixing a flat tyre")  # fmt: skip
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(copied)] * 6})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1)
    row = rows[0]
    assert fails == [] and "tyre" not in row["abstract_summary"]
    assert row["factual_asr"] in row["abstract_summary"]
    assert row["abstract_event"] == "unknown" and row["abstract_place"] == "unknown"
    prov = {p["field"]: p["method"] for p in row["generation_provenance"]}
    assert prov["abstract_summary"] == "rule:factual_sentences"


def test_a_summary_putting_people_no_note_gives_in_the_picture_goes_back(tmp_path, clip_media):
    """r15-29b: "A man in a black jacket is holding a camera" over a photography club's call
    (held-back set 60): the frames unseen, no note gives a man. It goes back, a rewrite without
    him is kept, and one that keeps him after every turn is the factual layer's sentences."""
    man = dict(GOOD["abstract"], summary="A man in a black jacket holds a camera [src0].")
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(man)]})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1)
    row = rows[0]
    assert fails == [] and "man" not in row["abstract_summary"].split()
    assert any("nothing in the notes shows 'man'" in u for u in llm.seen_users)
    prov = {p["field"]: p["method"] for p in row["generation_provenance"]}
    assert prov["abstract_summary"] == "model"
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(man)] * 6})
    rows, fails, _ = run(tmp_path / "stays", clip_media, llm, n=1)
    row = rows[0]
    assert fails == [] and row["factual_asr"] in row["abstract_summary"]
    prov = {p["field"]: p["method"] for p in row["generation_provenance"]}
    assert prov["abstract_summary"] == "rule:factual_sentences"
    # a note that gives the man: he stays, and nothing goes back
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(man)]})
    said = {"src0-c000": {"asr_text": "[src0] The man with the camera is our chairman.",
                          "asr_words": 8}}  # fmt: skip
    rows, fails, _ = run(tmp_path / "given", clip_media, llm, n=1, edit=said)
    assert fails == [] and rows[0]["abstract_summary"].startswith("A man in a black jacket")
    assert not any("nothing in the notes shows 'man'" in u for u in llm.seen_users)


def test_a_summary_telling_the_uploaders_text_goes_back(tmp_path, clip_media):
    """r15-25: "The uploader titled the video 'Bus pass' and wrote: ..." tells of the notes,
    not of the clip (43 of 149 summaries on held-back sets 44-49); it goes back, and a rewrite
    about the clip is kept."""
    told = dict(GOOD["abstract"], summary="The uploader titled the video [src0] and wrote: 'A red "
                "test clip.'")  # fmt: skip
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(told)]})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1)
    assert fails == [] and "titled" not in rows[0]["abstract_summary"]
    assert any('it says "The uploader titled": that tells of' in u for u in llm.seen_users)
    # r15-28: over a clip of which nothing of its own is known (no speech, no text), the
    # uploader's text is all there is to tell, and it stays
    llm = ScriptedLLM({("abstract", "src0"): [json.dumps(told)]})
    bare = {"src0-c000": {"asr_status": "no_speech", "asr_text": "", "asr_words": 0,
                          "ocr_text": ""}}  # fmt: skip
    rows, fails, _ = run(tmp_path / "bare", clip_media, llm, n=1, edit=bare)
    assert fails == [] and "titled" in rows[0]["abstract_summary"]
    assert not any("that tells of" in u for u in llm.seen_users)


def test_doubted_speech_reaches_the_generator_as_heard_not_as_words(tmp_path, clip_media):
    """Issue 26 (9): a low-confidence transcript is "speech was heard", by rule, not the model's
    text; it is no speaker evidence for role B, and the measured audio still says speech."""
    from videomind.generation.inputs import UNSURE_SPEECH

    rows = sample_rows(clip_media, 4)
    rows[3] |= {"asr_status": "low_confidence", "asr_text": "",
                "asr_low_confidence_text": "Bondia ozemusramushtom"}  # fmt: skip
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", rows), table)
    llm = ScriptedLLM()
    config = {"llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
              "max_retries": 2, "cache_dir": None}  # fmt: skip
    files = [tmp_path / f"{k}.out" for k in ("table", "failures", "stats")]
    run_generate(generate_job(table, config, *files, lambda: llm))
    out = {r["clip_id"]: r for r in pq.read_table(files[0]).to_pylist()}["src3-c000"]
    assert out["factual_asr"] == UNSURE_SPEECH
    prov = {p["field"]: p["method"] for p in out["generation_provenance"]}
    assert prov["factual_asr"] == "rule:low-confidence-asr"
    assert ("factual_asr", "src3") not in llm.calls
    assert not any("ozemus" in u for u in llm.seen_users)
    assert out["intent_protagonist"] is None  # heard, but nothing said it could use
    assert json.loads(out["measured"])["speech"] is True


def test_text_the_generator_cannot_read_is_stated_not_handed_to_it(tmp_path, clip_media):
    """generate.english_only: a Turkish title and a transcript Whisper heard as Polish reach a
    generator that reads English only as what they are, by rule ("rule:not-english"), and
    their words never reach it; an English title still goes to the model. Off, as for a
    multilingual model, both go to the model."""
    from videomind.generation.inputs import FOREIGN

    rows = sample_rows(clip_media, 2)
    rows[1] |= {"text": "Tavşan ve kelebek. Özgür bir filmin görüntüleri üzerine masal.",
                "asr_status": "ok", "asr_language": "pl", "asr_words": 9,
                "asr_text": "W lesie mieszka duży królik, rano budzi się."}  # fmt: skip
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", rows), table)
    for english_only in (True, False):
        llm = ScriptedLLM()
        config = {"llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
                  "max_retries": 2, "cache_dir": None, "english_only": english_only}  # fmt: skip
        files = [tmp_path / f"{k}-{english_only}.out" for k in ("table", "failures", "stats")]
        run_generate(generate_job(table, config, *files, lambda llm=llm: llm))
        out = {r["clip_id"]: r for r in pq.read_table(files[0]).to_pylist()}
        prov = {p["field"]: p["method"] for p in out["src1-c000"]["generation_provenance"]}
        read = any("Tavşan" in u or "królik" in u for u in llm.seen_users)
        if english_only:
            assert out["src1-c000"]["factual_text"] == FOREIGN["text"].format(language="Turkish")
            assert out["src1-c000"]["factual_asr"] == FOREIGN["asr"].format(language="Polish")
            assert prov["factual_text"] == prov["factual_asr"] == "rule:not-english"
            assert not read and ("factual_text", "src0") in llm.calls
        else:
            assert prov["factual_text"] == prov["factual_asr"] == "model" and read


def test_a_script_written_with_combining_marks_is_not_taken_for_english():
    """Kannada and Burmese write vowels and viramas as combining marks; read as letters only,
    their titles had no words and passed for English, and a Burmese title handed to the
    generator ran its reply out of tokens: two samples lost (held-back set 62)."""
    from videomind.core.lexicon import english_share
    from videomind.generation.inputs import foreign

    kannada = "ಮೊಲ ಮತ್ತು ಅಳಿಲುಗಳು. ಒಂದು ಉಚಿತ ಚಲನಚಿತ್ರದ ಬಗ್ಗೆ ಕನ್ನಡ ಕಥೆ."
    burmese = "ယုန်နဲ့ ရှဉ့်တွေ. အခမဲ့ ရုပ်ရှင်တစ်ကားအကြောင်း မြန်မာ ပုံပြင်။"
    for text in (kannada, burmese):
        assert english_share(text) == 0.0 and foreign("text", {"text": text}) is not None
    assert english_share("the Bayside Steel Band") == 0.75
    assert foreign("text", {"text": "Big Buck Bunny"}) is None


def test_a_foreign_language_is_named_not_coded():
    """Handed "written in the language 'ba'", the 1.5B wrote "teach writing in Ba" (held-back
    set 69): every code Whisper or py3langid gives has its name."""
    from videomind.core.languages import NAMES, language_name
    from videomind.generation.inputs import foreign

    row = {"asr_language": "ba", "asr_text": "Урманда ҙур ҡуян йәшәй."}
    assert foreign("asr", row) == (
        "Someone speaks a language the speech recogniser took for "
        "Bashkir; the words are not given in English."
    )
    assert language_name("xh") == "Xhosa" and language_name("xx") == "the language 'xx'"
    # py3langid's own codes, and Whisper's
    for code in ("ht", "qu", "ug", "haw", "yue", "zu"):
        assert code in NAMES
    # and a language's name is an English word, though WordNet lacks it (set 69, re-read)
    from videomind.generation.quality import not_words

    assert not_words(["teach the Bashkir language", "Haitian Creole songs"]) == []
    assert not_words(["teach the Bashkirish language"]) == ["bashkirish"]


def test_text_in_a_language_no_one_names_is_not_taken_for_english():
    """r15-33: py3langid abstains on Greenlandic; handed as English, the 1.5B made it "a
    documentary in the Inuit language" (held-back set 76). A short English title with a name
    in it is still English."""
    from videomind.generation.inputs import FOREIGN_UNNAMED, foreign

    kl = "Ukaleq angisooq\nOqaluttuaq kalaallisut filmimik akeqanngitsumik."
    assert foreign("text", {"text": kl}) == FOREIGN_UNNAMED
    assert foreign("text", {"text": "Fernbank bouldering\nKids' sessions."}) is None
    assert foreign("text", {"text": "Woodturning demo"}) is None


def test_a_credits_roll_is_stated_not_handed_to_the_model(tmp_path, clip_media):
    """Job titles in capitals over people's names are the video's credits: the OCR element says
    so by rule ("rule:credits") and none of the roll's words reach the model, which took them
    for what the clip is about; a notice card's text still goes to the model."""
    from videomind.generation.factual import CREDITS

    rows = sample_rows(clip_media, 2)
    roll = ("MUSIC AND SOUND DESIGN\nJan Morgenstern\nORIGINAL STORY AND SCRIPT\n"
            "Sacha Goedegebure\nSTORYBOARDING\nEnrico Valenza\nCHARACTER RIGGING\n"
            "Nathan Vegdahl")  # fmt: skip
    rows[0] |= {"ocr_text": roll, "ocr_status": "ok", "ocr_words": 17}
    rows[1] |= {"ocr_text": "CLOTHES SWAP\nSaturday - community hall", "ocr_status": "ok",
                "ocr_words": 5}  # fmt: skip
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", rows), table)
    llm = ScriptedLLM()
    config = {"llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
              "max_retries": 2, "cache_dir": None}  # fmt: skip
    files = [tmp_path / k for k in ("table", "failures", "stats")]
    run_generate(generate_job(table, config, *files, lambda: llm))
    out = {r["clip_id"]: r for r in pq.read_table(files[0]).to_pylist()}
    prov = {
        c: {p["field"]: p["method"] for p in r["generation_provenance"]} for c, r in out.items()
    }
    assert out["src0-c000"]["factual_ocr"] == CREDITS
    assert prov["src0-c000"]["factual_ocr"] == "rule:credits"
    assert not any("Morgenstern" in u or "STORYBOARDING" in u for u in llm.seen_users)
    assert prov["src1-c000"]["factual_ocr"] == "model"
    assert any("CLOTHES SWAP" in u for u in llm.seen_users)


def test_a_factual_element_that_says_more_than_its_input_is_the_input_quoted(tmp_path, clip_media):
    """The speech, on-screen text and uploader text elements are held to their input's words: a
    gap Whisper doubted filled with a guess ("over 18 years old"), a day misread from a card
    (SUNDAY for Saturday) or footage guessed from a title is replaced by the input quoted
    ("rule:quoted-input"); an account in the input's own words is the model's. Speech with no
    word Whisper was sure of is doubted speech."""
    from videomind.generation.factual import QUOTED
    from videomind.generation.inputs import UNSURE_SPEECH

    rows = sample_rows(clip_media, 3)
    said = "[src0] If you are healthy and over … please come and give blood."
    rows[0] |= {"asr_status": "ok", "asr_language": "en", "asr_text": said, "asr_words": 11}
    rows[1] |= {"ocr_text": "[src1] SWIMMING GALA\nSaturday - leisure centre", "ocr_status": "ok",
                "ocr_words": 5}  # fmt: skip
    rows[2] |= {"asr_status": "ok", "asr_language": "en", "asr_text": "…", "asr_words": 0,
                "ocr_text": "[src2] BLOOD DRIVE\nFriday - town hall",
                "title": "[src2] Choir auditions", "description": "Wednesday at six.",
                "text": "[src2] Choir auditions\nWednesday at six."}  # fmt: skip
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", rows), table)
    llm = ScriptedLLM({
        ("factual_asr", "src0"): ['{"asr": "[src0] Healthy people over 18 years old are asked '
                                  'to come and give blood."}'],
        ("factual_ocr", "src1"): ['{"ocr": "[src1] SWIMMING GALA SUNDAY - leisure centre"}'],
        ("factual_ocr", "src2"): ['{"ocr": "[src2] The card reads blood drive, Friday, at the '
                                  'town hall."}'],
        ("factual_text", "src2"): ['{"text": "[src2] The video likely shows choir members '
                                   'performing in front of an audience."}'],
    })  # fmt: skip
    config = {"llm": {"backend": "llama_cpp", "model": scripted_model(tmp_path), "seed": 7},
              "max_retries": 2, "cache_dir": None}  # fmt: skip
    files = [tmp_path / k for k in ("table", "failures", "stats")]
    run_generate(generate_job(table, config, *files, lambda: llm))
    out = {r["clip_id"]: r for r in pq.read_table(files[0]).to_pylist()}
    prov = {
        c: {p["field"]: p["method"] for p in r["generation_provenance"]} for c, r in out.items()
    }
    assert out["src0-c000"]["factual_asr"] == QUOTED["asr"].format(text=said)
    assert prov["src0-c000"]["factual_asr"] == "rule:quoted-input"
    assert out["src1-c000"]["factual_ocr"] == QUOTED["ocr"].format(
        text="[src1] SWIMMING GALA Saturday - leisure centre"
    )
    assert prov["src1-c000"]["factual_ocr"] == "rule:quoted-input"
    assert not any("years old" in u or "SUNDAY" in u for u in llm.seen_users)  # no later step
    assert prov["src2-c000"]["factual_ocr"] == "model"  # the card's own words
    assert out["src2-c000"]["factual_asr"] == UNSURE_SPEECH
    assert ("factual_asr", "src2") not in llm.calls
    assert out["src2-c000"]["factual_text"] == (
        'The uploader titled the video "[src2] Choir auditions" and wrote: "Wednesday at six."'
    )
    assert not any("performing" in u for u in llm.seen_users)


def test_role_b_about_someone_the_clip_does_not_show_is_not_kept(tmp_path, clip_media):
    """src1's on-screen text names a presenter; a statement about a rabbit there is invented:
    role B is null (no_protagonist), its evidence too, and the stats count it."""
    rabbit = json.dumps({"subject": "The giant rabbit", "intent": "plan revenge",
                         "action": "setting traps"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src1"): [rabbit] * 3})
    rows, fails, stats = run(tmp_path, clip_media, llm, n=2, revise=False)
    by_clip = {r["clip_id"]: r for r in rows}
    assert fails == [] and by_clip["src0-c000"]["intent_protagonist"]
    src1 = by_clip["src1-c000"]
    assert src1["intent_protagonist"] is None and src1["protagonist_evidence"] is None
    assert src1["tag_source_role"] == "uploader"
    prov = {p["field"]: p["method"] for p in src1["generation_provenance"]}
    assert prov["intent_protagonist"] == "rule:no_protagonist"
    assert stats["role_b_subject_not_shown"] == 1


def test_role_b_subject_that_is_no_one_goes_back_to_the_model(tmp_path, clip_media):
    """src1's on-screen text names a presenter; "The review" is no one: the answer goes back
    through a revision turn that says so, and the rewrite about the presenter is kept. (Over a
    quoted speaker such a subject is the speaker, by rule: the test below.)"""
    review = json.dumps({"subject": "The review", "intent": "discuss the film",
                         "action": "presenting the title"})  # fmt: skip
    presenter = json.dumps({"subject": "the presenter", "intent": "share the stage",
                            "action": "showing the title card"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src1"): [review, presenter]})
    rows, fails, stats = run(tmp_path, clip_media, llm, n=2)
    assert fails == [] and stats["role_b_subject_not_shown"] == 0
    out = {r["clip_id"]: r for r in rows}["src1-c000"]
    # kept, with the subject as the sentence's first word
    assert out["intent_protagonist"] == (
        "The presenter aims to share the stage by showing the title card."
    )
    told = [u for u in llm.seen_users if 'the subject "The review"' in u]
    assert len(told) == 1 and '("The presenter")' in told[0]


def test_role_b_about_the_video_itself_goes_back(tmp_path, clip_media):
    """r15-21: someone the clip shows does not make the video: "The presenter aims to appear in
    the video with captions by adding captions to the video" (the demo's trailer, with a
    bunny) goes back, told why; a statement about what the clip shows stays."""
    video = json.dumps({"subject": "The presenter", "intent": "appear in the video with captions",
                        "action": "adding captions to the video"})  # fmt: skip
    stage = json.dumps({"subject": "The presenter", "intent": "share the stage",
                        "action": "showing the title card"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src1"): [video, stage]})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=2)
    out = {r["clip_id"]: r for r in rows}["src1-c000"]
    assert fails == [] and out["intent_protagonist_intent"] == "share the stage"
    told = [u for u in llm.seen_users if "is in the clip, not the one who made it" in u]
    assert len(told) == 1 and "about the video" in told[0]


def test_a_speakers_action_is_their_own_words_and_their_subject_who_speaks(tmp_path, clip_media):
    """Role B over English speech: the action is the speaker's own words, quoted by rule,
    whatever the model wrote (held-back sets 14-17: right kind, wrong thing); a subject the
    speaker talks about goes back, and the prompt showed the quote."""
    words = "Hi, I'm the librarian. [src0] Every Wednesday we read stories for children."
    rabbit = json.dumps({"subject": "The gentle rabbit", "intent": "hear a story",
                         "action": "saying them"})  # fmt: skip
    librarian = json.dumps({"subject": "The librarian",
                            "intent": "get children to listen to stories",
                            "action": "explaining how to read"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [rabbit, librarian]})
    edit = {"src0-c000": {"asr_text": words, "asr_words": 12, "asr_language": "en"}}
    rows, fails, _ = run(tmp_path, clip_media, llm, n=1, edit=edit)
    out = rows[0]
    assert fails == [] and out["speaker_quote"] == (
        "[src0] Every Wednesday we read stories for children"
    )
    assert out["intent_protagonist"] == (
        "The librarian aims to get children to listen to stories by saying "
        '"[src0] Every Wednesday we read stories for children".'
    )
    prov = {p["field"]: p["method"] for p in out["generation_provenance"]}
    assert prov["intent_protagonist_action"] == "rule:speaker_quote"
    asked = [u for u in llm.seen_users if "Quoted (the speaker's words" in u and "[src0]" in u]
    assert asked and '"[src0] Every Wednesday we read stories for children"' in asked[0]
    told = [u for u in llm.seen_users if 'the subject "The gentle rabbit"' in u]
    assert len(told) == 1
    # v14: asked what they want of their listeners, without the uploader's text; role A reads it
    assert "what do they want their listeners to do, know or feel?" in asked[0]
    assert f"Uploader's text: {LEFT_OUT}" in asked[0]
    role_a = [u for u in llm.seen_users if "Uploader's text" in u and "Quoted (" not in u]
    assert role_a and all(LEFT_OUT not in u for u in role_a)

    # A subject that names no one ("The Town Council") is the speaker, by rule: here what
    # they say they are (held-back set 18: kept through every revision turn). So is one the
    # clip never says they are ("The bus driver"; held-back set 37: "The bus driver aims to
    # advise passengers ..." over a voice).
    def answer_as(subject: str) -> str:
        return json.dumps({"subject": subject, "intent": "get children to listen to stories",
                           "action": "saying them"})  # fmt: skip

    council = answer_as("The Town Council")
    for subject in ("The Town Council", "The bus driver"):
        llm = ScriptedLLM({("intent_protagonist", "src0"): [answer_as(subject)]})
        rows, _, _ = run(tmp_path / subject.split()[-1], clip_media, llm, n=1, edit=edit)
        assert rows[0]["intent_protagonist"].startswith("The librarian aims to get children to")
        prov = {p["field"]: p["method"] for p in rows[0]["generation_provenance"]}
        assert prov["intent_protagonist_subject"] == "rule:speaker"
        assert llm.calls.count(("intent_protagonist", "src0")) == 1

    # An intent that is nothing the speaker wants of their listeners goes back, told so
    # (r15-9, held-back set 23: "The speaker aims to clear the snow by saying ...").
    snow = json.dumps({"subject": "The librarian", "intent": "read the stories",
                       "action": "saying them"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [snow, council]})
    rows, _, _ = run(tmp_path / "unaddressed", clip_media, llm, n=1, edit=edit)
    assert rows[0]["intent_protagonist_intent"] == "get children to listen to stories"
    told = [u for u in llm.seen_users if "a speaker acts on those who hear them" in u]
    assert len(told) == 1 and '"read the stories"' in told[0]
    # r15-33: told the words they hear (held-back sets 72, 74)
    assert 'who hear "[src0] Every Wednesday we read stories for children"' in told[0]

    # Words not known (German speech is not handed on as words): nothing to write but
    # invention, so no role B, counted; the model is not asked.
    llm = ScriptedLLM()
    edit = {"src0-c000": {"asr_language": "de"}}
    rows, _, stats = run(tmp_path / "de", clip_media, llm, n=1, edit=edit)
    assert rows[0]["intent_protagonist"] is None and rows[0]["speaker_quote"] is None
    assert stats["role_b_speech_not_quoted"] == 1
    assert ("intent_protagonist", "src0") not in llm.calls


def test_a_still_cards_role_a_action_is_what_the_card_says(tmp_path, clip_media):
    """Over a still card the picture is its words: role A's action cites them, by rule, as a
    speaker's role B cites their words (held-back sets 14-17: 11 of 17 card statements were
    withheld for claiming footage, "by showing May ... leading them"). Over moving footage
    the model's own action stands."""
    filmed = json.dumps({"intent": "promote the title",
                         "action": "showing the presenter leading the choir"})  # fmt: skip
    llm = ScriptedLLM({("intent_uploader", "src0"): [filmed] * 3,
                       ("intent_uploader", "src1"): [filmed] * 3})  # fmt: skip
    still = {"frame_paths": [str(clip_media["red"])] * 12}
    llm.script[("intent_uploader", "src2")] = [filmed] * 3
    edit = {"src0-c000": still, "src2-c000": notice(clip_media)}
    rows, fails, _ = run(tmp_path, clip_media, llm, n=3, edit=edit)
    by = {r["clip_id"]: r for r in rows}
    card = by["src0-c000"]
    assert fails == [] and card["intent_uploader"] == (
        'The uploader aims to promote the title by showing a card that reads "[src0] TITLE CARD".'
    )
    prov = {p["field"]: p["method"] for p in card["generation_provenance"]}
    assert prov["intent_uploader_action"] == "rule:card_text"
    assert llm.calls.count(("intent_uploader", "src0")) == 1  # nothing to send back
    # a notice is not there to entertain (notices.notice_misread): back, then withheld
    fun = json.dumps({"intent": "entertain viewers", "action": "showing it"})
    llm = ScriptedLLM({("intent_uploader", "src0"): [fun] * 3})
    pets = still | {"category": "pets & animals"}
    again, _, _ = run(tmp_path / "pets", clip_media, llm, n=1, edit={"src0-c000": pets})
    assert again[0]["intent_uploader"] is None
    assert "a still card with a notice on it" in again[0]["intent_uploader_withheld"]
    # A misreading goes back, told what the card is, and the rewrite stands: a found thing read
    # as lost (r15-12); an intent naming another word than the one its headline is about
    # (r15-22); teaching over a dated card filed under education, an intent that leaves out
    # what the uploader's description asks for (r15-23)
    for name, card, first, rewrite, told, extra in (
        ("keys", "FOUND KEYS\nsilver keyring - ask at reception", "help people find lost keys",
         "help the owner get the keys back", "the card reads FOUND", {}),
        ("clinic", "BIKE REPAIR CLINIC\nThursday 5 pm - the library", "help people find a bike",
         "get bikes repaired at the clinic", 'headline is "BIKE REPAIR CLINIC"', {}),
        ("reading", "SUMMER READING\nfrom July - the library", "teach children about reading",
         "promote summer reading at the library", "says when what it names happens",
         {"category": "education"}),
        ("pantry", "PANTRY OPEN\nFridays 4 pm - the church hall", "promote the pantry",
         "find helpers for the pantry", "the uploader writes they need helpers",
         {"description": "Helpers wanted."}),
        # a MISSING card's thing named (r15-24)
        ("sheep", "MISSING SHEEP\ntwo ewes - Top Farm", "share information about a farm",
         "help find the missing sheep", 'the card reads "MISSING SHEEP"', {}),
    ):  # fmt: skip
        answers = [json.dumps({"intent": i, "action": "showing it"}) for i in (first, rewrite)]
        llm = ScriptedLLM({("intent_uploader", "src0"): answers})
        edit = {"src0-c000": still | {"ocr_text": card} | extra}
        mended, _, _ = run(tmp_path / name, clip_media, llm, n=1, edit=edit)
        assert mended[0]["intent_uploader_intent"] == rewrite, name
        assert sum(told in u for u in llm.seen_users) == 1, name
        assert llm.calls.count(("intent_uploader", "src0")) == 2, name
    # a moving picture no model saw: its part of the video (r15-3)
    assert by["src1-c000"]["intent_uploader_action"] == "showing one of its parts"
    # a still notice too long to cite: the model's action, and its footage claim goes back
    assert by["src2-c000"]["intent_uploader"] is None
    assert "the picture is a still card" in by["src2-c000"]["intent_uploader_withheld"]


def test_one_bad_request_does_not_sink_the_batch(tmp_path, clip_media, monkeypatch):
    # the factual elements' joint batch, then factual_text's own batch, then src2 alone
    llm = ScriptedLLM({("factual_text", "src2"): ["BACKEND_ERROR"] * 3})
    rows, fails, _ = run(tmp_path, clip_media, llm, n=3, cache=False)
    assert [f["cause"] for f in fails] == ["backend_error"]
    assert "context too long" in fails[0]["message"]
    assert {r["clip_id"] for r in rows} == {"src0-c000", "src1-c000"}


def test_independent_steps_share_each_turns_batch(tmp_path, clip_media):
    """The factual elements go to the model in one batch, and so do the two intents and the
    tags, their revision turns included; a sample that fails one of them (src1's uploader
    intent, malformed after its repairs) is one failures row and gets no other answer
    applied, as if the steps ran one after another."""
    poor = json.dumps({"subject": "The presenter", "intent": "thank the presenter",
                       "action": "reading aloud"})  # fmt: skip
    better = json.dumps({"subject": "The presenter", "intent": "inform viewers about chapter one",
                         "action": "reading the card aloud"})  # fmt: skip
    # src1's presenter is shown on stage, not heard: an answer from what its notes show
    stage = json.dumps({"subject": "The presenter", "intent": "share the stage",
                        "action": "reading the title card"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [poor, better],
                       ("intent_protagonist", "src1"): [stage],
                       ("intent_uploader", "src1"): ["not json"] * 3})  # fmt: skip
    rows, fails, _ = run(tmp_path, clip_media, llm, n=2, cache=False)
    assert [f["clip_id"] for f in fails] == ["src1-c000"] and len(rows) == 1
    assert (
        rows[0]["intent_protagonist_intent"] == "inform viewers about chapter one"
    )  # the rewrite's
    factual = [b for b in llm.batches if any(s.startswith("factual_") for s in b)]
    assert len(factual) == 1 and len(factual[0]) > 1
    # turn 0: both intents and the tags; turns 1 and 2: src0's revision beside src1's repairs
    assert llm.batches[-3:] == [
        ["intent_protagonist", "intent_uploader", "tags"],
        ["intent_protagonist", "intent_uploader"],
        ["intent_uploader"],
    ]


def test_an_unsupported_qualifier_is_cut_from_a_kept_intent(tmp_path, clip_media):
    """r15-35: an intent whose one unsupported word only qualifies a noun ("lovely") is kept
    without it after its turns, and its provenance names the rule that cut it; with two
    unsupported words it is withheld as before."""
    lovely = json.dumps({"subject": "The presenter",
                         "intent": "inform viewers about the lovely chapter one",
                         "action": "reading the card aloud"})  # fmt: skip
    twice = json.dumps({"subject": "The presenter",
                        "intent": "inform viewers about the lovely purple chapter one",
                        "action": "reading the card aloud"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [lovely] * 3,
                       ("intent_protagonist", "src1"): [twice] * 3})  # fmt: skip
    rows, fails, _ = run(tmp_path, clip_media, llm, n=2)
    by = {r["clip_id"]: r for r in rows}
    assert fails == [] and len(rows) == 2
    cut = by["src0-c000"]
    assert cut["intent_protagonist_intent"] == "inform viewers about the chapter one"
    assert "lovely" not in cut["intent_protagonist"]
    methods = {(p["field"], p["method"]) for p in cut["generation_provenance"]}
    assert ("intent_protagonist_intent", "rule:unsupported_qualifier_dropped") in methods
    assert by["src1-c000"]["intent_protagonist"] is None  # two words: withheld
    assert any("shows 'lovely'" in u for u in llm.seen_users)  # each went back first


def test_degenerate_intents_are_sent_back_told_why(tmp_path, clip_media):
    """src0: restates its subject, then writes a good rewrite (kept). src1: restates it three
    times (withheld: null, with what it was told; with withhold_unrevised off, the first answer
    is kept), counted either way. With revise off, nothing is sent back."""
    poor = json.dumps({"subject": "The presenter", "intent": "thank the presenter",
                       "action": "reading aloud"})  # fmt: skip
    better = json.dumps({"subject": "The presenter", "intent": "inform viewers about chapter one",
                         "action": "reading the card aloud"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [poor, better],
                       ("intent_protagonist", "src1"): [poor] * 3})  # fmt: skip
    rows, fails, stats = run(tmp_path, clip_media, llm, n=2)
    by = {r["clip_id"]: r for r in rows}
    assert fails == [] and len(rows) == 2
    assert (
        by["src0-c000"]["intent_protagonist_intent"] == "inform viewers about chapter one"
    )  # the rewrite's
    assert by["src0-c000"]["intent_protagonist_withheld"] is None
    held = by["src1-c000"]
    assert held["intent_protagonist"] is None and held["intent_protagonist_intent"] is None
    withheld = held["intent_protagonist_withheld"]
    assert withheld.startswith('"The presenter aims to thank the presenter by reading aloud."')
    assert 'names "The presenter" again' in withheld
    assert held["protagonist_evidence"]  # a protagonist is shown: not no_protagonist
    prov = {p["field"]: p for p in held["generation_provenance"]}
    assert prov["intent_protagonist"]["method"] == "rule:withheld"
    assert quality(rows)["withheld_by_role"] == {"uploader": 0, "protagonist": 1}
    step = stats["steps"]["intent_protagonist"]
    assert step["revised"] == 3 and step["kept_unrevised"] == 1
    assert llm.calls.count(("intent_protagonist", "src1")) == 3
    assert any('names "The presenter" again' in u for u in llm.seen_users)

    # A first answer whose only fault is one word the notes do not show is kept (KEPT_KINDS)
    # when that word is no noun or verb; with two or more it is a guess, and withheld (r15-27:
    # held-back sets 44-55), and so is one noun or verb, the claim itself (r15-37).
    card = "showing the red title card"
    one = json.dumps({"intent": "explain the red card carefully", "action": card})
    llm = ScriptedLLM({("intent_uploader", "src0"): [one] * 3})
    rows, _, stats = run(tmp_path / "far", clip_media, llm, n=1)
    assert llm.calls.count(("intent_uploader", "src0")) == 3
    assert rows[0]["intent_uploader_intent"] == "explain the red card carefully"
    assert rows[0]["intent_uploader_withheld"] is None
    assert stats["steps"]["intent_uploader"]["kept_unrevised"] == 1
    noun = json.dumps({"intent": "explain volcanoes", "action": card})
    llm = ScriptedLLM({("intent_uploader", "src0"): [noun] * 3})
    rows, _, _ = run(tmp_path / "noun", clip_media, llm, n=1)
    assert rows[0]["intent_uploader"] is None
    assert "nothing in the notes shows 'volcanoes'" in rows[0]["intent_uploader_withheld"]
    far = json.dumps({"intent": "explain volcanic eruptions", "action": "showing glowing lava"})
    llm = ScriptedLLM({("intent_uploader", "src0"): [far] * 3})
    rows, _, _ = run(tmp_path / "farther", clip_media, llm, n=1)
    assert rows[0]["intent_uploader"] is None
    assert "nothing in the notes shows" in rows[0]["intent_uploader_withheld"]
    # Role B keeps no such answer (r15-22): a motive the notes do not give is withheld.
    motive = json.dumps({"subject": "The presenter", "intent": "share her love for volcanoes",
                         "action": "reading the card aloud"})  # fmt: skip
    llm = ScriptedLLM({("intent_protagonist", "src0"): [motive] * 3})
    rows, _, _ = run(tmp_path / "motive", clip_media, llm, n=1)
    assert llm.calls.count(("intent_protagonist", "src0")) == 3
    assert rows[0]["intent_protagonist"] is None
    withheld = rows[0]["intent_protagonist_withheld"]
    assert "nothing in the notes shows 'love', 'volcanoes'" in withheld
    # Of answers that all fail so, the one with fewest unsupported words is kept; one whose
    # fault is of another kind (a restated subject) is not kept over them.
    four, light, three = (json.dumps({"intent": i, "action": card}) for i in (
        "explain volcanic eruptions and lava flows", "explain the red card carefully",
        "explain glowing lava flows"))  # fmt: skip
    lava = json.dumps({"intent": "explain the red card slowly", "action": card})
    restated = json.dumps({"intent": "thank the uploader", "action": card})
    llm = ScriptedLLM({("intent_uploader", "src0"): [four, light, three],
                       ("intent_uploader", "src1"): [restated, three, lava]})  # fmt: skip
    rows, _, _ = run(tmp_path / "light", clip_media, llm, n=2)
    by = {r["clip_id"]: r for r in rows}
    assert by["src0-c000"]["intent_uploader_intent"] == "explain the red card carefully"
    assert by["src1-c000"]["intent_uploader_intent"] == "explain the red card slowly"
    assert by["src1-c000"]["intent_uploader_withheld"] is None

    # Both faults: words the notes do not show, and speaking where nobody speaks (src1 has no
    # speech; a still notice too long to cite, so the action is the model's). The claim is
    # found first and names the fault: withheld, not kept.
    both = json.dumps({"intent": "explain volcanic eruptions",
                       "action": "telling about glowing lava"})  # fmt: skip
    llm = ScriptedLLM({("intent_uploader", "src1"): [both] * 3})
    rows, _, _ = run(
        tmp_path / "both", clip_media, llm, n=2, edit={"src1-c000": notice(clip_media)}
    )
    src1 = {r["clip_id"]: r for r in rows}["src1-c000"]
    assert src1["intent_uploader"] is None
    assert src1["intent_uploader_withheld"].startswith(
        '"The uploader aims to explain volcanic eruptions by telling about glowing lava.": '
        'nobody speaks in the clip, so the action cannot be "telling"'
    )

    # Kept, not withheld, when asked: the same cached answers, the first one written.
    kept = ScriptedLLM()
    rows, _, _ = run(tmp_path, clip_media, kept, n=2, withhold_unrevised=False)
    by = {r["clip_id"]: r for r in rows}
    assert by["src1-c000"]["intent_protagonist_intent"] == "thank the presenter"
    assert by["src1-c000"]["intent_protagonist_withheld"] is None
    assert ("intent_protagonist", "src1") not in kept.calls

    # The same requests with three turns are other answers: the cache keys on the turns.
    again = ScriptedLLM({("intent_protagonist", "src1"): [poor] * 4})
    run(tmp_path, clip_media, again, n=2, max_retries=3)
    assert again.calls.count(("intent_protagonist", "src1")) == 4
    assert ("factual_text", "src1") not in again.calls  # unrevised steps still come from cache

    # Role A copies six words of the uploader's text (which the text element repeats): the
    # rewrite's request shows them cut to their last three, and says why.
    copying = json.dumps({"intent": "present src0 a red test clip number 0 to everyone",
                          "action": "reading the card aloud"})  # fmt: skip
    own = json.dumps(
        {"intent": "inform viewers about chapter one", "action": "reading the card aloud"}
    )
    element = json.dumps({"text": "The uploader wrote: [src0] A red test clip, number 0."})
    llm = ScriptedLLM({("intent_uploader", "src0"): [copying, own],
                       ("factual_text", "src0"): [element]})  # fmt: skip
    rows, _, _ = run(tmp_path / "copy", clip_media, llm, n=1)
    rewrite = [u for (step, _), u in zip(llm.calls, llm.seen_users, strict=True)
               if step == "intent_uploader"][1]  # fmt: skip
    assert "Uploader's text: The uploader wrote: [clip, number 0." in rewrite
    assert 'copies "src0 a red test clip number 0"' in rewrite
    assert rows[0]["intent_uploader_intent"] == "inform viewers about chapter one"

    off = ScriptedLLM({("intent_protagonist", "src0"): [poor, better]})
    rows, _, stats = run(tmp_path / "off", clip_media, off, n=1, revise=False)
    assert rows[0]["intent_protagonist_intent"] == "thank the presenter"
    assert stats["steps"]["intent_protagonist"]["revised"] == 0


def test_people_by_kin_or_trade_are_people_too():
    """r15-32c: "A mother swaps her children's toys at the nursery" over a TOY SWAP card whose
    voice speaks of children only (held-back set 72)."""
    from videomind.generation.grounding import people_invented

    row = {"ocr_text": "TOY SWAP\nSaturday 10 am - the nursery", "title": "Toy swap",
           "asr_text": "Swap the toys your children have outgrown at the nursery on Saturday.",
           "asr_words": 12, "asr_status": "ok"}  # fmt: skip
    summary = "A mother swaps her children's toys at the nursery on Saturday."
    assert people_invented(summary, row, ()) == ["mother"]
    said = row | {"asr_text": "The mother and toddler group swaps children's toys at the nursery."}
    assert people_invented(summary, said, ()) == []


def test_a_person_by_any_noun_wordnet_files_under_persons_is_a_person():
    """r15-33: "A young cyclist ... is presented with an announcement" over a FOUND SCHOOL BAG
    card (held-back set 73); a verb ("they host") and a club's members name no one invented."""
    from videomind.generation.grounding import people_invented, person_word

    row = {"ocr_text": "FOUND SCHOOL BAG\nblue - ask at the bus station",
           "title": "Found school bag", "category": "people & blogs"}  # fmt: skip
    summary = "A young cyclist is shown a notice about a school bag found at the bus station."
    assert people_invented(summary, row, ()) == ["cyclist"]
    assert people_invented(summary, row | {"description": "Left by a cyclist."}, ()) == []
    assert person_word("librarian") and person_word("women")
    assert not person_word("host") and not person_word("members")
    assert not person_word("viewers") and not person_word("bag")
    # speech heard, though not made out, has someone speaking (set 77)
    unheard = {"title": "Nimalaj umul", "asr_status": "low_confidence", "asr_text": ""}
    assert people_invented("A narrator tells a story.", unheard, ()) == []
    silent = unheard | {"asr_status": "no_speech"}
    assert people_invented("A narrator tells a story.", silent, ()) == ["narrator"]
