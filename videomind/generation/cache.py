"""A content-addressed cache of validated LLM answers, so a rerun does not regenerate them.

The key hashes everything that decides an answer: the backend's identity (its config block but
speed settings: seed, temperature, sampling, context size, base URL, response format, image
size…; the model file's content hash; the library's version), the rendered messages (hence the
prompt version and the sample's inputs), the hashes of attached frames and audio, the schema and
the token budget. One small JSON file per entry, written by rename, so jobs on
different cluster nodes can share a cache directory without a database or locks.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from videomind.backends.protocols import ChatRequest
from videomind.core.io import file_sha256


@lru_cache(maxsize=4096)
def file_digest(path: str) -> str:
    """A frame's or WAV's digest, memoised: the same frames go into several steps' keys."""
    return file_sha256(path)


def request_key(req: ChatRequest, *, identity: dict[str, Any]) -> str:
    """``identity``: the backend's whole output-relevant config (seed, temperature, sampling,
    base URL, response format, image size…), its model's content hash and library version."""
    material = {
        "identity": identity,
        "messages": req.messages(),
        "schema": req.schema,
        "max_tokens": req.max_tokens,
        "images": [file_digest(p) for p in req.images],
        "audio": file_digest(req.audio) if req.audio else None,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


class AnswerCache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = Path(directory) if directory else None
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        if self.directory is None:
            return None
        try:
            entry = json.loads(self._path(key).read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        if self.directory is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w") as f:
            json.dump(entry, f)
        os.replace(tmp, path)
