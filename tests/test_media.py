"""Probe, scene detection, cutting, frames and audio on media generated with real ffmpeg."""

import wave
from pathlib import Path

import pytest
from conftest import ffmpeg, make_scenes_video

from videomind.media.cut import cut_clip, extract_frames_audio
from videomind.media.probe import MediaError, keyframe_times, probe
from videomind.media.scenes import DetectorConfig, detect_scenes, plan_segments


def test_probe_reads_a_real_video(scenes_video):
    info = probe(scenes_video)
    assert abs(info.duration - 15.0) < 0.1
    assert (info.width, info.height) == (320, 240)
    assert float(info.fps) == 25 and info.has_audio


@pytest.mark.parametrize("fast", [True, False])
def test_detect_scenes_finds_the_hard_cuts(scenes_video, fast):
    scenes = detect_scenes(probe(scenes_video), DetectorConfig(fast_decode=fast))
    assert len(scenes) == 3
    (a0, a1), (b0, b1), (c0, c1) = scenes
    assert a0 == 0.0 and abs(a1 - 6.0) <= 0.1 and abs(b1 - 8.0) <= 0.1 and abs(c1 - 15.0) < 0.1
    segs = plan_segments(scenes, 5.0, 60.0)
    assert [s.keep for s in segs] == [True, False, True]


def test_adaptive_detector(scenes_video):
    scenes = detect_scenes(probe(scenes_video), DetectorConfig(detector="adaptive"))
    assert [round(s) for s, _ in scenes] == [0, 6, 8]


def test_window_limits_detection_to_the_window(scenes_video):
    scenes = detect_scenes(probe(scenes_video), DetectorConfig(), window=(7.0, 12.0))
    assert scenes[0][0] == 7.0 and abs(scenes[0][1] - 8.0) <= 0.1
    assert abs(scenes[-1][1] - 12.0) < 0.05


def test_window_past_the_end(scenes_video):
    info = probe(scenes_video)
    scenes = detect_scenes(info, DetectorConfig(), window=(8.0, 100.0))
    assert scenes[0][0] == 8.0 and abs(scenes[-1][1] - 15.0) < 0.1
    with pytest.raises(MediaError) as err:
        detect_scenes(info, DetectorConfig(), window=(20.0, 30.0))
    assert err.value.cause == "window_outside_video"


def test_cut_frames_and_audio(scenes_video, tmp_path):
    info = probe(scenes_video)
    kfs = keyframe_times(scenes_video)
    assert 0.0 in kfs and len(kfs) >= 10  # -g 25 in the fixture
    for precision in ("keyframe", "exact"):
        cut = cut_clip(info, 8.0, 15.0, tmp_path / f"{precision}.mp4", precision)
        assert abs(cut.info.duration - 7.0) < 0.15
        assert cut.info.has_audio
        frames = extract_frames_audio(
            cut.info, [0, 10, 50, 100, 170], tmp_path / precision, tmp_path / f"{precision}.wav"
        )
        assert [p.name for p in frames] == [f"frame_{i:02d}.jpg" for i in range(5)]
        with wave.open(str(tmp_path / f"{precision}.wav")) as w:
            assert (w.getnchannels(), w.getframerate()) == (1, 16000)
            assert abs(w.getnframes() / 16000 - 7.0) < 0.15


def test_audio_is_complete_when_frames_stop_early(scenes_video, tmp_path):
    clip = probe(scenes_video)
    extract_frames_audio(clip, [0, 1, 2], tmp_path / "f", tmp_path / "a.wav")
    with wave.open(str(tmp_path / "a.wav")) as w:
        assert abs(w.getnframes() / w.getframerate() - clip.duration) < 0.1


def test_video_without_audio_is_not_an_error(media_dir, tmp_path):
    silent = make_scenes_video(media_dir / "silent.mp4", [("navy", 6)], audio=False)
    info = probe(silent)
    assert not info.has_audio
    cut = cut_clip(info, 0.0, 6.0, tmp_path / "c.mp4")
    frames = extract_frames_audio(cut.info, list(range(12)), tmp_path / "f", None)
    assert len(frames) == 12


@pytest.mark.parametrize(
    ("name", "make", "cause"),
    [
        ("empty.mp4", lambda p: p.write_bytes(b""), "empty_file"),
        ("random.mp4", lambda p: p.write_bytes(bytes(range(256)) * 400), "unreadable_media"),
        ("missing.mp4", lambda p: None, "missing_file"),
    ],
)
def test_probe_failures_have_causes(tmp_path, name, make, cause):
    path = tmp_path / name
    make(path)
    with pytest.raises(MediaError) as err:
        probe(path)
    assert err.value.cause == cause and name in str(err.value)


