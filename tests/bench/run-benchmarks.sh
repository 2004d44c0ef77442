#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark and prints its figures (docs/PERFORMANCE.md records them).
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
