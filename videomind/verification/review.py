"""The raters' review page: one static HTML file per shard (batch).

It shows, for every sample that passed pre-verification, the source clip, its keyframes and
both intent statements, each with its text-to-video rendering when one was made, and a form to
accept or reject each statement with a comment. "Export" downloads ``<rater>.csv`` in the format
the ratings ingest reads. The page needs no server (it works from a file URL or any static HTTP
server), keeps a rater's unfinished work in the browser's local storage, and escapes every text
that comes from videos, metadata or models: nothing from a video is ever markup.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from videomind.core.io import atomic_path
from videomind.core.records import INTENT, PRE
from videomind.runner import Job

ROLES = (("uploader", "Role A: the uploader"), ("protagonist", "Role B: the protagonist"))

_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:1200px;color:#222}
header{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ccc;z-index:1}
.sample{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
.media{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}
.frames img{width:96px;height:auto;margin:1px}
.statement{background:#f6f6f6;padding:.6rem;margin:.6rem 0;border-radius:4px}
.label{font-size:.8rem;color:#a40}
video{max-width:360px;background:#000}
.status{font-weight:bold}
"""

_JS = r"""
(function () {
  const KEY = "videomind-review:" + document.body.dataset.batch;
  const form = document.getElementById("review");
  const saved = JSON.parse(localStorage.getItem(KEY) || "{}");
  for (const [name, value] of Object.entries(saved)) {
    const el = form.elements[name];
    if (!el) continue;
    if (el instanceof RadioNodeList) { for (const r of el) r.checked = (r.value === value); }
    else el.value = value;
  }
  function progress() {
    const items = form.querySelectorAll(".statement");
    let done = 0;
    for (const it of items) {
      if (form.querySelector(`input[name="${it.dataset.key}:decision"]:checked`)) done++;
    }
    document.getElementById("progress").textContent = `${done} of ${items.length} judged`;
  }
  form.addEventListener("change", () => {
    const data = {};
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "radio") { if (el.checked) data[el.name] = el.value; }
      else data[el.name] = el.value;
    }
    localStorage.setItem(KEY, JSON.stringify(data));
    progress();
  });
  // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
  // apostrophe; the ratings ingest takes it off again.
  function neutral(s) { return /^[=+\-@\t\r]/.test(s) ? "'" + s : s; }
  function cell(s) { return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  document.getElementById("export").addEventListener("click", () => {
    const rater = form.elements["rater"].value.trim();
    const msg = document.getElementById("message");
    if (!/^[A-Za-z0-9_.-]+$/.test(rater)) {
      msg.textContent = "Enter your rater name (letters, digits, _ . -) first.";
      return;
    }
    const lines = ["clip_id,role,decision,comment,rater"];
    for (const it of form.querySelectorAll(".statement")) {
      const checked = form.querySelector(`input[name="${it.dataset.key}:decision"]:checked`);
      if (!checked) continue;
      const comment = form.elements[it.dataset.key + ":comment"].value;
      const row = [it.dataset.clip, it.dataset.role, checked.value, neutral(comment), rater];
      lines.push(row.map(cell).join(","));
    }
    const blob = new Blob([lines.join("\n") + "\n"], {type: "text/csv"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = rater + ".csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    msg.textContent =
      `Exported ${lines.length - 1} judgments as ${rater}.csv: put it in the ratings folder.`;
  });
  progress();
})();
"""


def relative_url(path: str | None, page_dir: Path) -> str | None:
    """A file of the run as a URL relative to a page (works from file:// and over HTTP)."""
    if not path:
        return None
    return quote(os.path.relpath(path, page_dir).replace(os.sep, "/"))


