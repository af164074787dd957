import pytest

from videomind.ingest.download import (
    DownloadConfig,
    classify_download_error,
    quiet,
    redact,
    ydl_options,
)


@pytest.mark.parametrize(
    ("message", "cause"),
    [
        ("ERROR: [youtube] abc: Video unavailable", "unavailable"),
        ("ERROR: [youtube] abc: Private video. Sign in if you've been granted access", "private"),
        (
            "ERROR: [youtube] abc: Sign in to confirm your age. This video may be inappropriate",
            "age_restricted",
        ),  # fmt: skip
        (
            "ERROR: [youtube] abc: The uploader has not made this video available in your country",
            "geo_blocked",
        ),  # fmt: skip
        ("ERROR: [youtube] abc: Sign in to confirm you're not a bot", "rate_limited"),
        ("ERROR: unable to download video data: HTTP Error 429: Too Many Requests", "rate_limited"),
        ("ERROR: unable to download video data: HTTP Error 404: Not Found", "unavailable"),
        (
            "ERROR: [generic] Unable to download webpage: <urlopen error [Errno 111] Connection "
            "refused>",
            "network",
        ),  # fmt: skip
        ("ERROR: something entirely new", "other"),
    ],
)
def test_classify(message, cause):
    assert classify_download_error(message) == cause


def test_redact_removes_credentials():
    assert redact("via http://user:secret@proxy:8080/") == "via http://proxy:8080/"
    # a bare token, a password with "@" in it, signed query parameters
    assert redact("https://ghp_TOKEN123@host.org/v.mp4") == "https://host.org/v.mp4"
    assert redact("x https://me:p@ss@w0rd@host.org/a?b=1 y") == "x https://host.org/a?b=1 y"
    signed = ("https://bucket.s3.amazonaws.com/v.mp4?X-Amz-Algorithm=AWS4&X-Amz-Credential=AKIA"
              "&X-Amz-Signature=deadbeef&X-Amz-Security-Token=tok&t=5")  # fmt: skip
    assert redact(signed) == "https://bucket.s3.amazonaws.com/v.mp4?X-Amz-Algorithm=AWS4&t=5"
    assert redact("https://cdn.org/v.mp4?token=abc&sig=x&api_key=k") == "https://cdn.org/v.mp4"
    # ";" separates parameters too; kept parameters keep their encoding
    assert redact("https://cdn.org/v.mp4?key;x=1") == "https://cdn.org/v.mp4?x=1"
    assert redact("https://cdn.org/v.mp4?a=%20b;token=t&c=1") == "https://cdn.org/v.mp4?a=%20b&c=1"
    assert redact("https://www.youtube.com/watch?v=abc&t=30") == (
        "https://www.youtube.com/watch?v=abc&t=30"
    )
    assert quiet("skipping cookie file entry due to invalid format: host\tsession\tVALUE") == (
        "skipping cookie file entry due to invalid format: <cookie line withheld>"
    )


def test_ydl_options_carry_config():
    cfg = DownloadConfig(max_height=360, rate_limit="2M", cookies="c.txt", proxy="http://p:1")
    opts = ydl_options("vid", __import__("pathlib").Path("/tmp/x"), cfg, (5.0, 20.0))
    assert "height<=360" in opts["format"]
    assert opts["ratelimit"] == 2 * 1024**2
    assert opts["cookiefile"] == "c.txt" and opts["proxy"] == "http://p:1"
    assert opts["writeinfojson"] and opts["noplaylist"]
    assert "download_ranges" in opts
    with pytest.raises(ValueError, match="rate_limit"):
        ydl_options("vid", __import__("pathlib").Path("/tmp"), DownloadConfig(rate_limit="fast"))


def test_scrub_info_drops_cookies_and_auth_headers():
    from videomind.ingest.download import scrub_info

    info = {
        "title": "t",
        "formats": [
            {
                "url": "https://u:pw@cdn.example/v",
                "cookies": "session=abc",
                "http_headers": {"Cookie": "session=abc", "User-Agent": "x"},
            }
        ],
    }
    clean = scrub_info(info)
    assert clean["title"] == "t"
    fmt = clean["formats"][0]
    assert "cookies" not in fmt and fmt["http_headers"] == {"User-Agent": "x"}
    assert fmt["url"] == "https://cdn.example/v"


def test_the_gate_refuses_playlists_and_long_videos_before_downloading():
    from videomind.ingest.download import _Gate

    gate = _Gate(max_duration=600)
    assert gate({"id": "a", "duration": 30}) is None and gate.refused is None
    assert "playlist or channel" in gate({"id": "b", "playlist_id": "PL1", "playlist_title": "x"})
    assert gate.refused[0] == "playlist"
    gate = _Gate(max_duration=600)
    assert "over the limit" in gate({"id": "c", "duration": 3600})
    assert gate.refused[0] == "too_long"
