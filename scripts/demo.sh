#!/usr/bin/env bash
# The main job on the embedded default: set up, read the sample article into an SQLite store, print its timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${NEWSGRAPH_VENV:-.venv}"
SAMPLE="${1:-../shared/samples/khalilzad-resignation.txt}"
"$VENV/bin/newsgraph" ingest "$SAMPLE" --published 2021-10-19 --db newsgraph.db
"$VENV/bin/newsgraph" timeline --db newsgraph.db
