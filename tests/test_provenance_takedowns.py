"""Provenance (canonical URLs, licences, source timeline) and takedowns at every point they
apply: manifest parse, yt-dlp before download, the dataset join."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest
from conftest import sample_rows, shipped_config, stage_job

from videomind.core.records import to_table
from videomind.ingest.download import DownloadConfig, DownloadFailed, download
from videomind.ingest.manifest import load_manifest
from videomind.ingest.provenance import (
    canonical_url,
    country_of,
    licence_allows,
    licence_id,
    local_provenance,
    source_provenance,
    source_time,
)
from videomind.ingest.takedowns import TakedownError, Takedowns
from videomind.verification.collect import join_dataset


def test_canonical_url_drops_credentials_tracking_and_fragment():
    url = ("HTTPS://user:pw@WWW.Video.Example:443/watch?v=abc&utm_source=x&si=share"
           "&X-Amz-Signature=s3cret&t=42#comments")  # fmt: skip
    assert canonical_url(url) == "https://www.video.example/watch?v=abc&t=42"
    assert canonical_url("http://127.0.0.1:8000/a.mp4") == "http://127.0.0.1:8000/a.mp4"
    assert canonical_url(None) is None and canonical_url("http://[::1") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Creative Commons Attribution license (reuse allowed)", "cc-by"),
        ("CC BY-SA 4.0", "cc-by-sa-4.0"),
        ("CC-BY-NC 3.0", "cc-by-nc-3.0"),
        ("CC0", "cc0"),
        ("Public Domain", "public-domain"),
        ("Standard YouTube License", "standard-youtube"),
        ("", None),
        (None, None),
    ],
)
def test_licence_ids(text, expected):
    assert licence_id(text) == expected


def test_licence_allow_list_matches_families_not_prefixes():
    allowed = ["cc-by", "cc0"]
    assert licence_allows("cc-by-3.0", allowed) and licence_allows("cc-by", allowed)
    assert not licence_allows("cc-by-nc-4.0", allowed)  # a prefix is not a family
    assert not licence_allows("cc-by-sa-4.0", allowed) and not licence_allows(None, allowed)


def test_provenance_from_yt_dlp_metadata_and_local_files(tmp_path):
    info = {
        "id": "abc123",
        "extractor_key": "Youtube",
        "channel_id": "UC1",
        "uploader_id": "@u",
        "channel": "Chan",
        "license": "Creative Commons Attribution license (reuse allowed)",
        "duration": 600,
        "webpage_url": "https://www.youtube.com/watch?v=abc123&feature=share",
    }
    p = source_provenance(info, "CC0", windowed=True)
    assert p["video_id"] == "abc123" and p["extractor"] == "Youtube" and p["channel_id"] == "UC1"
    assert p["webpage_url"] == "https://www.youtube.com/watch?v=abc123"
    assert (p["license"], p["license_source"]) == ("cc-by", "metadata")  # the platform wins
    assert p["original_duration"] == 600.0
    assert source_provenance({}, "CC BY 4.0", False)["license_source"] == "manifest"
    manifest = tmp_path / "m" / "manifest.tsv"
    local = local_provenance(str(manifest), str(tmp_path / "m" / "media" / "a.mp4"), None)
    assert local["source_path"] == "media/a.mp4" and local["license_source"] == "none"
    outside = local_provenance(str(manifest), "/home/curator/private/b.mp4", None)
    assert outside["source_path"] == "b.mp4"  # never the curator's disk layout


def test_country_from_metadata_else_the_manifest_else_unknown(tmp_path):
    """Figure 3's countries panel: yt-dlp's location wins, the manifest fills in, codes are
    upper-cased so one country counts once, and nothing is guessed."""
    assert country_of({"location": "jp"}, "FR") == ("JP", "metadata:location")
    assert country_of({"location": "  Lisbon,\n Portugal "}, None) == (
        "Lisbon, Portugal", "metadata:location")  # fmt: skip
    assert country_of({"location": ""}, "de") == ("DE", "manifest")
    assert country_of({}, None) == (None, "none")
    assert source_provenance({"country": "BR"}, None, False)["country_source"] == "metadata:country"
    assert local_provenance(str(tmp_path / "m.tsv"), None, None, "Kenya")["country"] == "Kenya"
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\turl\tcountry\nkeep\thttps://v.example/watch?v=1\tes\n")
    assert load_manifest(manifest, shards=2).rows[0].country == "es"


def test_source_time_adds_a_download_window_only():
    clip = {"start": 1.5, "end": 7.0}
    assert source_time(clip, {"window_applied_by": "download", "window_start": 30.0}) == (
        31.5,
        37.0,
    )
    # a window applied by scene detection is already in the file's (= source's) timeline
    assert source_time(clip, {"window_applied_by": "scenes", "window_start": 30.0}) == (1.5, 7.0)


def test_takedown_list_parses_and_names_a_bad_line(tmp_path):
    listed = tmp_path / "takedowns.txt"
    listed.write_text("# requests of 2026-11\nhttps://v.example/watch?v=1&utm_source=x #mail\n"
                      "video:abc123\nchannel:UC9\nid:local_7\n\n")  # fmt: skip
    t = Takedowns.load(listed)
    assert t.urls == {"https://v.example/watch?v=1"} and t.videos == {"abc123"}
    assert (
        t.match_row("x", "x", "https://v.example/watch?v=1&si=zz")
        == "url:https://v.example/watch?v=1"
    )
    assert t.match_row("local_7", "local_7", None) == "id:local_7"
    assert t.match_info({"id": "abc123"}) == "video:abc123"
    assert t.match_info({"id": "zzz", "channel_id": "UC9"}) == "channel:UC9"
    assert t.match_info({"id": "zzz", "channel_id": "UC0"}) is None
    listed.write_text("video:ok\nnonsense line\n")
    with pytest.raises(TakedownError, match=r"takedowns.txt:2: 'nonsense line'"):
        Takedowns.load(listed)
    with pytest.raises(TakedownError, match="does not exist"):
        Takedowns.load(tmp_path / "missing.txt")
    assert not Takedowns.load(None)


def test_a_listed_row_is_a_takedown_failure_and_never_requested(http_server, scenes_video,
                                                                  tmp_path):  # fmt: skip
    from videomind.ingest.fetch import FetchStage
    from videomind.ingest.manifest import SourceRow, rows_param

    listed = tmp_path / "takedowns.txt"
    listed.write_text(f"{http_server.base}/{scenes_video.name}?td=1\nid:gone_local\n")
    rows = [SourceRow("gone_url", "gone_url", "shard00000",
                      f"{http_server.base}/{scenes_video.name}?td=1&utm_campaign=z", None, None,
                      None, None, None, None, None, 2),
            SourceRow("gone_local", "gone_local", "shard00000", None, str(scenes_video), None,
                      None, None, None, None, None, 3)]  # fmt: skip
    config = shipped_config()
    job = stage_job({}, {"table": str(tmp_path / "s.parquet"), "media": str(tmp_path / "dl"),
                         "failures": str(tmp_path / "f.parquet")},
                    {"rows": rows_param(rows), "manifest": str(tmp_path / "m.tsv"),
                     "takedowns": str(listed),
                     "download": config["download"], "bounds": config["bounds"],
                     "text": config["text"]})  # fmt: skip
    FetchStage.run(job)
    failures = pq.read_table(tmp_path / "f.parquet").to_pylist()
    got = {(f["source_id"], f["cause"]) for f in failures}
    assert got == {("gone_url", "takedown"), ("gone_local", "takedown")}
    assert all("on the takedown list" in f["message"] for f in failures)
    assert not any("td=1" in path for path in http_server.hits)  # never requested


def test_the_manifest_keeps_a_license_column(tmp_path):
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\turl\tlicense\nkeep\thttps://v.example/watch?v=1\tCC BY 4.0\n")
    assert load_manifest(manifest, shards=2).rows[0].license == "CC BY 4.0"


def test_yt_dlp_refuses_a_listed_video_before_downloading(http_server, scenes_video, tmp_path):
    url = f"{http_server.base}/{scenes_video.name}"
    listed = tmp_path / "t.txt"
    listed.write_text(f"video:{scenes_video.stem}\n")  # the generic extractor's id: file stem
    takedowns = Takedowns.load(listed)
    with pytest.raises(DownloadFailed) as err:
        download(url, "td", tmp_path / "o", DownloadConfig(retries=0), refuse=takedowns.match_info)
    assert err.value.cause == "takedown" and f"video:{scenes_video.stem}" in str(err.value)
    assert not [p for p in (tmp_path / "o").rglob("*") if p.suffix in (".mp4", ".part")]


def test_a_taken_down_sample_is_not_released_and_says_why(clip_media, tmp_path):
    rows = sample_rows(clip_media, 3)
    for r in rows:
        r |= {"video_id": f"v{r['source_id']}", "channel_id": "UCgood"}
    rows[1]["channel_id"] = "UCbad"
    names = set(to_table("samples", []).schema.names)
    samples = to_table("samples", [{k: v for k, v in r.items() if k in names} for r in rows])
    generation = to_table("generation", [{"clip_id": r["clip_id"]} for r in rows])
    pre = to_table("preverify", [{"clip_id": r["clip_id"], "pre_pass": True} for r in rows])
    listed = tmp_path / "t.txt"
    listed.write_text("channel:UCbad\nvideo:vsrc2\n")
    table = join_dataset(samples, generation, tmp_path / "d.parquet", pre, None, True,
                         Takedowns.load(listed))  # fmt: skip
    got = {r["clip_id"]: (r["released"], r["taken_down"]) for r in table.to_pylist()}
    assert got == {"src0-c000": (True, None), "src1-c000": (False, "channel:UCbad"),
                   "src2-c000": (False, "video:vsrc2")}  # fmt: skip
