"""The ASR stage's sentence scorer (modalities/asr.py): a language model reads each trusted
English sentence, and one it finds unlikely is not handed to the generator as said."""

from __future__ import annotations

import math
import subprocess

import pyarrow.parquet as pq
import pytest
from conftest import ROOT, stage_job
from tiny_models import build_tiny_causal_lm

from videomind.backends.registry import load
from videomind.core.io import write_parquet
from videomind.core.records import said, to_table
from videomind.core.text import sentences, words
from videomind.modalities.asr import MIN_LOGPROB, heard, rescore, run_asr, sentence_scores
from videomind.workflow.configs import load_config
from videomind.workflow.resources import all_job_resources, rule_envs

QWEN05 = {"backend": "llama_cpp", "model": "packaged:qwen2.5-coder-0.5b-instruct"}


@pytest.fixture(scope="module")
def scorer():
    return load("text_scorer", QWEN05, threads=2, key="asr.rescore")


def test_a_sentence_heard_wrong_scores_below_the_same_sentence_heard_right(scorer):
    """Whisper base's hearings of espeak voices on held-back sets 21 and 25, against the
    scripts: each misheard one is below the bound, its script above it."""
    pairs = [("Our car mood sale is back this Saturday market feels.",
              "Our car boot sale is back this Saturday."),
             ("Stay from the quim afterwards.",
              "Please stay for the quiz afterwards.")]  # fmt: skip
    misheard = scorer.logprobs([m for m, _ in pairs], 'Someone says: "')
    right = scorer.logprobs([r for _, r in pairs], 'Someone says: "')
    assert all(m < MIN_LOGPROB < r for m, r in zip(misheard, right, strict=True))
    assert "Qwen2.5-Coder-0.5B" in scorer.model and "Apache-2.0" in scorer.model


def test_rescore_hides_unlikely_sentences_and_leaves_fragments_unscored(scorer):
    text = ("Hi, I'm Nurse … Rivera. Our car mood sale is back this Saturday market feels. "
            "Please bring your family and friends.")  # fmt: skip
    likely, unlikely = rescore(text, scorer, "Car boot sale", MIN_LOGPROB)
    assert unlikely == ["Our car mood sale is back this Saturday market feels."]
    assert likely == "Hi, I'm Nurse … Rivera. … Please bring your family and friends."
    # under four words: not scored (a gap before a capital ends a sentence)
    scored = sentence_scores(sentences(text), scorer, "Car boot sale")
    assert [s for s in sentences(text) if s not in scored] == ["Hi, I'm Nurse …", "Rivera."]
    assert all(math.isfinite(v) and v < 0 for v in scored.values())
    # a hidden sentence after one that ends in a gap takes no second "…"
    gapped, _ = rescore("Please fill a kettle … " + text.split(". ", 1)[1], scorer, None,
                           MIN_LOGPROB)  # fmt: skip
    assert "… …" not in gapped


def test_a_sentence_with_gaps_is_scored_as_whisper_heard_it(scorer):
    """A "…" is our mark, not speech: the 0.5B scored the right "Mill … is closed until Friday
    while the water main is replaced." at -6.2 (held-back set 29). Each gap is filled from
    Whisper's transcript: inside, at the start (back to the sentence before) and at the end."""
    raw = (
        "Mill Lane is closed until Friday while the water main is replaced. Uses will stop "
        "on church, treat instead. Please put your green bin out of the night before."
    )
    assert heard("Mill … is closed until Friday while the water main is replaced.", raw) == (
        "Mill Lane is closed until Friday while the water main is replaced."
    )
    assert heard("… will stop on church, treat instead.", raw) == (
        "Uses will stop on church, treat instead."
    )
    assert heard("Please put your green … out … the … before.", raw) == (
        "Please put your green bin out of the night before."
    )
    assert heard("Please put your green …", raw) == (
        "Please put your green bin out of the night before."
    )
    assert (
        heard(
            "If you are healthy and over … please come.",
            "If you are healthy and over-18, please come.",
        )
        == "If you are healthy and over-18, please come."
    )
    # no gap, nothing to place it by, or not found: the sentence itself
    assert heard("Uses will stop.", raw) == "Uses will stop."
    assert heard("…", raw) == "…"
    assert heard("Nobody … this.", raw) == "Nobody … this."
    gapped = "Mill … is closed until Friday while the water main is replaced."
    by_gap = sentence_scores([gapped], scorer, "Road closed")[gapped]
    by_ear = sentence_scores([gapped], scorer, "Road closed", raw)[gapped]
    assert by_gap < MIN_LOGPROB < by_ear


