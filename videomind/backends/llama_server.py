"""``python -m videomind.backends.llama_server --model FILE.gguf ...``: llama-cpp-python's
OpenAI-compatible server with the same plain CPU buffers as the in-process backend (see
``llm_llama_cpp``). Arguments are the server's own, but for one default: ``--n_threads_batch``
is ``--n_threads`` when only that is given (the server's own default is every core of the node,
which spun beside other jobs: ``llm_llama_cpp`` says why)."""

import runpy
import sys

from videomind.backends.llm_llama_cpp import plain_cpu_buffers


def with_batch_threads(argv: list[str]) -> list[str]:
    """``argv`` with ``--n_threads_batch N`` added after ``--n_threads N`` unless it is set."""
    if "--n_threads" not in argv or "--n_threads_batch" in argv:
        return argv
    return [*argv, "--n_threads_batch", argv[argv.index("--n_threads") + 1]]


if __name__ == "__main__":
    sys.argv = with_batch_threads(sys.argv)
    with plain_cpu_buffers():
        runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
