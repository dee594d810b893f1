#!/usr/bin/env bash
# Measures the release build of the game under Xvfb + Mesa's software Vulkan (lavapipe):
# time to the first rendered frame, idle CPU over 10 s (window focused; step 2 and step 4;
# a focused text field on the start screen), peak memory, and the frame work during a
# burst of 400 phone actions (examples/phones.rs: 40 phones × 10 cards, on 127.0.0.1). Not a test: the figures go
# into docs/performance.md by hand, with the machine they were taken on.
#
# Usage: scripts/measure.sh                 (builds the release binary first)
#        PROFILE=dist scripts/measure.sh    (the binary facilitators download)
# The simulated phones (examples/phones.rs) are built in the same profile (optimised; they
# share the two cores with the game).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/samenspel-target}"
PROFILE="${PROFILE:-release}"
cargo build --profile "$PROFILE" --quiet --bin samenspel --example phones
BIN="$CARGO_TARGET_DIR/$PROFILE/samenspel"
echo "profile: $PROFILE ($(stat -c %s "$BIN") bytes)"
WORK=$(mktemp -d)
export SAMENSPEL_AUTOSAVE="$WORK/autosave.ron"
export DISPLAY=:93
Xvfb "$DISPLAY" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
TICK=$(getconf CLK_TCK)

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); Xvfb + lavapipe"
for i in 1 2 3; do
    SAMENSPEL_TIMING=1 "$BIN" play tess --screenshot "$WORK/shot.png" 2>&1 | grep -o 'first frame rendered .*' | sed "s/^/run $i: /"
done

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle() { # idle LABEL PID: CPU ticks over 10 s
    local before after
    before=$(ticks "$2"); sleep 10; after=$(ticks "$2")
    echo "$1: $((after - before)) ticks in 10 s ($(( (after - before) * 100 / TICK / 10 ))% of one core)"
}
start_game() {
    "$BIN" "$@" >"$WORK/game.log" 2>&1 &
    PID=$!
    for _ in $(seq 100); do WID=$(xdotool search --name '^Samenspel$' 2>/dev/null | head -1 || true); [ -n "$WID" ] && break; sleep 0.1; done
    sleep 3
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    sleep 2
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "the game stopped early:" >&2
        tail -5 "$WORK/game.log" >&2
        exit 1
    fi
}

start_game play tess --step 2
idle "idle, step 2, window focused" "$PID"
xdotool key Right Right; sleep 2
idle "idle, step 4 with panels, window focused" "$PID"
echo "peak memory (VmHWM): $(awk '/VmHWM/{print $2, $3}' "/proc/$PID/status")"
kill "$PID"; wait "$PID" 2>/dev/null || true

start_game
# The start screen's file field: click into it so it has the keyboard.
xdotool mousemove 350 605 click 1; sleep 2
idle "idle, text field focused" "$PID"
kill "$PID"; wait "$PID" 2>/dev/null || true

# A burst: 40 simulated phones lay 10 cards each against the game itself (127.0.0.1 only).
# The game prints its frame work every 2 s (SAMENSPEL_TIMING); the phones print latency.
SAMENSPEL_TIMING=1 "$BIN" play tess --step 2 --join --bind 127.0.0.1 --port 0 --share-roles \
    --autosave "$WORK/burst.ron" >"$WORK/burst.out" 2>"$WORK/burst.err" &
PID=$!
for _ in $(seq 100); do grep -q '^code: ' "$WORK/burst.out" 2>/dev/null && break; sleep 0.1; done
URL=$(sed -n 's/^join: //p' "$WORK/burst.out")
CODE=$(sed -n 's/^code: //p' "$WORK/burst.out")
sleep 3
echo "burst of 400 actions: $("$CARGO_TARGET_DIR/$PROFILE/examples/phones" "$URL" --code "$CODE" --phones 40 --cards 10)"
sleep 3
# One line per frame that carried phone actions: "update X ms (apply, save, publish)".
grep 'samenspel-timing: phones' "$WORK/burst.err" | sed 's/.*update \([0-9.]*\) ms.*/\1/' | sort -n | awk '
    { v[NR] = $1 }
    END { if (NR) printf "frames with phone actions: %d, update p50 %.1f ms, p95 %.1f ms, longest %.1f ms\n",
          NR, v[int((NR - 1) * 0.5) + 1], v[int((NR - 1) * 0.95) + 1], v[NR] }'
kill "$PID"; wait "$PID" 2>/dev/null || true