def test_audio_only_file(tmp_path):
    path = tmp_path / "audio.m4a"
    ffmpeg("-f", "lavfi", "-i", "sine=d=2", "-c:a", "aac", str(path))
    with pytest.raises(MediaError) as err:
        probe(path)
    assert err.value.cause == "no_video_stream" and "audio" in str(err.value)


def test_truncated_file_with_index_first(scenes_video, tmp_path):
    """moov first (web-style): the header promises 15 s, the data stops half way."""
    data = scenes_video.read_bytes()
    path = tmp_path / "truncated.mp4"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(MediaError) as err:
        detect_scenes(probe(path), DetectorConfig())
    assert err.value.cause == "truncated_media" and "truncated.mp4" in str(err.value)


def test_a_stream_damaged_in_the_middle_still_gives_its_scenes(scenes_video, tmp_path):
    """Garbage over part of the picture data: the decoder's complaints do not end detection."""
    data = bytearray(scenes_video.read_bytes())
    at = len(data) // 2
    data[at : at + 4000] = bytes(range(256)) * 15 + bytes(160)
    path = tmp_path / "damaged.mp4"
    path.write_bytes(bytes(data))
    scenes = detect_scenes(probe(path), DetectorConfig())
    assert scenes[0][0] == 0.0 and abs(scenes[-1][1] - 15.0) < 0.1


def test_a_stuck_decode_times_out(scenes_video, monkeypatch):
    """The decode runs in process: its time-out is a check between packets, not a kill."""
    import dataclasses

    import videomind.media.scenes as scenes_mod

    monkeypatch.setattr(scenes_mod, "DECODE_TIMEOUT_MIN", -1.0)
    info = dataclasses.replace(probe(scenes_video), duration=1e-9)
    with pytest.raises(MediaError) as err:
        detect_scenes(info, DetectorConfig())
    assert err.value.cause == "media_timeout" and "scenes.mp4" in str(err.value)


def test_probe_of_a_written_clip_reads_what_ffprobe_reads(scenes_video, media_dir, tmp_path):
    from videomind.media.probe import probe_written

    silent = tmp_path / "silent.mp4"
    ffmpeg("-i", str(scenes_video), "-an", "-c", "copy", str(silent))
    cut = cut_clip(probe(scenes_video), 8.0, 15.0, tmp_path / "cut.mp4")
    for path in (scenes_video, silent, cut.path):
        assert probe_written(path) == probe(path)
    assert not probe_written(silent).has_audio
    with pytest.raises(MediaError) as err:  # what PyAV cannot read goes to ffprobe's causes
        (tmp_path / "empty.mp4").write_bytes(b"")
        probe_written(tmp_path / "empty.mp4")
    assert err.value.cause == "empty_file"


def test_cutter_threads_yield_to_detection():
    import os
    import threading

    from videomind.modalities.clips import CUTTER_NICENESS, _yield_to_detection

    seen = {}

    def worker() -> None:
        _yield_to_detection()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    base = os.getpriority(os.PRIO_PROCESS, 0)
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen["nice"] == min(19, base + CUTTER_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, 0) == base  # the detecting thread keeps its own


def test_truncated_file_with_index_last(media_dir, tmp_path):
    """moov last (camera-style): cutting the file loses the index, nothing is readable."""
    src = tmp_path / "plain.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc=d=6:s=160x120", "-c:v", "libx264", str(src))
    path = tmp_path / "truncated_last.mp4"
    path.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    with pytest.raises(MediaError) as err:
        probe(path)
    assert err.value.cause == "unreadable_media" and "truncated_last.mp4" in str(err.value)


def _ingest_one(video, tmp_path):
    from videomind.core.io import read_parquet, write_parquet
    from videomind.core.records import to_table
    from videomind.modalities.clips import ClipConfig, clips_job, run_clips

    sources = tmp_path / "sources.parquet"
    row = {"source_id": "v", "shard": "shard00000", "status": "ok", "media_path": str(video)}
    write_parquet(to_table("sources", [row]), sources)
    run_clips(clips_job(sources, tmp_path, DetectorConfig(), ClipConfig(), threads=2))
    return (
        read_parquet(tmp_path / "clips.parquet").to_pylist(),
        read_parquet(tmp_path / "failures.parquet").to_pylist(),
    )


