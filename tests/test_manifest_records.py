from pathlib import Path

import pyarrow as pa
import pytest

from videomind.core.records import SCHEMAS, schema_markdown, to_table
from videomind.ingest.manifest import ManifestError, load_manifest, shard_of


def write(tmp_path: Path, text: str, name: str = "m.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_manifest_rejects_bad_rows_and_keeps_good_ones(tmp_path):
    path = write(
        tmp_path,
        "id\turl\tpath\tstart\tend\n"
        "good\thttps://example.org/v\t\t\t\n"
        "\thttps://example.org/x\t\t\t\n"  # missing id
        "good\thttps://example.org/dup\t\t\t\n"  # duplicate id
        "../evil/id\t\tvideo.mp4\t\t\n"  # unsafe id is sanitised, kept
        "nolocation\t\t\t\t\n"
        "both\thttps://example.org/b\tb.mp4\t\t\n"
        "ftp\tftp://example.org/b\t\t\t\n"
        "badwin\thttps://example.org/w\t\t10\t5\n"
        "notnum\thttps://example.org/n\t\tabc\t\n",
    )
    m = load_manifest(path, shards=10)
    assert [r.source_id for r in m.rows] == ["good", "evil_id"]
    assert m.rows[1].raw_id == "../evil/id"
    assert m.rows[1].path == str(tmp_path / "video.mp4")
    causes = {(r.line, r.cause) for r in m.rejected}
    assert causes == {
        (3, "missing_id"),
        (4, "duplicate_id"),
        (6, "missing_location"),
        (7, "ambiguous_location"),
        (8, "bad_url"),
        (9, "bad_window"),
        (10, "bad_window"),
    }
    assert all(str(path) in r.message for r in m.rejected)


def test_manifest_shards_are_stable_under_inserts_edits_and_appends(tmp_path):
    rows = [f"v{i}\thttps://example.org/{i}\tTitle {i}\n" for i in range(40)]
    m = load_manifest(write(tmp_path, "id\turl\ttitle\n" + "".join(rows)), shards=4)
    assert m.shards == ["shard00000", "shard00001", "shard00002", "shard00003"]
    assert all(r.shard == shard_of(r.source_id, 4) for r in m.rows)
    sizes = [len(m.shard_rows(s)) for s in m.shards]
    assert sum(sizes) == 40 and min(sizes) >= 5  # hashing spreads them
    # within a shard, rows keep manifest order
    assert all([r.line for r in m.shard_rows(s)] == sorted(r.line for r in m.shard_rows(s))
               for s in m.shards)  # fmt: skip
    before = {r.source_id: r.shard for r in m.rows}
    # insert at the top and in the middle, edit one row, delete one, append some
    changed = ["new0\thttps://example.org/n0\tNew\n", *rows[:10], "new1\thttps://x.org/1\t\n",
               *rows[10:20], rows[20].replace("Title 20", "Edited"), *rows[22:],
               *(f"w{i}\thttps://example.org/w{i}\t\n" for i in range(5))]  # fmt: skip
    m2 = load_manifest(write(tmp_path, "id\turl\ttitle\n" + "".join(changed), "m2.tsv"), shards=4)
    after = {r.source_id: r.shard for r in m2.rows}
    assert all(after[k] == v for k, v in before.items() if k != "v21")  # nothing moved
    assert "v21" not in after
    with pytest.raises(ManifestError, match="number of shards must be >= 1"):
        load_manifest(write(tmp_path, "id\turl\n", "m3.tsv"), shards=0)


def test_manifest_csv_and_non_utf8(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"id,url,title\nv1,https://example.org/1,caf\xe9\n")
    m = load_manifest(path, shards=2)
    assert m.rows[0].title == "caf\ufffd"


def test_manifest_file_errors_name_the_file(tmp_path):
    with pytest.raises(ManifestError, match="does not exist"):
        load_manifest(tmp_path / "nope.tsv", 1)
    with pytest.raises(ManifestError, match="no 'id' column"):
        load_manifest(write(tmp_path, "name\turl\nx\ty\n"), 1)


def test_records_reject_unknown_columns_and_fill_missing():
    t = to_table("failures", [{"stage": "fetch", "source_id": "a", "cause": "x"}])
    assert t.num_rows == 1 and t.column("message").to_pylist() == [None]
    with pytest.raises(KeyError, match="unknown columns"):
        to_table("failures", [{"stage": "fetch", "bogus": 1}])
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        to_table("clips", [{"clip_id": "a", "duration": "long"}])


def test_sample_schema_extends_every_stage():
    samples = set(SCHEMAS["samples"].names)
    for kind in ("clips", "asr", "ocr"):
        assert set(SCHEMAS[kind].names) <= samples
    for field in SCHEMAS["samples"]:
        assert field.metadata and field.metadata[b"doc"], field.name


def test_schema_doc_is_current():
    doc = Path(__file__).resolve().parent.parent / "docs" / "schema.md"
    assert doc.read_text() == schema_markdown(), (
        "run: python -m videomind.core.records > docs/schema.md"
    )


def test_an_oversized_field_is_bounded_not_a_crash(tmp_path):
    huge = "word " * 40_000  # 200 K characters: over the csv module's own 128 KiB field limit
    path = write(tmp_path, f"id\turl\tdescription\nbig\thttps://example.org/b\t{huge}\n"
                           "next\thttps://example.org/n\tfine\n")  # fmt: skip
    m = load_manifest(path, shards=2, max_chars=5000)
    assert [r.source_id for r in m.rows] == ["big", "next"]
    assert len(m.rows[0].description) <= 4 * 5000
    long_url = "https://example.org/" + "a" * 9000
    m2 = load_manifest(write(tmp_path, f"id\turl\nx\t{long_url}\n", "u.tsv"), shards=1)
    assert [(r.line, r.cause) for r in m2.rejected] == [(2, "field_too_long")]


def test_tsv_is_read_without_quote_processing(tmp_path):
    rows = (
        'q1\thttps://example.org/1\t"Quoted" at the start\n'
        'q2\thttps://example.org/2\tan "unclosed quote\n'
        "q3\thttps://example.org/3\ta\\ttab and a\\nnewline, escaped\n"
        "q4\thttps://example.org/4\tC:\\\\path\n"
    )
    m = load_manifest(write(tmp_path, "id\turl\ttitle\n" + rows), shards=1)
    titles = {r.source_id: r.title for r in m.rows}
    assert titles == {
        "q1": '"Quoted" at the start',
        "q2": 'an "unclosed quote',  # the rows after it are rows, not part of this field
        "q3": "a\ttab and a\nnewline, escaped",
        "q4": "C:\\path",
    }
    assert m.rejected == []


def test_csv_with_an_unclosed_quote_is_a_failure_row_naming_the_line(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "id,url,title\n"
        'ok,https://example.org/1,"A title, with a comma"\n'
        'multi,https://example.org/2,"Two\nlines"\n'
        'bad,https://example.org/3,"never closed\n'
        "lost,https://example.org/4,swallowed\n"
    )
    m = load_manifest(path, shards=1)
    assert [(r.source_id, r.title) for r in m.rows] == [
        ("ok", "A title, with a comma"), ("multi", "Two\nlines"),
    ]  # fmt: skip
    [bad] = m.rejected
    assert (bad.line, bad.cause) == (5, "unreadable_row")
    assert f"{path}:5:" in bad.message and "lines 5-" in bad.message


def test_a_shards_rows_travel_as_columns_without_credentials(tmp_path):
    """The fetch param holds one list per field (not a dict per row) and no credential; the
    fetch job gets back the rows, with the redacted URL and the secret's fingerprint."""
    from videomind.ingest.manifest import ROW_FIELDS, rows_from_param, rows_param
    from videomind.ingest.secrets import fingerprint

    secret_url = "https://user:hunter2@example.org/v.mp4?token=abc123&x=1"
    (tmp_path / "m.tsv").write_text(
        "id\turl\tpath\ttitle\tstart\tend\tlicense\n"
        f"a\t{secret_url}\t\tA\t1.5\t9\tCC BY 4.0\n"
        "b\t\tb.mp4\tB\t\t\t\n"
        "c\thttps://example.org/c.mp4\t\tC\t\t\t\n"
    )
    rows = load_manifest(tmp_path / "m.tsv", shards=1).rows
    param = rows_param(rows)
    assert tuple(param) == ROW_FIELDS and all(len(col) == 3 for col in param.values())
    assert "hunter2" not in repr(param) and "abc123" not in repr(param)
    back = rows_from_param(param)
    assert back[1:] == rows[1:]
    assert back[0].url == "https://example.org/v.mp4?x=1"
    assert back[0].url_secret == fingerprint(secret_url)
    assert (back[0].start, back[0].end, back[0].license) == (1.5, 9.0, "CC BY 4.0")
    assert rows_from_param(rows_param([])) == []
