"""Several grammar-constrained completions decoded side by side in one llama.cpp context,
one sequence each.

On a CPU a decode step of one sequence reads every weight of the model for one token: the
step is bound by memory, not arithmetic. A step that carries one token of each of n
sequences reads the weights once for all of them, so a job's requests finish in much less
time than one after another.

The answers stay the ones the sequential path writes:
- each sequence has its own cache stream (``kv_unified`` off), so its attention runs over
  its own cells only;
- each request's own prompt is evaluated alone, in the chunks llama-cpp-python's ``eval``
  uses, from the same prefix state;
- only the one-token decode steps are shared, and llama.cpp computes each token's row of a
  matrix product on its own.
- each request is sampled by the sampler the sequential call would make (the argmax-first
  one when greedy, llama-cpp-python's seeded chain at a temperature), from the same logits.
Tests compare the replies with the sequential path's on the packaged models, in several
groupings and orders, greedy and sampled.

A request that repeats a finished request's prompt and adds to it (a revision turn: the same
prompt with what was wrong appended) continues from that request's kept state instead of
evaluating the whole prompt again: the shared tokens' cache cells are kept, the rest is
evaluated. That gives the bits of a whole evaluation only when llama.cpp runs the same kernels
either way: on this CPU chunks of 8 tokens or more give bit-identical rows however a prompt is
split, shorter ones do not (measured with the 1.5B: a last chunk of 1 to 7 tokens changes the
logits). A continuation is therefore taken only when every chunk either way holds at least
``MIN_CHUNK`` tokens; the first one of a process is also evaluated whole and the two logits
compared bit for bit (a CPU whose kernels differ continues nothing), and tests compare its
replies with a whole evaluation's.
"""

from __future__ import annotations

import ctypes
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

# The fewest tokens a prompt chunk may hold on either side of a continuation (see the module
# docstring: 8 measured, with a margin for other CPUs' kernels).
MIN_CHUNK = 32


@dataclass(frozen=True)
class _Kept:
    """A finished request's sequence state (``llama_state_seq_get_data``'s bytes), for a later
    request that starts with the same tokens."""

    prompt: tuple[int, ...]
    start: int  # where its own evaluation began: the length of the prefix state it started from
    data: Any


