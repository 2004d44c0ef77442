#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Handshake overhead: a full STARTTLS + Server Dialback session against a private Prosody on
# 127.0.0.1, by the inspector and by a minimal reference client (reference_dialback.py) doing
# the same exchange, alternately, RUNS times each. Prints the medians and their ratio.
#   handshake.sh BUILD_DIR [RUNS]   (Prosody from scripts/install-deps.sh test)
set -euo pipefail
build=$(cd "$1" && pwd)
runs=${2:-9}
here=$(cd "$(dirname "$0")" && pwd)
run=$(mktemp -d)
chmod 755 "$run" # the servers run as their own users
trap '"$here/../peers/peers.sh" stop "$run/peers" >/dev/null 2>&1 || true; rm -rf "$run"' EXIT
"$here/../peers/peers.sh" start "$run/peers" "$build/tests/inspector-test-freeports" >/dev/null
# shellcheck disable=SC1091
. "$run/peers/peers.env"
ours=() theirs=() ours_wall=() theirs_wall=()
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
for ((i = 0; i < runs; i++)); do
    t=$(now_ms)
    "$build/app/xmpp-inspector-cli" s2s --from inspector.test --to "$PROSODY_DOMAIN" --host 127.0.0.1 \
        --port "$PROSODY_S2S" --ca "$CERTS/ca.crt" --tls starttls --auth dialback \
        --authoritative "127.0.0.1:$INSPECTOR_AS_PORT" --json >"$run/out.json"
    ours_wall+=($(( $(now_ms) - t )))
    # From connecting to the dialback verdict on the originating connection.
    ours+=("$(python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
assert j["dialbackResult"] == "valid", j["error"]
p = [x for x in j["phases"] if x.get("connection") == 1]
print(next(x["atMs"] for x in p if x["name"] == "authenticated") - p[0]["atMs"])' "$run/out.json")")
    sleep 0.3
    t=$(now_ms)
    line=$(python3 "$here/reference_dialback.py" 127.0.0.1 "$PROSODY_S2S" inspector.test "$PROSODY_DOMAIN" \
        "$INSPECTOR_AS_PORT" "$CERTS/ca.crt")
    theirs_wall+=($(( $(now_ms) - t )))
    [ "${line%% *}" = valid ] || { echo "reference client: $line" >&2; exit 1; }
    theirs+=("${line#* }")
    sleep 0.3
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
o=$(median "${ours[@]}") r=$(median "${theirs[@]}")
echo "STARTTLS + dialback against Prosody, $runs runs each (medians):"
echo "  inspector, connect → verdict:          $o ms  (process wall clock $(median "${ours_wall[@]}") ms)"
echo "  reference client, connect → verdict:   $r ms  (process wall clock $(median "${theirs_wall[@]}") ms)"
echo "  ratio inspector / reference:           $(awk -v a="$o" -v b="$r" 'BEGIN { printf "%.2f", a / b }')"
