"""Retrieval evaluation (Tables 2 and 3) and the gold set."""
