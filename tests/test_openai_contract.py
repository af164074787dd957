"""The OpenAI-compatible backend against a server on 127.0.0.1 that checks the request shapes
vLLM documents for multimodal chat (frames as ``image_url`` data URLs, audio as
``input_audio``) and answers 429/503 with ``Retry-After``. A contract test of our side of the
API, not vLLM itself."""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from videomind.backends.llm_openai import OpenAIBackend
from videomind.backends.protocols import BackendError, ChatRequest

REPLY = {"choices": [{"message": {"content": '{"ok": true}'}}],
         "usage": {"prompt_tokens": 7, "completion_tokens": 3}}  # fmt: skip


@pytest.fixture()
def server():
    """Answers from a script of (status, headers) per request, then 200; records bodies."""
    state = {"script": [], "bodies": []}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state["bodies"].append(body)
            status, headers = state["script"].pop(0) if state["script"] else (200, {})
            data = json.dumps(REPLY if status == 200 else {"error": "busy"}).encode()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    state["base"] = f"http://127.0.0.1:{srv.server_port}/v1"
    yield state
    srv.shutdown()


def test_frames_and_audio_arrive_as_vllm_documents_them(server, clip_media):
    backend = OpenAIBackend("Qwen/Qwen2.5-Omni-7B", server["base"],
                            modalities=["text", "image", "audio"])  # fmt: skip
    frames = (str(clip_media["red"]), str(clip_media["blue"]))
    req = ChatRequest("sys", "describe the clip", {"type": "object"}, 32, frames,
                      str(clip_media["tone"]))  # fmt: skip
    [reply] = backend.chat_batch([req], seed=3, temperature=0.0)
    assert reply.text == '{"ok": true}' and reply.completion_tokens == 3
    [body] = server["bodies"]
    assert body["model"] == "Qwen/Qwen2.5-Omni-7B" and body["seed"] == 3
    assert body["response_format"] == {"type": "json_object", "schema": {"type": "object"}}
    system, user = body["messages"]
    assert system == {"role": "system", "content": "sys"}
    kinds = [part["type"] for part in user["content"]]
    assert kinds == ["image_url", "image_url", "input_audio", "text"]
    for part, path in zip(user["content"][:2], frames, strict=True):
        url = part["image_url"]["url"]
        assert url.startswith("data:image/jpeg;base64,")
        assert base64.b64decode(url.split(",", 1)[1]) == Path(path).read_bytes()
    audio = user["content"][2]["input_audio"]
    assert audio["format"] == "wav"
    assert base64.b64decode(audio["data"]) == clip_media["tone"].read_bytes()
    assert user["content"][3] == {"type": "text", "text": "describe the clip"}


def test_a_repair_request_keeps_the_media_on_the_original_turn(server, clip_media):
    backend = OpenAIBackend("m", server["base"], modalities=["text", "image"])
    req = ChatRequest("sys", "answer again", None, 8, (str(clip_media["red"]),),
                      history=(("user", "describe"), ("assistant", "bad")))  # fmt: skip
    backend.chat_batch([req], seed=0, temperature=0.0)
    messages = server["bodies"][0]["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert [p["type"] for p in messages[1]["content"]] == ["image_url", "text"]
    assert messages[1]["content"][1]["text"] == "describe"
    assert messages[3] == {"role": "user", "content": "answer again"}


def test_429_and_503_are_retried_with_backoff_and_retry_after(server, monkeypatch):
    waits = []
    monkeypatch.setattr("videomind.backends.llm_openai.time.sleep", waits.append)
    server["script"] += [(429, {"Retry-After": "7"}), (503, {}), (502, {"Retry-After": "0"})]
    backend = OpenAIBackend("m", server["base"], retries=3, backoff=0.5)
    [reply] = backend.chat_batch([ChatRequest("s", "u")], seed=0, temperature=0.0)
    assert reply.text == '{"ok": true}' and len(server["bodies"]) == 4
    assert waits == [7.0, 1.0, 0.0]  # Retry-After wins; else 0.5 x 2^attempt


def test_retries_run_out_and_a_client_error_is_not_retried(server, monkeypatch):
    monkeypatch.setattr("videomind.backends.llm_openai.time.sleep", lambda s: None)
    server["script"] += [(503, {})] * 3
    backend = OpenAIBackend("m", server["base"], retries=2)
    with pytest.raises(BackendError, match="HTTP 503.*after 3 attempts"):
        backend.chat_batch([ChatRequest("s", "u")], seed=0, temperature=0.0)
    server["script"] += [(400, {})]
    with pytest.raises(BackendError, match="HTTP 400"):
        backend.chat_batch([ChatRequest("s", "u")], seed=0, temperature=0.0)
    assert len(server["bodies"]) == 4  # the 400 was sent once
