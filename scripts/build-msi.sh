#!/usr/bin/env bash
# Build the per-machine MSI (for Group Policy, WAPT, Intune or SCCM) from a Windows bundle,
# on Linux with msitools' wixl. Usage: scripts/build-msi.sh BUNDLE_DIR OUTPUT_DIR
#   apt-get install wixl msitools
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: scripts/build-msi.sh DOSSIER_APPLICATION DOSSIER_SORTIE" >&2
    exit 2
fi
bundle=$(cd "$1" && pwd)
output=$(mkdir -p "$2" && cd "$2" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(PYTHONPATH="$root" python3 -c "import desktop_app; print(desktop_app.__version__)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# wixl wants paths relative to where it runs: the bundle and the icon are linked there.
ln -s "$bundle" "$work/app"
cp "$root/resources/icons/datamairie.ico" "$work/datamairie.ico"
cp "$root/installers/windows/datamairie.wxs" "$work/datamairie.wxs"
cd "$work"
# wixl-heat lists the bundle's files as components under INSTALLDIR.
find -L app -type f | sort \
    | wixl-heat -p app/ --component-group BundleFiles --var var.SourceDir \
        --directory-ref INSTALLDIR --win64 > files.wxs
wixl -a x64 -D SourceDir=app -D Version="$version" -D Win64=yes -D IconFile=datamairie.ico \
    -o "$output/DataMairie-$version.msi" datamairie.wxs files.wxs
size=$(( $(stat -c %s "$output/DataMairie-$version.msi") / 1048576 ))
echo "MSI : DataMairie-$version.msi (${size} MiB)"
