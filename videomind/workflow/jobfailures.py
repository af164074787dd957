"""Jobs that failed for good (after the profile's retries), recorded where a user looks.

Bad inputs never fail a job: stages record them in the failures table and go on. A job fails
when something outside the data breaks (a model missing on a node, a GPU out of memory, a node
lost). Snakemake then retries it (``retries`` in the profile) and, with ``keep-going``, finishes
everything that does not depend on it. At the end of such a run the ``onerror`` hook calls
:func:`record_failed_jobs`, which reads Snakemake's own log and writes
``results/failed_jobs.json``: per failed job its rule, shard, how many attempts were made,
the job's log file and the end of that log (the actual error). A later complete run removes
the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_ERROR = re.compile(r"^Error in rule (?P<rule>[A-Za-z0-9_]+):\s*$")
_FIELD = re.compile(r"^    (?P<key>[a-z_-]+): (?P<value>.*)$")
_SHARD = re.compile(r"shard\d{5}")
_RULER = re.compile(r"^={20,}$")


def parse_job_errors(text: str) -> list[dict[str, str]]:
    """Every 'Error in rule X:' block of a Snakemake log, with its indented fields."""
    errors: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    fence = False  # inside a "Logfile X:" excerpt that --show-failed-logs copies into the log
    previous = ""
    for line in text.splitlines():
        if _RULER.match(line) and (fence or previous.startswith("Logfile ")):
            fence = not fence
            previous = line
            continue
        previous = line
        if fence:
            continue  # a cluster job's own Snakemake log repeats the error: not another attempt
        m = _ERROR.match(line)
        if m:
            current = {"rule": m["rule"]}
            errors.append(current)
            continue
        if current is not None:
            f = _FIELD.match(line)
            if f:
                current.setdefault(f["key"], f["value"])
            elif line.strip():
                current = None
    return errors


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def summarize(errors: Iterable[dict[str, str]], workdir: Path = Path(".")) -> list[dict[str, Any]]:
    """One entry per failed job (attempts counted over its retries)."""
    jobs: dict[tuple[str, str], dict[str, Any]] = {}
    for e in errors:
        output = e.get("output", "")
        key = (e["rule"], output)
        job = jobs.setdefault(key, {
            "rule": e["rule"],
            "shard": (_SHARD.search(output) or _SHARD.search(e.get("input", "")) or [None])[0],
            "output": output,
            "attempts": 0,
            "message": e.get("message"),
            "external_jobid": None,
            "log": None,
            "log_tail": "",
        })  # fmt: skip
        job["attempts"] += 1
        job["external_jobid"] = e.get("external_jobid", job["external_jobid"])
        if e.get("log"):
            job["log"] = e["log"].split(" (check log", 1)[0]
    for job in jobs.values():
        if job["log"]:
            job["log_tail"] = "\n".join(
                _tail(workdir / p.strip()) for p in job["log"].split(",") if p.strip()
            )
    return sorted(jobs.values(), key=lambda j: (j["rule"], j["output"]))


def record_failed_jobs(logfiles: str | Iterable[str], out: str | Path) -> list[dict[str, Any]]:
    """Called from the workflow's onerror hook with Snakemake's log file(s)."""
    if isinstance(logfiles, str | Path):
        logfiles = [logfiles]
    text = ""
    for path in logfiles:
        try:
            text += Path(path).read_text(errors="replace") + "\n"
        except OSError:
            continue
    jobs = summarize(parse_job_errors(text))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    tmp.write_text(json.dumps({"failed_jobs": jobs, "snakemake_logs": list(map(str, logfiles))},
                              indent=2) + "\n")  # fmt: skip
    tmp.replace(out)
    return jobs
