"""Rule `ratings` (after `review`, before `collect`): post-verification by expert raters (the paper:
two experts judge each intent statement against its text-to-video rendering and the source clip).

The ingest reads whatever rater files exist, records every problem in them as a failures row
naming file and line, computes Cohen's kappa, and decides each pre-verified sample by the
configured rule. A sample without a full set of votes is pending: it is never counted as
verified, and the config says whether pending samples are released.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from videomind.core.failures import FailureLog
from videomind.core.io import atomic_path, concat, write_json, write_parquet
from videomind.core.records import PRE, to_table
from videomind.runner import Job
from videomind.verification.ratings import (
    ROLES,
    agreement,
    decide,
    read_ratings,
    sample_votes,
)

log = logging.getLogger(__name__)


def decision_row(
    ratings: Any, clip: str, rule: str, roles: tuple[str, ...] = ROLES
) -> dict[str, Any]:
    """One sample's post-verification: every rater's vote, the decision, the comments."""
    votes = sample_votes(ratings, clip, roles)
    comments = {
        f"{role}:{rater}": text
        for role in roles
        for rater, text in ratings.comments.get((clip, role), {}).items()
    }
    named = {r: None if v is None else ("accept" if v else "reject") for r, v in votes.items()}
    return {
        "clip_id": clip,
        "post_votes": json.dumps(named, sort_keys=True),
        "post_accepts": sum(v is True for v in votes.values()),
        "post_rejects": sum(v is False for v in votes.values()),
        "post_pass": decide(votes, rule),
        "post_rule": rule,
        "post_comments": json.dumps(comments, sort_keys=True) if comments else None,
    }


def written_roles(pre: dict[str, Any]) -> tuple[str, ...]:
    """The intent statements a sample has, read from its pre-verification row: a scored sample
    without a similarity for a role had no statement of that role (role B is null where the
    clip shows no protagonist), so there is nothing of it to rate."""
    if pre.get("pre_status") != "scored":
        return ROLES
    return tuple(role for role in ROLES if pre.get(PRE[role]["similarity"]) is not None)


def run_ratings(job: Job) -> dict[str, Any]:
    cfg, files = dict(job.params.post), job.paths("files")
    preverify = concat(job.paths("preverify"), "preverify", None)
    raters = list(cfg["raters"])
    rule = cfg["rule"]
    roles = {r["clip_id"]: written_roles(r) for r in preverify.to_pylist() if r["pre_pass"]}
    candidates = list(roles)
    items = {(c, role) for c in candidates for role in roles[c]}
    ratings = read_ratings(files, raters, items)
    failures = FailureLog("ratings", "all")
    for p in ratings.problems:
        failures.add(
            Path(p.path).stem, p.cause, p.message, input=f"{p.path}:{p.line}" if p.line else p.path
        )
    rows = [decision_row(ratings, clip, rule, roles[clip]) for clip in candidates]
    write_parquet(to_table("postverify", rows), job.path("table"))
    failures.write(str(job.path("failures")))
    status = Counter(
        "pending" if r["post_pass"] is None else ("passed" if r["post_pass"] else "rejected")
        for r in rows
    )
    report = {
        "raters": raters,
        "rater_files": ratings.files,
        "rule": rule,
        "include_pending": bool(cfg.get("include_pending", False)),
        "samples_awaiting_review": len(candidates),
        "statements_awaiting_review": len(items),
        "statements_judged": {r: sum(r in v for v in ratings.votes.values()) for r in raters},
        "samples": dict(sorted(status.items())),
        "agreement": agreement(ratings),
        "problems": [str(p) for p in ratings.problems],
    }
    write_json(report, job.path("json"))
    with atomic_path(job.path("md")) as tmp:
        tmp.write_text(ratings_markdown(report))
    log.info(
        "post-verification: %s; %d problems in rater files", dict(status), len(ratings.problems)
    )
    return report


def _k(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def ratings_markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Post-verification: expert ratings",
        "",
        f"Raters (config): {', '.join(report['raters'])}. Rule: a sample passes when "
        f"{'every rater accepts' if report['rule'] == 'all' else 'at least one rater accepts'} "
        "each of its intent statements (role B only where the clip shows a protagonist); it is "
        "decided only once every rater has judged them all.",
        f"Pending samples are {'released' if report['include_pending'] else 'not released'} "
        "(`verify.post.include_pending`) and are never counted as verified.",
        "",
        f"Samples awaiting review (passed pre-verification): {report['samples_awaiting_review']}; "
        + ", ".join(f"{k}: {v}" for k, v in report["samples"].items()),
        "",
        "| rater | file | statements judged |",
        "|---|---|---|",
    ]
    for r in report["raters"]:
        lines.append(
            f"| {r} | {report['rater_files'].get(r, '(none)')} | "
            f"{report['statements_judged'][r]} of {report['statements_awaiting_review']} |"
        )
    lines += ["", "| raters | statements both judged | observed agreement | Cohen's kappa |",
              "|---|---|---|---|"]  # fmt: skip
    for p in report["agreement"]["pairs"]:
        kappa = _k(p["cohen_kappa"]) + (f" ({p['note']})" if p["note"] else "")
        lines.append(f"| {' / '.join(p['raters'])} | {p['statements']} | "
                     f"{_k(p['observed_agreement'])} | {kappa} |")  # fmt: skip
    if report["problems"]:
        lines += ["", "Problems in rater files (also in the failures table):", ""]
        lines += [f"- {p}" for p in report["problems"]]
    return "\n".join(lines) + "\n"