def test_variable_frame_rate_source(tmp_path):
    """10 fps for 4 s, then 30 fps for 4 s, in one VFR file: frames stay on the time grid."""
    a, b, lst = tmp_path / "a.mp4", tmp_path / "b.mp4", tmp_path / "list.txt"
    ffmpeg("-f", "lavfi", "-i", "testsrc=r=10:d=4:s=320x240", "-c:v", "libx264", str(a))
    ffmpeg("-f", "lavfi", "-i", "testsrc=r=30:d=4:s=320x240", "-c:v", "libx264", str(b))
    lst.write_text(f"file '{a}'\nfile '{b}'\n")
    vfr = tmp_path / "vfr.mp4"
    ffmpeg("-f", "concat", "-safe", "0", "-i", str(lst), "-c", "copy", str(vfr))
    clips, failures = _ingest_one(vfr, tmp_path)
    assert failures == [] and len(clips) == 1
    clip = clips[0]
    assert clip["duration"] >= 5.0 and len(clip["frame_paths"]) == 12
    assert all(0 <= t < clip["duration"] for t in clip["frame_times"])


def test_slideshow_with_too_few_frames_is_recorded(tmp_path):
    """1 fps for 8 s: one scene, 8 frames, fewer than the 12 the paper samples."""
    slow = tmp_path / "slides.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=c=teal:s=320x240:r=1:d=8", "-c:v", "libx264", str(slow))
    clips, failures = _ingest_one(slow, tmp_path)
    assert clips == []
    assert [(f["cause"], f["clip_id"]) for f in failures] == [("too_few_frames", "v-c000")]
    assert "8 frames" in failures[0]["message"]


def test_very_large_resolution_is_scaled_down(tmp_path):
    big = tmp_path / "uhd.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=r=10:d=6:s=3840x2160", "-c:v", "libx264",
           "-preset", "ultrafast", str(big))  # fmt: skip
    clips, failures = _ingest_one(big, tmp_path)
    assert failures == [] and len(clips) == 1
    assert (clips[0]["width"], clips[0]["height"]) == (3840, 2160)
    from videomind.media.probe import run_ffprobe

    for frame in clips[0]["frame_paths"]:
        stream = run_ffprobe(frame, "-show_streams")["streams"][0]
        assert (stream["width"], stream["height"]) == (854, 480)


def test_bounds_are_failure_causes(scenes_video):
    from videomind.media.probe import Bounds, MediaError, probe

    info = probe(scenes_video)  # 15 s, 320x240, 25 fps
    Bounds().check(info)
    for bounds, cause in (
        (Bounds(max_duration=10), "too_long"),
        (Bounds(max_filesize_mb=0.01), "too_large"),
        (Bounds(max_height=200), "resolution_too_high"),
        (Bounds(max_fps=24), "frame_rate_too_high"),
    ):
        with pytest.raises(MediaError) as err:
            bounds.check(info)
        assert err.value.cause == cause and str(scenes_video) in str(err.value)


def test_keyframes_stream_and_time_out(scenes_video):
    from videomind.media.probe import MediaError, keyframe_times

    times = keyframe_times(scenes_video)
    assert times[0] == 0.0 and len(times) >= 10 and times == sorted(times)  # -g 25: one a second
    with pytest.raises(MediaError) as err:
        keyframe_times(scenes_video, timeout=0.0001)
    assert err.value.cause == "media_timeout"


def test_clips_resume_after_the_job_dies(tmp_path, media_dir, monkeypatch):
    from videomind.core.io import read_parquet, write_parquet
    from videomind.core.records import to_table
    from videomind.modalities import clips as stage
    from videomind.modalities.clips import ClipConfig, clips_job, run_clips

    videos = [make_scenes_video(media_dir / f"resume{i}.mp4", [("red", 6), ("blue", 6)])
              for i in range(3)]  # fmt: skip
    rows = [{"source_id": f"r{i}", "shard": "shard00000", "status": "ok", "media_path": str(v)}
            for i, v in enumerate(videos)]  # fmt: skip
    write_parquet(to_table("sources", rows), tmp_path / "sources.parquet")
    job = clips_job(tmp_path / "sources.parquet", tmp_path / "w", DetectorConfig(), ClipConfig())
    real_detect, detected = stage._detect, []

    def dies_on_r2(src, *args, **kw):
        detected.append(src["source_id"])
        if src["source_id"] == "r2":
            raise KeyboardInterrupt("node lost")
        return real_detect(src, *args, **kw)

    monkeypatch.setattr(stage, "_detect", dies_on_r2)
    with pytest.raises(KeyboardInterrupt):
        run_clips(job)
    assert not (tmp_path / "w" / "clips.parquet").exists()
    monkeypatch.setattr(stage, "_detect", lambda src, *a, **k: detected.append(src["source_id"])
                        or real_detect(src, *a, **k))  # fmt: skip
    run_clips(job)
    # r0 was checkpointed after r1's detection; r1 and r2 are detected again
    assert detected == ["r0", "r1", "r2", "r1", "r2"]
    clips = read_parquet(tmp_path / "w" / "clips.parquet").to_pylist()
    assert [c["source_id"] for c in clips] == ["r0", "r0", "r1", "r1", "r2", "r2"]
    for c in clips:
        assert Path(c["clip_path"]).exists() and "/.resume/" not in c["clip_path"]
        assert all(Path(p).exists() for p in c["frame_paths"]) and len(c["frame_paths"]) == 12
    assert not (tmp_path / "w" / ".resume").exists()
    fresh = tmp_path / "fresh"
    run_clips(clips_job(tmp_path / "sources.parquet", fresh, DetectorConfig(), ClipConfig()))
    assert (fresh / "clips.parquet").read_bytes() != b""
    strip = [{k: v for k, v in c.items() if k not in ("clip_path", "frame_paths", "audio_path")}
             for c in read_parquet(fresh / "clips.parquet").to_pylist()]  # fmt: skip
    assert strip == [
        {k: v for k, v in c.items() if k not in ("clip_path", "frame_paths", "audio_path")}
        for c in clips
    ]


