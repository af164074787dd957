"""``python -m videomind.backends.llama_server --model FILE.gguf ...``: llama-cpp-python's
OpenAI-compatible server with the same plain CPU buffers as the in-process backend (see
``llm_llama_cpp``). Arguments are the server's own."""

import runpy

from videomind.backends.llm_llama_cpp import plain_cpu_buffers

if __name__ == "__main__":
    with plain_cpu_buffers():
        runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
