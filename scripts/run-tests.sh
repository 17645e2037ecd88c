#!/usr/bin/env bash
# Install what is needed, then run the whole test suite: lint, types, tests, frozen bundle.
# Arguments, if any, go to pytest (and skip the bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup-udata.sh  # the real udata server the publication tests run against
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy --strict"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest "$@"
if [ $# -eq 0 ]; then
    # The whole suite also freezes the application and runs the frozen self-test, so that a
    # module or data file PyInstaller missed fails here rather than on an agent's computer.
    echo "== frozen bundle"
    bash scripts/build-bundle.sh
fi
