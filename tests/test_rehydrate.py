"""An annotations-only release, rebuilt from its sources by `snakemake rehydrate`: sources are
served on 127.0.0.1 and fetched with real yt-dlp (one through a time window), cut by the real
clips stage, exported, then rehydrated by the workflow's rule into a fresh folder."""

from __future__ import annotations

import os
import subprocess
import tarfile
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import yaml
from conftest import ffmpeg, shipped_config, snakemake_cmd, stage_job

from videomind.core.io import read_parquet, write_parquet
from videomind.core.records import to_table
from videomind.ingest.fetch import FetchStage
from videomind.ingest.manifest import SourceRow, rows_param
from videomind.media.scenes import DetectorConfig
from videomind.modalities.clips import ClipConfig, clips_job, run_clips
from videomind.modalities.samples import run_samples
from videomind.release.export import run_export

pytestmark = pytest.mark.slow
WINDOW = (7.3, 15.0)


def moving_video(path: Path, seconds: int) -> Path:
    """testsrc2 moves every frame: a clip taken at the wrong time shows other pixels."""
    ffmpeg("-f", "lavfi", "-i", f"testsrc2=s=320x240:r=25:d={seconds}", "-f", "lavfi", "-i",
           f"sine=frequency=330:d={seconds}", "-c:v", "libx264", "-preset", "ultrafast", "-g",
           "25", "-c:a", "aac", "-movflags", "+faststart", str(path))  # fmt: skip
    return path


def frame(path: Path | str, t: float) -> np.ndarray:
    out = subprocess.run(["ffmpeg", "-v", "error", "-ss", f"{t:.3f}", "-i", str(path), "-frames:v",
                          "1", "-f", "rawvideo", "-pix_fmt", "gray", "-"],
                         capture_output=True, check=True).stdout  # fmt: skip
    return np.frombuffer(out, np.uint8).astype(float)


def row(sid: str, url: str, window=(None, None)) -> SourceRow:
    return SourceRow(sid, sid, "shard00000", url, None, *window, None, f"Title {sid}", None, None,
                     1, license="CC BY 4.0")  # fmt: skip


@pytest.fixture(scope="module")
def release(tmp_path_factory, http_server, media_dir):
    """A release of three URL sources, annotations only, built by the real stages."""
    work = tmp_path_factory.mktemp("rh")
    old = Path.cwd()
    os.chdir(work)  # media paths in the tables are relative to the run folder, as in a run
    try:
        moving_video(media_dir / "rh_window.mp4", 20)
        moving_video(media_dir / "rh_plain.mp4", 9)
        moving_video(media_dir / "rh_gone.mp4", 8)
        rows = [row("win", f"{http_server.base}/rh_window.mp4", WINDOW),
                row("plain", f"{http_server.base}/rh_plain.mp4"),
                row("gone", f"{http_server.base}/rh_gone.mp4")]  # fmt: skip
        config = shipped_config()
        config["download"].update(retries=0)
        fetch = stage_job({}, {"table": "s/sources.parquet", "media": "s/downloads",
                               "failures": "s/failures_fetch.parquet"},
                          {"rows": rows_param(rows), "manifest": str(work / "m.tsv"),
                           "takedowns": None,
                           "download": config["download"], "bounds": config["bounds"],
                           "text": config["text"]})  # fmt: skip
        FetchStage.run(fetch)
        run_clips(clips_job(Path("s/sources.parquet"), Path("s"), DetectorConfig(), ClipConfig()))
        clips = read_parquet("s/clips.parquet").to_pylist()
        ids = [c["clip_id"] for c in clips]
        asr = [{"clip_id": c, "asr_status": "no_speech"} for c in ids]
        write_parquet(to_table("asr", asr), "s/asr.parquet")
        write_parquet(to_table("ocr", [{"clip_id": c, "ocr_status": "no_text"} for c in ids]),
                      "s/ocr.parquet")  # fmt: skip
        run_samples(stage_job({k: f"s/{k}.parquet" for k in ("sources", "clips", "asr", "ocr")},
                              {"table": "s/samples.parquet"}))  # fmt: skip
        samples = read_parquet("s/samples.parquet").to_pylist()
        data = [s | {"released": True, "verification_status": "pending_post"} for s in samples]
        write_parquet(to_table("dataset", data), "s/dataset.parquet")
        inputs = {
            "dataset": "s/dataset.parquet",
            "samples": "s/samples.parquet",
            "failures": "s/failures_fetch.parquet",
            "sources": "s/sources.parquet",
        }
        outputs = {"card": "release/README.md", "audit": "internal_audit/README.md"}
        params = {"export": {"shard_samples": 10}, "include_unvalidated": True}
        run_export(stage_job(inputs, outputs, params))
    finally:
        os.chdir(old)
    return work


