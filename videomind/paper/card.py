"""The dataset card: what was run, with which models, and how many samples each stage kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any


def _models(rows: Sequence[dict[str, Any]], *cols: str) -> str:
    seen = Counter(tuple(r.get(c) for c in cols) for r in rows)
    return (
        "; ".join(" / ".join(str(x) for x in k) + f" ({n})" for k, n in seen.most_common()) or "-"
    )


def dataset_card(
    dataset: Sequence[dict[str, Any]],
    funnel: dict[str, Any],
    gold: dict[str, Any],
    evals: Sequence[dict[str, Any]],
    summary: dict[str, Any],
) -> str:
    released = [r for r in dataset if r.get("released")]
    status = Counter(r.get("verification_status") for r in dataset)
    lines = [
        "---",
        "license: other",
        "task_categories: [text-to-video, video-text-to-text]",
        "language: ["
        + ", ".join(k for k in summary["languages"] if k not in {"none", "und"})
        + "]",
        "pretty_name: VideoMind (pipeline run)",
        "---",
        "",
        "# VideoMind: dataset card of this run",
        "",
        "Produced by the open VideoMind pipeline. Every record names the backend and model of each",
        "field; offline proxies are labeled as such and are not the paper's models.",
        "",
        "## Models",
        "",
        f"- ASR: {_models(dataset, 'asr_backend', 'asr_model')}; its sentences read by "
        f"{_models(dataset, 'asr_lm_backend', 'asr_lm_model')} (`asr.rescore`; None: off)",
        f"- OCR: {_models(dataset, 'ocr_backend', 'ocr_model')}",
        f"- Generation LLM: {_models(dataset, 'llm_backend', 'llm_model')}",
        f"- Visual / audio element: {_models(dataset, 'visual_method')} / "
        f"{_models(dataset, 'audio_method')}",
        f"- Pre-verification: {_models(dataset, 'pre_backend', 'pre_model', 'pre_embedder')}; "
        f"{_models(dataset, 'pre_verifier')}",
        "",
        "## Counts at each stage",
        "",
        "| stage | count |",
        "|---|---|",
        f"| manifest rows | {funnel.get('manifest_rows')} |",
        f"| sources fetched | {funnel.get('sources_fetched')} |",
        f"| clips (≥ 5 s, 12 frames) | {funnel.get('clips')} |",
        f"| screened out (sensitive content) | {funnel.get('screen_excluded', 0)} |",
        f"| clips with a sentence of speech hidden as misheard (`asr.rescore`: unlikely "
        f"English to its language model) / sentences | "
        f"{funnel.get('asr_clips_with_hidden_sentences', 0)} / "
        f"{funnel.get('asr_sentences_hidden', 0)} |",
        f"| generated (three layers + 6W tags) | {funnel.get('generated')} |",
        f"| generated without role B (`no_protagonist`: no speech, nobody named) | "
        f"{funnel.get('role_b_no_protagonist', 0)} |",
        f"| generated without role A (`nothing_known`: no speech, no text on screen, frames "
        f"unseen, and a title and description the model cannot read) | "
        f"{funnel.get('role_a_nothing_known', 0)} |",
        f"| generated with role A / role B withheld (`withheld`: the statement still broke a "
        f"rule after every revision turn) | {funnel.get('role_a_withheld', 0)} / "
        f"{funnel.get('role_b_withheld', 0)} |",
        f"| generated without where/when/what (the tags step's answer stayed malformed) | "
        f"{funnel.get('tags_failed', 0)} |",
        f"| failed generation | {funnel.get('generation_failed')} |",
        f"| passed pre-verification | {funnel.get('preverify_passed')} |",
        f"| verified (pre + expert raters) | {status.get('verified', 0)} |",
        f"| pending expert rating | {status.get('pending_post', 0)} |",
        f"| rejected (pre / post) | {status.get('failed_pre', 0)} / "
        f"{status.get('failed_post', 0)} |",
        f"| taken down (takedown list) | {funnel.get('taken_down', 0)} |",
        f"| released | {len(released)} |",
        f"| gold set (accepted / awaiting annotation) | {gold['counts'].get('accepted', 0)} / "
        f"{gold['counts'].get('awaiting_annotation', 0)} |",
        "",
        f"Failures by stage and cause: {funnel.get('failures_by_stage_and_cause')}",
        "",
        "## Statistics of the released samples",
        "",
        f"- words: {summary['words_total']:,} in all; "
        f"mean per sample {summary['words_mean']['words_sample']}",
        f"- duration: mean {summary['duration_mean']} s; bins {summary['duration_bins']}",
        f"- no OCR {summary['no_ocr_pct']} %, no ASR {summary['no_asr_pct']} %, "
        f"neither {summary['neither_pct']} %",
        f"- languages: {summary['languages']} ({summary['language_method']})",
        f"- categories: {summary['categories']} (sources: {summary['category_sources']})",
        f"- countries/regions: {summary['country_count']} known, "
        f"{summary['country_coverage_pct']} % of samples have one; {summary['countries']} "
        f"({summary['country_method']})",
        "",
        "## Retrieval benchmark",
        "",
    ]
    for e in evals:
        scores = (
            f"any→V R@1 {e['t2v']['any']['R@1']:.2f}, V→T hit-any R@1 {e['v2t']['hit-any R@1']:.2f}"
            if e["t2v"]
            else "not evaluated"
        )
        lines.append(
            f"- {e['retriever']} ({e['backend']} / {e['model']}; {e['label']}): {scores} "
            f"on {e['samples']} samples"
            + ("" if e["gold_validated"] else " (gold set not yet validated by annotators)")
        )
    lines += [
        "",
        "## Loading",
        "",
        "```python",
        "import pyarrow.parquet as pq",
        "rows = pq.read_table('results/dataset.parquet').to_pylist()",
        "released = [r for r in rows if r['released']]",
        "```",
        "",
    ]
    return "\n".join(lines)
