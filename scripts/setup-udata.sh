#!/usr/bin/env bash
# The real udata (data.gouv.fr's software) for the publication tests, in its own virtual
# environment .venv-udata: its dependencies never touch the application's, and it is never
# shipped (udata is AGPL). Idempotent: a second run only checks the pinned versions' stamp.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup-udata] %s\n' "$*" >&2; }

constraints=tests/udata/constraints.txt
stamp=.venv-udata/.setup-stamp
wanted=$(sha256sum "$constraints" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi
if [ ! -x .venv-udata/bin/python ]; then
  PYTHON=${PYTHON:-}
  if [ -z "$PYTHON" ]; then
    # Run each candidate: a pyenv shim exists even for a version it cannot start.
    for candidate in python3.13 python3.12 python3.11 python3; do
      if "$candidate" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' \
          >/dev/null 2>&1; then
        PYTHON=$candidate; break
      fi
    done
  fi
  [ -n "$PYTHON" ] || { log "Python 3.11 à 3.13 est nécessaire pour udata."; exit 1; }
  log "création de .venv-udata ($("$PYTHON" --version))"
  "$PYTHON" -m venv .venv-udata
fi
log "installation de udata et mongomock (versions figées dans $constraints)"
.venv-udata/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv-udata/bin/python -m pip install --quiet --disable-pip-version-check -c "$constraints" \
  "udata==17.18.0" "mongomock==4.3.0"
echo "$wanted" > "$stamp"