def test_an_annotations_release_carries_provenance_and_no_media(release):
    rows = pq.read_table(release / "release/data/train.parquet").to_pylist()
    assert {r["source_id"] for r in rows} == {"win", "plain", "gone"}
    for r in rows:
        assert r["clip_path"] is None and r["frame_paths"] is None and r["audio_path"] is None
        assert r["video_id"] == f"rh_{'window' if r['source_id'] == 'win' else r['source_id']}"
        assert r["webpage_url"].startswith("http://127.0.0.1:") and r["license"] == "cc-by-4.0"
        assert len(r["clip_sha256"]) == 64 and r["extractor"] == "Generic"
    win = next(r for r in rows if r["source_id"] == "win")
    assert win["source_start"] == pytest.approx(win["start"] + WINDOW[0])
    with tarfile.open(release / "release/webdataset/train-000000.tar") as tar:
        assert {Path(m.name).suffix for m in tar.getmembers()} == {".json"}
    attribution = (release / "release/ATTRIBUTION.md").read_text()
    assert '"Title win" by' in attribution and "licensed cc-by-4.0" in attribution


def test_windowed_clip_times_point_into_the_original_video(release, media_dir):
    """Cut the original at the released (source-timeline) times: the same pixels."""
    win = next(r for r in pq.read_table(release / "release/data/train.parquet").to_pylist()
               if r["source_id"] == "win")  # fmt: skip
    clip = next((release / "s").rglob(f"{win['clip_id']}.mp4"))
    original = media_dir / "rh_window.mp4"
    for t in (1.0, 3.0):
        here = frame(clip, t)
        there = np.abs(here - frame(original, win["source_start"] + t)).mean()
        wrong = np.abs(here - frame(original, win["start"] + t)).mean()  # window offset ignored
        assert there < 1.0 < wrong, (t, there, wrong)


def test_rehydration_rebuilds_identical_clips_and_reports_a_gone_source(
    release, media_dir, tmp_path
):
    (media_dir / "rh_gone.mp4").unlink()  # the source was removed since the release
    work = tmp_path / "fresh"
    work.mkdir()
    (work / "manifest.tsv").write_text("id\tpath\nx\tnone.mp4\n")
    config = shipped_config(manifest="manifest.tsv")
    config["download"].update(retries=0)
    config["rehydrate"] = {"release": str(release / "release"), "out": "rebuilt",
                           "local_root": None, "tolerance_frames": 1}  # fmt: skip
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    proc = subprocess.run(snakemake_cmd(work, "--cores", "1", "rehydrate"), capture_output=True,
                          text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = {r["clip_id"]: r for r in pq.read_table(work / "rebuilt/report.parquet").to_pylist()}
    released = {r["clip_id"]: r for r in
                pq.read_table(release / "release/data/train.parquet").to_pylist()}  # fmt: skip
    assert set(report) == set(released)
    for cid, r in report.items():
        if r["source_id"] == "gone":
            assert (r["status"], r["cause"]) == ("source_unavailable", "unavailable")
            assert "404" in r["message"]
            continue
        assert r["status"] == "identical", r
        assert r["sha256"] == released[cid]["clip_sha256"]
        assert abs(r["duration"] - released[cid]["duration"]) <= 1 / 25 + 1e-6
        assert len(r["frame_paths"]) == 12 and all((work / p).exists() for p in r["frame_paths"])
        assert (work / r["audio_path"]).exists()
    assert "source_unavailable" in (work / "rebuilt/report.md").read_text()
    failures = pq.read_table(work / "rebuilt/failures.parquet").to_pylist()
    assert [(f["source_id"], f["cause"]) for f in failures] == [("gone", "unavailable")]
    # the same frames as the pipeline sampled (same seed, same clip)
    first = next(r for r in report.values() if r["status"] == "identical")
    pipeline = sorted((release / "s").rglob(f"{first['clip_id']}/frame_*.jpg"))
    assert [p.read_bytes() for p in pipeline] == [
        (work / p).read_bytes() for p in first["frame_paths"]
    ]
