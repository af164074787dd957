"""The sample browser: a static site generated from the results.

``index.html`` lists samples 50 to a page with a search box and filters (category, language,
duration, verification status, 6W tags). Its data live in ``data/index-NNNN.js`` chunks of
``chunk`` samples that load one after another (script tags, so the site works from a file URL as
well as from ``python -m http.server``), so 100 K samples never make one giant page. Each sample
has its own page, ``samples/<clip_id>.html``: video player, keyframes, ASR and OCR, the three
layers with the 6W tags highlighted in six colours (as in the paper's Figure 1), provenance.

Every text taken from videos, metadata or models is HTML-escaped on the server side, and the
index data is JSON inside a script that the page reads only with ``textContent``: a title
holding ``<script>`` renders as text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import pyarrow as pa

from videomind.core.io import atomic_path, read_parquet
from videomind.core.records import FACTUAL, TAG
from videomind.paper.tags import TAG_COLOURS, segments
from videomind.runner import Job
from videomind.verification.review import relative_url

log = logging.getLogger(__name__)

PAGE = 50

_CSS = """
body{font-family:system-ui,sans-serif;margin:1.2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;
text-align:left;font-size:.9rem;vertical-align:top}
.filters{display:flex;gap:.6rem;flex-wrap:wrap;margin:.6rem 0}
.frames img{width:120px;margin:1px}video{max-width:480px;background:#000}
.layer{background:#f6f6f6;padding:.5rem;margin:.5rem 0;border-radius:4px}
.tag{font-weight:bold}.label{color:#a40;font-size:.85rem}
""" + "".join(f".tag-{t}{{color:{c}}}" for t, c in TAG_COLOURS.items())

_INDEX_JS = r"""
(function () {
  const chunks = JSON.parse(document.getElementById("meta").textContent);
  const rows = [];
  let page = 0;
  const $ = (id) => document.getElementById(id);
  const status = $("status");
  window.VM_INDEX = { add(part) { for (const r of part) rows.push(r); } };
  function values(key) { return [...new Set(rows.map(r => r[key]))].sort(); }
  function refreshOptions() {
    for (const key of ["category", "language", "duration_bin", "verification_status"]) {
      const sel = $(key), keep = sel.value;
      const have = new Set([...sel.options].map(o => o.value));
      for (const v of values(key)) {
        if (!have.has(String(v))) { const o = document.createElement("option"); o.value = v; o.textContent = v; sel.appendChild(o); }
      }
      sel.value = keep;
    }
  }
  function matches(r) {
    const q = $("q").value.trim().toLowerCase();
    for (const key of ["category", "language", "duration_bin", "verification_status"]) {
      const v = $(key).value;
      if (v && String(r[key]) !== v) return false;
    }
    const tag = $("tag").value.trim().toLowerCase();
    if (tag && !r.tags.toLowerCase().includes(tag)) return false;
    return !q || r.search.includes(q);
  }
  function render() {
    const hits = rows.filter(matches);
    const pages = Math.max(1, Math.ceil(hits.length / PAGE));
    page = Math.min(page, pages - 1);
    const body = $("rows");
    body.replaceChildren();
    for (const r of hits.slice(page * PAGE, (page + 1) * PAGE)) {
      const tr = document.createElement("tr");
      const a = document.createElement("a");
      a.href = "samples/" + encodeURIComponent(r.id) + ".html";
      a.textContent = r.id;
      const cells = [a, r.title, r.category, r.language, r.duration.toFixed(1) + " s", r.verification_status, r.tags];
      for (const c of cells) {
        const td = document.createElement("td");
        if (c instanceof Node) td.appendChild(c); else td.textContent = c;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    $("count").textContent = `${hits.length} of ${rows.length} samples`;
    $("page").textContent = `page ${page + 1} of ${pages}`;
  }
  // text boxes filter as one types; selects on change (a text box's change event fires on blur,
  // which would redraw the list under a click on one of its links)
  for (const id of ["q", "tag"]) $(id).addEventListener("input", () => { page = 0; render(); });
  for (const id of ["category", "language", "duration_bin", "verification_status"]) {
    $(id).addEventListener("change", () => { page = 0; render(); });
  }
  $("prev").addEventListener("click", () => { page = Math.max(0, page - 1); render(); });
  $("next").addEventListener("click", () => { page += 1; render(); });
  let loaded = 0;
  function next() {
    if (loaded === chunks.length) { status.textContent = "all loaded"; document.body.dataset.loaded = "1"; return; }
    const s = document.createElement("script");
    s.src = chunks[loaded];
    s.onload = () => { loaded++; status.textContent = `loaded ${loaded} of ${chunks.length} parts`; refreshOptions(); render(); next(); };
    s.onerror = () => { status.textContent = `could not load ${chunks[loaded]}`; };
    document.head.appendChild(s);
  }
  next();
})();
""".replace("PAGE", str(PAGE))  # noqa: E501 - JavaScript


def _rel(path: str | None, base: Path, root: Path) -> str | None:
    return relative_url(str(root / path) if path else None, base)


def index_entry(r: dict[str, Any]) -> dict[str, Any]:
    tags = " | ".join(f"{t}: {r.get(TAG[t])}" for t in TAG_COLOURS if r.get(TAG[t]))
    search = " ".join(
        str(r.get(k) or "")
        for k in ("clip_id", "title", "abstract_summary", "intent_uploader", "intent_protagonist")
    ).lower()
    return {
        "id": r["clip_id"],
        "title": (r.get("title") or "")[:200],
        "category": r.get("category") or "unknown",
        "language": r.get("language") or "unknown",
        "duration": float(r.get("duration") or 0.0),
        "duration_bin": r.get("duration_bin") or "unknown",
        "verification_status": r.get("verification_status") or "unknown",
        "tags": tags,
        "search": search[:2000],
    }


def _protagonist(r: dict[str, Any], tags: dict[str, str | None]) -> str:
    if r.get("intent_protagonist") is None:
        return "<i>none: the clip shows no protagonist (no speech, nobody named)</i>"
    return _coloured(r["intent_protagonist"], tags)


def _coloured(text: str, tags: dict[str, str | None]) -> str:
    out = []
    for piece, tag in segments(text or "", tags):
        out.append(f'<span class="tag tag-{tag}" title="{tag}">{escape(piece)}</span>' if tag
                   else escape(piece))  # fmt: skip
    return "".join(out)


def sample_page(r: dict[str, Any], page: Path, root: Path) -> str:
    e = escape
    base = page.parent
    tags = {t: r.get(TAG[t]) for t in TAG_COLOURS}
    clip = _rel(r.get("clip_path"), base, root)
    frames = "".join(
        f'<img loading="lazy" alt="frame {i + 1}" src="{e(_rel(p, base, root) or "")}">'
        for i, p in enumerate(r.get("frame_paths") or [])
    )
    how = {p["field"]: p["method"] for p in r.get("generation_provenance") or []}
    factual = "".join(
        f"<p><b>{name}</b> <span class='label'>({e(str(how.get(column, '?')))})"
        f"</span>: {_coloured(r.get(column) or '', tags)}</p>"
        for name, column in FACTUAL.items()
    )
    tag_list = "".join(
        f'<li><span class="tag tag-{t}">{t}</span>: {e(str(v))}</li>' for t, v in tags.items() if v
    )
    return "\n".join([
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(r['clip_id'])}</title><style>{_CSS}</style></head><body>",
        '<p><a href="../index.html">← all samples</a></p>',
        f"<h1>{e(r['clip_id'])}</h1>",
        f"<p><b>Title:</b> {e(r.get('title') or '')}</p>",
        _source_line(r),
        f"<p><b>Category:</b> {e(str(r.get('category')))} ({e(str(r.get('category_source')))}); "
        f"<b>language:</b> {e(str(r.get('language')))}; <b>duration:</b> "
        f"{float(r.get('duration') or 0):.1f} s; <b>verification:</b> "
        f"{e(str(r.get('verification_status')))}</p>",
        f'<video controls preload="metadata" src="{e(clip or "")}"></video>' if clip else "",
        f'<div class="frames">{frames}</div>',
        f"<h2>ASR</h2><p>{e(r.get('asr_text') or '(none)')}</p>",
        f"<h2>OCR</h2><p>{e(r.get('ocr_text') or '(none)')}</p>",
        f'<h2>Factual layer</h2><div class="layer">{factual}</div>',
        '<h2>Abstract layer</h2><div class="layer">'
        f'{_coloured(r.get("abstract_summary") or "", tags)}</div>',
        '<h2>Intent layer</h2><div class="layer">'
        f"<p><b>A (uploader)</b>: {_coloured(r.get('intent_uploader') or '', tags)}</p>"
        f"<p><b>B (protagonist)</b>: {_protagonist(r, tags)}</p>",
        "</div>",
        f'<h2>6W tags</h2><ul id="tags">{tag_list}</ul>',
        f"<p class='label'>Generated by {e(str(r.get('llm_backend')))} / "
        f"{e(str(r.get('llm_model')))}; pre-verified by {e(str(r.get('pre_model')))} "
        f"({e(str(r.get('pre_verifier')))}).</p>",
        "</body></html>",
    ])  # fmt: skip


def _source_line(r: dict[str, Any]) -> str:
    """Where the clip is in its source, with a link to the page when there is one."""
    e = escape
    start, end = r.get("source_start"), r.get("source_end")
    when = f" {start:.2f}–{end:.2f} s" if start is not None and end is not None else ""
    url = r.get("webpage_url")
    link = e(str(r.get("source_id")))
    if url and url.startswith(("http://", "https://")):
        link = f'<a rel="noopener noreferrer" href="{e(url)}">{e(url)}</a>'
    licence = e(str(r.get("license") or "not stated"))
    return f"<p><b>Source:</b> {link}{e(when)}; licence {licence}</p>"


def build_site(rows: Sequence[dict[str, Any]], out: Path, root: Path, chunk: int = 5000) -> int:
    """Write the site; returns the number of sample pages."""
    names = []
    for n, start in enumerate(range(0, len(rows), chunk)):
        part = [index_entry(r) for r in rows[start : start + chunk]]
        name = f"data/index-{n:04d}.js"
        # JSON is valid JavaScript; "</" is escaped so no text can close the script element
        payload = json.dumps(part, ensure_ascii=False).replace("</", "<\\/")
        with atomic_path(out / name) as tmp:
            tmp.write_text(f"VM_INDEX.add({payload});\n", encoding="utf-8")
        names.append(name)
    meta = json.dumps(names).replace("</", "<\\/")
    options = "".join(
        f'<label>{label} <select id="{key}"><option value="">all</option></select></label>'
        for key, label in (("category", "category"), ("language", "language"),
                           ("duration_bin", "duration"), ("verification_status", "status"))
    )  # fmt: skip
    index = "\n".join([
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>VideoMind samples</title><style>{_CSS}</style></head><body>",
        f"<h1>VideoMind samples</h1><p>{len(rows)} samples. "
        "<span id='status'>loading…</span></p>",
        '<div class="filters">'
        '<input id="q" type="search" placeholder="search titles, layers" size="30">',
        f'<input id="tag" type="search" placeholder="6W tag contains" size="20">{options}</div>',
        '<p><button id="prev">‹ prev</button> <span id="page"></span> '
        '<button id="next">next ›</button> <span id="count"></span></p>',
        "<table><thead><tr><th>sample</th><th>title</th><th>category</th><th>language</th>"
        "<th>duration</th><th>status</th><th>6W tags</th></tr></thead>"
        "<tbody id='rows'></tbody></table>",
        f'<script type="application/json" id="meta">{meta}</script>',
        f"<script>{_INDEX_JS}</script></body></html>",
    ])  # fmt: skip
    with atomic_path(out / "index.html") as tmp:
        tmp.write_text(index, encoding="utf-8")
    for r in rows:
        page = out / "samples" / f"{r['clip_id']}.html"
        with atomic_path(page) as tmp:
            tmp.write_text(sample_page(r, page, root), encoding="utf-8")
    return len(rows)


def run_browser(job: Job, root: Path = Path(".")) -> int:
    released_only = bool(job.params.get("released_only"))
    pages = build_browser(read_parquet(job.input.dataset), job.path("site"), job.params.chunk,
                          root, released_only)  # fmt: skip
    log.info("browser (%s): %d sample pages", "release" if released_only else "internal", pages)
    return pages


def build_browser(dataset: pa.Table, out: Path, chunk: int, root: Path = Path("."),
                  released_only: bool = False) -> int:  # fmt: skip
    """The sample browser. The team's (internal) browser shows every generated sample with its
    media (filter by verification status); the release's shows released samples only, without
    this run's media files (a release may not carry them), each linked to its source."""
    from videomind.evaluation.selection import duration_bin
    from videomind.paper.stats import language_id, sample_language

    lid = language_id()
    rows = []
    for r in dataset.to_pylist():
        if released_only:
            if not r.get("released"):
                continue
            r = r | {"clip_path": None, "frame_paths": [], "audio_path": None}
        lang, _, _ = sample_language(r, lid)
        rows.append(r | {"language": lang, "duration_bin": duration_bin(r.get("duration"))})
    return build_site(rows, out, root, chunk)
