"""A Hugging Face causal language model as a text scorer (transformers), for GPU nodes: any
local checkpoint folder (the paper's runs can score with a larger Qwen2.5). The tests load a
tiny random-init Qwen2 model of the same class (tests/tiny_models.py)."""

from __future__ import annotations

from collections.abc import Sequence


class TransformersScorer:
    backend = "transformers"

    def __init__(self, model: str, device: str = "auto", dtype: str = "auto") -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.model = str(model).rstrip("/").rsplit("/", 1)[-1]
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self._device = device
        self._tok = AutoTokenizer.from_pretrained(model, local_files_only=True)
        self._lm = AutoModelForCausalLM.from_pretrained(
            model, dtype=dtype, local_files_only=True
        ).to(device).eval()  # fmt: skip

    def logprobs(self, texts: Sequence[str], context: str = "") -> list[float]:
        import torch

        tok = self._tok
        start = tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id
        # the text's first token needs something before it: the context, else BOS (or EOS)
        before = (tok(context, add_special_tokens=False)["input_ids"] if context else []) or [start]
        out = []
        for text in texts:
            own = tok(text, add_special_tokens=False)["input_ids"]
            if not own:
                out.append(0.0)
                continue
            ids = torch.tensor([before + own], device=self._device)
            with torch.no_grad():
                logits = self._lm(ids).logits[0, len(before) - 1 : -1].float()
            logp = torch.log_softmax(logits, dim=-1)
            picked = logp[torch.arange(len(own)), torch.tensor(own, device=self._device)]
            out.append(float(picked.mean()))
        return out
