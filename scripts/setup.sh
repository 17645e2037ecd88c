#!/usr/bin/env bash
# Prepare this checkout on a fresh Debian (or Ubuntu) machine: system libraries Qt needs,
# a virtual environment in .venv, and DataMairie with pinned dependencies. Idempotent: a
# second run only checks, and reinstalls when pyproject.toml or constraints.txt changed.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "Il faut les droits administrateur pour installer : $*"; return 1; fi
}

# Libraries Qt loads to run offscreen (tests) and on an X11 desktop (the application).
APT_PACKAGES=(python3 python3-venv python3-pip libegl1 libgl1 libglib2.0-0 libfontconfig1
  libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xfixes0 libxcb-xkb1 libxrender1 libxi6 fonts-dejavu-core)

missing=()
if command -v dpkg-query >/dev/null; then
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "paquets système manquants : ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  PYTHON=${PYTHON:-}
  if [ -z "$PYTHON" ]; then
    for candidate in python3.13 python3.12 python3.11 python3; do
      if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
        PYTHON=$candidate; break
      fi
    done
  fi
  [ -n "$PYTHON" ] || { log "Python 3.11 ou plus récent est nécessaire."; exit 1; }
  log "création de l'environnement virtuel .venv ($("$PYTHON" --version))"
  "$PYTHON" -m venv .venv
fi

stamp=.venv/.setup-stamp
wanted=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  log "installation des dépendances (versions figées dans constraints.txt)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  PIP_CONSTRAINT=constraints.txt .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
  echo "$wanted" > "$stamp"
fi
