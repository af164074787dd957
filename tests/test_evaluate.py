"""Gold set with annotators, the three retriever backends, and Tables 2 and 3 on disk."""

from __future__ import annotations

import csv
import json

import numpy as np
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, sample_rows, stage_job

from videomind.backends.registry import load
from videomind.backends.retrieval import DEFAULT_LAYER_TEXT, EmbeddingFileError, layer_texts
from videomind.core.io import write_parquet
from videomind.core.records import to_table
from videomind.evaluation.evaluate import evaluation_set, run_evaluate
from videomind.evaluation.gold import run_gold
from videomind.paper.tables import (
    T2V_COLS,
    V2T_COLS,
    read_reported,
    table2_rows,
    table3_rows,
    write_table,
)

TOPICS = [
    (
        "A chef cooks pasta in a kitchen.",
        "The chef aims to teach cooking by showing a pasta recipe.",
    ),
    (
        "A goalkeeper saves a penalty in a stadium.",
        "The club aims to celebrate a win by showing the save.",
    ),
    (
        "A teacher explains volcanoes to a class.",
        "The teacher aims to educate pupils by explaining eruptions.",
    ),
    (
        "A mechanic repairs a car engine.",
        "The mechanic aims to show a repair by fixing the engine.",
    ),
]


def rows(clip_media, n=4):
    out = []
    for i, r in enumerate(sample_rows(clip_media, n)):
        fact, intent = TOPICS[i % len(TOPICS)]
        r |= {
            "category": ["food", "sports", "education", "autos"][i % 4],
            "asr_text": fact,
            "ocr_text": "",
            "text": fact.split(" in ")[0],
            **{f"factual_{e}": fact for e in ("visual", "audio", "ocr", "asr", "text")},
            "abstract_summary": fact,
            "intent_uploader": intent,
            "intent_protagonist": intent,
            "released": True,
        }
        out.append(r)
    return out


@pytest.fixture(scope="module")
def embedder():
    return load("text_embedder", None)


def imported(data, cfg, spec):
    return load("retriever", {"backend": "embeddings", **cfg}).encode(data, spec)


def evaluate(tmp_path, data, spec, **backends):
    """The evaluate stage on ``data`` as an unvalidated gold set."""
    names = set(to_table("dataset", []).schema.names)
    write_parquet(to_table("dataset", [{k: v for k, v in r.items() if k in names} for r in data]),
                  tmp_path / "dataset.parquet")  # fmt: skip
    gold = [{"clip_id": r["clip_id"], "gold_status": "awaiting_annotation"} for r in data]
    write_parquet(to_table("gold", gold), tmp_path / "gold.parquet")
    return run_evaluate(stage_job(
        {"dataset": str(tmp_path / "dataset.parquet"), "gold": str(tmp_path / "gold.parquet")},
        {"json": str(tmp_path / "eval.json")},
        {"retriever": spec, "layer_text": None, "include_unvalidated": True},
        backends=backends))  # fmt: skip


def test_layer_texts_follow_the_spec(clip_media):
    r = rows(clip_media, 1)
    texts = layer_texts(r, DEFAULT_LAYER_TEXT)
    assert texts["intent"][0] == f"{TOPICS[0][1]} {TOPICS[0][1]}"
    assert texts["factual"][0].count("pasta") == 5


def test_text_proxy_ranks_its_own_texts_first(clip_media, embedder, tmp_path):
    data = rows(clip_media)
    proxy = load("retriever", {"backend": "text_proxy"})
    res = evaluate(tmp_path, data, {"name": "text_proxy", "backend": "text_proxy"},
                   retriever=proxy)  # fmt: skip
    assert res["label"].startswith("text-only proxy")
    assert res["t2v"]["factual"]["R@1"] == 100.0 and res["t2v"]["factual"]["MeanR"] == 1.0
    assert res["v2t"]["hit-any R@1"] == 100.0
    assert res["t2v"]["any"]["queries"] == 12 and res["v2t"]["videos"] == 4
    assert json.loads((tmp_path / "eval.json").read_text())["model"] == "all-MiniLM-L6-v2"


