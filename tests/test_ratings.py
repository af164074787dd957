"""Raters' files: validation with file:line errors, Cohen's kappa, the decision rule, and pending
samples that are never counted as verified."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from conftest import stage_job
from sklearn.metrics import cohen_kappa_score

from videomind.core.io import write_parquet
from videomind.core.records import to_table
from videomind.verification.postverify import run_ratings
from videomind.verification.ratings import agreement, decide, read_ratings, sample_votes
from videomind.verification.status import final_status

CLIPS = ["a-c000", "a-c001", "b-c000", "c-c000"]
ITEMS = {(c, r) for c in CLIPS for r in ("uploader", "protagonist")}


def write(path, text):
    path.write_text(text)
    return path


def full(rater_decisions: dict[str, str]) -> str:
    lines = ["clip_id,role,decision,comment"]
    for clip, d in rater_decisions.items():
        for role in ("uploader", "protagonist"):
            lines.append(f"{clip},{role},{d},")
    return "\n".join(lines) + "\n"


def test_good_files_give_votes_kappa_and_decisions(tmp_path):
    d1 = {"a-c000": "accept", "a-c001": "accept", "b-c000": "reject", "c-c000": "accept"}
    d2 = {"a-c000": "accept", "a-c001": "reject", "b-c000": "reject", "c-c000": "ACCEPT "}
    e1 = write(tmp_path / "expert1.csv", full(d1))
    e2 = write(tmp_path / "expert2.csv", full(d2))
    r = read_ratings([e1, e2], ["expert1", "expert2"], ITEMS)
    assert r.problems == []
    votes = {c: sample_votes(r, c) for c in CLIPS}
    assert votes["a-c001"] == {"expert1": True, "expert2": False}
    assert decide(votes["a-c000"], "all") is True
    assert decide(votes["a-c001"], "all") is False and decide(votes["a-c001"], "any") is True
    assert decide(votes["b-c000"], "any") is False
    # kappa against scikit-learn on the 8 statements, computed independently
    y1 = [1, 1, 1, 1, 0, 0, 1, 1]
    y2 = [1, 1, 0, 0, 0, 0, 1, 1]
    pair = agreement(r)["pairs"][0]
    assert pair["statements"] == 8 and pair["observed_agreement"] == pytest.approx(6 / 8)
    assert pair["cohen_kappa"] == pytest.approx(cohen_kappa_score(y1, y2))
    assert 0 < pair["cohen_kappa"] < 1


H = "clip_id,role,decision,comment\n"


@pytest.mark.parametrize(
    ("body", "line", "cause", "words"),
    [
        (H + "zz-c009,uploader,accept,\n", 2, "rating_unknown_id", "zz-c009"),
        (H + "a-c000,uploader,accept,\na-c000,uploader,reject,\n",
         3, "rating_duplicate", "first at line 2"),
        (H + "a-c000,uploader,maybe,\n", 2, "rating_bad_value", "'maybe'"),
        (H + "a-c000,villain,accept,\n", 2, "rating_bad_role", "villain"),
        (H + "a-c000,uploader\n", 2, "rating_incomplete_row", "2 of 4"),
        ("clip,role,verdict\n", 1, "rating_bad_header", "lacks ['clip_id', 'decision']"),
        ("", 1, "rating_file_empty", "empty"),
        ("clip_id,role,decision,comment,rater\na-c000,uploader,accept,,expert2\n",
         2, "rating_wrong_rater", "'expert2'"),
        ('clip_id,role,decision,comment\na-c000,uploader,accept,"unterminated\n', 2,
         "rating_bad_csv", "not CSV"),
    ],
)  # fmt: skip
def test_bad_rater_files_name_file_line_and_cause(tmp_path, body, line, cause, words):
    path = write(tmp_path / "expert1.csv", body)
    r = read_ratings([path], ["expert1"], ITEMS)
    assert len(r.problems) == 1, r.problems
    p = r.problems[0]
    assert (p.cause, p.line) == (cause, line)
    assert str(p).startswith(f"{path}:{line}: ") and words in str(p)


def test_a_bad_row_is_skipped_and_the_good_rows_still_count(tmp_path):
    body = H + "a-c000,uploader,accept,ok\nbad-c1,uploader,accept,\na-c000,protagonist,accept,\n"
    r = read_ratings([write(tmp_path / "expert1.csv", body)], ["expert1"], ITEMS)
    assert [p.line for p in r.problems] == [3]
    assert sample_votes(r, "a-c000") == {"expert1": True}
    assert r.comments[("a-c000", "uploader")] == {"expert1": "ok"}


def test_non_utf8_file_and_unknown_rater_and_missing_rater(tmp_path):
    (tmp_path / "expert1.csv").write_bytes(b"clip_id,role,decision\n\xff\xfe,uploader,accept\n")
    stranger = write(tmp_path / "mallory.csv", full({"a-c000": "accept"}))
    r = read_ratings([tmp_path / "expert1.csv", stranger], ["expert1", "expert2"], ITEMS)
    causes = sorted((p.cause, p.path.rsplit("/", 1)[-1]) for p in r.problems)
    assert causes == [("rater_missing", "expert2.csv"), ("rating_file_unreadable", "expert1.csv"),
                      ("unknown_rater", "mallory.csv")]  # fmt: skip
    assert "not UTF-8" in str(next(p for p in r.problems if p.cause == "rating_file_unreadable"))


def test_half_judged_samples_stay_pending(tmp_path):
    body = "clip_id,role,decision,comment\na-c000,uploader,accept,\n"
    r = read_ratings([write(tmp_path / "expert1.csv", body)], ["expert1"], ITEMS)
    assert sample_votes(r, "a-c000") == {"expert1": None}
    assert decide(sample_votes(r, "a-c000"), "all") is None
    assert decide({"expert1": True, "expert2": None}, "any") is None
    assert final_status(True, None) == "pending_post"
    assert final_status(False, None) == "failed_pre"
    assert final_status(True, True) == "verified" and final_status(True, False) == "failed_post"


def test_ingest_writes_decisions_failures_and_report(tmp_path):
    pre = tmp_path / "preverify.parquet"
    write_parquet(to_table("preverify", [{"clip_id": c, "pre_pass": c != "c-c000"} for c in CLIPS]),
                  pre)  # fmt: skip
    ratings = tmp_path / "ratings"
    ratings.mkdir()
    e1 = write(ratings / "expert1.csv", full({"a-c000": "accept", "a-c001": "reject"})
               + "c-c000,uploader,accept,\n")  # fmt: skip
    e2 = write(ratings / "expert2.csv", full({"a-c000": "accept", "a-c001": "accept"}))
    outs = [tmp_path / n for n in ("post.parquet", "fail.parquet", "r.json", "r.md")]
    cfg = {"raters": ["expert1", "expert2"], "rule": "all", "include_pending": False}
    report = run_ratings(stage_job(
        {"preverify": [str(pre)], "files": [str(e1), str(e2)]},
        dict(zip(("table", "failures", "json", "md"), map(str, outs), strict=True)),
        {"post": cfg}))  # fmt: skip
    rows = {r["clip_id"]: r for r in pq.read_table(outs[0]).to_pylist()}
    assert set(rows) == {"a-c000", "a-c001", "b-c000"}  # c-c000 failed pre-verification
    assert rows["a-c000"]["post_pass"] is True
    assert rows["a-c001"]["post_pass"] is False and rows["a-c001"]["post_rejects"] == 1
    assert rows["b-c000"]["post_pass"] is None
    assert json.loads(rows["b-c000"]["post_votes"]) == {"expert1": None, "expert2": None}
    fails = pq.read_table(outs[1]).to_pylist()
    assert [(f["cause"], f["input"]) for f in fails] == [("rating_unknown_id", f"{e1}:6")]
    assert report["samples"] == {"passed": 1, "pending": 1, "rejected": 1}
    md = outs[3].read_text()
    assert "Cohen's kappa" in md and f"{e1}:6" in md
