"""Figure 3 (dataset statistics) and a Figure 1-style example panel, as PNG + PDF.

Both are drawn from the run's own records; every figure says which run and models made it.
PDFs are written without a creation date so that a rerun is byte-identical.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from videomind.core.io import save_figure
from videomind.core.records import FACTUAL, TAG
from videomind.paper.tags import TAG_COLOURS, segments


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _bars(ax: Any, shares: dict[str, float], title: str, top: int | None = None) -> None:
    items = list(shares.items())[:top] if top else list(shares.items())
    labels = [k for k, _ in items][::-1]
    values = [v for _, v in items][::-1]
    ax.barh(labels, values, color="#4c72b0")
    for y, v in enumerate(values):
        ax.text(v, y, f" {v:.1f}%", va="center", fontsize=7)
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("% of samples", fontsize=8)
    ax.tick_params(labelsize=7)
    ax.set_xlim(0, max(values + [1]) * 1.25)


def figure3(summary: dict[str, Any], png: Path, pdf: Path, subtitle: str) -> None:
    plt = _plt()
    fig, axes = plt.subplots(2, 4, figsize=(17, 7.5))
    _bars(axes[0, 0], summary["languages"], "Languages (detected)", top=10)
    ax = axes[0, 1]
    bins = ["none", "1-100 words", ">100 words"]
    x = range(len(bins))
    ocr = [summary["ocr_bins"].get(b, 0.0) for b in bins]
    asr = [summary["asr_bins"].get(b, 0.0) for b in bins]
    ax.bar([i - 0.2 for i in x], ocr, width=0.4, label="OCR")
    ax.bar([i + 0.2 for i in x], asr, width=0.4, label="ASR")
    ax.set_xticks(list(x), bins, fontsize=7)
    ax.set_ylabel("% of samples", fontsize=8)
    ax.set_title(f"OCR / ASR length (neither: {summary['neither_pct']}%)", fontsize=9)
    ax.legend(fontsize=7)
    _bars(axes[0, 2], summary["categories"], "Categories", top=24)
    durations = ["5-10s", "10-20s", "20-60s", ">60s"]
    ax = axes[1, 0]
    ax.bar(durations, [summary["duration_bins"].get(d, 0.0) for d in durations], color="#55a868")
    ax.set_title(f"Duration (mean {summary['duration_mean']} s)", fontsize=9)
    ax.set_ylabel("% of samples", fontsize=8)
    ax.tick_params(labelsize=7)
    ax = axes[1, 1]
    layers = ["words_factual", "words_abstract", "words_intent"]
    means = [summary["words_mean"][k] or 0 for k in layers]
    ax.bar(["factual", "abstract", "intent"], means, color="#c44e52")
    ax.set_title(
        f"Words per layer (mean; sample {summary['words_mean']['words_sample']})", fontsize=9
    )
    ax.tick_params(labelsize=7)
    _bars(axes[1, 2], summary["countries"],
          f"Countries/regions ({summary['country_count']} known; "
          f"{summary['country_coverage_pct']}% of samples have one)", top=12)  # fmt: skip
    _bars(axes[1, 3], summary["country_sources"], "Where the country came from")
    axes[0, 3].axis("off")
    notes = [subtitle, "", f"{summary['samples']} samples, {summary['words_total']:,} words.",
             f"Language: {summary['language_method']}.",
             f"Category sources: {summary['category_sources']}",
             f"Country: {summary['country_method']}."]  # fmt: skip
    text = "\n".join("\n".join(textwrap.wrap(n, 62)) for n in notes)
    axes[0, 3].text(0, 1, text, va="top", fontsize=7)
    fig.suptitle("Figure 3: statistics of this run's released samples", fontsize=11)
    fig.tight_layout()
    save_figure(fig, png, pdf)
    plt.close(fig)


def _coloured_paragraph(segments: list[tuple[str, str | None]], width: int) -> Any:
    """An offsetbox of wrapped lines whose tagged words are bold and coloured."""
    from matplotlib.offsetbox import HPacker, TextArea, VPacker

    words: list[tuple[str, str | None]] = []
    for piece, tag in segments:
        words += [(w, tag) for w in piece.split()]
    lines, line, length = [], [], 0
    for w, tag in words:
        if line and length + len(w) + 1 > width:
            lines.append(line)
            line, length = [], 0
        line.append((w, tag))
        length += len(w) + 1
    if line:
        lines.append(line)
    boxes = []
    for line in lines:
        areas = [
            TextArea(
                w,
                textprops={
                    "fontsize": 7,
                    "color": TAG_COLOURS.get(tag, "#222"),
                    "fontweight": "bold" if tag else "normal",
                },
            )  # fmt: skip
            for w, tag in line
        ]
        boxes.append(HPacker(children=areas, align="baseline", pad=0, sep=3))
    return VPacker(children=boxes, align="left", pad=0, sep=1)


def figure1(samples: Sequence[dict[str, Any]], png: Path, pdf: Path, subtitle: str) -> None:
    """A few samples: keyframes, the three layers with the 6W tags coloured, the tag list."""
    from matplotlib.offsetbox import AnchoredOffsetbox
    from PIL import Image

    plt = _plt()
    n = max(1, len(samples))
    fig = plt.figure(figsize=(12, 5.2 * n))
    for k, s in enumerate(samples):
        frames = list(s.get("frame_paths") or [])[::3][:4]
        for j, path in enumerate(frames):
            ax = fig.add_axes((0.02 + j * 0.12, 1 - (k + 0.3) / n, 0.11, 0.25 / n))
            with Image.open(path) as im:
                ax.imshow(im.convert("RGB"))
            ax.axis("off")
        tags = {t: s.get(TAG[t]) for t in TAG_COLOURS}
        ax = fig.add_axes((0.52, 1 - (k + 0.32) / n, 0.46, 0.28 / n))
        ax.axis("off")
        legend = "   ".join(f"{t}: {v}" for t, v in tags.items() if v)
        ax.text(0, 1, f"{s['clip_id']} ({s.get('category') or 'no category'})", fontsize=9,
                fontweight="bold", va="top")  # fmt: skip
        ax.text(0, 0.8, "\n".join(textwrap.wrap(legend, 90)), fontsize=7, va="top")
        factual = " ".join(s.get(c) or "" for c in FACTUAL.values())
        intent = (
            f"A (uploader): {s.get('intent_uploader')}  "
            f"B (protagonist): {s.get('intent_protagonist') or '(none: no protagonist shown)'}"
        )
        y = 1 - (k + 0.36) / n
        layers = [("Factual", factual, 500), ("Abstract", s.get("abstract_summary") or "", 400),
                  ("Intent", intent, 400)]  # fmt: skip
        for label, text, limit in layers:
            text = text if len(text) <= limit else text[: limit - 1] + "…"
            box = _coloured_paragraph([(f"{label}:", None), *segments(text, tags)], width=150)
            anchor = AnchoredOffsetbox(
                loc="upper left",
                child=box,
                frameon=False,
                bbox_to_anchor=(0.02, y),
                bbox_transform=fig.transFigure,
            )
            fig.add_artist(anchor)
            y -= 0.2 / n
    fig.text(0.02, 0.004, subtitle, fontsize=7)
    fig.text(0.02, 0.004 + 0.02 / n, "6W tags:", fontsize=8)
    for i, (t, c) in enumerate(TAG_COLOURS.items()):
        fig.text(0.08 + i * 0.05, 0.004 + 0.02 / n, t, color=c, fontsize=8, fontweight="bold")
    save_figure(fig, png, pdf)
    plt.close(fig)
