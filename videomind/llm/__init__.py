"""LLM access for the generation and verification stages: prompts, backends, validation, cache."""
