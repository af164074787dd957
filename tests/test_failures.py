import pyarrow.parquet as pq

from videomind.core.failures import FailureLog


def test_failure_log_records_overrides_discards_and_sorts(tmp_path):
    log = FailureLog("clips", "shard00000")
    log.add("b", "ffmpeg_failed", "second\n  line", "b.mp4", "b-c000")
    log.add("a", "no_valid_clip", "too short", "a.mp4", stage="scenes")
    log.add("c", "ffmpeg_failed", "gone", "c.mp4", "c-c001")
    log.discard("c", "clips")
    log.write(tmp_path / "f.parquet")
    rows = pq.read_table(tmp_path / "f.parquet").to_pylist()
    assert [(r["stage"], r["source_id"]) for r in rows] == [("scenes", "a"), ("clips", "b")]
    assert rows[1]["message"] == "second line" and rows[1]["shard"] == "shard00000"
