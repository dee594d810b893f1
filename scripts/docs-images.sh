#!/usr/bin/env bash
# Renders the pictures in docs/img from the current build, under Xvfb with Mesa's software
# Vulkan: the presenter window, the audience layout at three projector sizes, the
# comparison, and the start screen. Look at them after running this.
#
# Usage: scripts/docs-images.sh [BINARY]   (default: the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/samenspel-target}"
BIN="${1:-$CARGO_TARGET_DIR/debug/samenspel}"
OUT=docs/img
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SAMENSPEL_AUTOSAVE="$WORK/autosave.ron"

shot() { # shot WxH OUT.png play arguments...
    local size=$1 out=$2
    shift 2
    xvfb-run -a -s "-screen 0 ${size}x24" "$BIN" play "$@" --size "$size" --screenshot "$OUT/$out" \
        >"$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
    echo "$OUT/$out"
}

shot 1600x900 wheel-after-18.png tess --step 3 --after-events
shot 1600x900 reflection.png tess --step 4 --after-events --round 2
shot 1600x900 projector-step1.png tess --projector --step 1
shot 1600x900 projector-step3.png tess --projector --step 3 --after-events
shot 1600x900 compare.png tess --step 3 --compare verlengde_jeugdhulp
shot 1024x768 presenter-768-after-18.png tess --projector --step 3 --after-events
shot 1280x720 presenter-720-before.png tess --projector --step 2
shot 1920x1080 presenter-1080-after-18.png tess --projector --step 3 --after-events
shot 1920x1080 audience-1080-after-18.png tess --audience --step 3 --after-events
shot 1920x1080 audience-1080-before.png tess --audience --step 2
shot 1280x720 audience-720-round.png tess --audience --step 4 --after-events --round 2
shot 1024x768 audience-768-after-18.png tess --audience --step 3 --after-events
shot 1024x768 audience-768-before.png tess --audience --step 2
shot 1280x720 audience-720-after-18.png tess --audience --step 3 --after-events

# The werksessie: a Tess session with every part used, its window and the wall.
cargo run -q -p samenspel-engine --example werksessie_demo -- "$WORK/werk.ron"
shot 1600x900 werksessie-opening.png --session "$WORK/werk.ron" --werksessie opening
shot 1600x900 werksessie-drawing.png --session "$WORK/werk.ron" --werksessie drawing
shot 1600x900 werksessie-praatplaat.png --session "$WORK/werk.ron" --werksessie praatplaat
shot 1280x720 audience-720-drawing.png --session "$WORK/werk.ron" --werksessie drawing --audience
"$BIN" report "$WORK/werk.ron" --format html --out "$WORK/werk.html" >/dev/null
python3 - "$WORK/werk.html" "$WORK/werk-part.html" <<'PY'
import sys
s = open(sys.argv[1]).read()
head = s[: s.index("<body>") + 6]
part = s[s.index("<h2>Stemmen met de voeten</h2>") : s.index('<h2>Huidige regels naast')]
open(sys.argv[2], "w").write(head + part + "</body></html>")
PY
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1500 \
    --screenshot="$OUT/report-werksessie.png" "file://$WORK/werk-part.html" >/dev/null 2>&1
echo "$OUT/report-werksessie.png"

# The start screen: the game without a scenario, captured from the screen.
xvfb-run -a -s "-screen 0 1600x900x24" bash -c "
    '$BIN' >'$WORK/start.log' 2>&1 & game=\$!
    sleep 6
    import -window root '$OUT/start.png'
    kill \$game" 
echo "$OUT/start.png"
