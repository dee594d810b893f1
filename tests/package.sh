#!/usr/bin/env bash
# The package as a facilitator gets it: builds both packages with scripts/package.sh,
# installs the .deb with dpkg, and runs the installed program from another folder —
# `--version`, `check` on a scenario copied elsewhere, the man page, the menu entry, and
# the game itself under Xvfb for a screenshot of the start screen (what the menu opens).
# Removes the package again at the end. Needs root (dpkg); CI runs as root.
#
# Usage: tests/package.sh            (screenshots go to $PACKAGE_OUT, default out/package)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
    echo "tests/package.sh: skipped, installing a .deb needs root"
    exit 0
fi
OUT=${PACKAGE_OUT:-out/package}
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
REPO=$PWD

./scripts/package.sh
deb=$(ls -t dist/samenspel_*_amd64.deb | head -1)
tarball=$(ls -t dist/samenspel-*-x86_64-linux.tar.gz | head -1)

WORK=$(mktemp -d)
cleanup() {
    dpkg -r samenspel >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

passed=0
failed=0
check() { # check NAME COMMAND...
    if "${@:2}"; then echo "ok   $1"; passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi
}

check "the .deb installs with dpkg" dpkg -i "$deb"
cd "$WORK"
check "samenspel --version" bash -c '/usr/bin/samenspel --version | grep -q "^samenspel [0-9]"'
cp "$REPO/scenarios/denise.ron" "$WORK/mijn-scenario.ron"
check "check on a scenario in another folder" bash -c '/usr/bin/samenspel check mijn-scenario.ron | grep -q "mijn-scenario.ron"'
check "a built-in scenario from any folder" bash -c '/usr/bin/samenspel info tess | grep -q Tess'
check "the man page" bash -c 'zcat /usr/share/man/man1/samenspel.1.gz | grep -q "^.TH samenspel 1"'
check "bash completion" grep -q "_samenspel" /usr/share/bash-completion/completions/samenspel
check "the menu entry runs samenspel" grep -qx "Exec=samenspel" /usr/share/applications/samenspel.desktop
check "the icon" test -s /usr/share/icons/hicolor/256x256/apps/samenspel.png
check "the licence" test -s /usr/share/doc/samenspel/copyright
export SAMENSPEL_AUTOSAVE="$WORK/autosave.ron"
check "the installed game opens its start screen" \
    xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/samenspel --size 1280x800 --screenshot "$OUT/installed-start.png"
check "the screenshot is a picture" bash -c "file '$OUT/installed-start.png' | grep -q 'PNG image data, 1280 x 800'"
check "the .tar.gz holds the same program" bash -c "tar -tzf '$REPO/$tarball' | grep -q '/bin/samenspel\$'"
cd "$REPO"

echo "package: $passed passed, $failed failed"
[ "$failed" = 0 ]
