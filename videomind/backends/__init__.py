"""Capabilities behind small interfaces, chosen by name in config.

Each capability has an offline default that runs on a CPU with a model shipped inside a
registry package, and the paper's model for HPC. A backend reports ``name`` and ``model`` so
that every field it produces can say where it came from.
"""
