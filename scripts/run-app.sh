#!/usr/bin/env bash
# Install what is needed, then open DataMairie.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/datamairie "$@"
