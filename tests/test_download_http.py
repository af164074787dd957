"""Real yt-dlp against a real HTTP server on 127.0.0.1."""

import json
import socket

import pytest

from videomind.ingest.download import DownloadConfig, DownloadFailed, download
from videomind.media.probe import probe

FAST = DownloadConfig(retries=2, backoff=0.01, socket_timeout=5)


def test_download_plain_http_media(http_server, scenes_video, tmp_path):
    media, info_path, info = download(
        f"{http_server.base}/{scenes_video.name}", "vid1", tmp_path, FAST
    )
    assert media.parent == tmp_path and media.name.startswith("vid1.")
    assert abs(probe(media).duration - 15.0) < 0.1
    assert info_path is not None
    assert json.loads(info_path.read_text())["webpage_url"].endswith(scenes_video.name)


def test_download_time_window(http_server, scenes_video, tmp_path):
    media, _, _ = download(
        f"{http_server.base}/{scenes_video.name}", "win", tmp_path, FAST, window=(2.0, 9.0)
    )
    assert abs(probe(media).duration - 7.0) < 0.6


def test_404_is_unavailable_with_yt_dlp_message(http_server, tmp_path):
    with pytest.raises(DownloadFailed) as err:
        download(f"{http_server.base}/status/404.mp4", "gone", tmp_path, FAST)
    assert err.value.cause == "unavailable"
    assert "404" in str(err.value) and err.value.attempts == 1


def test_429_is_rate_limited_and_retried(http_server, tmp_path):
    url = f"{http_server.base}/status/429.mp4"
    with pytest.raises(DownloadFailed) as err:
        download(url, "busy", tmp_path, FAST)
    assert err.value.cause == "rate_limited"
    assert "429" in str(err.value)
    assert err.value.attempts == 3
    assert http_server.hits["/status/429.mp4"] >= 3


def test_connection_refused_is_network(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DownloadFailed) as err:
        download(f"http://127.0.0.1:{port}/v.mp4", "down", tmp_path, FAST)
    assert err.value.cause == "network" and err.value.attempts == 3


def test_proxy_credentials_never_reach_logs_or_failures(tmp_path, caplog):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = DownloadConfig(retries=0, socket_timeout=5, proxy=f"http://agent:s3cret@127.0.0.1:{port}")
    caplog.set_level("DEBUG")
    with pytest.raises(DownloadFailed) as err:
        download("http://127.0.0.1:9/v.mp4", "proxied", tmp_path, cfg)
    assert err.value.cause == "network"
    assert "s3cret" not in str(err.value) and "s3cret" not in caplog.text


def test_cookies_are_used_but_never_logged(http_server, scenes_video, tmp_path, caplog):
    cookies = tmp_path / "cookies.txt"
    cookies.write_text(
        "# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tTOPSECRETVALUE\n"
    )
    caplog.set_level("DEBUG")
    cfg = DownloadConfig(retries=0, cookies=str(cookies))
    media, _, _ = download(f"{http_server.base}/{scenes_video.name}", "ck", tmp_path / "o", cfg)
    assert media.exists()
    assert "TOPSECRETVALUE" not in caplog.text
    info = (tmp_path / "o" / "ck.info.json").read_text()
    assert "TOPSECRETVALUE" not in info


def test_a_playlist_url_is_refused_not_mixed_into_one_file(http_server, scenes_video, tmp_path):
    page = scenes_video.parent / "playlist.html"
    page.write_text(
        "<html><body>"
        f'<video src="/{scenes_video.name}"></video><video src="/{scenes_video.name}?b"></video>'
        "</body></html>"
    )
    with pytest.raises(DownloadFailed) as err:
        download(f"{http_server.base}/playlist.html", "pl", tmp_path, FAST)
    assert err.value.cause == "playlist" and "one video per manifest row" in str(err.value)
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".json"]


def test_too_large_is_refused_and_no_cookie_is_left_behind(http_server, scenes_video, tmp_path):
    cookies = tmp_path / "cookies.txt"
    original = (
        "# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tTOPSECRETVALUE\n"
    )
    cookies.write_text(original)
    cfg = DownloadConfig(retries=0, cookies=str(cookies), max_filesize_mb=0.001)
    with pytest.raises(DownloadFailed) as err:
        download(f"{http_server.base}/{scenes_video.name}", "big", tmp_path / "o", cfg)
    assert err.value.cause == "too_large"
    for path in (tmp_path / "o").rglob("*"):
        if path.is_file():
            assert b"TOPSECRETVALUE" not in path.read_bytes(), path
    assert cookies.read_text() == original  # yt-dlp rewrote its private copy, not ours


def test_a_malformed_cookie_line_never_reaches_stderr_or_logs(
    http_server, scenes_video, tmp_path, caplog, capfd
):
    cookies = tmp_path / "cookies.txt"
    cookies.write_text(
        "# Netscape HTTP Cookie File\n"
        "127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tGOODVALUE\n"
        "127.0.0.1\tFALSE\t/\tsession\tLEAKYVALUE\n"  # 5 fields: yt-dlp would print it
    )
    caplog.set_level("DEBUG")
    cfg = DownloadConfig(retries=0, cookies=str(cookies))
    media, _, _ = download(f"{http_server.base}/{scenes_video.name}", "ck2", tmp_path / "o", cfg)
    assert media.exists()
    out, err = capfd.readouterr()
    assert "LEAKYVALUE" not in out + err + caplog.text
    assert "left out 1 malformed line(s)" in caplog.text
