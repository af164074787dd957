"""What goes into a release and what it says about itself: which samples (released only), which
media (by source licence), why every other sample stayed out, the card's front matter and the
attribution list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from videomind.ingest.provenance import licence_allows, needs_attribution

TASKS = ["video-text-to-text", "text-to-video", "text-retrieval"]
NOT_LANGUAGES = {None, "", "none", "und", "unknown"}


@dataclass(frozen=True)
class ReleasePolicy:
    """The ``export`` section of the config that decides what a release carries."""

    mode: str = "annotations"
    media_licenses: list[str] = field(default_factory=list)
    media_override: bool = False
    license: str = "other"
    pretty_name: str = "VideoMind (pipeline run)"

    @classmethod
    def from_config(cls, cfg: dict[str, Any]) -> ReleasePolicy:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in cfg.items() if k in names})

    def media(self, row: dict[str, Any]) -> bool:
        """Whether a released sample's mp4, frames and audio go into the tars."""
        if self.mode != "media":
            return False
        return self.media_override or licence_allows(row.get("license"), self.media_licenses)


def exclusion(row: dict[str, Any], screen: dict[str, dict[str, Any]], generated: set[str],
              released: set[str]) -> str | None:  # fmt: skip
    """Why a sample (a row of the sample table) is not in the release, or None if it is."""
    cid = row["clip_id"]
    if cid in released:
        return None
    decision = screen.get(cid) or {}
    if decision.get("screen_excluded"):
        return f"screened_out:{decision.get('screen_category')}"
    if cid not in generated:
        return "generation_failed"
    return None  # decided by the dataset row (see :func:`dataset_exclusion`)


def dataset_exclusion(row: dict[str, Any]) -> str | None:
    """Why a generated sample was not released."""
    if row.get("released"):
        return None
    if row.get("taken_down"):
        return f"taken_down:{row['taken_down']}"
    return str(row.get("verification_status") or "not_released")


def size_category(n: int) -> str:
    """The hub's ``size_categories`` bucket."""
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):  # fmt: skip
        if n < limit:
            return name
    return "n>10M" if n > 10_000_000 else "1M<n<10M"