def test_open_clip_retriever_with_a_tiny_model(clip_media, tmp_path):
    from tiny_models import build_tiny_clip

    name, weights = build_tiny_clip(tmp_path / "clip")
    retriever = load("retriever", {"backend": "open_clip", "name": "tiny", "model": name,
                                   "pretrained": str(weights)})  # fmt: skip
    out = retriever.encode(rows(clip_media), DEFAULT_LAYER_TEXT)
    assert out.video.shape[0] == 4 and out.texts["intent"].shape == (4, out.video.shape[1])
    assert np.allclose(np.linalg.norm(out.video, axis=1), 1.0, atol=1e-5)
    assert "random init" in out.model or "tiny-clip" in out.model


def test_imported_embeddings_npz_and_parquet(clip_media, tmp_path):
    data = rows(clip_media)
    ids = [r["clip_id"] for r in data]
    rng = np.random.default_rng(0)
    arrays = {k: rng.normal(size=(4, 8)) for k in ("video", "factual", "abstract", "intent")}
    np.savez(tmp_path / "m.npz", ids=np.array(ids[::-1]), **{k: v[::-1] for k, v in arrays.items()})
    enc = imported(
        data, {"path": str(tmp_path / "m.npz"), "model": "InternVideo"}, DEFAULT_LAYER_TEXT
    )
    # rows are matched by id, not by position
    assert np.allclose(enc.video[0], arrays["video"][0] / np.linalg.norm(arrays["video"][0]))
    import pyarrow as pa

    recs = [{"clip_id": cid, "kind": k, "embedding": arrays[k][i].tolist()}
            for k in arrays for i, cid in enumerate(ids)]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(recs), tmp_path / "m.parquet")
    enc2 = imported(data, {"path": str(tmp_path / "m.parquet")}, DEFAULT_LAYER_TEXT)
    assert np.allclose(enc2.texts["intent"], enc.texts["intent"])
    np.savez(tmp_path / "short.npz", ids=np.array(ids[:3]), **{k: v[:3] for k, v in arrays.items()})
    with pytest.raises(EmbeddingFileError, match=r"short.npz: no embeddings for 1 gold samples"):
        imported(data, {"path": str(tmp_path / "short.npz")}, DEFAULT_LAYER_TEXT)
    bad = dict(arrays, intent=rng.normal(size=(4, 5)))
    np.savez(tmp_path / "bad.npz", ids=np.array(ids), **bad)
    with pytest.raises(EmbeddingFileError, match="one width"):
        imported(data, {"path": str(tmp_path / "bad.npz")}, DEFAULT_LAYER_TEXT)
    pq.write_table(pa.Table.from_pylist(recs + recs[:1]), tmp_path / "dup.parquet")
    with pytest.raises(EmbeddingFileError, match="duplicate video"):
        imported(data, {"path": str(tmp_path / "dup.parquet")}, DEFAULT_LAYER_TEXT)


