"""End to end: the real Snakemake workflow on small real media, local files and URLs mixed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from conftest import ROOT, SNAKEMAKE, Background, release_text, shipped_config, snakemake_cmd

from videomind.core.records import SCHEMA_VERSION
from videomind.generation.abstract import NOTHING_HEARD
from videomind.generation.evidence import living_nouns
from videomind.generation.grounding import EMPTY_SENTENCES
from videomind.generation.prompts import load_prompt

pytestmark = pytest.mark.slow
# Emoji, right-to-left text, markup and a control character in one title.
UNRULY_TITLE = "Bunny 🐰 ארנב <script>alert(1)</script>\x07 excerpt"
# One campaigning sentence inside a long description: the screen must find it and exclude.
CAMPAIGN = "Vote for our party in the election and join the campaign rally! "


def run_snakemake(workdir: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = snakemake_cmd(workdir, "--cores", "2", *args)
    return subprocess.run(cmd, capture_output=True, text=True, env=os.environ | {"CI": "true"})


def start_early(request) -> Background:
    """The run every test here reads: local files and URLs mixed, with every kind of bad row.
    It starts with the session (conftest's ``early``) and runs beside the tests before these."""
    demo_corpus = request.getfixturevalue("demo_corpus")
    http_server = request.getfixturevalue("http_server")
    scenes_video = request.getfixturevalue("scenes_video")
    work = request.getfixturevalue("tmp_path_factory").mktemp("workflow")
    media = work / "media"
    media.mkdir()
    for name in ("trailer_bbb.mp4", "speech_reading.mp4", "skv_bigbuckbunny.mp4",
                 "skv_carphone.mp4"):  # fmt: skip
        os.symlink(demo_corpus / name, media / name)
    (media / "corrupt.mp4").write_bytes(os.urandom(50_000))
    (work / "manifest.tsv").write_text(
        "id\turl\tpath\tcategory\ttitle\tdescription\n"
        "trailer\t\tmedia/trailer_bbb.mp4\tfilm\tBig Buck Bunny trailer\tCaptioned trailer\n"
        "speech\t\tmedia/speech_reading.mp4\teducation\tA reading\tAusten, chapter 1\n"
        "skv_bbb\t\tmedia/skv_bigbuckbunny.mp4\tfilm\t"
        f"{UNRULY_TITLE}\t{'long words ' * 200}{CAMPAIGN}{'long words ' * 1800}\n"
        "short\t\tmedia/skv_carphone.mp4\tpeople\tCarphone\tFour seconds only\n"
        f"web/../scenes\t{http_server.base}/{scenes_video.name}\t\t\t\t\n"
        f"gone\t{http_server.base}/status/404.mp4\t\t\t\t\n"
        "broken\t\tmedia/corrupt.mp4\tmisc\tBroken\tRandom bytes\n"
        "trailer\t\tmedia/trailer_bbb.mp4\tfilm\tDuplicate\tSame id again\n"
        "nowhere\t\t\tmisc\tNo location\t\n"
        "lost\t\tmedia/not_there.mp4\tmisc\tMissing file\t\n"
    )
    config = shipped_config(manifest="manifest.tsv", shards=2)
    config["download"].update(retries=1, backoff=0.01)
    # SmolLM2 (the plumbing model) as generator, and as verifier with the example-free
    # verifier prompts, agrees little: with intent prompts v7/v6 the samples' lower role
    # similarities were -0.03, -0.002, 0.0004, 0.03, 0.07 and 0.57, and 0.0 split them. After
    # the changes of r14 (cause not isolated: role A's verifier answers moved) they are -0.029
    # (three trailer clips), -0.024, -0.014 and 0.77, the same under protagonist prompts v10 and
    # v11: -0.02 splits the run into released and failed_pre samples. After stop 46's factual
    # elements held to their input's words they are 0.013 (the trailer's second clip), 0.021,
    # 0.030, 0.039, 0.10 and 0.32: 0.016 splits them. The release tests need one failed_pre
    # sample, and two pending ones, as the rater test rejects one of them.
    config["verify"]["pre"]["threshold"] = PRE_THRESHOLD
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    return Background(snakemake_cmd(work, "--cores", "2"), work)


# The run's pre-verification threshold (the function above says why this value).
PRE_THRESHOLD = 0.016


@pytest.fixture(scope="module")
def run(early):
    return early[__name__].succeeded("snakemake")


def samples(work: Path) -> list[dict]:
    return pq.read_table(work / "results" / "samples.parquet").to_pylist()


def test_clips_are_at_least_5_seconds_with_12_frames(run):
    rows = samples(run)
    by_source = {}
    for r in rows:
        by_source.setdefault(r["source_id"], []).append(r)
    assert set(by_source) == {"trailer", "speech", "skv_bbb", "web_scenes"}
    assert len(by_source["web_scenes"]) == 2  # 6 s and 7 s scenes; the 2 s one is dropped
    assert len(rows) >= 6
    for r in rows:
        assert r["duration"] >= 5.0 - 1e-3, r["clip_id"]
        assert len(r["frame_paths"]) == 12 and len(r["frame_times"]) == 12
        assert all((run / p).is_file() for p in r["frame_paths"])
        assert all(0 <= t <= r["duration"] for t in r["frame_times"])
        assert (run / r["clip_path"]).is_file()
        assert r["has_audio"] and (run / r["audio_path"]).is_file()
        assert r["text"], r["clip_id"]
        assert r["schema_version"] == SCHEMA_VERSION


def test_asr_and_ocr_where_expected(run):
    rows = {r["clip_id"]: r for r in samples(run)}
    speech = rows["speech-c000"]
    assert "dashwood" in speech["asr_text"].lower() and speech["asr_words"] > 40
    # the shipped default: multilingual Whisper base, which names the language it heard
    assert speech["asr_backend"] == "faster-whisper" and "Whisper base" in speech["asr_model"]
    assert speech["asr_language"] == "en"
    assert "sense and sensibility" in speech["ocr_text"].lower()
    trailer_ocr = " ".join(
        r["ocr_text"] or "" for r in rows.values() if r["source_id"] == "trailer"
    )
    assert "blender" in trailer_ocr.lower() or "bunny" in trailer_ocr.lower()
    assert all(r["ocr_backend"] == "rapidocr" for r in rows.values())
    # The generated test video has a sine tone and no speech: VAD keeps it empty.
    assert all(r["asr_text"] == "" for r in rows.values() if r["source_id"] == "web_scenes")


def test_unruly_metadata_is_kept_clean_and_bounded(run):
    row = next(r for r in samples(run) if r["source_id"] == "skv_bbb")
    assert row["title"] == "Bunny 🐰 ארנב <script>alert(1)</script> excerpt"
    assert 4990 <= len(row["description"]) <= 5000 and row["description"].endswith("…")
    assert row["text"].startswith(row["title"]) and len(row["text"]) <= 5000


def test_url_source_keeps_yt_dlp_metadata(run):
    sources = {
        s["source_id"]: s for s in pq.read_table(run / "results/sources.parquet").to_pylist()
    }
    web = sources["web_scenes"]
    assert web["raw_id"] == "web/../scenes" and web["origin"] == "url"
    assert web["fetch_backend"].startswith("yt-dlp") and web["text_source"] == "info.json"
    assert json.loads((run / web["info_path"]).read_text())["title"]


def test_every_bad_input_is_accounted_for(run):
    failures = pq.read_table(run / "results" / "failures.parquet").to_pylist()
    got = {(f["stage"], f["source_id"], f["cause"]) for f in failures}
    assert ("fetch", "gone", "unavailable") in got
    assert ("fetch", "broken", "unreadable_media") in got
    assert ("scenes", "short", "no_valid_clip") in got
    assert ("manifest", "trailer", "duplicate_id") in got
    assert ("manifest", "nowhere", "missing_location") in got
    assert ("fetch", "lost", "missing_file") in got
    for f in failures:
        assert f["message"] and f["cause"]
    funnel = json.loads((run / "results" / "funnel.json").read_text())
    assert funnel["manifest_rows"] == 10 and funnel["sources"] == 8
    assert all(funnel["checks"].values()), funnel["checks"]
    # asr.rescore: the sentences the 0.5B found unlikely are counted, and every transcript
    # says which model read it
    samples = pq.read_table(run / "results" / "samples.parquet").to_pylist()
    hidden = [len(r["asr_unlikely_sentences"] or []) for r in samples]
    assert funnel["asr_sentences_hidden"] == sum(hidden)
    assert funnel["asr_clips_with_hidden_sentences"] == sum(1 for n in hidden if n)
    assert all("Qwen2.5-Coder-0.5B" in r["asr_lm_model"] for r in samples
               if r["asr_status"] == "ok")  # fmt: skip


FACTUAL = ["factual_visual", "factual_audio", "factual_ocr", "factual_asr", "factual_text"]
ABSTRACT = ["abstract_summary", "abstract_subject", "abstract_place", "abstract_time",
            "abstract_event"]  # fmt: skip


def test_every_clip_gets_three_layers_and_six_tags(run):
    dataset = pq.read_table(run / "results" / "dataset.parquet").to_pylist()
    failures = pq.read_table(run / "results" / "failures.parquet").to_pylist()
    failed = {f["clip_id"] for f in failures if f["stage"] == "generate"}
    screened = pq.read_table(run / "results" / "screen.parquet").to_pylist()
    excluded = {d["clip_id"] for d in screened if d["screen_excluded"]}
    clips = {r["clip_id"] for r in samples(run)} - excluded
    assert {r["clip_id"] for r in dataset} | failed == clips and not failed & {
        r["clip_id"] for r in dataset
    }
    assert len(dataset) >= len(clips) - 1, failures  # the small model may fail one, not more
    for r in dataset:
        for key in FACTUAL + ABSTRACT:
            assert r[key], (r["clip_id"], key)
        # role B only where the clip itself shows a protagonist: the reading's speech, or
        # on-screen text naming one (and then only about it); a title naming a bunny is not
        # enough for a text-only model, and the tone-and-colour test video shows nobody
        speaker = r["asr_status"] == "ok" and r["asr_words"] >= 3
        own = speaker or bool(living_nouns(r["ocr_text"]))
        assert own or r["protagonist_evidence"] is None, r["clip_id"]
        assert (r["protagonist_evidence"] is None) == (r["intent_protagonist"] is None)
        if r["source_id"] in ("speech", "web_scenes"):
            assert (
                (r["protagonist_evidence"] is not None) == speaker == (r["source_id"] == "speech")
            ), r["clip_id"]
        for role in ("uploader", "protagonist"):
            if role == "protagonist" and r["protagonist_evidence"] is None:
                assert r["intent_protagonist"] is None and r["tag_source_role"] == "uploader"
                continue
            assert " aims to " in r[f"intent_{role}"], r[f"intent_{role}"]
            assert all(r[f"intent_{role}_{slot}"] for slot in ("subject", "intent", "action"))
        assert r["tag_who"] and r["tag_why"] and r["tag_how"]
        for tag in ("where", "when", "what"):
            # §3.2: a tag is a span of the abstract summary (as written there), or null.
            assert r[f"tag_{tag}"] is None or r[f"tag_{tag}"] in r["abstract_summary"]
            assert (r[f"tag_{tag}_grounded"] is None) == (r[f"tag_{tag}"] is None)
        assert r["llm_backend"] == "llama_cpp" and r["llm_model"] == "SmolLM2-135M-Instruct.Q4_1"
        # The text-only model never saw a frame or heard the audio, and the records say so.
        assert r["visual_method"] == "measured:frame-statistics"
        assert r["factual_visual"].startswith("Measured from 12 sampled frames, not seen")
        assert r["audio_method"] == "measured:audio-statistics"
        prov = {p["field"]: p for p in r["generation_provenance"]}
        for field, prompt in (("abstract_summary", "abstract"), ("intent_uploader", None),
                              ("intent_protagonist", None)):  # fmt: skip
            if field == "intent_protagonist" and r["intent_protagonist"] is None:
                assert prov[field]["method"] == "rule:no_protagonist"
                continue
            if field == "intent_uploader" and r["intent_uploader"] is None:
                assert prov[field]["method"] == "rule:nothing_known"
                continue
            if field == "abstract_summary" and prov[field]["method"] == "rule:factual_sentences":
                # r15-28: the plumbing model copied the worked example after every turn; the
                # factual layer's own sentences stand in, and no model is named for them
                assert "tyre" not in r["abstract_summary"] and r["abstract_event"] == "unknown"
                said = [r[c] for c in ("factual_ocr", "factual_asr", "factual_text")]
                said = [t for t in said if t not in EMPTY_SENTENCES]
                assert r["abstract_summary"] == (" ".join(said) or NOTHING_HEARD)
                assert prov[field]["model"] is None
                continue
            assert prov[field]["method"] == "model" and prov[field]["seed"] == 0
            assert prov[field]["model"] == "SmolLM2-135M-Instruct.Q4_1"
            assert prov[field]["prompt"] == load_prompt(prompt or field).ident  # the file's
        assert r["words_sample"] == r["words_factual"] + r["words_abstract"] + r["words_intent"]
    funnel = json.loads((run / "results" / "funnel.json").read_text())
    assert funnel["generated"] == len(dataset) and funnel["words_per_sample_mean"] > 50
    no_b = sum(r["intent_protagonist"] is None for r in dataset)
    assert funnel["role_b_no_protagonist"] == no_b >= 1
    assert funnel["role_a_nothing_known"] == sum(r["intent_uploader"] is None for r in dataset)
    # kept, not withheld, with the plumbing model (conftest.shipped_config): counted as none
    assert funnel["role_a_withheld"] == funnel["role_b_withheld"] == 0
    assert all(r["intent_uploader_withheld"] is None for r in dataset)


def test_sensitive_content_is_screened_out_with_reasons(run):
    screened = pq.read_table(run / "results" / "screen.parquet").to_pylist()
    assert {d["clip_id"] for d in screened} == {r["clip_id"] for r in samples(run)}
    excluded = [d for d in screened if d["screen_excluded"]]
    assert excluded and {d["source_id"] for d in excluded} == {"skv_bbb"}
    for d in excluded:
        assert (d["screen_category"], d["screen_decided_by"]) == ("political_advocacy", "text:text")
        assert json.loads(d["screen_scores"])["text"]["text"]["political_advocacy"]["fires"]
    assert all(d["screen_frames_judged"] is False for d in screened)  # offline: said, not hidden
    dataset = {r["clip_id"] for r in pq.read_table(run / "results/dataset.parquet").to_pylist()}
    assert not dataset & {d["clip_id"] for d in excluded}
    funnel = json.loads((run / "results" / "funnel.json").read_text())
    assert funnel["screen_excluded"] == len(excluded)
    assert funnel["screen_excluded_by"] == {"political_advocacy:text:text": len(excluded)}
    assert "## political_advocacy: false positives" in (run / "results/screen_eval.md").read_text()


def test_rerun_does_nothing(run):
    proc = run_snakemake(run, "-n")
    assert proc.returncode == 0
    assert "Nothing to be done" in proc.stdout + proc.stderr


def test_frames_are_reproducible(run, tmp_path):
    """Sampling again from the same clip picks the same frame times."""
    from videomind.media.probe import probe
    from videomind.modalities.sampling import clip_seed, sample_frame_indices

    r = samples(run)[0]
    info = probe(run / r["clip_path"])
    seed = clip_seed(r["clip_id"], 0)
    assert seed == r["frame_seed"]
    indices = sample_frame_indices(int(info.duration * float(info.fps)), 12, seed)
    assert [round(i / float(info.fps), 4) for i in indices] == r["frame_times"]


def test_dry_run_and_rulegraph(tmp_path):
    proc = subprocess.run([SNAKEMAKE, "-n", "--quiet", "rules"], cwd=ROOT, capture_output=True,
                          text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    if shutil.which("dot"):
        graph = subprocess.run([SNAKEMAKE, "--rulegraph"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout  # fmt: skip
        svg = subprocess.run(["dot", "-Tsvg"], input=graph, capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
        assert "<svg" in svg and "clips" in svg


def test_pre_verification_and_its_calibration_come_from_the_run(run):
    dataset = pq.read_table(run / "results" / "dataset.parquet").to_pylist()
    report = json.loads((run / "results/verify/pre_calibration.json").read_text())
    assert report["samples"] == len(dataset)
    assert report["passed"] == sum(r["pre_pass"] for r in dataset)
    # one matched pair per written statement of a scored sample (role B only with a protagonist)
    assert report["pooled"]["matched"]["n"] == sum(
        1 + (r["intent_protagonist"] is not None) for r in dataset if r["pre_status"] == "scored"
    )
    assert (
        report["verifier"]["seed"] == 1
        and "same model as the generator" in (report["verifier"]["independence"])
    )
    for r in dataset:
        assert r["pre_model"] == r["llm_model"] and r["pre_seed"] == 1
        if r["pre_status"] == "scored":
            assert -1 <= r["pre_uploader_similarity"] <= 1
            sims = [r["pre_uploader_similarity"], r["pre_protagonist_similarity"]]
            # no role B, nothing to compare: the sample stands on role A
            assert (sims[1] is None) == (r["intent_protagonist"] is None)
            low = min(x for x in sims if x is not None)
            passed = low >= r["pre_threshold"] == PRE_THRESHOLD
            assert r["pre_pass"] == passed
    # no ratings yet: nothing is verified; the demo config releases pending samples, labeled
    status = {r["verification_status"] for r in dataset}
    assert status <= {"failed_pre", "pending_post"}
    assert all(r["released"] == (r["verification_status"] == "pending_post") for r in dataset)
    md = (run / "results/verify/pre_calibration.md").read_text()
    assert f"{report['passed']} of {len(dataset)} samples pass" in md
    assert (run / "results/verify/pre_calibration.png").stat().st_size > 10_000
    funnel = json.loads((run / "results" / "funnel.json").read_text())
    assert funnel["preverify_passed"] == report["passed"] == funnel["postverify_pending"]
    assert funnel.get("verified", 0) == 0 and all(funnel["checks"].values())
    for shard in ("shard00000", "shard00001"):
        page = (run / "results" / "review" / shard / "index.html").read_text()
        assert "Export ratings (CSV)" in page


def test_gold_set_and_paper_tables_come_from_the_run(run):
    dataset = pq.read_table(run / "results" / "dataset.parquet").to_pylist()
    released = sum(bool(r["released"]) for r in dataset)
    gold = json.loads((run / "results/gold/report.json").read_text())
    assert gold["released_samples"] == released
    assert gold["counts"].get("awaiting_annotation", 0) == min(12, released)
    result = json.loads((run / "results/eval/text_proxy.json").read_text())
    assert result["samples"] == min(12, released) and result["gold_validated"] is False
    table2 = (run / "paper" / "table2.md").read_text()
    row = next(line for line in table2.splitlines() if line.startswith("| text_proxy |"))
    assert "text-only proxy" in row and "not yet validated" in row
    assert f"{result['t2v']['any']['R@1']:.2f}" in row
    assert "| InternVideo | 82.10 |" in table2 and "reported (paper" in table2
    assert (run / "paper" / "table3.tex").read_text().count(r"\\") >= 7


def test_figure3_numbers_agree_with_the_sample_table(run):
    data = json.loads((run / "paper" / "figure3.json").read_text())
    released = [
        r for r in pq.read_table(run / "results" / "dataset.parquet").to_pylist() if r["released"]
    ]
    assert {d["clip_id"] for d in data["samples"]} == {r["clip_id"] for r in released}
    by = {r["clip_id"]: r for r in released}
    for d in data["samples"]:
        r = by[d["clip_id"]]
        assert d["duration"] == r["duration"] and d["words_sample"] == r["words_sample"]
        assert (d["asr_words"] == 0) == (not r["asr_text"])
        if r["category"]:
            assert d["category"] == r["category"] and d["category_source"] == r["category_source"]
        else:
            assert d["category_source"].startswith("predicted")
    mean = sum(r["duration"] for r in released) / len(released)
    assert data["summary"]["duration_mean"] == pytest.approx(mean, abs=0.005)
    card = (run / "paper" / "dataset_card.md").read_text()
    assert f"| released | {len(released)} |" in card


def test_paper_rebuilds_from_results_alone(run):
    for p in list((run / "paper").glob("table*")) + list((run / "paper").glob("figure*")):
        p.unlink()
    proc = run_snakemake(run, "paper")
    assert proc.returncode == 0, proc.stderr[-3000:]
    ran = proc.stdout + proc.stderr
    assert "rule paper_tables" in ran and "rule paper_figures" in ran
    assert not any(f"rule {r}:" in ran for r in ("evaluate", "gold", "collect", "generate"))
    for name in ("table1.tex", "table2.csv", "table3.md", "figure3.pdf", "figure1_examples.png"):
        assert (run / "paper" / name).exists(), name


def test_rater_files_decide_post_verification_on_rerun(run):
    """Raters drop their files in ratings/; a rerun ingests them (and only what depends on them)."""
    dataset = pq.read_table(run / "results" / "dataset.parquet").to_pylist()
    pending = [r["clip_id"] for r in dataset if r["verification_status"] == "pending_post"]
    if not pending:
        pytest.skip("no sample passed pre-verification in this run")
    ratings = run / "ratings"
    ratings.mkdir()
    lines = ["clip_id,role,decision,comment"]
    roles_of = {r["clip_id"]: [x for x in ("uploader", "protagonist") if r[f"intent_{x}"]]
                for r in dataset}  # fmt: skip
    for k, cid in enumerate(pending):
        for role in roles_of[cid]:  # a sample without role B is rated on role A alone
            lines.append(f"{cid},{role},{'reject' if k == 0 and role == 'uploader' else 'accept'},")
    (ratings / "expert1.csv").write_text("\n".join(lines) + "\n")
    (ratings / "expert2.csv").write_text("\n".join(lines) + "\nnot-a-clip,uploader,accept,\n")
    proc = run_snakemake(run)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ran = proc.stdout + proc.stderr
    assert "rule ratings" in ran and "rule generate" not in ran and "rule preverify" not in ran
    after = {r["clip_id"]: r for r in pq.read_table(run / "results/dataset.parquet").to_pylist()}
    assert after[pending[0]]["verification_status"] == "failed_post"
    assert all(after[c]["verification_status"] == "verified" for c in pending[1:])
    assert after[pending[0]]["post_rejects"] == 2 and not after[pending[0]]["released"]
    failures = pq.read_table(run / "results/failures.parquet").to_pylist()
    bad = [f for f in failures if f["stage"] == "ratings"]
    assert [(f["cause"], f["input"]) for f in bad] == [
        ("rating_unknown_id", f"ratings/expert2.csv:{len(lines) + 1}")
    ]
    report = json.loads((run / "results/verify/ratings.json").read_text())
    assert report["agreement"]["pairs"][0]["observed_agreement"] == 1.0
    funnel = json.loads((run / "results" / "funnel.json").read_text())
    assert funnel["verified"] == len(pending) - 1 and funnel["postverify_rejected"] == 1


def test_report_lists_the_paper_outputs(run):
    proc = run_snakemake(run, "--report", "report.html")
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = (run / "report.html").read_text(errors="replace")
    for name in ("table2.csv", "table3.csv", "figure3.png", "dataset_card.md", "pre_calibration"):
        assert name in html, name


def test_release_of_the_run_loads_and_browses(run, tmp_path, monkeypatch):
    """The run's own release: datasets and webdataset read it; both browsers work on it."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from datasets import load_dataset
    from huggingface_hub import DatasetCard
    from selenium.webdriver.common.by import By
    from test_t2v_review import chromium, wait_for

    index = json.loads((run / "release/webdataset/index.json").read_text())
    # the folder itself, through the splits its README declares (empty ones are not declared)
    ds = load_dataset(str(run / "release"), cache_dir=str(tmp_path / "hf"))
    assert {s: ds[s].num_rows for s in ds} == {k: v for k, v in index["splits"].items() if v}
    card = DatasetCard.load(run / "release/README.md").data
    assert card.license == "other" and "en" in card.language
    if index["shards"]:
        import webdataset as wds

        shard = str(run / "release/webdataset" / index["shards"][0]["shard"])
        first = next(iter(wds.WebDataset(shard, shardshuffle=False)))
        assert "mp4" not in first and json.loads(first["json"])["clip_id"]  # annotations only
    dataset = pq.read_table(run / "results" / "dataset.parquet")
    released = sum(dataset.column("released").to_pylist())
    browser = chromium(tmp_path)
    try:
        browser.get((run / "release/browser/index.html").as_uri())
        wait_for(lambda: browser.execute_script("return document.body.dataset.loaded === '1'"))
        assert browser.find_element(By.ID, "count").text == f"{released} of {released} samples"
        browser.get((run / "internal_audit/browser/index.html").as_uri())
        wait_for(lambda: browser.execute_script("return document.body.dataset.loaded === '1'"))
        n = dataset.num_rows
        assert browser.find_element(By.ID, "count").text == f"{n} of {n} samples"
        browser.find_element(By.CSS_SELECTOR, "#rows a").click()
        video = "const v = document.querySelector('video'); return v.readyState >= 1 && v.duration"
        assert wait_for(lambda: browser.execute_script(video)) >= 5  # the clip plays
    finally:
        browser.quit()


def test_nothing_left_out_reaches_the_release(run):
    """No id or text of a screened-out or failed_pre sample anywhere under release/ (tars,
    parquet and browser included); both are in the audit folder with their reason."""
    dataset = pq.read_table(run / "results/dataset.parquet").to_pylist()
    screened = [d for d in pq.read_table(run / "results/screen.parquet").to_pylist()
                if d["screen_excluded"]]  # fmt: skip
    failed = [r for r in dataset if r["verification_status"] == "failed_pre"]
    released = [r for r in dataset if r["released"]]
    assert screened and failed and released
    said = json.dumps(released, default=str, ensure_ascii=False)
    needles = {d["clip_id"] for d in screened} | {r["clip_id"] for r in failed}
    needles |= {"skv_bbb", "ארנב"}  # the screened source's id and a word of its title only
    for r in failed:
        for col in ("intent_uploader", "intent_protagonist", "abstract_summary"):
            if r[col] and len(r[col]) > 20 and r[col] not in said:
                needles.add(r[col])
    found = release_text(run / "release")
    leaks = {(n, f) for n in needles for f, text in found.items() if n in text}
    assert not leaks, sorted(leaks)[:5]
    audit = pq.read_table(run / "internal_audit/excluded.parquet").to_pylist()
    excluded = {e["clip_id"]: e["reason"] for e in audit}
    assert all(excluded[d["clip_id"]].startswith("screened_out:") for d in screened)
    assert all(excluded[r["clip_id"]] == "failed_pre" for r in failed)
    assert "NOT FOR RELEASE" in (run / "internal_audit/README.md").read_text()
    audit = release_text(run / "internal_audit")
    assert any(failed[0]["clip_id"] in text for f, text in audit.items() if "/browser/" in f)


def test_the_cost_planner_reads_this_run(run):
    """Planned at the pilot's own size, the planner gives back the pilot's clips and one job
    per shard and rule; every GPU rule says where its GPU cost came from."""
    from videomind.workflow.plan import plan, shard_units

    config = yaml.safe_load((run / "config.yaml").read_text())
    shards = sorted(p.name for p in (run / "results/shards").iterdir())
    units = [shard_units(run, s) for s in shards]
    sources = sum(u.sources for u in units)
    config["plan"] = {"videos_per_shard": -(-sources // len(shards))}
    result = plan(run, config, sources, gpus=1, cores=2)
    assert result["units"]["clips"] == sum(u.clips for u in units) > 0
    assert result["shards"] == len(shards)
    for rule in ("fetch", "clips", "asr", "ocr", "screen", "generate", "preverify"):
        fit = next(f for f in result["pilot"]["fits"] if f["rule"] == rule)
        assert fit["shards"] == len(shards) and fit["per_unit_s"] > 0, fit
        assert result["rules"][rule]["jobs"] == len(shards)
    assert all(r["gpu_source"] for r in result["rules"].values() if r["gpu_hours"] is not None)


def test_a_takedown_leaves_the_release_on_the_next_run(run):
    """Last in this module: it changes the run. A takedown removes an already released source
    from release/ on the next run without refetching anything; the funnel counts it."""
    dataset = pq.read_table(run / "results/dataset.parquet").to_pylist()
    victim = next(r for r in dataset if r["released"])
    (run / "takedowns.txt").write_text(f"id:{victim['source_id']}\n")  # the configured path
    dry = run_snakemake(run, "-n")
    assert "fetch" not in dry.stdout.split("Job stats:")[-1].split("total")[0]  # no refetch
    proc = run_snakemake(run)
    assert proc.returncode == 0, proc.stderr[-3000:]
    gone = [r for r in pq.read_table(run / "results/dataset.parquet").to_pylist()
            if r["source_id"] == victim["source_id"]]  # fmt: skip
    assert gone and all(not r["released"] and r["taken_down"] for r in gone)
    found = release_text(run / "release")
    assert not [f for f, text in found.items() if any(r["clip_id"] in text for r in gone)]
    funnel = json.loads((run / "results/funnel.json").read_text())
    assert funnel["taken_down"] == len(gone)
    excluded = pq.read_table(run / "internal_audit/excluded.parquet").to_pylist()
    assert {e["clip_id"] for e in excluded if e["reason"].startswith("taken_down:")} == {
        r["clip_id"] for r in gone
    }
