"""Gather every shard into the sample table, the dataset (with its verification status), one
failures table and the funnel that accounts for every input."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from videomind.core.io import concat, write_json, write_parquet
from videomind.core.records import WITHHELD, to_table
from videomind.ingest.takedowns import Takedowns
from videomind.runner import Job
from videomind.verification.status import final_status

log = logging.getLogger(__name__)


def run_collect(job: Job) -> dict[str, Any]:
    """All shards into the sample table, the dataset, one failures table and the funnel."""
    i, o = job.input, job.output
    samples = concat(job.paths("samples"), "samples", Path(o.samples))
    sources = concat(job.paths("sources"), "sources", Path(o.sources))
    scenes = concat(job.paths("scenes"), "scenes", Path(o.scenes))
    failures = concat(
        [Path(i.manifest_failures), *job.paths("failures"), Path(i.rating_failures)],
        "failures",
        Path(o.failures),
    )
    generation = concat(job.paths("generation"), "generation", None)
    screen = concat(job.paths("screen"), "screen", Path(o.screen))
    concat(job.paths("quarantine"), "samples", Path(o.quarantine))
    preverify = concat(job.paths("preverify"), "preverify", None)
    postverify = concat([Path(i.postverify)], "postverify", None)
    listed = job.paths("takedowns") if i.get("takedowns") else []
    takedowns = Takedowns.load(listed[0] if listed else None)
    dataset = join_dataset(samples, generation, Path(o.dataset), preverify, postverify,
                           job.params.include_pending, takedowns)  # fmt: skip
    report = funnel(job.params.manifest_rows, sources, scenes, samples, failures,
                    Path(o.funnel), dataset, screen)  # fmt: skip
    log.info("funnel: %s", report)
    return report


def funnel(
    manifest_rows: int,
    sources: pa.Table,
    scenes: pa.Table,
    samples: pa.Table,
    failures: pa.Table,
    out: Path,
    dataset: pa.Table | None = None,
    screen: pa.Table | None = None,
) -> dict:
    """Account for every input: the numbers at each stage add up to what came in."""
    src = sources.to_pylist()
    seg = scenes.to_pylist()
    fail = failures.to_pylist()
    report = {
        "manifest_rows": manifest_rows,
        "manifest_rejected": sum(1 for f in fail if f["stage"] == "manifest"),
        "sources": len(src),
        "sources_fetched": sum(1 for s in src if s["status"] == "ok"),
        "sources_failed_fetch": sum(1 for s in src if s["status"] != "ok"),
        "sources_with_clips": len({c for c in samples.column("source_id").to_pylist()}),
        "scenes_detected": len({(s["source_id"], s["scene_index"]) for s in seg}),
        "segments_kept": sum(1 for s in seg if s["keep"]),
        "segments_too_short": sum(1 for s in seg if s["drop_reason"] == "too_short"),
        "clips": samples.num_rows,
        "failures_by_stage_and_cause": dict(
            sorted(Counter(f"{f['stage']}:{f['cause']}" for f in fail).items())
        ),
        "asr_status": dict(Counter(samples.column("asr_status").to_pylist())),
        "ocr_status": dict(Counter(samples.column("ocr_status").to_pylist())),
    }
    if "asr_unlikely_sentences" in samples.column_names:  # asr.rescore: heard, taken as misheard
        hidden = [len(x or []) for x in samples.column("asr_unlikely_sentences").to_pylist()]
        report["asr_sentences_hidden"] = sum(hidden)
        report["asr_clips_with_hidden_sentences"] = sum(1 for n in hidden if n)
    clip_failures = sum(1 for f in fail if f["stage"] == "clips" and f["clip_id"] is not None)
    report["segments_failed_cutting"] = clip_failures
    excluded = 0
    if screen is not None:
        decisions = [d for d in screen.to_pylist() if d["screen_excluded"]]
        excluded = len(decisions)
        report["screen_excluded"] = excluded
        report["screen_excluded_by"] = dict(
            sorted(
                Counter(
                    f"{d['screen_category']}:{d['screen_decided_by']}" for d in decisions
                ).items()
            )  # fmt: skip
        )
        report["screen_policy"] = sorted(set(screen.column("screen_policy").to_pylist()))
        report["screen_frames_judged"] = any(screen.column("screen_frames_judged").to_pylist())
    if dataset is not None:
        gen_failed = len({f["clip_id"] for f in fail if f["stage"] == "generate"})
        report["generated"] = dataset.num_rows
        report["generation_failed"] = gen_failed
        # Role B is written only where a protagonist is shown; the rest is counted, not lost.
        if "intent_protagonist" in dataset.column_names:
            role_b = dataset.column("intent_protagonist").to_pylist()
            held = {role: [bool(x) for x in dataset.column(WITHHELD[role]).to_pylist()]
                    if WITHHELD[role] in dataset.column_names else [False] * len(role_b)
                    for role in WITHHELD}  # fmt: skip
            report["role_b_written"] = sum(x is not None for x in role_b)
            report["role_b_no_protagonist"] = sum(
                x is None and not w for x, w in zip(role_b, held["protagonist"], strict=True)
            )
            # Role A is not written where nothing of the clip or its video can be read.
            role_a = dataset.column("intent_uploader").to_pylist()
            report["role_a_nothing_known"] = sum(
                x is None and not w for x, w in zip(role_a, held["uploader"], strict=True)
            )
            # Withheld: the model answered, and its statement still broke a rule after every
            # revision turn (generate.withhold_unrevised).
            report["role_a_withheld"] = sum(held["uploader"])
            report["role_b_withheld"] = sum(held["protagonist"])
        if "tags_failure" in dataset.column_names:  # counted, not lost: text layers stay
            report["tags_failed"] = sum(bool(x) for x in dataset.column("tags_failure").to_pylist())
        words = dataset.column("words_sample").to_pylist()
        report["words_per_sample_mean"] = round(sum(words) / len(words), 1) if words else None
        report["checks"] = {}
        report["checks"]["clips = screened out + generated + failed generation"] = (
            samples.num_rows == excluded + dataset.num_rows + gen_failed
        )
        if "verification_status" in dataset.column_names:
            status = Counter(dataset.column("verification_status").to_pylist())
            pre_failed = len({f["clip_id"] for f in fail if f["stage"] == "preverify"})
            report["verification_status"] = dict(sorted(status.items()))
            report["preverify_passed"] = dataset.num_rows - status.get("failed_pre", 0)
            report["preverify_rejected"] = status.get("failed_pre", 0)
            report["preverify_verifier_failed"] = pre_failed
            report["postverify_pending"] = status.get("pending_post", 0)
            report["postverify_rejected"] = status.get("failed_post", 0)
            report["verified"] = status.get("verified", 0)
            report["released"] = sum(bool(x) for x in dataset.column("released").to_pylist())
            report["taken_down"] = sum(1 for x in dataset.column("taken_down").to_pylist() if x)
            report["checks"]["generated = failed_pre + pending_post + failed_post + verified"] = (
                dataset.num_rows == sum(status.values())
                and set(status) <= {"failed_pre", "pending_post", "failed_post", "verified"}
            )
            report["checks"]["verifier failures are counted as failed_pre"] = (
                pre_failed
                == dataset.filter(
                    pc.equal(dataset.column("pre_status"), "verifier_failed")
                ).num_rows
            )
    report.setdefault("checks", {})
    report["checks"] |= {
        "manifest_rows = sources + rejected": manifest_rows
        == report["sources"] + report["manifest_rejected"],
        "segments_kept = clips + failed cuts": report["segments_kept"]
        == report["clips"] + clip_failures,
    }
    write_json(report, out)
    return report


def join_dataset(
    samples: pa.Table,
    generation: pa.Table,
    out: Path,
    preverify: pa.Table | None = None,
    postverify: pa.Table | None = None,
    include_pending: bool = False,
    takedowns: Takedowns | None = None,
) -> pa.Table:
    """The dataset: samples whose three layers were generated, in sample order, with their
    verification columns. Nothing is marked verified that was not checked: a sample that passed
    pre-verification stays 'pending_post' until the raters decide it. A sample whose source is
    on the takedown list is never released, whatever its verification says."""
    generated = {r["clip_id"]: r for r in generation.to_pylist()}
    pre = {r["clip_id"]: r for r in preverify.to_pylist()} if preverify is not None else {}
    post = {r["clip_id"]: r for r in postverify.to_pylist()} if postverify is not None else {}
    rows = []
    for row in samples.to_pylist():
        cid = row["clip_id"]
        if cid not in generated:
            continue
        record = row | {k: v for k, v in generated[cid].items() if k != "clip_id"}
        if preverify is not None:
            p = pre.get(cid, {})
            q = post.get(cid, {})
            record |= {k: v for k, v in (p | q).items() if k != "clip_id"}
            status = final_status(p.get("pre_pass"), q.get("post_pass"))
            record["verification_status"] = status
            record["released"] = status == "verified" or (
                include_pending and status == "pending_post"
            )
        if takedowns:
            record["taken_down"] = takedowns.match_record(record)
            if record["taken_down"]:
                record["released"] = False
        rows.append(record)
    table = to_table("dataset", rows)
    write_parquet(table, out)
    return table
