"""Any OpenAI-compatible chat endpoint (vLLM, llama.cpp server, a hosted API).

Plain HTTP (urllib), so a cluster job needs no SDK; requests of a batch run concurrently so the
server can batch them.
"""

from __future__ import annotations

import base64
import datetime
import email.utils
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from videomind.backends.decoding import decoding_schema
from videomind.backends.protocols import BackendError, ChatReply, ChatRequest
from videomind.backends.served import ServedModel


class _SameOriginAuth(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never carry the API key to another origin (scheme, host, port):
    urllib's own handler forwards every header, ``Authorization`` included."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(newurl) != _origin(req.full_url):
            for name in list(new.headers):
                if name.lower() in ("authorization", "proxy-authorization"):
                    del new.headers[name]
            new.unredirected_hdrs.pop("Authorization", None)
        return new


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


_OPENER = urllib.request.build_opener(_SameOriginAuth)


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds, from a number or an HTTP date."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return (when - datetime.datetime.now(datetime.UTC)).total_seconds()


def _data_url(path: str, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(Path(path).read_bytes()).decode()}"


class OpenAIBackend:
    """Plain HTTP (urllib), so a cluster job needs no SDK; frames go as ``image_url`` data URLs
    and audio as ``input_audio``, the content parts vLLM accepts for Qwen2.5-Omni."""

    backend = "openai"

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key_env: str | None = None,
        concurrency: int = 4,
        timeout: float = 120.0,
        response_format: str = "json_object_schema",
        modalities: Sequence[str] = ("text",),
        retries: int = 5,
        backoff: float = 1.0,
        serve: dict[str, Any] | None = None,
    ) -> None:
        self.model = model
        self.server: ServedModel | None = None
        if serve:
            # The job serves the model itself on the GPU it holds (vLLM; llama.cpp's server
            # here), on a free local port, and stops it when the job ends (served.py).
            log_path = serve.get("log") or Path("logs/serve") / f"{os.getpid()}.log"
            Path(log_path).parent.mkdir(parents=True, exist_ok=True)
            self.server = ServedModel(
                serve["command"],
                model=model,
                startup_timeout=float(serve.get("startup_timeout", 1800)),
                log_path=log_path,
            )
            base_url = self.server.base_url
        if not base_url:
            raise BackendError("openai backend: give base_url, or serve: to start the server")
        self.base_url = base_url.rstrip("/")
        self._key = os.environ.get(api_key_env, "") if api_key_env else ""
        self.concurrency = max(1, int(concurrency))
        self.timeout = timeout
        self.response_format = response_format
        self.modalities = frozenset(modalities) | {"text"}
        self.retries, self.backoff = max(0, int(retries)), float(backoff)

    def _payload(self, req: ChatRequest, seed: int, temperature: float) -> dict[str, Any]:
        messages: list[dict[str, Any]] = req.messages()
        if req.images or req.audio:
            parts: list[dict[str, Any]] = [
                {"type": "image_url", "image_url": {"url": _data_url(p, "image/jpeg")}}
                for p in req.images
            ]
            if req.audio:
                data = base64.b64encode(Path(req.audio).read_bytes()).decode()
                parts.append(
                    {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}
                )
            # The media belong to the original request, the first user turn: a repair request
            # carries it in its history and asks again in its last turn.
            first = next(i for i, m in enumerate(messages) if m["role"] == "user")
            parts.append({"type": "text", "text": messages[first]["content"]})
            messages[first] = {"role": "user", "content": parts}
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": req.max_tokens,
            "temperature": temperature,
            "seed": seed,
        }
        schema = decoding_schema(req.schema) if req.schema else None
        if schema and self.response_format == "json_object_schema":
            payload["response_format"] = {"type": "json_object", "schema": schema}
        elif schema and self.response_format == "json_schema":
            payload["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": schema, "strict": True},
            }
        return payload

    def _post(self, payload: dict[str, Any]) -> ChatReply:
        """One request; 429 and 5xx answers and dropped connections are retried with
        exponential backoff (a server's ``Retry-After`` wins, up to 120 s) before the request
        counts as failed."""
        for attempt in range(self.retries + 1):
            try:
                return self._post_once(payload)
            except _Retryable as err:
                if attempt == self.retries:
                    raise BackendError(f"{err} (after {attempt + 1} attempts)") from None
                wait = err.retry_after if err.retry_after is not None else self.backoff * 2**attempt
                time.sleep(min(max(wait, 0.0), 120.0))
        raise AssertionError("unreachable")

    def _post_once(self, payload: dict[str, Any]) -> ChatReply:
        headers = {"Content-Type": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(payload).encode(),
            headers=headers,
            method="POST",
        )
        t0 = time.perf_counter()
        try:
            with _OPENER.open(request, timeout=self.timeout) as resp:
                out = json.load(resp)
        except urllib.error.HTTPError as err:
            body = err.read().decode(errors="replace")[:300]
            message = f"{self.base_url}: HTTP {err.code}: {body}"
            if err.code == 429 or err.code >= 500:
                raise _Retryable(message, _retry_after(err.headers.get("Retry-After"))) from None
            raise BackendError(message) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
            raise _Retryable(f"{self.base_url}: {getattr(err, 'reason', err)}", None) from None
        usage = out.get("usage") or {}
        return ChatReply(
            text=out["choices"][0]["message"].get("content") or "",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            seconds=time.perf_counter() - t0,
        )

    def chat_batch(
        self, requests: Sequence[ChatRequest], *, seed: int, temperature: float
    ) -> list[ChatReply]:
        payloads = [self._payload(r, seed, temperature) for r in requests]
        with ThreadPoolExecutor(self.concurrency) as pool:
            return list(pool.map(self._post, payloads))

    def close(self) -> None:
        """Stop the job's own server, if it started one (also at exit and on SIGTERM)."""
        if self.server is not None:
            self.server.stop()