def test_the_asr_stage_hides_only_what_whisper_misheard(tmp_path, scorer):
    """Real Whisper base on espeak speech, the real 0.5B reading its sentences: a sentence heard
    as written is kept, any sentence hidden is one Whisper heard wrong (here it wrote "Children
    can follow free books each week"), and the record names the language model."""
    script = ["The library opens early every morning.",
              "Children can borrow three books each week."]  # fmt: skip
    wav = tmp_path / "en.wav"
    subprocess.run(["espeak-ng", "-v", "en", "-w", str(wav), " ".join(script)], check=True)
    clips = [{"clip_id": "s-en", "source_id": "s", "has_audio": True, "audio_path": str(wav)}]
    write_parquet(to_table("clips", clips), tmp_path / "clips.parquet")
    whisper = load("asr", {"backend": "faster-whisper", "model": "packaged:whisper-base"})
    out = {"table": str(tmp_path / "asr.parquet"), "failures": str(tmp_path / "f.parquet")}
    params = {"asr": {"rescore": QWEN05 | {"min_logprob": MIN_LOGPROB}}}
    run_asr(stage_job({"clips": str(tmp_path / "clips.parquet")}, out, params,
                      backends={"asr": whisper, "text_scorer": scorer}))  # fmt: skip
    (row,) = pq.read_table(out["table"]).to_pylist()
    norm = [" ".join(words(s)) for s in script]
    assert row["asr_status"] == "ok" and norm[0] in " ".join(words(said(row)))
    assert all(" ".join(words(s)) not in norm for s in row["asr_unlikely_sentences"])
    assert all(s not in said(row) for s in row["asr_unlikely_sentences"])
    assert row["asr_lm_backend"] == "llama_cpp" and row["asr_lm_model"] == scorer.model


def test_the_transformers_scorer_loads_a_causal_lm_of_the_paper_family(tmp_path):
    """The GPU path's class on a tiny random-init Qwen2 (its scores are noise): one finite
    mean log-probability per text, the context changes it, and an empty text scores 0."""
    folder = build_tiny_causal_lm(tmp_path / "lm")
    tiny = load("text_scorer", {"backend": "transformers", "model": str(folder),
                                "device": "cpu"}, key="asr.rescore")  # fmt: skip
    # (the tiny tokenizer, reloaded as Qwen2's, reads few of its words)
    a, b, empty = tiny.logprobs(["subject intent action", "a subject", ""], "a subject")
    assert math.isfinite(a) and math.isfinite(b) and a < 0 and b < 0 and empty == 0.0
    assert tiny.logprobs(["subject intent action"])[0] != a  # after BOS, not the context
    assert tiny.backend == "transformers" and tiny.model == "lm"


def test_the_scorer_runs_in_the_asr_job_on_the_cpu_and_in_its_env():
    offline = load_config()
    assert offline["asr"]["rescore"]["model"] == QWEN05["model"]
    resources = all_job_resources(offline)
    res = resources["asr"]
    assert (res.gpu, res.device) == (0, "cpu") and "llama_cpp runs on the CPU" in res.why
    env = (ROOT / rule_envs(offline, resources)["asr"]).read_text()
    assert "llama-cpp-python==" in env  # the job imports it after its queue wait
    on_gpu = load_config({"asr": {"rescore": {"backend": "transformers", "model": "/m/lm"}}})
    resources = all_job_resources(on_gpu)
    assert (resources["asr"].gpu, resources["asr"].device) == (1, "cuda")
    assert "transformers==" in (ROOT / rule_envs(on_gpu, resources)["asr"]).read_text()
    assert load_config(ROOT / "config" / "paper.yaml")["asr"]["rescore"] is None
