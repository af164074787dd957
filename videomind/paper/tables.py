"""The paper's Tables 2 and 3 from this run's evaluation results, beside the paper's reported
rows (always labeled "reported (paper)"), each written as CSV, Markdown and LaTeX."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from videomind.core.io import atomic_path
from videomind.core.records import LAYERS, TAG
from videomind.evaluation.metrics import HIT_ALL_K, HIT_ANY_K, T2V_K
from videomind.runner import Job

T2V_COLS = [f"{layer} {m}" for layer in (*LAYERS, "any")
            for m in [*(f"R@{k}" for k in T2V_K), "MeanR"]]  # fmt: skip
V2T_COLS = [
    *(f"hit-any R@{k}" for k in HIT_ANY_K),
    *(f"hit-all R@{k}" for k in HIT_ALL_K),
    "TopR",
    "LowestR",
    "AvgR",
]


def read_reported(path: Path) -> list[dict[str, Any]]:
    with open(path, newline="") as fh:
        return [
            {"model": r.pop("model"), "source": "reported (paper, VideoMind-3K)",
             **{k: float(v) for k, v in r.items()}}
            for r in csv.DictReader(fh)
        ]  # fmt: skip


def _run_label(res: dict[str, Any]) -> str:
    gold = "gold set" if res["gold_validated"] else "gold set not yet validated by annotators"
    what = f"{res['backend']} / {res['model']}; {res['label']}"
    return f"this run: {what}; {res['samples']} samples, {gold}"


def table2_rows(results: Sequence[dict[str, Any]], reported: Sequence[dict]) -> list[dict]:
    rows = []
    for res in results:
        row = {"model": res["retriever"], "source": _run_label(res)}
        for layer in (*LAYERS, "any"):
            for m in [*(f"R@{k}" for k in T2V_K), "MeanR"]:
                row[f"{layer} {m}"] = res["t2v"][layer][m] if res["t2v"] else None
        rows.append(row)
    return rows + list(reported)


def table3_rows(results: Sequence[dict[str, Any]], reported: Sequence[dict]) -> list[dict]:
    rows = [{"model": r["retriever"], "source": _run_label(r),
             **{c: r["v2t"][c] if r["v2t"] else None for c in V2T_COLS}}
            for r in results]  # fmt: skip
    return rows + list(reported)


def _fmt(v: Any) -> str:
    if v is None:
        return "n/a"
    return f"{v:.2f}" if isinstance(v, float) else str(v)


def to_csv(rows: Sequence[dict], cols: Sequence[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["model", *cols, "source"])
    for r in rows:
        w.writerow([r["model"], *(_fmt(r[c]) for c in cols), r["source"]])
    return buf.getvalue()


def to_markdown(rows: Sequence[dict], cols: Sequence[str], title: str) -> str:
    out = [f"# {title}", "", "| model | " + " | ".join(cols) + " | source |",
           "|---" * (len(cols) + 2) + "|"]  # fmt: skip
    for r in rows:
        out.append(
            f"| {r['model']} | " + " | ".join(_fmt(r[c]) for c in cols) + f" | {r['source']} |"
        )
    return "\n".join(out) + "\n"


_TEX = {
    "&": r"\&",
    "%": r"\%",
    "_": r"\_",
    "#": r"\#",
    "$": r"\$",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\\": r"\textbackslash{}",
}


def _tex(s: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in s)


def to_latex(rows: Sequence[dict], cols: Sequence[str], caption: str, label: str) -> str:
    spec = "l" + "r" * len(cols)
    lines = [
        r"\begin{table*}[t]",
        r"\centering\scriptsize",
        rf"\caption{{{_tex(caption)}}}",
        rf"\label{{{label}}}",
        rf"\begin{{tabular}}{{{spec}}}",
        r"\toprule",
        "Model & " + " & ".join(_tex(c) for c in cols) + r" \\",
        r"\midrule",
    ]
    run_rows = [r for r in rows if not r["source"].startswith("reported")]
    ref_rows = [r for r in rows if r["source"].startswith("reported")]
    for group in (run_rows, ref_rows):
        for r in group:
            lines.append(_tex(r["model"]) + " & " + " & ".join(_fmt(r[c]) for c in cols) + r" \\")
        if group is run_rows and ref_rows:
            lines.append(r"\midrule")
            lines.append(
                rf"\multicolumn{{{len(cols) + 1}}}{{l}}{{\emph{{Reported in the paper}}}} \\"
            )
    lines += [r"\bottomrule", r"\end{tabular}", r"\end{table*}"]
    sources = "; ".join(f"{r['model']}: {r['source']}" for r in run_rows)
    return "\n".join(lines) + f"\n% rows of this run: {_tex(sources)}\n"


def write_table(
    rows: Sequence[dict], cols: Sequence[str], stem: Path, title: str, label: str
) -> None:
    for suffix, text in (
        (".csv", to_csv(rows, cols)),
        (".md", to_markdown(rows, cols, title)),
        (".tex", to_latex(rows, cols, title, label)),
    ):
        with atomic_path(stem.with_suffix(suffix)) as tmp:
            tmp.write_text(text)


TABLE1_COLS = ["domain", "clips", "text_source", "text_len", "image", "video", "audio", "asr",
               "ocr", "tag", "intent"]  # fmt: skip


def table1_rows(literature: Path, rows: Sequence[dict[str, Any]], model: str) -> list[dict]:
    """The paper's literature rows (with citations) plus the row computed from this run."""
    with open(literature, newline="") as fh:
        lit = [dict(r, model=r.pop("dataset"), source=f"reported: {r.pop('citation')}")
               for r in csv.DictReader(fh)]  # fmt: skip

    def has(pred: Any) -> str:
        return "✓" if rows and any(pred(r) for r in rows) else ""

    words = [r["words_sample"] for r in rows if r.get("words_sample") is not None]
    ours = {
        "model": "VideoMind (this run)",
        "domain": "Open",
        "clips": str(len(rows)),
        "text_source": f"CoT-generated ({model})",
        "text_len": f"{sum(words) / len(words):.1f}" if words else "-",
        "image": has(lambda r: len(r.get("frame_paths") or []) > 0),
        "video": has(lambda r: bool(r.get("clip_path"))),
        "audio": has(lambda r: bool(r.get("has_audio"))),
        "asr": has(lambda r: bool(r.get("asr_text"))),
        "ocr": has(lambda r: bool(r.get("ocr_text"))),
        "tag": has(lambda r: any(r.get(c) for c in TAG.values())),
        "intent": has(lambda r: bool(r.get("intent_uploader"))),
        "source": f"this run: {len(rows)} released samples; text length = mean words per "
        "sample over all three layers",
    }
    return lit + [ours]


def run_paper_tables(job: Job) -> None:
    """Tables 2 and 3 from this run's evaluation results, beside the paper's reported rows."""
    results = [json.loads(p.read_text()) for p in job.paths("evals")]
    o = job.output
    write_table(
        table2_rows(results, read_reported(Path(job.input.table2_reported))),
        T2V_COLS,
        Path(o.t2_csv).with_suffix(""),
        "Table 2: text-to-video retrieval on the gold set (R@K in %, MeanR in ranks)",
        "tab:t2v",
    )
    write_table(
        table3_rows(results, read_reported(Path(job.input.table3_reported))),
        V2T_COLS,
        Path(o.t3_csv).with_suffix(""),
        "Table 3: video-to-text retrieval over the mixed gallery of all three layers",
        "tab:v2t",
    )
