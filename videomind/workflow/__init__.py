"""Snakemake glue: what a job asks the scheduler for, checks before a run is queued."""
