"""Rule `preverify` (after `generate`; `pre_calibration` over the whole run): pre-verification of
the intent layer by a second model.

The verifier does the generator's intent task for both roles from the same abstract layer,
without seeing the generator's answer. The intent terms ([intent] slot of each statement) of the
two models are embedded and compared per role; a sample passes when every role reaches the
configured similarity. The run-level calibration (:func:`run_calibration`) shows what that
threshold means on this corpus: matched pairs against pairs shuffled across source videos.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np

from videomind.backends import registry
from videomind.backends.protocols import ChatRequest
from videomind.core.ids import source_of
from videomind.core.io import atomic_path, concat, read_parquet, write_json
from videomind.core.records import INTENT, PRE
from videomind.generation.engine import check_intent, intent_of, llm_engine
from videomind.generation.intents import role_values
from videomind.generation.llm_stage import LLMStage, Pass
from videomind.generation.prompts import PROMPT_DIR, Prompt, load_prompt
from videomind.runner import Failed, Job
from videomind.verification.pre import (
    calibrate,
    calibration_figure,
    check_distinct,
    rowwise_cosine,
    shuffled_similarity,
)

log = logging.getLogger(__name__)


def verifier_label(verifier: dict[str, Any], generator: dict[str, Any]) -> str:
    """How independent the verifier is, said plainly in every record and report."""
    if registry.model_name("llm", verifier) == registry.model_name("llm", generator):
        return (
            "same model as the generator at another seed/temperature (offline proxy for a "
            "second mLLM; a weak check)"
        )
    return "a different model from the generator"


class Preverification(LLMStage):
    """One shard's pre-verification: the verifier answers each role's intent prompt (a pass per
    role), then the similarity of the two models' intent terms decides."""

    name = table = "preverify"
    input = "generation"
    default_cause = "preverify_failed"

    def __init__(self, job: Job) -> None:
        super().__init__(job)
        self.cfg, self.generator = dict(job.params.pre), dict(job.params.generator)
        check_distinct(self.cfg["llm"], self.generator)
        self.engine = llm_engine(job, self.cfg, "verify.pre.llm")
        self.rows = read_parquet(job.input.generation).to_pylist()
        self.out = {r["clip_id"]: {"clip_id": r["clip_id"]} for r in self.rows}
        self.failed_ids: set[str] = set()
        self.prompts: dict[str, Prompt] = {}

    def items(self) -> list[dict[str, Any]]:
        return self.rows

    def item_id(self, item: dict[str, Any]) -> str:
        return item["clip_id"]

    def step_name(self, prompt: Prompt) -> str:
        return f"preverify:{prompt.step}"

    def failed_item(self, item: dict[str, Any], err: BaseException, step: str) -> Failed:
        self.failed_ids.add(item["clip_id"])
        return Failed.from_error(err, self.default_cause, source_of(item["clip_id"]), "",
                                 item["clip_id"], step=step)  # fmt: skip

    def passes(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # The two roles' answers do not depend on each other: one batch per turn.
        self.ask_together([self.answer(role) for role in INTENT])
        rows = self.decide(self.compare())
        log.info("pre-verification: %d of %d samples pass at %s (%d verifier failures)",
                 sum(o["pre_pass"] for o in rows), len(rows), self.cfg["threshold"],
                 len(self.failed_ids))  # fmt: skip
        return rows

    def item_failed(self, item: dict[str, Any]) -> bool:
        return item["clip_id"] in self.failed_ids

    def answer(self, role: str) -> Pass:
        """The verifier answers the generator's own intent prompt for ``role`` (the same task,
        not a leading question about the generator's answer) from the same factual and abstract
        layers."""
        # The verifier's own wording of the same task, when config gives one (a small verifier
        # copies worked examples into its answers: verify.pre.prompts holds example-free
        # versions); else the generator's prompt.
        folder = self.cfg.get("prompts") or self.job.params.get("prompt_dir")
        if folder and not Path(folder).is_absolute() and not Path(folder).is_dir():
            folder = PROMPT_DIR.parent / folder  # "prompts/verifier": the repository's
        prompt = self.prompts[role] = load_prompt(
            f"intent_{role}", Path(folder) if folder else None
        ).scaled(float(self.cfg["llm"].get("reply_scale", 1.0)))
        # A role the generator did not write (role B without a protagonist) is not verified.
        todo = [r for r in self.rows
                if r["clip_id"] not in self.failed_ids and has_role(r, role)]  # fmt: skip

        def build(r: dict[str, Any]) -> ChatRequest:
            return self.request(prompt, role_values(r, role))  # as the generator asked

        def apply(r: dict[str, Any], data: dict[str, Any]) -> None:
            intent = intent_of(data)
            self.out[r["clip_id"]][PRE[role]["statement"]] = intent.statement
            self.out[r["clip_id"]][PRE[role]["intent"]] = intent.intent

        return Pass(prompt, todo, build, apply, check=check_intent)

    def compare(self) -> str:
        """Cosine similarity of the two models' intent terms per role; the embedder's name."""
        key = "verify.pre.embedder"
        verified = [r for r in self.rows if r["clip_id"] not in self.failed_ids]
        if not verified:
            return registry.model_name("text_embedder", self.cfg["embedder"], key)
        embedder = self.job.load("text_embedder", self.cfg["embedder"], key=key)
        for role in INTENT:
            rows = [r for r in verified if has_role(r, role)]
            gen_terms = [r[INTENT[role]["intent"]] for r in rows]
            ver_terms = [self.out[r["clip_id"]][PRE[role]["intent"]] for r in rows]
            sims = rowwise_cosine(embedder.encode(gen_terms), embedder.encode(ver_terms))
            for r, sim in zip(rows, sims, strict=True):
                self.out[r["clip_id"]][PRE[role]["similarity"]] = round(float(sim), 6)
        return embedder.model

    def decide(self, embedder: str) -> list[dict[str, Any]]:
        threshold = float(self.cfg["threshold"])
        label = verifier_label(self.cfg["llm"], self.generator)
        for r in self.rows:
            cid, o = r["clip_id"], self.out[r["clip_id"]]
            sims = [o.get(PRE[role]["similarity"]) for role in INTENT if has_role(r, role)]
            # A sample whose every statement was withheld has nothing to verify: it fails.
            ok = cid not in self.failed_ids and bool(sims)
            ok = ok and all(s is not None and s >= threshold for s in sims)
            status = "verifier_failed" if cid in self.failed_ids else "scored"
            if status == "scored" and not sims:
                status = "no_intent"
            o |= {
                "pre_status": status,
                "pre_pass": ok, "pre_threshold": threshold,
                "pre_backend": self.cfg["llm"]["backend"], "pre_model": self.engine.model_key(),
                "pre_seed": self.engine.seed,
                "pre_prompts": ",".join(p.ident for p in self.prompts.values()),
                "pre_embedder": embedder, "pre_verifier": label,
            }  # fmt: skip
        return list(self.out.values())


def has_role(row: dict[str, Any], role: str) -> bool:
    """Did the generator write ``role``'s statement for this sample?"""
    return row.get(INTENT[role]["statement"]) is not None


def run_preverify(job: Job) -> None:
    Preverification.run(job)


def run_calibration(job: Job) -> dict[str, Any]:
    """Matched vs shuffled intent-term similarity over the whole run, per role and pooled."""
    cfg = dict(job.params.pre)
    cal = cfg.get("calibration", {})
    thresholds = cal.get("thresholds", [round(0.1 * k, 1) for k in range(1, 10)])
    repeats, seed = int(cal.get("shuffles", 5)), int(cal.get("seed", 0))
    gen_rows = {r["clip_id"]: r for r in concat(job.paths("generation"), "generation", None)
                .to_pylist()}  # fmt: skip
    rows = concat(job.paths("preverify"), "preverify", None).to_pylist()
    scored = [p for p in rows if p["pre_status"] == "scored"]
    groups = [source_of(p["clip_id"]) for p in scored]
    embedder = None
    if scored:
        embedder = job.load("text_embedder", cfg["embedder"], key="verify.pre.embedder")
    per_role: dict[str, Any] = {}
    same_role: dict[str, Any] = {}
    matched_all, shuffled_all, same_all = [], [], []
    for k, role in enumerate(INTENT):
        matched = shuffled = same = np.zeros(0)
        # only the samples that have this role (role B is null without a protagonist)
        mine = [i for i, p in enumerate(scored) if has_role(gen_rows[p["clip_id"]], role)]
        if mine:
            g = embedder.encode([gen_rows[scored[i]["clip_id"]][INTENT[role]["intent"]]
                                 for i in mine])  # fmt: skip
            v = embedder.encode([scored[i][PRE[role]["intent"]] for i in mine])
            in_group = [groups[i] for i in mine]
            matched = rowwise_cosine(g, v)
            shuffled = shuffled_similarity(g, v, in_group, seed + k, repeats)
            same = shuffled_similarity(g, v, in_group, seed + k, repeats, same_source=True)
        per_role[role] = calibrate(matched, shuffled, thresholds, cfg["threshold"])
        same_role[role] = calibrate(matched, same, thresholds, cfg["threshold"])
        matched_all.append(matched)
        shuffled_all.append(shuffled)
        same_all.append(same)
    pooled_m, pooled_s = np.concatenate(matched_all), np.concatenate(shuffled_all)
    pooled = calibrate(pooled_m, pooled_s, thresholds, cfg["threshold"])
    same_source = {
        "pooled": calibrate(pooled_m, np.concatenate(same_all), thresholds, cfg["threshold"]),
        "roles": same_role,
    }
    report = calibration_report(rows, scored=scored, groups=groups, cfg=cfg, pooled=pooled,
                                per_role=per_role, same_source=same_source, repeats=repeats,
                                seed=seed)  # fmt: skip
    write_json(report, job.path("json"))
    with atomic_path(job.path("md")) as tmp:
        tmp.write_text(calibration_markdown(report))
    title = (
        f"Pre-verification calibration: {report['verifier']['model']} vs generator, "
        f"{report['embedder']} intent-term similarity, {len(scored)} samples"
    )
    calibration_figure(pooled, pooled_m, pooled_s, job.path("png"), job.path("pdf"), title)
    log.info("AUC %s; %s of %s samples pass", pooled["auc"], report["passed"], report["samples"])
    return report


def calibration_report(
    rows: list[dict[str, Any]],
    *,
    scored: list[dict[str, Any]],
    groups: list[str],
    cfg: dict[str, Any],
    pooled: dict[str, Any],
    per_role: dict[str, Any],
    same_source: dict[str, Any],
    repeats: int,
    seed: int,
) -> dict[str, Any]:
    sample_pass = [
        {
            "threshold": t["threshold"],
            "sample_pass_rate": _sample_pass_rate(scored, t["threshold"], len(rows)),
        }
        for t in pooled["thresholds"]
    ]
    first = rows[0] if rows else {}
    return {
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
        "shuffle": {
            "repeats": repeats,
            "seed": seed,
            "rule": "pairs from different source videos",
            "same_source_rule": "pairs from other clips of the same source video",
            "threshold_read_against": "pairs from different source videos",
        },
        "same_source": same_source,
    }


def _sample_pass_rate(scored: list[dict[str, Any]], t: float, total: int) -> float | None:
    if not total:
        return None
    sims = [[p[PRE[role]["similarity"]] for role in INTENT] for p in scored]
    ok = sum(all(x >= t for x in row if x is not None) for row in sims)
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
        "a sample passes when each of its intent statements reaches the threshold (role B "
        "is written only where the clip shows a protagonist).**",
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
    same = report.get("same_source")
    if same:
        lines += [
            "",
            "Harder negatives: the generator's term against the verifier's for *another clip of "
            "the same source video* (samples that have one). Clips of one source often share "
            "their intent, so some of these pairs are right answers too: this row says how much "
            "of the agreement is about the clip rather than the film. The threshold is read "
            "against the cross-source pairs above.",
            "",
            "| pairs | ROC AUC | same-source mean | same-source pairs | same-source pass at "
            "threshold |",
            "|---|---|---|---|---|",
        ]
        for name, r in [("pooled", same["pooled"]), *same["roles"].items()]:
            lines.append(
                f"| {name} | {_fmt(r['auc'])} | {_fmt(r['shuffled']['mean'])} | "
                f"{r['shuffled']['n']} | {_fmt(r['chosen_shuffled_pass_rate'], True)} |"
            )
    lines += [
        "",
        "Pass rate by threshold (pairs pooled over roles; a sample needs each role it has):",
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
