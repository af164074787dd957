"""Stages: each reads one shard's tables, does its work with models loaded once, and writes
its own table plus a failures table. Scripts in ``scripts/`` call these; so do the tests."""
