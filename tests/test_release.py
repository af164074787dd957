"""The release: parquet splits that `datasets` loads offline, WebDataset shards that `webdataset`
reads, and the static sample browser driven in a real headless Chromium."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import sample_rows, stage_job

from videomind.core.io import write_parquet
from videomind.core.records import SCHEMA_VERSION, to_table
from videomind.release.browser import build_browser
from videomind.release.export import run_export, wds_keys

EVIL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">'
CATS = ["cooking", "sports", "news"]


def make_rows(media: dict[str, Path], work: Path, n: int) -> list[dict]:
    """Dataset rows whose media are real files under ``work`` (paths relative to it)."""
    m = work / "results" / "media"
    m.mkdir(parents=True, exist_ok=True)
    shutil.copy(media["video"], m / "clip.mp4")
    shutil.copy(media["tone"], m / "a.wav")
    for name in ("red", "blue", "test"):
        shutil.copy(media[name], m / f"{name}.jpg")
    rows = []
    for i, r in enumerate(sample_rows(media, n)):
        r |= {
            "clip_id": f"src{i:03d}-c000" if i != 1 else "src.001-c000",
            "clip_path": "results/media/clip.mp4",
            "frame_paths": [f"results/media/{c}.jpg" for c in ("red", "blue", "test")] * 4,
            "audio_path": "results/media/a.wav",
            "has_audio": True,
            "duration": 6.0 + i % 30,
            "category": CATS[i % 3],
            "title": EVIL if i == 0 else f"Clip number {i}",
            "asr_text": "And Mr. John Dashwood had then leisure to consider what he might do.",
            "abstract_summary": f"A cook bakes bread in a kitchen, part {i}.",
            "intent_uploader": "The uploader aims to share a recipe by filming the kitchen.",
            "intent_protagonist": "The cook aims to teach baking by kneading dough.",
            "tag_who": "The cook", "tag_where": "kitchen", "tag_why": "teach baking",
            "tag_how": "kneading dough", "tag_what": "bakes bread", "tag_when": None,
            "verification_status": "pending_post" if i % 4 else "failed_pre",
            "released": bool(i % 4), "llm_model": "SmolLM2-135M-Instruct.Q4_1",
            "license": "cc-by-3.0" if i != 3 else "standard-youtube", "channel": "A Channel",
            "webpage_url": f"https://video.example/watch?v={i}", "video_id": str(i),
        }  # fmt: skip
        rows.append(r)
    return rows


@pytest.fixture()
def media(clip_media, scenes_video):
    return clip_media | {"video": scenes_video}


def tables(rows):
    names = set(to_table("dataset", []).schema.names)
    dataset = to_table("dataset", [{k: v for k, v in r.items() if k in names} for r in rows])
    gold = to_table("gold", [{"clip_id": r["clip_id"], "stratum": "x",
                              "gold_status": "accepted" if k < 2 else "reserve"}
                             for k, r in enumerate(x for x in rows if x["released"])])  # fmt: skip
    return dataset, gold


def export_job(tmp_path, dataset, gold, out, card=None, export=None, **tables):
    """The export stage's job over in-memory tables (written beside the release)."""
    files = {"dataset": dataset, "samples": dataset, "failures": to_table("failures", []),
             "gold": gold, **tables}  # fmt: skip
    inputs = {}
    for name, table in files.items():
        write_parquet(table, tmp_path / "in" / f"{name}.parquet")
        inputs[name] = str(tmp_path / "in" / f"{name}.parquet")
    if card:
        inputs["card"] = str(tmp_path / card)
    cfg = {"shard_samples": 2, "mode": "media", "media_licenses": ["cc-by"]} | (export or {})
    return stage_job(inputs, {"card": str(out / "README.md"),
                              "audit": str(tmp_path / "internal_audit" / "README.md")},
                     {"export": cfg, "include_unvalidated": False})  # fmt: skip


def test_webdataset_keys_have_no_dots_and_stay_unique():
    keys = wds_keys(["a.b-c000", "a_b-c000", "x-c001"])
    assert keys["a.b-c000"] == "a_b-c000" and keys["a_b-c000"].startswith("a_b-c000_")
    assert len(set(keys.values())) == 3 and not any("." in k for k in keys.values())


