#!/usr/bin/env bash
# Coverage-guided fuzzing of one input path with AFL++ (cargo-afl, stable Rust).
#
#   scripts/fuzz.sh TARGET MINUTES      TARGET: scenario | session | protocol
#
# Installs cargo-afl when it is missing, builds the instrumented targets in fuzz/, seeds
# the corpus from the real files (built-in scenarios, generated sessions, the phone
# messages of docs/join-protocol.md) and runs afl-fuzz under `nice` for MINUTES. Findings
# land in fuzz/out/TARGET/default/crashes and hangs; the figures in fuzzer_stats.
# docs/robustness.md says how to turn a finding into a regression test.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh scenario|session|protocol MINUTES}
minutes=${2:?usage: scripts/fuzz.sh TARGET MINUTES}
case "$target" in scenario | session | protocol) ;; *)
    echo "unknown target '$target': scenario, session or protocol" >&2
    exit 2
    ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"

if ! cargo afl --version >/dev/null 2>&1; then
    cargo install cargo-afl
fi
# AFL++ itself is built once per cargo-afl version (needs make and a C compiler).
cargo afl config --build >/dev/null 2>&1 || true

cargo afl build --release --bins

seeds=$root/fuzz/out/seeds
rm -rf "$seeds"
mkdir -p "$seeds/scenario" "$seeds/session" "$seeds/protocol"
./target/release/seeds "$seeds"
cp "$root"/scenarios/*.ron "$root/tests/fixtures/tutorial.ron" "$seeds/scenario/"
cp "$root"/fuzz/seeds/protocol/*.json "$seeds/protocol/"

out=$root/fuzz/out/$target
mkdir -p "$out"
# A container often has a core_pattern AFL cannot change, and no CPU governor to read.
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
# Seeds over AFL's 1 MB default would be refused; the loaders' own limit is 4 MB.
resume=()
[ -d "$out/default/queue" ] && resume=(-i -) # go on from an earlier run
[ ${#resume[@]} -eq 0 ] && resume=(-i "$seeds/$target")
# The words of each format (field names, enum names, brackets) help the mutations past
# the parser.
dict=$root/fuzz/dict/ron.dict
[ "$target" = protocol ] && dict=$root/fuzz/dict/json.dict
nice -n 10 cargo afl fuzz "${resume[@]}" -o "$out" -x "$dict" -V $((minutes * 60)) -t 2000 \
    "./target/release/$target" || true
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|edges_found|total_edges|bitmap_cvg)' \
    "$out/default/fuzzer_stats"
