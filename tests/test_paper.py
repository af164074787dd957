"""Figure 3 statistics, Table 1, the example panel and the dataset card from generated records."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, sample_rows
from PIL import Image

from videomind.core.records import to_table
from videomind.paper.build import run_paper_figures
from videomind.paper.stats import derive, language_id, length_bin, summarize
from videomind.paper.tags import segments

CATEGORIES = ["technology", "news", "cooking", "sports"]
DURATIONS = [6.0, 12.5, 30.0, 75.0]


def records(clip_media):
    rows = []
    texts = [
        ("Bonjour à tous, aujourd'hui nous allons préparer une tarte aux pommes.", "", "cooking"),
        ("And Mr. John Dashwood had then leisure to consider what he might do.", "", None),
        ("", "BREAKING NEWS the election results are in tonight", "news"),
        ("", "", None),
    ]
    for i, (r, (asr, ocr, cat)) in enumerate(zip(sample_rows(clip_media, 4), texts, strict=True)):
        r |= {"asr_text": asr, "ocr_text": ocr, "category": cat, "duration": DURATIONS[i],
              "category_source": "manifest" if cat else "none", "released": i != 3,
              "text": "A football match with a late goal." if i == 3 else "",
              "abstract_summary": "A summary of the clip.", "words_factual": 100 + i,
              "words_abstract": 20, "words_intent": 18, "words_sample": 138 + i,
              "intent_uploader": "The uploader aims to share a recipe by filming the kitchen.",
              "intent_protagonist": "The cook aims to teach baking by showing each step.",
              "tag_who": "The cook", "tag_why": "teach baking", "tag_how": "showing each step",
              "tag_what": "a recipe", "tag_where": "kitchen", "tag_when": None,
              "llm_model": "SmolLM2-135M-Instruct.Q4_1", "has_audio": True,
              "clip_path": "c.mp4", "country": [None, "JP", "JP", "Kenya"][i],
              "country_source": ["none", "metadata:location", "metadata:location",
                                 "manifest"][i]}  # fmt: skip
        rows.append(r)
    return rows


def test_language_and_lengths():
    lid = language_id()
    assert lid("Bonjour à tous, aujourd'hui nous allons préparer une tarte aux pommes.")[0] == "fr"
    assert lid("And Mr. John Dashwood had then leisure to consider what he might do.")[0] == "en"
    assert [length_bin(n) for n in (0, 1, 100, 101)] == [
        "none",
        "1-100 words",
        "1-100 words",
        ">100 words",
    ]


def test_statistics_agree_with_the_records(clip_media):
    from videomind.backends.registry import load

    rows = records(clip_media)
    derived = derive(rows, CATEGORIES, load_embedder=lambda: load("text_embedder", None))
    by = {d["clip_id"]: d for d in derived}
    assert by["src0-c000"]["language"] == "fr" and by["src0-c000"]["language_from"] == "asr_text"
    assert by["src2-c000"]["language_from"] == "ocr_text"
    assert by["src3-c000"]["language_from"] == "text"  # no ASR, no OCR: the uploader's text
    # no metadata category: predicted, and labeled so
    assert by["src1-c000"]["category_source"].startswith("predicted (all-MiniLM-L6-v2")
    assert by["src3-c000"]["category"] == "sports"
    s = summarize(derived)
    assert s["samples"] == 4 and s["duration_mean"] == pytest.approx(
        (6 + 12.5 + 30 + 75) / 4, abs=0.005
    )
    assert s["duration_bins"] == {"5-10s": 25.0, "10-20s": 25.0, "20-60s": 25.0, ">60s": 25.0}
    assert s["no_ocr_pct"] == 75.0 and s["no_asr_pct"] == 50.0 and s["neither_pct"] == 25.0
    assert s["words_total"] == sum(r["words_sample"] for r in rows)
    assert s["countries"] == {"JP": 50.0, "unknown": 25.0, "Kenya": 25.0}
    assert s["country_count"] == 2 and s["country_coverage_pct"] == 75.0
    assert s["country_sources"]["metadata:location"] == 50.0


def test_tags_are_found_in_the_text_for_colouring():
    segs = segments(
        "The cook bakes in the kitchen.", {"who": "The cook", "where": "kitchen", "when": None}
    )
    assert segs == [
        ("The cook", "who"),
        (" bakes in the ", None),
        ("kitchen", "where"),
        (".", None),
    ]


def test_paper_figures_table1_and_card(clip_media, tmp_path):
    from conftest import stage_job

    from videomind.core.io import write_json, write_parquet

    rows = records(clip_media)
    names = set(to_table("dataset", []).schema.names)
    dataset = to_table("dataset", [{k: v for k, v in r.items() if k in names} for r in rows])
    names_out = {
        "figure3_png": "f3.png", "figure3_pdf": "f3.pdf", "figure3_json": "f3.json",
        "figure1_png": "f1.png", "figure1_pdf": "f1.pdf", "table1_csv": "table1.csv",
        "table1_md": "table1.md", "table1_tex": "table1.tex", "card": "card.md",
    }  # fmt: skip
    out = {k: tmp_path / v for k, v in names_out.items()}
    funnel = {"manifest_rows": 5, "clips": 4, "generated": 4, "preverify_passed": 3}
    gold = {"counts": {"awaiting_annotation": 3}}
    literature = ROOT / "paper/reference/table1_literature.csv"
    write_parquet(dataset, tmp_path / "dataset.parquet")
    write_json(funnel, tmp_path / "funnel.json")
    write_json(gold, tmp_path / "gold.json")
    inputs = {"dataset": tmp_path / "dataset.parquet", "funnel": tmp_path / "funnel.json",
              "gold": tmp_path / "gold.json", "evals": [], "literature": literature}  # fmt: skip
    summary = run_paper_figures(stage_job(
        {k: v if isinstance(v, list) else str(v) for k, v in inputs.items()},
        {k: str(v) for k, v in out.items()},
        {"paper": {"categories": CATEGORIES, "examples": 2}}))  # fmt: skip
    assert summary["samples"] == 3  # released only
    assert json.loads(out["figure3_json"].read_text())["summary"] == summary
    for key in ("figure3_png", "figure1_png"):
        with Image.open(out[key]) as im:
            assert im.size[0] > 1000
    assert out["figure1_pdf"].read_bytes().startswith(b"%PDF")
    table1 = out["table1_md"].read_text()
    ours = next(line for line in table1.splitlines() if line.startswith("| VideoMind (this run)"))
    assert "| 3 |" in ours and "SmolLM2" in ours and "| 139.0 |" in ours
    assert "| MSR-VTT | Open | 10K | Manual | 9.3 |" in table1 and "paper ref. [20]" in table1
    card = out["card"].read_text()
    assert "| released | 3 |" in card and "fr" in card.split("---")[1]
