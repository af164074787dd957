"""VideoMind: an open pipeline that curates omni-modal, deep-cognition video-text datasets.

The Snakemake rules in ``rules/`` call thin scripts that call this package; tests call it too.
"""

__version__ = "0.1.0"
