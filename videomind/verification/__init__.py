"""Dual verification of the intent layer (SPEC step 6): pre-verification by a second model and
intent-term similarity, post-verification by text-to-video and human raters."""
