#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehaviorSanitizer) into
# ./build-fuzz and runs each in turn.
#   fuzz.sh [SECONDS_PER_TARGET [TARGET...]]    default: 60 s, every target
# A target starts from its seed corpus (tests/fuzz/corpus/TARGET, only read) and from what
# earlier runs found (build-fuzz/fuzz/corpus/TARGET, where new inputs are written). Printed per
# target: executions per second, corpus size, coverage. Exits non-zero if any target crashed,
# leaked, hung or ran out of memory; the input is kept in build-fuzz/fuzz/artifacts/TARGET/
# with a minimised copy (*.min) to add to the target's seed corpus and to its unit test.
# FUZZ_SEED=N gives libFuzzer's random seed (default: chosen by libFuzzer and printed in the log);
# runs with different seeds may go on at the same time, each with its own log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
all_targets=(streamparser differential features streamerror dialback scram transcript jid)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# Longest input per target: room for the largest seeds and for every size limit to be crossed
# (a JID part's 1023 bytes, a transcript's records), small enough to keep runs fast.
declare -A max_len=([streamparser]=8192 [differential]=8192 [features]=4096 [streamerror]=4096 [dialback]=2048
                    [scram]=1024 [transcript]=16384 [jid]=4096)
declare -A dict=([streamparser]=xmpp [differential]=xmpp [features]=xmpp [streamerror]=xmpp [dialback]=xmpp
                 [scram]=scram [transcript]=transcript [jid]=jid)

scripts/install-deps.sh fuzz
build=build-fuzz
export CCACHE_DIR=${CCACHE_DIR:-$PWD/$build/.ccache}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DINSPECTOR_FUZZ=ON -DINSPECTOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz

# Sanitizer reports: stop at the first error, with symbolised stack traces.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:symbolize=1}
if command -v llvm-symbolizer >/dev/null; then
    export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}
fi

out=$build/fuzz
failed=()
summary=()
for t in "${targets[@]}"; do
    bin=$build/tests/fuzz/fuzz_$t
    seeds=tests/fuzz/corpus/$t
    if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
        echo "fuzz: unknown target '$t' (targets: ${all_targets[*]})" >&2
        exit 2
    fi
    corpus=$out/corpus/$t
    artifacts=$out/artifacts/$t
    log=$out/logs/$t${FUZZ_SEED:+.seed$FUZZ_SEED}.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    echo "== fuzz_$t: ${seconds} s, -max_len=${max_len[$t]}${FUZZ_SEED:+, -seed=$FUZZ_SEED}"
    status=0
    "$bin" -max_len="${max_len[$t]}" -timeout=10 -rss_limit_mb=2048 \
        -max_total_time="$seconds" -print_final_stats=1 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
        -dict="tests/fuzz/dict/${dict[$t]}.dict" -artifact_prefix="$artifacts/" \
        "$corpus" "$seeds" >"$log" 2>&1 || status=$?

    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n1 || true)
    # "cov": instrumented edges reached; "ft": finer features (edge hit counts, comparisons);
    # "corp": inputs in the fuzzer's corpus / their total size.
    cov=$(sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1, ft \2/p' <<<"$last")
    corp=$(sed -n 's/.*corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status)"
        failed+=("$t")
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz: property)' "$log" | head -n5 >&2 || true
        for input in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* \
                     "$artifacts"/oom-*; do
            [ -f "$input" ] || continue
            case $input in *.min) continue ;; esac
            echo "   kept $input; minimising" >&2
            "$bin" -minimize_crash=1 -max_total_time=60 -timeout=10 -rss_limit_mb=2048 \
                -exact_artifact_path="$input.min" "$input" >"$log.minimise" 2>&1 || true
            [ -f "$input.min" ] && echo "   minimised: $input.min ($(stat -c %s "$input.min") bytes)" >&2
        done
    fi
    line=$(printf '%-13s %7s exec/s %10s runs  corpus %-12s %-22s %s' \
        "$t" "${rate:-?}" "${execs:-?}" "${corp:-?}" "${cov:-cov ?}" "$result")
    echo "$line"
    summary+=("$line")
done

echo
echo "== summary (${seconds} s per target; logs in $out/logs/)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]} (inputs in $out/artifacts/)" >&2
    exit 1
fi
