#!/usr/bin/env bash
# Set up and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${NEWSGRAPH_VENV:-.venv}"
"$VENV/bin/python" -m pytest -q "$@"