@pytest.mark.parametrize("open_gop", [False, True])
def test_frames_skip_undrawn_frames_and_match_the_filter_byte_for_byte(tmp_path, open_gop):
    """Issue 27 (1): the drawn frames come from a decode that skips every undrawn
    non-reference frame and every group of pictures after its last drawn frame; the JPEGs and
    the audio are the bytes the single fps+select filter run writes (B-frames, short groups,
    and open groups whose leading pictures refer back)."""
    from videomind.media.cut import _decode_picks, _frames_by_filter

    clip = tmp_path / "b.mp4"
    x264 = "bframes=3:b-pyramid=normal:keyint=24:min-keyint=24" + (":open-gop=1" * open_gop)
    ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=6",
           "-f", "lavfi", "-i", "sine=frequency=300:duration=6", "-c:v", "libx264",
           "-preset", "medium", "-x264-params", x264, "-pix_fmt", "yuv420p", "-c:a", "aac",
           "-shortest", str(clip))  # fmt: skip
    info = probe(clip)
    picks = sorted({3, 7, 30, 31, 60, 61, 62, 97, 140})
    assert _decode_picks(info, picks) is not None  # the skipping decode, not the fallback
    fast = extract_frames_audio(info, picks, tmp_path / "fast", tmp_path / "fast.wav", 120)
    (tmp_path / "slow").mkdir()
    _frames_by_filter(info, picks, tmp_path / "slow", tmp_path / "slow.wav", 120, 16000, 3)
    slow = sorted((tmp_path / "slow").glob("frame_*.jpg"))
    assert [p.name for p in fast] == [p.name for p in slow] and len(fast) == len(picks)
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(fast, slow, strict=True))
    assert (tmp_path / "fast.wav").read_bytes() == (tmp_path / "slow.wav").read_bytes()


def test_frames_of_a_clip_without_a_frame_per_slot_come_from_the_filter(tmp_path):
    """A variable-frame-rate clip (two frames of every five kept, time stamps unchanged) has
    slots without a frame of their own: the fps filter fills them, so the skipping decode steps
    aside and the filter run writes the frames."""
    from videomind.media.cut import _decode_picks

    clip = tmp_path / "vfr.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-vf",
           "select='lt(mod(n\\,5)\\,2)'", "-fps_mode", "vfr", "-c:v", "libx264",
           str(clip))  # fmt: skip
    info = probe(clip)
    n = int(info.duration * float(info.fps))
    picks = [1, 2, n // 2, n - 1]
    assert _decode_picks(info, picks) is None
    frames = extract_frames_audio(info, picks, tmp_path / "f", None)
    assert len(frames) == len(picks)


def test_a_card_is_a_picture_where_nothing_moves():
    """Cards measure about 1e-5; a slow scene of the film (0.012 to 0.024) is nearly static,
    but it is footage: an action may show what happens in it; so is its stillest shot (a rabbit
    sitting in the meadow, 4.05e-3: held-back set 14, taken for a card under r14)."""
    from videomind.media.measure import is_card, is_still

    card, slow, fast = {"change_mean": 1.2e-5}, {"change_mean": 0.0236}, {"change_mean": 0.05}
    assert is_card(card) and is_still(card)
    assert is_still(slow) and not is_card(slow)
    assert not is_card({"change_mean": 3.38e-3}) and is_card({"change_mean": 4.29e-5})
    assert not is_card(fast) and not is_card({})
