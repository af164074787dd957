"""Expert raters' judgments of the intent statements (post-verification, the human step).

A rater file is the CSV the review page exports: one row per judged intent statement,
``clip_id,role,decision,comment[,rater]``. Every problem names the file and line and becomes a
failures row; the bad row is skipped and its statement stays unrated. A sample is decided only
when every configured rater has judged both of its statements; until then it is pending, never
passed by default.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from videomind.verification.status import ROLES

DECISIONS = {"accept": True, "reject": False}
REQUIRED = ("clip_id", "role", "decision")


@dataclass(frozen=True)
class RatingProblem:
    path: str
    line: int | None
    cause: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Ratings:
    """Accept (True) / reject (False) per (clip_id, role) per rater, with comments."""

    raters: list[str]
    votes: dict[tuple[str, str], dict[str, bool]] = field(default_factory=dict)
    comments: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    problems: list[RatingProblem] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)


def read_ratings(
    files: Iterable[Path],
    raters: Sequence[str],
    items: set[tuple[str, str]],
    roles: Sequence[str] | None = ROLES,
    config_key: str = "verify.post.raters",
) -> Ratings:
    """Read every rater file; ``items`` are the (clip_id, role) pairs that can be judged.

    With ``roles=None`` a judgment concerns a whole sample (gold-set annotation): the file has
    no role column and items are (clip_id, "sample")."""
    out = Ratings(list(raters))
    by_rater: dict[str, Path] = {}
    for path in sorted(Path(f) for f in files):
        rater = path.stem
        if rater not in raters:
            out.problems.append(RatingProblem(
                str(path), None, "unknown_rater",
                f"rater {rater!r} is not in {config_key} {list(raters)}; file ignored",
            ))  # fmt: skip
            continue
        by_rater[rater] = path
        out.files[rater] = str(path)
        _read_one(path, rater, items, out, roles)
    present = [r for r in raters if r in by_rater]
    if present:
        for rater in raters:
            if rater not in by_rater:
                out.problems.append(RatingProblem(
                    f"{rater}.csv", None, "rater_missing",
                    f"no ratings file from rater {rater!r} (expected {rater}.csv beside "
                    f"{', '.join(by_rater[r].name for r in present)}); its samples stay pending",
                ))  # fmt: skip
    return out


def _read_one(
    path: Path,
    rater: str,
    items: set[tuple[str, str]],
    out: Ratings,
    roles: Sequence[str] | None = ROLES,
) -> None:
    def problem(line: int | None, cause: str, message: str) -> None:
        out.problems.append(RatingProblem(str(path), line, cause, message))

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        problem(
            None, "rating_file_unreadable", f"not UTF-8 text ({err.reason} at byte {err.start})"
        )
        return
    except OSError as err:
        problem(None, "rating_file_unreadable", err.strerror or str(err))
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        problem(
            1,
            "rating_file_empty",
            "the file is empty (expected a header: clip_id,role,decision,comment)",
        )
        return
    except csv.Error as err:
        problem(1, "rating_bad_csv", f"not CSV: {err}")
        return
    required = REQUIRED if roles else tuple(c for c in REQUIRED if c != "role")
    missing = [c for c in required if c not in header]
    if missing:
        expected = ",".join(required) + ",comment"
        problem(1, "rating_bad_header", f"header {header} lacks {missing} (expected {expected})")
        return
    col = {name: header.index(name) for name in header}
    first_line: dict[tuple[str, str], int] = {}
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problem(reader.line_num, "rating_bad_csv", f"not CSV: {err}")
            break
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            problem(line, "rating_incomplete_row",
                    f"{len(row)} of {len(header)} fields ({','.join(header)}): {row}")  # fmt: skip
            continue

        def get(name: str, row: list[str] = row) -> str:
            return row[col[name]].strip() if name in col else ""

        clip, decision = get("clip_id"), get("decision").lower()
        role = get("role").lower() if roles else "sample"
        named = get("rater")
        if named and named != rater:
            problem(line, "rating_wrong_rater",
                    f"row says rater {named!r} but the file belongs to {rater!r}")  # fmt: skip
            continue
        if roles and role not in roles:
            problem(line, "rating_bad_role", f"role {role!r} is not one of {list(roles)}")
            continue
        if (clip, role) not in items:
            what = f"no {role} statement" if roles else "no sample"
            problem(line, "rating_unknown_id", f"clip {clip!r}: {what} awaiting review in this run")
            continue
        if decision not in DECISIONS:
            problem(line, "rating_bad_value",
                    f"decision {get('decision')!r} is not 'accept' or 'reject'")  # fmt: skip
            continue
        key = (clip, role)
        if key in first_line:
            problem(
                line,
                "rating_duplicate",
                f"{clip} {role} judged again (first at line {first_line[key]}); kept the first",
            )
            continue
        first_line[key] = line
        out.votes.setdefault(key, {})[rater] = DECISIONS[decision]
        if get("comment"):
            out.comments.setdefault(key, {})[rater] = unneutral(get("comment"))


def unneutral(cell: str) -> str:
    """A comment as the rater wrote it: the review page's export puts an apostrophe before a
    cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``)."""
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r" else cell


def sample_votes(
    ratings: Ratings, clip: str, roles: Sequence[str] = ROLES
) -> dict[str, bool | None]:
    """Each rater's vote on a sample: accept if all its statements (``roles``: the ones it
    has) were accepted, reject if any was rejected, None while a statement is unjudged."""
    votes: dict[str, bool | None] = {}
    for rater in ratings.raters:
        judged = [ratings.votes.get((clip, role), {}).get(rater) for role in roles]
        if any(v is False for v in judged):
            votes[rater] = False
        elif all(v is True for v in judged):
            votes[rater] = True
        else:
            votes[rater] = None
    return votes


def decide(votes: dict[str, bool | None], rule: str) -> bool | None:
    """Post-verification pass per the config rule, or None (pending) until every rater voted."""
    if any(v is None for v in votes.values()) or not votes:
        return None
    if rule == "all":
        return all(votes.values())
    if rule == "any":
        return any(votes.values())
    raise ValueError(f"unknown verify.post.rule {rule!r} (all or any)")


def agreement(ratings: Ratings) -> dict[str, Any]:
    """Cohen's kappa for every pair of raters over the statements both judged."""
    from sklearn.metrics import cohen_kappa_score

    pairs = []
    raters = ratings.raters
    for i, a in enumerate(raters):
        for b in raters[i + 1 :]:
            both = [v for v in ratings.votes.values() if a in v and b in v]
            ya = [int(v[a]) for v in both]
            yb = [int(v[b]) for v in both]
            kappa, note = None, None
            if not both:
                note = "no statement judged by both"
            elif len(set(ya) | set(yb)) == 1:
                note = "undefined: both raters gave one label throughout"
            else:
                kappa = float(cohen_kappa_score(ya, yb))
            observed = (
                sum(x == y for x, y in zip(ya, yb, strict=True)) / len(both) if both else None
            )
            pairs.append({
                "raters": [a, b], "statements": len(both), "observed_agreement": observed,
                "cohen_kappa": kappa, "note": note,
            })  # fmt: skip
    return {"pairs": pairs}
