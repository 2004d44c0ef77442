#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark and prints its figures (docs/PERFORMANCE.md records them). Needs the
# test packages (scripts/install-deps.sh test): Prosody for the handshake comparison.
#   run-benchmarks.sh BUILD_DIR
set -euo pipefail
build=$1
# Everything printed is kept for the chart drawn at the end.
log=$build/benchmarks.log
exec > >(tee "$log") 2>&1
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
if [ -x "$build/tests/bench_parser" ]; then
    echo "== parser (bench_parser 100)"
    "$build/tests/bench_parser" 100
fi
echo "== engine (bench_engine 100 1000000)"
"$build/tests/bench_engine" 100 1000000
echo "== a transcript of 1 GB read back (bench_transcript 1024)"
"$build/tests/bench_transcript" 1024
echo "== window (bench_gui 200000, offscreen)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench_gui" 200000
echo "== a transcript of 1 000 000 events opened in the window (bench_gui --open 310, offscreen)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench_gui" --open 310
echo "== a transcript of 1 GB opened in the window (bench_gui --open 1024, offscreen)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench_gui" --open 1024
echo "== cold start: launch to the main window's first paint, and to the built-in lab finished"
# On xcb under Xvfb (a display of its own), the application printing both times itself
# (XMPP_INSPECTOR_LAUNCH_NS: the launch time, taken by the shell itself, no process of its own,
# as the last thing before the program starts; its folders are made before).
shot=$(mktemp --suffix=.png)
display=:$(( 90 + RANDOM % 400 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
# Each run beside a bare Qt Widgets window (bench_firstpaint: a menu, a label, a status bar),
# launched the same way: the floor this machine and Qt set for any window.
for i in 1 2 3; do
    config=$(mktemp -d)
    data=$(mktemp -d)
    echo "run $i: $(DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$config \
        XDG_DATA_HOME=$data XMPP_INSPECTOR_LAUNCH_NS=${EPOCHREALTIME//[!0-9]/}000 \
        "$build/app/xmpp-inspector" --screenshot "$shot" 2>&1 | grep '^startup:' | tr '\n' ' ')"
    rm -rf "$config" "$data"
    config=$(mktemp -d)
    echo "run $i, bare Qt Widgets window: $(DISPLAY=$display QT_QPA_PLATFORM=xcb \
        XDG_CONFIG_HOME=$config XMPP_INSPECTOR_LAUNCH_NS=${EPOCHREALTIME//[!0-9]/}000 \
        "$build/tests/bench_firstpaint" 2>&1 | grep '^startup:' | tr '\n' ' ')"
    rm -rf "$config"
done
kill "$xvfb"
rm -f "$shot"
echo "== a scan of 1 000 domains (bench_scan: the test federation, Prosody and ejabberd hosting 600)"
# The suite's servers with a larger federation: 300 virtual hosts on each, 248 domains they do not
# host, 50 dead ports, 50 without service, 50 without records, a wrong name and a slow server.
peers=$(mktemp -d)
# ejabberd runs as its own user (Debian's ejabberdctl): it must be able to reach its folder.
chmod 755 "$peers"
trap '"$(dirname "$0")/../peers/peers.sh" stop "$peers/run" >/dev/null; rm -rf "$peers"' EXIT
FED_HOSTED=300 FED_UNHOSTED=248 "$(dirname "$0")/../peers/peers.sh" start "$peers/run" \
    "$build/tests/inspector-test-freeports" "$build/tests/inspector-test-slowpeer" >/dev/null
dns=127.0.0.1@$(grep '^DNS_PORT=' "$peers/run/peers.env" | cut -d= -f2)
for c in 16 64; do
    "$build/tests/bench_scan" "$peers/run/federation.txt" "$dns" "$peers/run/certs/ca.crt" "$c" 2>/dev/null
    "$build/tests/bench_scan" "$peers/run/federation.txt" "$dns" "$peers/run/certs/ca.crt" "$c" \
        --window 2>/dev/null
done
"$(dirname "$0")/../peers/peers.sh" stop "$peers/run" >/dev/null
echo "== handshake overhead against Prosody (handshake.sh, 9 runs each)"
"$(dirname "$0")/handshake.sh" "$build" 9
"$(dirname "$0")/chart.sh" "$log" > "$build/benchmarks.svg"
echo "chart: $build/benchmarks.svg (docs/performance.svg is one run's)"