def _common_length(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass
class _Sequence:
    """One request in flight: its stream, its sampler, what it has written."""

    slot: int
    prompt: list[int]
    max_tokens: int
    stop: list[str]
    sampler: Any  # .sample(ctx, idx) -> token, .close(): GrammarLastSampler or a chain
    started: float
    start: int = 0  # the length of the prefix state its own evaluation began from
    tokens: list[int] = field(default_factory=list)
    last: int = -1  # the token to feed next
    done: bool = False
    text: bytes = b""
    multibyte_fix: int = 0


class _Ctx:
    """What a sampler's ``sample(ctx, idx)`` reads: ``.ctx``, the llama_context pointer."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx


class ParallelDecoder:
    """A second context on the backend's model, with ``slots`` streams, keeping up to
    ``keep_bytes`` of finished requests' states for requests that continue them."""

    def __init__(self, llm: Any, slots: int, keep_bytes: int = 0) -> None:
        import llama_cpp
        from llama_cpp import _internals

        self._lib = llama_cpp
        self.llm = llm
        self.slots = slots
        params = llama_cpp.llama_context_params()
        ctypes.memmove(ctypes.byref(params), ctypes.byref(llm.context_params),
                       ctypes.sizeof(params))  # fmt: skip
        params.n_seq_max = slots
        params.kv_unified = False
        params.n_ctx = llm.n_ctx() * slots  # each stream gets n_ctx cells
        self._context = _internals.LlamaContext(model=llm._model, params=params, verbose=False)  # noqa: SLF001
        self._batch = _internals.LlamaBatch(n_tokens=max(llm.n_batch, slots), embd=0,
                                            n_seq_max=slots, verbose=False)  # fmt: skip
        self._ctx = _Ctx(self._context.ctx)
        self._memory = llama_cpp.llama_get_memory(self._context.ctx)
        self._keep_bytes = keep_bytes
        self._kept: deque[_Kept] = deque()  # oldest first
        self._kept_total = 0
        self.continued = 0  # requests that continued a kept one
        # Whether a continuation gives a whole evaluation's logits here (checked once).
        self.continuation_exact: bool | None = None

    def close(self) -> None:
        self._batch.close()
        self._context.close()

    def _decode(self, items: Sequence[tuple[int, int, int, bool]]) -> None:
        """One llama_decode of (token, position, slot, wants logits) rows."""
        b = self._batch.batch
        for i, (token, pos, slot, logits) in enumerate(items):
            b.token[i], b.pos[i], b.n_seq_id[i] = token, pos, 1
            b.seq_id[i][0] = slot
            b.logits[i] = logits
        b.n_tokens = len(items)
        self._context.decode(self._batch)

    def evaluate(self, tokens: Sequence[int], slot: int = 0, start: int = 0) -> None:
        """``tokens`` from position ``start`` of ``slot``, as ``Llama.eval`` does it: chunks of
        n_batch, logits for each chunk's last token."""
        n_batch = self.llm.n_batch
        for i in range(0, len(tokens), n_batch):
            chunk = tokens[i : i + n_batch]
            self._decode([(t, start + i + k, slot, k == len(chunk) - 1)
                          for k, t in enumerate(chunk)])  # fmt: skip

    def prefix_state(self, tokens: Sequence[int]) -> Any:
        """The sequence state after ``tokens`` from an empty stream (slot 0's, as bytes)."""
        lib, ctx = self._lib, self._context.ctx
        lib.llama_memory_seq_rm(self._memory, 0, -1, -1)
        self.evaluate(tokens)
        size = lib.llama_state_seq_get_size(ctx, 0)
        buf = (ctypes.c_uint8 * size)()
        n = lib.llama_state_seq_get_data(ctx, buf, size, 0)
        return (ctypes.c_uint8 * n).from_buffer_copy(buf)

    def set_state(self, slot: int, state: Any) -> None:
        """Put a sequence state (``llama_state_seq_get_data``'s bytes) into ``slot``."""
        self._lib.llama_memory_seq_rm(self._memory, slot, -1, -1)
        n = len(state)
        if self._lib.llama_state_seq_set_data(self._context.ctx, state, n, slot) != n:
            raise RuntimeError("llama.cpp refused a sequence state")

    def complete(
        self,
        jobs: Sequence[tuple[list[int], Any, int, list[str], Any]],
        new_sampler: Callable[[Any], Any],
        counts: dict[str, int],
    ) -> list[tuple[bytes, int, int, float]]:
        """Completions of ``jobs`` (prompt tokens, prefix state or None, max tokens,
        stop strings, grammar), ``slots`` at a time: (text bytes, prompt tokens, completion
        tokens, seconds) per job, in order."""
        out: list[tuple[bytes, int, int, float] | None] = [None] * len(jobs)
        pending = list(enumerate(jobs))
        live: dict[int, tuple[int, _Sequence]] = {}  # slot -> (job index, sequence)
        free = list(range(self.slots))
        while pending or live:
            while pending and free:
                index, (prompt, state, max_tokens, stop, grammar) = pending.pop(0)
                slot = free.pop(0)
                seq = _Sequence(slot, prompt, max_tokens, stop, new_sampler(grammar),
                                time.perf_counter())  # fmt: skip
                self._start(seq, state)
                if seq.done:
                    out[index] = self._finish(seq)
                    free.append(slot)
                else:
                    live[slot] = (index, seq)
            if not live:
                continue
            order = sorted(live)
            self._decode([(live[s][1].last, len(live[s][1].prompt) + len(live[s][1].tokens) - 1,
                           s, True) for s in order])  # fmt: skip
            for i, slot in enumerate(order):
                index, seq = live[slot]
                self._take(seq, seq.sampler.sample(self._ctx, i))
                if seq.done:
                    out[index] = self._finish(seq)
                    del live[slot]
                    free.append(slot)
        counts["parallel_requests"] = counts.get("parallel_requests", 0) + len(jobs)
        counts["continued_requests"] = self.continued
        return [o for o in out if o is not None]

    def _start(self, seq: _Sequence, state: tuple[Any, int] | None) -> None:
        """The request's own prompt, evaluated alone from its prefix state, as
        ``Llama.eval`` does it (chunks of n_batch, logits for the last token only); then its
        first token."""
        seq.start = state[1] if state is not None else 0
        kept, at = self._continuation(seq.prompt, seq.start)
        if kept is not None:
            # the kept request's cells up to the shared length; its later ones are dropped
            self.set_state(seq.slot, kept.data)
            self._lib.llama_memory_seq_rm(self._memory, seq.slot, at, -1)
            self.evaluate(seq.prompt[at:], seq.slot, at)
            if self.continuation_exact is None:
                self._check_continuation(seq, state)
            if self.continuation_exact:
                self.continued += 1
        else:
            self._evaluate_whole(seq, state)
        self._take(seq, seq.sampler.sample(self._ctx, -1))  # the last token's logits

    def _evaluate_whole(self, seq: _Sequence, state: tuple[Any, int] | None) -> None:
        if state is not None:
            self.set_state(seq.slot, state[0])
        else:
            self._lib.llama_memory_seq_rm(self._memory, seq.slot, -1, -1)
        self.evaluate(seq.prompt[seq.start :], seq.slot, seq.start)

    def _logits(self) -> bytes:
        """The last evaluated token's logits, as bytes (compared bit for bit)."""
        row = self._lib.llama_get_logits_ith(self._context.ctx, -1)
        return ctypes.string_at(row, 4 * self.llm.n_vocab())

    def _check_continuation(self, seq: _Sequence, state: tuple[Any, int] | None) -> None:
        """The first continuation of a process is evaluated whole as well, and the two logits
        compared bit for bit: on a CPU whose kernels round a split prompt differently, nothing
        is continued (and this request keeps the whole evaluation, as every later one)."""
        continued = self._logits()
        self._evaluate_whole(seq, state)
        self.continuation_exact = self._logits() == continued
        if not self.continuation_exact:
            log.warning("llama.cpp: a prompt continued from a kept state does not give the "
                        "bits of a whole evaluation on this CPU: revision turns are evaluated "
                        "whole")  # fmt: skip
            self._keep_bytes = 0
            self._kept.clear()
            self._kept_total = 0

    def _whole_chunk(self, prompt: Sequence[int], start: int) -> bool:
        """Whether a prompt's own tokens are evaluated as one chunk of at least ``MIN_CHUNK``."""
        return MIN_CHUNK <= len(prompt) - start <= self.llm.n_batch

    def _continuation(self, prompt: Sequence[int], start: int) -> tuple[_Kept | None, int]:
        """The kept request this prompt can continue, and how many tokens they share: the
        longest share among kept requests that began at the same prefix, if both pieces of the
        split (shared, new) hold ``MIN_CHUNK`` tokens or more."""
        best: tuple[_Kept | None, int] = (None, 0)
        if not self._kept or not self._whole_chunk(prompt, start):
            return best
        for kept in self._kept:
            if kept.start != start:
                continue
            at = _common_length(kept.prompt, prompt)
            if at - start >= MIN_CHUNK and len(prompt) - at >= MIN_CHUNK and at > best[1]:
                best = (kept, at)
        return best

    def _keep(self, seq: _Sequence) -> None:
        """Copy a finished request's sequence state into the store (oldest dropped first)."""
        if not self._keep_bytes or not self._whole_chunk(seq.prompt, seq.start):
            return
        lib, ctx = self._lib, self._context.ctx
        size = lib.llama_state_seq_get_size(ctx, seq.slot)
        if size > self._keep_bytes:
            return
        buf = (ctypes.c_uint8 * size)()
        n = lib.llama_state_seq_get_data(ctx, buf, size, seq.slot)
        while self._kept and self._kept_total + n > self._keep_bytes:
            self._kept_total -= len(self._kept.popleft().data)
        data = (ctypes.c_uint8 * n).from_buffer_copy(buf)
        self._kept.append(_Kept(tuple(seq.prompt), seq.start, data))
        self._kept_total += n

    def _take(self, seq: _Sequence, token: int) -> None:
        """What ``Llama._create_completion`` does with each sampled token (end of generation,
        incomplete UTF-8, stop strings, max_tokens)."""
        lib, llm = self._lib, self.llm
        if lib.llama_vocab_is_eog(llm._model.vocab, token):  # noqa: SLF001
            seq.text = llm.detokenize(seq.tokens, prev_tokens=seq.prompt)
            seq.done = True
            return
        seq.tokens.append(token)
        seq.last = token
        all_text = llm.detokenize(seq.tokens, prev_tokens=seq.prompt)
        for k, char in enumerate(all_text[-3:]):
            k = 3 - k
            for num, pattern in ((2, 192), (3, 224), (4, 240)):
                if num > k and pattern & char == pattern:
                    seq.multibyte_fix = num - k
        if seq.multibyte_fix > 0:
            seq.multibyte_fix -= 1
            return
        hits = [s for s in seq.stop if s.encode() in all_text]
        if hits:
            seq.text = all_text[: all_text.index(hits[0].encode())]
            seq.done = True
            return
        if len(seq.tokens) >= seq.max_tokens:
            seq.text = all_text
            seq.done = True

    def _finish(self, seq: _Sequence) -> tuple[bytes, int, int, float]:
        seq.sampler.close()
        self._keep(seq)
        return seq.text, len(seq.prompt), len(seq.tokens), time.perf_counter() - seq.started
