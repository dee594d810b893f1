#!/usr/bin/env bash
# End-to-end test of the real game window: Xvfb + Mesa's software Vulkan, driven with
# xdotool as a facilitator would. Starts on the start screen, picks Tess with Enter, goes
# to step 2, picks a role, lays a token with the mouse and the form, undoes it, and checks
# the autosaved session after each move. Screenshots go to $E2E_OUT (default out/e2e).
#
# Usage: tests/e2e.sh path/to/samenspel
set -euo pipefail
BIN=$(realpath "${1:?usage: tests/e2e.sh path/to/samenspel}")
OUT=${E2E_OUT:-out/e2e}
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
WORK=$(mktemp -d)
export SAMENSPEL_AUTOSAVE="$WORK/autosave.ron"
# Xvfb picks a free display itself and tells us its number.
exec 9<> <(:)
Xvfb -displayfd 9 -screen 0 1600x900x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
read -r -t 20 DISPLAY_NUM <&9 || { echo "Xvfb did not start" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
export DISPLAY=":$DISPLAY_NUM"
GAME=
cleanup() {
    [ -n "$GAME" ] && kill "$GAME" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
# The display must answer before the game connects to it (give a loaded machine 20 s).
display_up=
for _ in $(seq 200); do xdotool getdisplaygeometry >/dev/null 2>&1 && { display_up=1; break; }; sleep 0.1; done
if [ -z "$display_up" ]; then
    echo "Xvfb on $DISPLAY does not answer; its log:" >&2
    cat "$WORK/xvfb.log" >&2
    exit 1
fi

passed=0
failed=0
check() { # check NAME COMMAND...
    if "${@:2}"; then echo "ok   $1"; passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi
}
shot() { import -window root "$OUT/$1.png"; }
# The autosave is written right after each action; give a slow machine up to 10 s.
saved_has() { for _ in $(seq 50); do grep -q "$1" "$SAMENSPEL_AUTOSAVE" 2>/dev/null && return 0; sleep 0.2; done; return 1; }
saved_lacks() { for _ in $(seq 50); do grep -q "$1" "$SAMENSPEL_AUTOSAVE" 2>/dev/null || return 0; sleep 0.2; done; return 1; }
key() { xdotool key --delay 80 "$@"; sleep 0.8; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.8; }

# Start the game from the work folder and wait (up to a minute) for its window. Stops
# waiting early when the game has already exited.
start_game() {
    (cd "$WORK" && exec "$BIN" >"$WORK/$1" 2>&1) &
    GAME=$!
    WID=
    for _ in $(seq 300); do
        WID=$(xdotool search --name '^Samenspel$' 2>/dev/null | head -1 || true)
        [ -n "$WID" ] && break
        kill -0 "$GAME" 2>/dev/null || break
        sleep 0.2
    done
}
# What the game said when it ended without a window: the panic's message first (a
# backtrace's tail alone does not say why), then the last lines.
why_no_window() {
    echo "the game did not open a window (display $DISPLAY); its output ($1):" >&2
    grep -m1 -A4 'panicked' "$WORK/$1" >&2 || true
    echo "..." >&2
    tail -8 "$WORK/$1" >&2
}

start_game game.log
if [ -z "$WID" ]; then
    # Once seen in CI only: the first start ended before its window (the message was cut
    # off). Say why, and try once more, so a passing second start still shows the cause.
    why_no_window game.log
    wait "$GAME" 2>/dev/null || true
    echo "starting the game once more" >&2
    start_game game-again.log
fi
check "the window opens" test -n "$WID"
if [ -z "$WID" ]; then
    why_no_window game-again.log
    exit 1
fi
sleep 2
xdotool windowfocus --sync "$WID" 2>/dev/null || true
shot 01-start

# One key on the start screen starts Tess, and the session is saved at once.
key Return
check "Enter starts Tess and autosaves" saved_has 'id: "tess"'
check "the session starts at step 1" saved_has 'step: Kennismaken'
shot 02-step1

# To step 2 with the arrow key.
key Right
check "Right goes to step 2 (autosaved)" saved_has 'step: Situatie'
shot 03-step2

# Pick role 1 (Tess herself) and lay support in her own-strength ring by clicking an
# empty cell of the wheel: "Gezondheid", sector 5 of 10 (144°–180° clockwise from the top),
# inner band (radius 0.15–0.36 of the wheel). The wheel fills the area right of the step
# panel (32% of the width) between the facilitator bar and the status line.
key 1
eval "$(xdotool getwindowgeometry --shell "$WID")"
PANEL=$((WIDTH * 32 / 100 + 8))
TOP=31
BOTTOM=28
CX=$((X + PANEL + (WIDTH - PANEL) / 2))
CY=$((Y + TOP + (HEIGHT - TOP - BOTTOM) / 2))
SIDE=$(( (WIDTH - PANEL) < (HEIGHT - TOP - BOTTOM) ? (WIDTH - PANEL) : (HEIGHT - TOP - BOTTOM) ))
R=$((SIDE * 40 / 100))
# angle 162°, radius 0.26: x = r·sin(a) = 0.080, y = −r·cos(a) = 0.247
click $((CX + R * 80 / 1000)) $((CY + R * 247 / 1000))
shot 04-form
# The form opens with the keyboard in "what"; Enter saves.
xdotool type --delay 40 "E2E oefent sollicitatiegesprekken"
sleep 0.5
shot 05-form-filled
key Return
shot 06-placed
check "the new token is on the board and autosaved" saved_has 'E2E oefent'

# Undo takes it away again, and the autosave follows.
key ctrl+z
check "Ctrl+Z removes it again (autosaved)" saved_lacks 'E2E oefent'
shot 07-undone

# Step 3: the event, by the button in the step panel.
key Right
check "Right goes to step 3" saved_has 'step: Verandering'
shot 08-step3

# The audience window for the projector opens beside the presenter's, and closes again.
key w
sleep 2
check "W opens the audience window" bash -c 'for _ in $(seq 50); do xdotool search --name "publiek" >/dev/null 2>&1 && exit 0; sleep 0.2; done; exit 1'
shot 08b-audience
xdotool windowfocus --sync "$WID" 2>/dev/null || true
key w
check "W closes it again" bash -c 'for _ in $(seq 50); do xdotool search --name "publiek" >/dev/null 2>&1 || exit 0; sleep 0.2; done; exit 1'

# Black screen and back.
key b
shot 09-black
key b

# A crash: kill the game, start it again, and Enter resumes where we were.
kill -9 "$GAME" 2>/dev/null || true
wait "$GAME" 2>/dev/null || true
start_game game2.log
sleep 2
xdotool windowfocus --sync "$WID" 2>/dev/null || true
shot 10-resume-offered
key Return
key Left
check "after a crash, Enter resumes the session (back to step 2)" saved_has 'step: Situatie'
check "resuming keeps the same file (nothing set aside)" test -z "$(ls "$WORK" | grep '^autosave-' || true)"
shot 11-resumed

kill "$GAME" 2>/dev/null || true
wait "$GAME" 2>/dev/null || true
GAME=
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
