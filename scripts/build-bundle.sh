#!/usr/bin/env bash
# Build the frozen one-folder application for this system, run its self-test, and measure it
# against its budgets (size, time to the self-test's end). Prints the figures; fails when the
# bundle is broken or over budget.
#   scripts/build-bundle.sh            → dist/datamairie/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
budget_mib=${DATAMAIRIE_BUNDLE_BUDGET_MIB:-300}
started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist installers/datamairie.spec
built=$(( $(date +%s) - started ))
# Debugging symbols are of no use to an agent: strip the interpreter's library (a third of its
# size when Python was built with them). Not every library: numpy's OpenBLAS breaks if stripped.
if [ -f dist/datamairie/_internal/libpython3.11.so.1.0 ]; then
    strip --strip-unneeded dist/datamairie/_internal/libpython3.11.so.1.0
fi
cmp -s LICENSE dist/datamairie/LICENCE.txt || { echo "The bundle lacks the licence text." >&2; exit 1; }
size_mib=$(( $(du -sb dist/datamairie | cut -f1) / 1048576 ))
files=$(find dist/datamairie -type f | wc -l)
echo "== bundle: ${size_mib} MiB (budget ${budget_mib} MiB), ${files} files, built in ${built} s"
export QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
probe_home=$(mktemp -d)
trap 'rm -rf "$probe_home"' EXIT
HOME="$probe_home" XDG_DATA_HOME="$probe_home" dist/datamairie/datamairie-cli --self-test
# Time from launching the frozen program to its first window, three times (the first from a
# cold disk cache); the budget is 3 s.
starts=()
for attempt in 1 2 3; do
    launched=$(date +%s.%N)
    shown=$(DATAMAIRIE_STARTUP_PROBE=1 HOME="$probe_home" dist/datamairie/datamairie-cli \
        --profile-dir "$probe_home/profile" 2>/dev/null | awk '/^first-window/ {print $2}')
    starts+=("$(python3 -c "print(f'{$shown - $launched:.2f}')")")
done
echo "== first window: ${starts[*]} s (budget 3 s)"
if [ "$size_mib" -gt "$budget_mib" ]; then
    echo "The bundle is over its size budget." >&2
    exit 1
fi
