#!/usr/bin/env bash
# All of Samenspel's tests: the engine and game unit tests, the CLI integration tests, and
# the end-to-end test that drives the real window under Xvfb with xdotool, and the phone
# page in headless Chromium (tests/phone_browser.rs), and the .deb installed and run
# (tests/package.sh: builds the `dist` profile; as root only).
# On a fresh Debian machine (as root) it installs what the window test needs.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in xvfb xauth mesa-vulkan-drivers xdotool imagemagick chromium; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "missing packages: ${need[*]} (install them with apt-get, or run as root)" >&2
        exit 1
    fi
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/samenspel-target}"
cargo test --workspace
cargo build
bash tests/e2e.sh "$CARGO_TARGET_DIR/debug/samenspel"
# The package as a facilitator installs it (needs root for dpkg; skipped otherwise).
bash tests/package.sh
