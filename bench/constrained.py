"""Benchmark: constrained decoding on the transformers path at Qwen2.5's real vocabulary.

    .venv/bin/python bench/constrained.py [--tokens 60] [--reply-scale 4]

Qwen2.5's tokenizer (151,936 tokens) is read from the packaged Qwen2.5-Coder-0.5B GGUF (needs
the ``gguf`` package, in requirements-dev.txt); a tiny random-init Qwen2 model with that
vocabulary makes the model's own cost small, so what is measured is the constraint's cost per
token, the part that grows with the vocabulary. For every shipped prompt's schema (``pattern``s
included), ms per generated token sampled under the schema, against the same model sampling
unconstrained, in the same run. Every reply that finished must validate against its schema.
Writes bench/out/constrained.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from videomind.backends.registry import resolve_path  # noqa: E402
from videomind.generation.prompts import load_prompt  # noqa: E402

STEPS = ["factual_visual", "factual_audio", "factual_ocr", "factual_asr", "factual_text",
         "abstract", "intent_uploader", "intent_protagonist", "tags"]  # fmt: skip
VERIFIER = ["intent_uploader", "intent_protagonist"]


def qwen_tokenizer():
    from transformers import AutoTokenizer

    gguf = Path(resolve_path("packaged:qwen2.5-coder-0.5b-instruct", "bench")[0])
    return AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)


def tiny_model(tokenizer, folder: Path) -> str:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(0)
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096,
        eos_token_id=tokenizer.eos_token_id, tie_word_embeddings=True,
    )  # fmt: skip
    Qwen2ForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return str(folder)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, default=60, help="sampled tokens per reply")
    ap.add_argument("--reply-scale", type=float, default=1.0, help="as generate.llm.reply_scale")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "constrained.json")
    args = ap.parse_args()

    import jsonschema
    import torch

    from videomind.backends.llm_transformers import TransformersBackend
    from videomind.backends.protocols import ChatRequest

    torch.set_num_threads(1)
    t0 = time.perf_counter()
    tok = qwen_tokenizer()
    print(f"tokenizer: {len(tok)} tokens, read in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = tiny_model(tok, Path(tmp) / "tiny-qwen2")
        on = TransformersBackend(folder, device="cpu", batch_size=1)
        off = TransformersBackend(folder, device="cpu", batch_size=1, constrained=False)
        prompts = [load_prompt(s) for s in STEPS] + [
            load_prompt(s, ROOT / "prompts" / "verifier") for s in VERIFIER
        ]
        rows = []
        for prompt in prompts:
            prompt = prompt.scaled(args.reply_scale)
            req = ChatRequest("You describe video clips.", "Answer in JSON.", prompt.schema,
                              args.tokens)  # fmt: skip
            free = ChatRequest(req.system, req.user, None, args.tokens)
            t0 = time.perf_counter()
            on.chat_batch([req], seed=0, temperature=1.0)  # grammar compile + warm-up
            compile_s = time.perf_counter() - t0
            ms_on, ms_off, valid, finished = [], [], 0, 0
            for seed in range(args.repeats):
                for backend, request, sink in ((off, free, ms_off), (on, req, ms_on)):
                    t0 = time.perf_counter()
                    [reply] = backend.chat_batch([request], seed=seed, temperature=1.0)
                    sink.append(1000 * (time.perf_counter() - t0) / max(1, reply.completion_tokens))
                    if backend is on and reply.completion_tokens < args.tokens:
                        finished += 1
                        jsonschema.validate(json.loads(reply.text), prompt.schema)
                        valid += 1
            has_pattern = "pattern" in json.dumps(prompt.schema)
            rows.append({
                "schema": f"{'verifier/' if prompt in prompts[len(STEPS):] else ''}{prompt.step}",
                "patterns": has_pattern,
                "ms_per_token_unconstrained": statistics.median(ms_off),
                "ms_per_token_constrained": statistics.median(ms_on),
                "ratio": statistics.median(ms_on) / statistics.median(ms_off),
                "first_call_s": compile_s, "finished": finished, "valid": valid,
            })  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    summary = {"vocabulary": len(tok), "tokens": args.tokens, "reply_scale": args.reply_scale}
    args.out.write_text(json.dumps(summary | {"rows": rows}, indent=1))
    print(f"\n{len(tok):,}-token vocabulary, {args.tokens} sampled tokens, median of "
          f"{args.repeats}; engine: xgrammar\n")  # fmt: skip
    print("| schema | patterns | ms/token free | ms/token constrained | ratio "
          "| first call (compile) | finished, valid |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['schema']} | {'yes' if r['patterns'] else 'no'} | "
              f"{r['ms_per_token_unconstrained']:.2f} | {r['ms_per_token_constrained']:.2f} | "
              f"{r['ratio']:.2f}x | {r['first_call_s']:.2f} s | "
              f"{r['finished']}, {r['valid']} |")  # fmt: skip
    worst = max(r["ratio"] for r in rows)
    print(f"\nworst ratio {worst:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
