#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark and prints its figures (docs/PERFORMANCE.md records them). Needs the
# test packages (scripts/install-deps.sh test): Prosody for the handshake comparison.
#   run-benchmarks.sh BUILD_DIR
set -euo pipefail
build=$1
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
if [ -x "$build/tests/bench_parser" ]; then
    echo "== parser (bench_parser 100)"
    "$build/tests/bench_parser" 100
fi
echo "== engine (bench_engine 100 1000000)"
"$build/tests/bench_engine" 100 1000000
echo "== window (bench_gui 200000, offscreen)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench_gui" 200000
echo "== cold start of the application to its window with the built-in lab finished and grabbed"
shot=$(mktemp --suffix=.png)
for i in 1 2 3; do
    start=$(date +%s%N)
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(mktemp -d) "$build/app/xmpp-inspector" --screenshot "$shot"
    echo "run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
rm -f "$shot"
echo "== handshake overhead against Prosody (handshake.sh, 9 runs each)"
"$(dirname "$0")/handshake.sh" "$build" 9