def test_gold_with_three_annotators_kappa_and_a_bad_line(clip_media, tmp_path):
    data = rows(clip_media, 8)
    names = set(to_table("dataset", []).schema.names)
    dataset = to_table("dataset", [{k: v for k, v in r.items() if k in names} for r in data])
    ann = tmp_path / "ann"
    ann.mkdir()
    ids = [r["clip_id"] for r in data]
    cfg = {"size": 4, "seed": 0, "strata": ["category"], "annotators": ["a1", "a2", "a3"],
           "include_unvalidated": False}  # fmt: skip
    write_parquet(dataset, tmp_path / "dataset.parquet")
    outs = {"table": "gold.parquet", "failures": "f.parquet", "sheets": "sheets",
            "json": "g.json", "md": "g.md"}  # fmt: skip
    outs = {k: str(tmp_path / v) for k, v in outs.items()}

    def gold_job(files):
        return stage_job({"dataset": str(tmp_path / "dataset.parquet"), "files": files}, outs,
                         {"gold": cfg})  # fmt: skip

    first = run_gold(gold_job([]))
    assert first["counts"]["awaiting_annotation"] == 4 and first["fleiss_kappa"] is None
    with open(tmp_path / "sheets" / "a1.csv") as fh:
        sheet = [r["clip_id"] for r in csv.DictReader(fh)]
    assert len(sheet) == 4 and set(sheet) <= set(ids)
    reject = sheet[0]
    for who, extra in (("a1", ""), ("a2", ""), ("a3", "nope-c000,accept,\n")):
        lines = ["clip_id,decision,comment"] + [
            f"{c},{'reject' if c == reject and who != 'a3' else 'accept'}," for c in sheet
        ]
        (ann / f"{who}.csv").write_text("\n".join(lines) + "\n" + extra)
    second = run_gold(gold_job([str(p) for p in sorted(ann.glob("*.csv"))]))
    assert second["counts"]["accepted"] == 3 and second["counts"]["rejected"] == 1
    assert second["counts"]["awaiting_annotation"] == 1  # the replacement from the same stratum
    assert second["fleiss_kappa"] is not None and second["annotated_by_all"] == 4
    assert second["problems"] == [
        f"{ann / 'a3.csv'}:6: clip 'nope-c000': no sample awaiting review in this run"
    ]
    gold = pq.read_table(tmp_path / "gold.parquet")
    status = {r["clip_id"]: r["gold_status"] for r in gold.to_pylist()}
    new = next(c for c, s in status.items() if s == "awaiting_annotation")
    strata = {r["clip_id"]: r["stratum"] for r in gold.to_pylist()}
    assert strata[new] == strata[reject] and status[reject] == "rejected"
    assert len(evaluation_set(dataset, gold, include_unvalidated=False)) == 3
    assert len(evaluation_set(dataset, gold, include_unvalidated=True)) == 4
    assert "Fleiss' kappa" in (tmp_path / "g.md").read_text()


def test_paper_tables_label_every_row(tmp_path):
    res = {"retriever": "text_proxy", "backend": "text_proxy", "model": "all-MiniLM-L6-v2",
           "label": "text-only proxy", "samples": 12, "gold_validated": False,
           "t2v": dict.fromkeys(("factual", "abstract", "intent", "any"),
                                {"R@1": 50.0, "R@5": 75.0, "R@10": 100.0, "MeanR": 2.5}),
           "v2t": dict.fromkeys(V2T_COLS, 1.0)}  # fmt: skip
    t2 = table2_rows([res], read_reported(ROOT / "paper/reference/table2_reported.csv"))
    t3 = table3_rows([res], read_reported(ROOT / "paper/reference/table3_reported.csv"))
    assert len(t2) == 6 and t2[0]["source"].startswith(
        "this run: text_proxy / all-MiniLM-L6-v2; text-only proxy"
    )
    assert "not yet validated" in t2[0]["source"]
    intern = next(r for r in t2 if r["model"] == "InternVideo")
    assert intern["source"].startswith("reported") and intern["any R@1"] == 70.13
    assert next(r for r in t3 if r["model"] == "VAST")["LowestR"] == 324.83
    write_table(t2, T2V_COLS, tmp_path / "table2", "Table 2", "tab:t2v")
    md = (tmp_path / "table2.md").read_text()
    assert "| text_proxy | 50.00 | 75.00 | 100.00 | 2.50 |" in md
    tex = (tmp_path / "table2.tex").read_text()
    assert r"\emph{Reported in the paper}" in tex and "text\\_proxy" in tex
    with open(tmp_path / "table2.csv") as fh:
        assert len(list(csv.DictReader(fh))) == 6


def test_an_empty_gold_set_is_a_row_of_n_a_not_a_crash(tmp_path):
    res = evaluate(tmp_path, [], {"name": "text_proxy", "backend": "text_proxy"})
    assert res["samples"] == 0 and res["t2v"] is None
    row = table2_rows([res], [])[0]
    assert row["any R@1"] is None and "gold set is empty" in row["source"]
    write_table(table3_rows([res], []), V2T_COLS, tmp_path / "t3", "Table 3", "tab:v2t")
    assert "| text_proxy | n/a |" in (tmp_path / "t3.md").read_text()