def review_page(
    shard: str,
    samples: Sequence[dict[str, Any]],
    renders: dict[tuple[str, str], dict[str, Any]],
    page: Path,
    t2v_backend: str,
    raters: Sequence[str],
) -> str:
    """The page's HTML. ``samples`` are dataset-like rows (sample + generation + pre columns)."""
    page_dir = page.parent
    e = escape
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>VideoMind review: {e(shard)}</title><style>{_CSS}</style></head>",
        f'<body data-batch="{e(shard)}">',
        '<form id="review" onsubmit="return false">',
        f"<header><h1>Intent review: batch {e(shard)}</h1>",
        "<p>For each intent statement, judge whether it is a faithful reading of the source clip "
        "(and, where shown, whether its rendering depicts it). Accept or reject each statement, "
        "add a comment if useful, then export your judgments and put the file in the ratings "
        f"folder. Expected raters: {e(', '.join(raters))}.</p>",
        '<label>Rater name <input name="rater" id="rater" autocomplete="off" '
        'pattern="[A-Za-z0-9_.-]+" required></label> ',
        '<button type="button" id="export">Export ratings (CSV)</button> ',
        '<span id="progress" class="status"></span> <span id="message"></span></header>',
    ]
    if not samples:
        out.append("<p>No sample of this batch passed pre-verification: nothing to review.</p>")
    for s in samples:
        cid = s["clip_id"]
        out.append(f'<section class="sample" id="{e(cid)}"><h2>{e(cid)}</h2>')
        out.append(f"<p><b>Title:</b> {e(s.get('title') or '')}</p>")
        out.append('<div class="media">')
        clip = relative_url(s.get("clip_path"), page_dir)
        if clip:
            out.append(f'<div><div>Source clip</div><video controls preload="metadata" '
                       f'src="{e(clip)}"></video></div>')  # fmt: skip
        frames = "".join(
            f'<img loading="lazy" alt="keyframe {i + 1}" src="{e(src)}">'
            for i, src in enumerate(relative_url(p, page_dir) for p in (s.get("frame_paths") or []))
        )
        out.append(f'<div class="frames"><div>Keyframes</div>{frames}</div></div>')
        out.append(f"<p><b>Summary (abstract layer):</b> {e(s.get('abstract_summary') or '')}</p>")
        for role, title in ROLES:
            statement = s.get(INTENT[role]["statement"])
            if statement is None:  # role B of a clip without a protagonist: nothing to judge
                evidence = "the clip shows no protagonist (no speech, nobody named)"
                out.append(f'<div class="statement absent"><h3>{title}</h3><p><i>Not written: '
                           f"{evidence}.</i></p></div>")  # fmt: skip
                continue
            # Work saved in the browser is keyed by the statement itself: a rerun that writes
            # a new statement never restores a judgment of the old one.
            key = f"{cid}|{role}|{hashlib.sha256(statement.encode()).hexdigest()[:12]}"
            out.append(
                f'<div class="statement" data-key="{e(key)}" data-clip="{e(cid)}" '
                f'data-role="{role}"><h3>{title}</h3><p class="text">{e(statement)}</p>'
            )
            sim = s.get(PRE[role]["similarity"])
            if sim is not None:
                out.append(f"<p>Pre-verification similarity: {sim:.3f}</p>")
            render = renders.get((cid, role))
            if render:
                out.append(f'<div><video controls preload="metadata" '
                           f'src="{e(relative_url(render["video_path"], page_dir) or "")}"></video>'
                           f'<div class="label">{e(render["t2v_label"])}</div></div>')  # fmt: skip
            elif t2v_backend == "none":
                out.append('<p class="label">No text-to-video rendering in this run '
                           "(verify.post.t2v.backend: none).</p>")  # fmt: skip
            else:
                out.append('<p class="label">Rendering failed (see the failures table).</p>')
            for value in ("accept", "reject"):
                out.append(
                    f'<label><input type="radio" name="{e(key)}:decision" value="{value}"> '
                    f"{value}</label> "
                )
            out.append(
                f'<input type="text" name="{e(key)}:comment" size="50" '
                'placeholder="comment (optional)"></div>'
            )
        out.append("</section>")
    out += ["</form>", f"<script>{_JS}</script>", "</body></html>"]
    return "\n".join(out)


def write_review_page(
    shard: str,
    samples: Sequence[dict[str, Any]],
    renders: dict[tuple[str, str], dict[str, Any]],
    page: Path,
    t2v_backend: str,
    raters: Sequence[str],
) -> None:
    html = review_page(shard, samples, renders, page, t2v_backend, raters)
    with atomic_path(page) as tmp:
        tmp.write_text(html, encoding="utf-8")


log = logging.getLogger(__name__)


def run_review(job: Job) -> int:
    """Write the shard's review page; returns how many samples it shows."""
    from videomind.core.io import read_parquet
    from videomind.verification.review import write_review_page

    i, cfg = job.input, job.params.post
    gen = {r["clip_id"]: r for r in read_parquet(i.generation).to_pylist()}
    pre = {r["clip_id"]: r for r in read_parquet(i.preverify).to_pylist()}
    rows = []
    for s in read_parquet(i.samples).to_pylist():
        cid = s["clip_id"]
        if cid in gen and pre.get(cid, {}).get("pre_pass"):
            rows.append(s | gen[cid] | pre[cid])
    renders = {}
    for table in job.paths("t2v"):  # none when no text-to-video backend is configured
        renders = {(r["clip_id"], r["role"]): r for r in read_parquet(table).to_pylist()}
    write_review_page(job.shard, rows, renders, job.path("page"), cfg["t2v"]["backend"],
                      cfg["raters"])  # fmt: skip
    log.info("review page shows %d samples", len(rows))
    return len(rows)
