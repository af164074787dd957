#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, slow end-to-end tests included.
# Extra arguments go to pytest. "No tests collected" is a failure, not a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh || exit 1
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "tools/test.sh: pytest collected no tests; failing" >&2
  exit 1
fi
exit "$rc"
