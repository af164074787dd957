"""A GGUF causal language model as a text scorer (llama-cpp-python): the offline default,
the packaged Qwen2.5-Coder-0.5B-Instruct.

The context keeps every position's logits (``logits_all``), which the generator's context does
not: a small context (``n_ctx`` tokens × the vocabulary, 150 MB for Qwen at 256) beside
Whisper in the ASR job, for sentences of a few dozen tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from videomind.backends.llm_llama_cpp import plain_cpu_buffers


class LlamaCppScorer:
    backend = "llama_cpp"

    def __init__(
        self, path: str, model: str | None = None, threads: int = 1, n_ctx: int = 256
    ) -> None:
        from llama_cpp import Llama

        self.model = model or Path(path).name.removesuffix(".gguf")
        self._n_ctx = n_ctx
        with plain_cpu_buffers():
            # n_threads_batch: not every core of the node (llm_llama_cpp.py says why)
            self._llm = Llama(model_path=str(path), n_ctx=n_ctx, n_batch=n_ctx, n_threads=threads,
                              n_threads_batch=threads, logits_all=True, verbose=False)  # fmt: skip

    def _tokens(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def logprobs(self, texts: Sequence[str], context: str = "") -> list[float]:
        # the text's first token needs something before it: the context's end, else BOS/EOS
        bos = self._llm.token_bos()
        start = (self._tokens(context) if context else []) or [
            bos if bos >= 0 else self._llm.token_eos()
        ]
        out = []
        for text in texts:
            own = self._tokens(text)[: self._n_ctx - 1]
            if not own:
                out.append(0.0)
                continue
            lead = start[-(self._n_ctx - len(own)) :]
            self._llm.reset()
            self._llm.eval(lead + own)
            rows = np.asarray(self._llm.scores[len(lead) - 1 : len(lead) + len(own) - 1],
                              dtype=np.float64)  # fmt: skip
            logp = rows[np.arange(len(own)), own] - np.logaddexp.reduce(rows, axis=1)
            out.append(float(logp.mean()))
        return out