def test_release_loads_with_webdataset_and_datasets(media, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rows = make_rows(media, tmp_path, 8)
    dataset, gold = tables(rows)
    out = tmp_path / "release"
    (tmp_path / "card.md").write_text("---\nx: 1\n---\n# card body\n")
    summary = run_export(export_job(tmp_path, dataset, gold, out, card="card.md",
                                    scenes=to_table("scenes", [])))  # fmt: skip
    assert pq.read_table(out / "tables" / "scenes.parquet").num_rows == 0
    assert summary["splits"] == {"train": 4, "test": 2}  # 6 released, 2 of them gold
    assert [s["shard"] for s in summary["shards"]] == ["train-000000.tar", "train-000001.tar",
                                                      "test-000000.tar"]  # fmt: skip
    # webdataset, as training code reads it
    import webdataset as wds

    urls = [
        str(out / "webdataset" / s["shard"]) for s in summary["shards"] if s["split"] == "train"
    ]
    samples = list(wds.WebDataset(urls, shardshuffle=False))
    assert len(samples) == 4
    # media mode: media only where the source licence is on the allow-list (src003 is not)
    no_media = [x for x in samples if json.loads(x["json"])["clip_id"] == "src003-c000"]
    assert not any(k in ("mp4", "wav") or k.startswith("frame") for k in no_media[0])
    assert json.loads(no_media[0]["json"])["media_included"] is False
    s = next(x for x in samples if x is not no_media[0])
    assert {"mp4", "wav", "json"} <= set(s) and sum(k.startswith("frame") for k in s) == 12
    assert [x["with_media"] for x in summary["shards"]] == [1, 2, 2]
    assert s["mp4"] == (tmp_path / "results/media/clip.mp4").read_bytes()
    meta = json.loads(s["json"])
    assert meta["intent_protagonist"].startswith("The cook") and "clip_path" not in meta
    test_shard = str(out / "webdataset" / "test-000000.tar")
    ids = {json.loads(x["json"])["clip_id"] for x in wds.WebDataset(test_shard, shardshuffle=False)}
    assert ids == {"src.001-c000", "src002-c000"}  # the gold set; the dotted id survives
    # Hugging Face datasets, offline, from the local folder
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    from datasets import load_dataset

    files = {"train": str(out / "data/train.parquet"), "test": str(out / "data/test.parquet")}
    ds = load_dataset("parquet", data_files=files)
    assert ds["train"].num_rows == 4 and ds["test"].num_rows == 2
    assert ds["test"][0]["tag_who"] == "The cook"
    card = (out / "README.md").read_text()
    assert "path: data/train.parquet" in card and "# card body" in card
    ds2 = load_dataset(str(out), cache_dir=str(tmp_path / "hf2"))  # through the README's splits
    assert {s: ds2[s].num_rows for s in ds2} == {"train": 4, "test": 2}
    assert (
        pq.read_schema(out / "data/train.parquet").metadata[b"videomind_schema_version"].decode()
        == SCHEMA_VERSION
    )
    assert "## dataset" in (out / "tables" / "SCHEMA.md").read_text()
    # a rerun is byte-identical (fixed tar metadata and order)
    first = (out / "webdataset" / "test-000000.tar").read_bytes()
    run_export(export_job(tmp_path, dataset, gold, out))
    assert (out / "webdataset" / "test-000000.tar").read_bytes() == first


def chromium(download_dir: Path):
    from test_t2v_review import chromium as browser

    return browser(download_dir)


@pytest.mark.slow
def test_sample_browser_in_headless_chromium(media, tmp_path, monkeypatch):
    from selenium.webdriver.common.by import By
    from test_t2v_review import ARTIFACTS, wait_for

    monkeypatch.chdir(tmp_path)
    rows = make_rows(media, tmp_path, 130)
    dataset, _ = tables(rows)
    site = tmp_path / "release" / "browser"
    assert build_browser(dataset, site, chunk=50) == 130
    assert len(list((site / "data").glob("index-*.js"))) == 3  # lazily loaded parts
    html = (site / "samples" / "src000-c000.html").read_text()
    assert "<script>window.__pwned" not in html and "&lt;script&gt;" in html
    browser = chromium(tmp_path)
    try:
        browser.get((site / "index.html").as_uri())
        wait_for(lambda: browser.execute_script("return document.body.dataset.loaded === '1'"))
        count = browser.find_element(By.ID, "count")
        assert count.text == "130 of 130 samples"
        assert len(browser.find_elements(By.CSS_SELECTOR, "#rows tr")) == 50  # paginated
        assert browser.execute_script("return window.__pwned") is None
        assert EVIL in browser.find_element(By.CSS_SELECTOR, "#rows tr").text
        # a filter narrows the list
        from selenium.webdriver.support.ui import Select

        Select(browser.find_element(By.ID, "category")).select_by_value("sports")
        assert count.text == "43 of 130 samples"
        Select(browser.find_element(By.ID, "verification_status")).select_by_value("failed_pre")
        expected = sum(1 for i in range(130) if i % 3 == 1 and i % 4 == 0)
        assert count.text == f"{expected} of 130 samples"
        Select(browser.find_element(By.ID, "verification_status")).select_by_value("")
        Select(browser.find_element(By.ID, "category")).select_by_value("")
        browser.find_element(By.ID, "q").send_keys("part 12.")
        assert count.text == "1 of 130 samples"
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "browser_index.png"))
        browser.find_element(By.CSS_SELECTOR, "#rows a").click()
        wait_for(lambda: "src012-c000" in browser.title)
        video = "const v = document.querySelector('video'); return v.readyState >= 1 && v.duration"
        assert wait_for(lambda: browser.execute_script(video)) == pytest.approx(15, abs=0.5)
        tags = browser.find_elements(By.CSS_SELECTOR, ".layer .tag")
        colours = {t.get_attribute("title"): t.value_of_css_property("color") for t in tags}
        assert {"who", "where", "why", "how", "what"} <= set(colours)
        assert len(set(colours.values())) == len(colours)  # one colour per tag
        assert "kneading dough" in browser.find_element(By.ID, "tags").text
        browser.save_screenshot(str(ARTIFACTS / "browser_sample.png"))
    finally:
        browser.quit()