def languages(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Languages of the released samples' speech (ASR language ID), plus English: every text
    layer is written in English."""
    found = {str(r.get("asr_language")) for r in rows if r.get("asr_language") not in NOT_LANGUAGES}
    return sorted(found | {"en"})


def attribution(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per source whose licence asks for credit (every CC licence but CC0)."""
    seen: dict[str, dict[str, Any]] = {}
    for r in rows:
        if not needs_attribution(r.get("license")) or r["source_id"] in seen:
            continue
        seen[r["source_id"]] = {
            "source_id": r["source_id"],
            "title": r.get("title"),
            "author": r.get("channel") or r.get("uploader"),
            "url": r.get("webpage_url") or r.get("url"),
            "license": r.get("license"),
        }
    return sorted(seen.values(), key=lambda e: e["source_id"])


def attribution_markdown(entries: Sequence[dict[str, Any]]) -> str:
    lines = ["# Attribution", ""]
    if not entries:
        return "\n".join(lines + ["No released source asks for attribution.", ""])
    lines += ["The released samples come from these works, used under their licences:", ""]
    for e in entries:
        where = f" <{e['url']}>" if e["url"] else f" (local source {e['source_id']})"
        lines.append(f"- \"{e['title'] or e['source_id']}\" by {e['author'] or 'unknown author'}"
                     f"{where}, licensed {e['license']}")  # fmt: skip
    return "\n".join(lines) + "\n"


def front_matter(policy: ReleasePolicy, counts: dict[str, int], rows: Sequence[dict[str, Any]],
                 version: str) -> dict[str, Any]:  # fmt: skip
    """The card's YAML block, as the Hugging Face hub reads it. An empty split is left out:
    ``datasets`` cannot read a parquet file without rows."""
    present = [s for s in ("train", "test") if counts.get(s)]
    return {
        "license": policy.license,
        "pretty_name": policy.pretty_name,
        "task_categories": TASKS,
        "language": languages(rows),
        "size_categories": [size_category(sum(counts.values()))],
        "tags": ["video", "multimodal", "intent", "omni-modal"],
        "configs": [
            {
                "config_name": "default",
                "data_files": [{"split": s, "path": f"data/{s}.parquet"} for s in present],
            }
        ],
        "videomind_schema_version": version,
        "videomind_release_mode": policy.mode,
    }


def card(policy: ReleasePolicy, counts: dict[str, int], rows: Sequence[dict[str, Any]],
         version: str, shards: Sequence[dict[str, Any]], excluded: Counter,
         run_card: str | None) -> str:  # fmt: skip
    """The release's README: front matter, what is (and is not) in it, how to load it, the
    attribution list, then the run's dataset card (whose own front matter is replaced)."""
    meta = front_matter(policy, counts, rows, version)
    present = [s for s in ("train", "test") if counts.get(s)]
    with_media = sum(s.get("with_media", 0) for s in shards)
    licences = Counter(r.get("license") or "not stated" for r in rows)
    files = ", ".join(f'"{s}": "data/{s}.parquet"' for s in present)
    lines = [
        "---",
        yaml.safe_dump(meta, sort_keys=False, allow_unicode=True).rstrip(),
        "---",
        "",
        f"# {policy.pretty_name}: release",
        "",
        f"Splits: train {counts.get('train', 0)} samples, test (the gold set) "
        f"{counts.get('test', 0)} samples"
        + ("" if len(present) == 2 else " (an empty split is not declared above)")
        + f". Record schema version {version}: see `tables/SCHEMA.md`.",
        "",
        f"Only released samples are here; {sum(excluded.values())} others were left out "
        f"({_reasons(excluded)}).",
        "",
        "## Licences and media",
        "",
        f"The annotations are released under `{policy.license}`. Each source video keeps its own "
        "licence, given per sample (`license`, `license_source`): "
        + ", ".join(f"{k} {v}" for k, v in sorted(licences.items()))
        + ".",
        "",
        _media_sentence(policy, with_media, sum(counts.values())),
        "",
        "## Provenance",
        "",
        "Every sample names its source: `extractor`, `video_id`, `webpage_url` (canonical: no "
        "credentials or tracking parameters), `channel_id`, `uploader_id`, `upload_date`, "
        "`original_duration`, the clip's `source_start`/`source_end` in the source video's own "
        "timeline, and the clip file's `clip_sha256`. `snakemake rehydrate` rebuilds the clips, "
        "frames and audio from these and checks each against the release.",
        "",
        "## Loading",
        "",
        "```python",
        "from datasets import load_dataset",
        f'ds = load_dataset("parquet", data_files={{{files}}})'
        if present
        else "# this release has no samples",
    ]
    if shards:
        lines += [
            "import webdataset as wds",
            f'shards = wds.WebDataset("webdataset/{shards[0]["shard"]}")  '
            "# every shard: webdataset/index.json",
        ]
    lines += ["```", ""]
    entries = attribution(rows)
    if entries:
        lines += [attribution_markdown(entries).replace("# Attribution", "## Attribution"), ""]
    return "\n".join(lines) + _run_card_body(run_card)


def _run_card_body(run_card: str | None) -> str:
    """The run's dataset card under the release's own: its front matter replaced, its
    headings one level down, its loading section (which reads results/) left out."""
    if not run_card:
        return ""
    body = run_card.split("---", 2)[-1] if run_card.startswith("---") else run_card
    body = body.split("\n## Loading", 1)[0]
    return "\n".join("#" + line if line.startswith("#") else line
                     for line in body.strip("\n").splitlines()) + "\n"  # fmt: skip


def _reasons(excluded: Counter) -> str:
    if not excluded:
        return "none"
    return ", ".join(f"{k} {v}" for k, v in sorted(excluded.items()))


def _media_sentence(policy: ReleasePolicy, with_media: int, total: int) -> str:
    if policy.mode != "media":
        return ("This is an annotations-only release: ids, timestamps, every text layer, tags "
                "and verification, no video, frames or audio. Rebuild the media with "
                "`snakemake rehydrate`.")  # fmt: skip
    if policy.media_override:
        return (f"Media (mp4, frames, audio) are included for all {with_media} of {total} "
                "samples by explicit override (`export.media_override: true`), whatever the "
                "source licence: the publisher takes responsibility for that.")  # fmt: skip
    return (f"Media (mp4, frames, audio) are included for {with_media} of {total} samples: "
            f"those whose source licence is one of {', '.join(policy.media_licenses)}. The "
            "others are annotations only (rebuild with `snakemake rehydrate`).")  # fmt: skip
