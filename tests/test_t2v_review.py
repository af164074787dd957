"""Post-verification's machine side: a real (tiny, random-init) WanPipeline renders intent
statements to mp4, and the raters' review page works in a real headless Chromium: it shows the
clip, keyframes and statements, escapes text from videos, and exports a CSV the ingest reads."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import ROOT, sample_rows, stage_job

from videomind.backends.t2v_wan import T2VConfig, encode_mp4
from videomind.core.io import write_parquet
from videomind.core.records import to_table
from videomind.verification.ratings import read_ratings, sample_votes
from videomind.verification.review import review_page, write_review_page
from videomind.verification.t2v import run_t2v

ARTIFACTS = ROOT / "test-artifacts"


def count_frames(path: Path) -> int:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
         "-show_entries", "stream=nb_read_frames,codec_name", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    codec, frames = out.split(",")
    assert codec == "h264"
    return int(frames)


def test_encode_mp4_writes_every_frame(tmp_path):
    import numpy as np

    frames = np.random.default_rng(0).random((9, 32, 48, 3))
    encode_mp4(frames, 8, tmp_path / "v.mp4")
    assert count_frames(tmp_path / "v.mp4") == 9
    assert not list(tmp_path.glob(".*part"))


@pytest.mark.parametrize(
    ("change", "words"),
    [({"num_frames": 10}, r"4k\+1"), ({"height": 40}, "multiples of 16")],
)
def test_wan_shape_rules_are_checked_before_loading(change, words):
    with pytest.raises(ValueError, match=words):
        T2VConfig.from_dict({"model": "x"} | change).check()


@pytest.fixture(scope="module")
def tiny_wan(tmp_path_factory):
    from tiny_models import build_tiny_wan

    return build_tiny_wan(tmp_path_factory.mktemp("models") / "tiny-random-wan")


def generation(n=2):
    return [
        {
            "clip_id": f"src{i}-c000",
            "abstract_summary": f"A red test clip number {i}.",
            "intent_uploader": "The uploader aims to share a clip by posting it.",
            "intent_protagonist": "The presenter aims to inform viewers by reading aloud.",
        }
        for i in range(n)
    ]


@pytest.mark.slow
def test_tiny_wanpipeline_renders_an_mp4_per_statement(tmp_path, tiny_wan):
    gen, pre = tmp_path / "generation.parquet", tmp_path / "preverify.parquet"
    write_parquet(to_table("generation", generation()), gen)
    verdicts = [
        {"clip_id": "src0-c000", "pre_pass": True},
        {"clip_id": "src1-c000", "pre_pass": False},
    ]
    write_parquet(to_table("preverify", verdicts), pre)
    cfg = {"backend": "diffusers", "model": str(tiny_wan), "height": 32, "width": 32}
    cfg |= {"num_frames": 9, "fps": 8, "steps": 2, "max_sequence_length": 16, "device": "cpu"}
    out = tmp_path / "t2v"
    outs = {"table": tmp_path / "t2v.parquet", "failures": tmp_path / "f.parquet", "videos": out}
    job = stage_job({"generation": str(gen), "preverify": str(pre)},
                    {k: str(v) for k, v in outs.items()}, {"t2v": cfg})  # fmt: skip
    run_t2v(job)
    rows = pq.read_table(tmp_path / "t2v.parquet").to_pylist()
    assert [(r["clip_id"], r["role"]) for r in rows] == [
        ("src0-c000", "uploader"),
        ("src0-c000", "protagonist"),
    ]  # only pre-verified samples
    for r in rows:
        assert count_frames(Path(r["video_path"])) == 9 == r["frames"]
        assert r["t2v_model"] == "tiny-random-wan" and r["t2v_backend"] == "diffusers"
        assert r["t2v_label"].startswith("plumbing output of a random-init test model")
        assert "not Wan2.1" in r["t2v_label"] and r["t2v_parameters"] < 1_000_000
    assert pq.read_table(tmp_path / "f.parquet").num_rows == 0
    # the review page shows the rendering with its label, never as Wan2.1's
    renders = {(r["clip_id"], r["role"]): r for r in rows}
    sample = generation()[0] | {"clip_path": None, "frame_paths": []}
    html = review_page("shard00000", [sample], renders, tmp_path / "review" / "index.html",
                       "diffusers", ["expert1"])  # fmt: skip
    assert 'src="../t2v/src0-c000.uploader.mp4"' in html
    assert html.count("plumbing output of a random-init test model") == 2
    # seeded: the same statement renders to the same frames
    first = Path(rows[0]["video_path"]).read_bytes()
    run_t2v(job)
    assert Path(rows[0]["video_path"]).read_bytes() == first


EVIL_TITLE = '<script>window.__pwned = 1</script>Cats & "dogs"'
EVIL_STATEMENT = 'The host aims to <img src=x onerror="window.__pwned=2"> by acting.'


def statement(clip: str, role: str) -> str:
    return f'div.statement[data-clip="{clip}"][data-role="{role}"]'


@pytest.fixture()
def review_dir(tmp_path, clip_media, scenes_video):
    """A working folder laid out like a run: media under results/, the page under results/review."""
    work = tmp_path / "work"
    media = work / "results" / "shards" / "shard00000" / "media"
    media.mkdir(parents=True)
    shutil.copy(scenes_video, media / "clip.mp4")
    rows = []
    for i, s in enumerate(sample_rows(clip_media, 2)):
        frames = []
        for k, f in enumerate(s["frame_paths"][:4]):
            dst = media / f"f{i}_{k}{Path(f).suffix}"
            shutil.copy(f, dst)
            frames.append(str(dst.relative_to(work)))
        rows.append(s | {
            "clip_path": str((media / "clip.mp4").relative_to(work)), "frame_paths": frames,
            "title": EVIL_TITLE if i == 0 else "A plain title",
            "abstract_summary": "A summary.",
            "intent_uploader": "The uploader aims to share a clip by posting it.",
            "intent_protagonist": EVIL_STATEMENT if i == 0 else "Ann aims to teach by talking.",
            "pre_uploader_similarity": 0.81, "pre_protagonist_similarity": 0.66,
        })  # fmt: skip
    return work, rows


def test_review_page_escapes_text_from_videos(review_dir, monkeypatch):
    work, rows = review_dir
    monkeypatch.chdir(work)
    html = review_page("shard00000", rows, {}, Path("results/review/shard00000/index.html"),
                       "none", ["expert1", "expert2"])  # fmt: skip
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;Cats &amp; &quot;dogs&quot;" in html
    assert 'src="../../shards/shard00000/media/clip.mp4"' in html
    assert "No text-to-video rendering in this run" in html


def chromium(download_dir: Path):
    webdriver = pytest.importorskip("selenium.webdriver")
    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver:
        pytest.fail(
            "Debian's chromium and chromium-driver are needed (tools/setup.sh installs them)"
        )
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    for arg in [*args, "--window-size=1280,1600"]:
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"download.default_directory": str(download_dir),
                                           "download.prompt_for_download": False})  # fmt: skip
    return webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=driver))


def wait_for(predicate, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out waiting in the browser")


@pytest.mark.slow
@pytest.mark.parametrize("via", ["file", "http"])
def test_review_page_in_headless_chromium(review_dir, tmp_path, monkeypatch, via):
    from selenium.webdriver.common.by import By

    work, rows = review_dir
    monkeypatch.chdir(work)
    page = Path("results/review/shard00000/index.html")
    write_review_page("shard00000", rows, {}, page, "none", ["expert1", "expert2"])
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    server = None
    if via == "http":
        server = subprocess.Popen(["python3", "-m", "http.server", "0", "--bind", "127.0.0.1"],
                                  cwd=work, stdout=subprocess.PIPE, text=True)  # fmt: skip
        line = server.stdout.readline()
        port = int(line.split("port ")[1].split()[0])
        url = f"http://127.0.0.1:{port}/{page}"
    else:
        url = (work / page).as_uri()
    browser = chromium(downloads)
    try:
        browser.execute_cdp_cmd("Browser.setDownloadBehavior",
                                {"behavior": "allow", "downloadPath": str(downloads)})  # fmt: skip
        browser.get(url)
        # text from the video's metadata is shown as text and never runs
        assert browser.execute_script("return window.__pwned") is None
        titles = [p.text for p in browser.find_elements(By.CSS_SELECTOR, ".sample p")]
        assert any(EVIL_TITLE in t for t in titles)
        assert EVIL_STATEMENT in browser.find_element(By.ID, "src0-c000").text
        # the source clip and the keyframes load (relative paths from the page)
        video = "const v = document.querySelector('video'); return v.readyState >= 1 && v.duration"
        duration = wait_for(lambda: browser.execute_script(video))
        assert duration == pytest.approx(15, abs=0.5)
        images = "return [...document.images].every(i => i.complete && i.naturalWidth > 0)"
        assert wait_for(lambda: browser.execute_script(images))
        assert browser.find_element(By.ID, "progress").text == "0 of 4 judged"
        # a rater judges three of the four statements and exports
        browser.find_element(By.ID, "rater").send_keys("expert1")
        for clip, role, decision in (("src0-c000", "uploader", "accept"),
                                     ("src0-c000", "protagonist", "reject"),
                                     ("src1-c000", "uploader", "accept")):  # fmt: skip
            radio = f'{statement(clip, role)} input[type="radio"][value="{decision}"]'
            browser.find_element(By.CSS_SELECTOR, radio).click()
        comment = browser.find_element(
            By.CSS_SELECTOR, f'{statement("src0-c000", "protagonist")} input[type="text"]'
        )
        comment.send_keys('=HYPERLINK("x") says "acting", shows, a cat')
        browser.find_element(By.ID, "export").click()
        assert wait_for(lambda: browser.find_element(By.ID, "progress").text) == "3 of 4 judged"
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / f"review_page_{via}.png"))
        exported = wait_for(lambda: [p for p in downloads.glob("*.csv")])
    finally:
        browser.quit()
        if server:
            server.terminate()
    assert [p.name for p in exported] == ["expert1.csv"]
    # a spreadsheet would run the comment as a formula: the export neutralises it
    assert "'=HYPERLINK(" in exported[0].read_text()
    items = {(r["clip_id"], role) for r in rows for role in ("uploader", "protagonist")}
    ratings = read_ratings(exported, ["expert1"], items)
    assert ratings.problems == []
    assert sample_votes(ratings, "src0-c000") == {"expert1": False}
    assert sample_votes(ratings, "src1-c000") == {"expert1": None}  # one statement unjudged
    assert ratings.comments[("src0-c000", "protagonist")] == {
        "expert1": '=HYPERLINK("x") says "acting", shows, a cat'
    }


@pytest.mark.slow
def test_t2v_parts_through_snakemake(tmp_path, tiny_wan, scenes_video, answer_cache):
    """The shard's statements are split after pre-verification into parts of
    statements_per_job; each part is its own job; the merge gives the shard one table and one
    video folder, and the review page links the merged videos."""
    import json

    import yaml
    from conftest import snakemake_cmd, workflow_dir

    # The scenes source as the other end-to-end runs have it: their answers are in the cache.
    manifest = f"id\tpath\tcategory\ttitle\nscenes\t{scenes_video}\tmisc\tColour scenes\n"
    work = workflow_dir(tmp_path / "work", manifest, answer_cache, shards=1)
    config = yaml.safe_load((work / "config.yaml").read_text())
    config["verify"]["pre"]["threshold"] = -1.0  # every scored sample passes: all get rendered
    config["verify"]["post"]["t2v"] = {
        "backend": "diffusers", "model": str(tiny_wan), "height": 32, "width": 32,
        "num_frames": 9, "fps": 8, "steps": 2, "max_sequence_length": 16, "device": "cpu",
        "statements_per_job": 1,
    }  # fmt: skip
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    shard = work / "results/shards/shard00000"
    target = "results/review/shard00000/index.html"
    proc = subprocess.run(snakemake_cmd(work, "--cores", "2", target), capture_output=True,
                          text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-4000:]
    passed = {r["clip_id"] for r in pq.read_table(shard / "preverify.parquet").to_pylist()
              if r["pre_pass"]}  # fmt: skip
    generated = pq.read_table(shard / "generation.parquet").to_pylist()
    # the written statements of the passed samples: colour scenes show no protagonist, so role
    # B is not written and not rendered
    statements = sum(1 + (r["intent_protagonist"] is not None)
                     for r in generated if r["clip_id"] in passed)  # fmt: skip
    assert statements >= 2, "the scenes video should give at least two samples"
    plans = sorted((shard / "t2v_plan").glob("part*.json"))
    assert len(plans) == statements  # parts of one statement each
    planned = [k for p in plans for k in json.loads(p.read_text())["statements"]]
    assert len(planned) == len(set(planned)) == statements
    assert all(len(json.loads(p.read_text())["statements"]) == 1 for p in plans)
    # one job per part, each with its own log
    assert len(list((work / "logs/t2v/shard00000").glob("*.log"))) == len(plans)
    rows = pq.read_table(shard / "t2v.parquet").to_pylist()
    assert sorted(f"{r['clip_id']}.{r['role']}" for r in rows) == sorted(planned)
    for r in rows:
        assert Path(r["video_path"]).parent == Path("results/shards/shard00000/t2v")
        assert count_frames(work / r["video_path"]) == 9
    html = (work / target).read_text()
    for r in rows:
        assert f'src="../../shards/shard00000/t2v/{r["clip_id"]}.{r["role"]}.mp4"' in html
    assert pq.read_table(shard / "failures/t2v.parquet").num_rows == 0


def test_t2v_plan_and_merge_of_zero_one_and_many_parts(tmp_path):
    """No statements: no parts and an empty merged table; a single part is still a list."""
    import json

    from videomind.verification.t2v import run_t2v_merge, run_t2v_plan

    gen, pre = tmp_path / "generation.parquet", tmp_path / "preverify.parquet"
    write_parquet(to_table("generation", generation(3)), gen)
    for passing, per_job, parts in (([], 2, 0), ([0], 2, 1), ([0, 1, 2], 4, 2)):
        verdicts = [{"clip_id": f"src{i}-c000", "pre_pass": i in passing} for i in range(3)]
        write_parquet(to_table("preverify", verdicts), pre)
        plan = tmp_path / f"plan{parts}"
        run_t2v_plan(stage_job({"generation": str(gen), "preverify": str(pre)},
                               {"plan": str(plan)}, {"per_job": per_job}))  # fmt: skip
        files = sorted(plan.glob("part*.json"))
        assert len(files) == parts
        keys = [k for f in files for k in json.loads(f.read_text())["statements"]]
        assert len(keys) == 2 * len(passing)
    out = {"table": tmp_path / "t2v.parquet", "failures": tmp_path / "f.parquet",
           "videos": tmp_path / "t2v"}  # fmt: skip
    run_t2v_merge(stage_job({"tables": [], "failures": []}, {k: str(v) for k, v in out.items()}))
    assert pq.read_table(out["table"]).num_rows == 0 and out["videos"].is_dir()
    assert pq.read_table(out["failures"]).num_rows == 0
