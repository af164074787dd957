import pytest

from videomind.core.ids import InvalidId, clip_id, sanitize_id
from videomind.core.text import clean_text, original_text, word_count


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("abc123", "abc123"),
        ("../../etc/passwd", "etc_passwd"),
        ("a/b\\c", "a_b_c"),
        ("..", None),
        ("  spaced id  ", "spaced_id"),
        (".hidden", "hidden"),
        ("yt:dQw4w9WgXcQ", "yt_dQw4w9WgXcQ"),
        ("ünïcödé", "n_c_d"),
    ],
)
def test_sanitize_id(raw, expected):
    if expected is None:
        with pytest.raises(InvalidId):
            sanitize_id(raw)
    else:
        out = sanitize_id(raw)
        assert out == expected
        assert "/" not in out and ".." not in out and not out.startswith(".")


def test_sanitize_rejects_empty():
    for raw in ("", "   ", "///"):
        with pytest.raises(InvalidId):
            sanitize_id(raw)


def test_sanitize_bounds_length():
    assert len(sanitize_id("x" * 500)) == 80


def test_clip_id():
    assert clip_id("vid", 7) == "vid-c007"


def test_clean_text_keeps_emoji_and_rtl_and_cuts_long_text():
    assert clean_text("héllo 🎬 שלום\x00\x07") == "héllo 🎬 שלום"
    assert clean_text(b"caf\xe9 ok") == "caf\ufffd ok"
    long = clean_text("word " * 5000, max_chars=100)
    assert len(long) == 100 and long.endswith("…")
    assert clean_text("   ") is None


def test_original_text_prefers_manifest():
    assert original_text("given", "t", "d", 100) == ("given", "manifest")
    assert original_text(None, "t", "d", 100) == ("t\nd", "metadata")
    assert original_text(None, None, None, 100) == (None, "none")


def test_word_count_counts_cjk_per_character():
    assert word_count("a quick test") == 3
    assert word_count("你好世界") == 4
    assert word_count("") == 0 and word_count(None) == 0
