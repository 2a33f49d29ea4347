#!/usr/bin/env bash
# Set up and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${NEWSGRAPH_VENV:-.venv}"
# Lint and type-check first (ruff and mypy, configured in pyproject.toml): a finding fails the command
# before the tests run.
"$VENV/bin/python" -m ruff check src tests scripts benchmarks
"$VENV/bin/python" -m mypy src
"$VENV/bin/python" -m pytest -q "$@"