def test_the_site_references_nothing_outside_itself():
    """No CDN, no web font: the browser works offline from a file URL."""
    from videomind.release.browser import _CSS, _INDEX_JS

    text = _INDEX_JS + _CSS
    assert "fetch(" not in text  # file URLs cannot fetch; data come as script tags
    assert "http://" not in text and "https://" not in text and "//cdn" not in text


def test_an_empty_split_is_not_declared_and_the_card_parses():
    from huggingface_hub import DatasetCard

    from videomind.release.policy import ReleasePolicy, card

    rows = [
        {
            "source_id": "s1",
            "clip_id": "s1-c000",
            "asr_language": "de",
            "license": "cc-by-4.0",
            "title": "T",
            "channel": "C",
            "webpage_url": "https://v.example/w?v=1",
        },
        {"source_id": "s2", "clip_id": "s2-c000", "asr_language": None, "license": None},
    ]
    shards = [{"shard": "train-000000.tar", "split": "train", "samples": 2, "with_media": 0}]
    text = card(
        ReleasePolicy(license="cc-by-4.0"),
        {"train": 2, "test": 0},
        rows,
        "1.3",
        shards,
        Counter({"failed_pre": 3}),
        "---\nlicense: other\n---\n# Run card\n## Loading\nx",
    )
    meta = DatasetCard(text).data
    assert meta.license == "cc-by-4.0" and meta.language == ["de", "en"]
    assert meta.size_categories == ["n<1K"] and "text-to-video" in meta.task_categories
    assert meta.configs == [
        {"config_name": "default", "data_files": [{"split": "train", "path": "data/train.parquet"}]}
    ]
    assert "an empty split is not declared" in text and '"test"' not in text
    assert 'wds.WebDataset("webdataset/train-000000.tar")' in text  # a shard that exists
    assert "3 others were left out (failed_pre 3)" in text and "annotations-only" in text
    assert '"T" by C <https://v.example/w?v=1>, licensed cc-by-4.0' in text  # attribution
    assert "## Run card" in text and "## Loading\nx" not in text  # the run's card, demoted


def test_a_card_without_shards_has_no_webdataset_example():
    from videomind.release.policy import ReleasePolicy, card

    text = card(ReleasePolicy(), {"train": 0, "test": 0}, [], "1.3", [], Counter(), None)
    assert "webdataset" not in text.split("## Loading")[1] and "no samples" in text
