"""A sample's verification status from its two checks (light: the collect step imports it)."""

from __future__ import annotations


def final_status(pre_pass: bool | None, post_pass: bool | None) -> str:
    if not pre_pass:
        return "failed_pre"
    if post_pass is None:
        return "pending_post"
    return "verified" if post_pass else "failed_post"


# Intent roles: A, the uploader; B, the protagonist (the generation stage's order).
ROLES = ("uploader", "protagonist")
