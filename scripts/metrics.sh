#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figures on the code's structure, for maintainers (nothing is changed):
#   - string-key reads of event data outside the JSON edges: `.value(QStringLiteral("…"))`,
#     `.value(QLatin1String("…"))` and `[QStringLiteral("…")]` reads in app/ and ui/, leaving
#     out the edges where JSON is the format itself (the CLI in app/cli/, the transcript reader
#     and writer app/core/trace/transcript.cpp) and the QSettings files (ui/profiles.cpp,
#     ui/preferences.cpp);
#   - the session kinds the front ends (ui/, app/cli/) name: the session classes they construct;
#   - C++ files over 500 lines and functions over 80 lines (pmccabe) under app/ and ui/;
#   - include cycles between the engine's folders (app/core/*/).
#   metrics.sh [-v]    -v: the files and functions behind each figure
#   metrics.sh --check QT_INCLUDE_DIR...
#       (the `structure` test) fails on an include cycle between engine folders, or on an
#       engine file including a header of a Qt GUI module (QtGui, QtWidgets, QtSvg: the
#       directories given), which the engine must build without.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=${1:-}

# Edges "A B": a file in app/core/A includes "B/…" (B another engine folder).
folder_edges() {
    { ls -d app/core/*/ | sed 's|^|D |'
      grep -HoE '^#include "[a-z]+/' app/core/*/* | sed 's|^|I |'; } |
        awk '$1 == "D" { split($2, p, "/"); dirs[p[3]] = 1; next }
             { split(substr($0, 3), p, "[/:\"]"); if (p[6] != p[3] && (p[6] in dirs)) print p[3], p[6] }' | sort -u
}

# Pairs of folders that reach each other (transitive closure, Warshall).
folder_cycles() {
    folder_edges | awk '
        { reach[$1, $2] = 1; n[$1]; n[$2] }
        END {
            for (k in n) for (i in n) if (reach[i, k]) for (j in n) if (reach[k, j]) reach[i, j] = 1
            for (i in n) for (j in n) if (i < j && reach[i, j] && reach[j, i]) print i " <-> " j
        }' | sort
}

if [ "$verbose" = --check ]; then
    shift
    status=0
    cycles=$(folder_cycles)
    if [ -n "$cycles" ]; then
        echo "structure: include cycles between engine folders:" >&2
        echo "$cycles" >&2
        folder_edges | sed 's/^/  includes: /' >&2
        status=1
    fi
    [ $# -gt 0 ] || { echo "structure: no Qt GUI include directories given" >&2; exit 2; }
    # Every header of those modules, as "Header" and "Module/Header", against each include.
    gui=$(for dir in "$@"; do
              module=${dir%/}
              module=${module##*/}
              for h in "$dir"/*; do echo "H ${h##*/}"; echo "H $module/${h##*/}"; done
          done
          find app/core -name '*.cpp' -o -name '*.h' | xargs grep -HnoE '^#include <[^>]+>' |
              sed -E 's/^([^:]*:[0-9]+):#include <([^>]+)>$/I \1 \2/')
    gui=$(awk '$1 == "H" { h[$2] = 1; next } $1 == "I" && ($3 in h) { print $2 ": " $3 }' <<<"$gui")
    if [ -n "$gui" ]; then
        echo "structure: the engine includes Qt GUI headers:" >&2
        echo "$gui" >&2
        status=1
    fi
    [ $status -eq 0 ] && echo "structure: no include cycle between $(folder_edges | wc -l) folder dependencies; no GUI header in app/core"
    exit $status
fi

sources() { find app ui -name '*.cpp' -o -name '*.h' | sort; }

echo "== string-key reads outside the JSON edges"
reads=$(sources | grep -v -e '^app/cli/' -e '^app/core/trace/transcript\.cpp$' \
                         -e '^ui/profiles\.cpp$' -e '^ui/preferences\.cpp$' |
    xargs grep -oE '(\.value\((QStringLiteral|QLatin1String)|\[QStringLiteral)\("[^"]*"\)' || true)
echo "$(grep -c . <<<"$reads" || true) reads"
[ "$verbose" = -v ] && cut -d: -f1 <<<"$reads" | sort | uniq -c | sort -rn

echo "== session kinds the front ends construct"
kinds=$(grep -rhoE '\b(new |make_unique<|std::make_unique<)?(S2sSession|C2sSession|ListenSession|LabSession|DnsLookup)\b *[({]' \
    ui app/cli --include='*.cpp' | grep -oE '(S2sSession|C2sSession|ListenSession|LabSession|DnsLookup)' | sort -u || true)
echo "$(grep -c . <<<"$kinds" || true) kinds: $(tr '\n' ' ' <<<"$kinds")"

echo "== files over 500 lines"
long=$(sources | xargs wc -l | awk '$2 != "total" && $1 > 500 {print $1, $2}')
echo "$(grep -c . <<<"$long" || true) files"
[ "$verbose" = -v ] && [ -n "$long" ] && echo "$long"

echo "== functions over 80 lines"
if command -v pmccabe >/dev/null; then
    # pmccabe: column 5 is the function's length in lines.
    funcs=$(sources | grep '\.cpp$' | xargs pmccabe 2>/dev/null | awk -F'\t' '$5 > 80 {print $5, $6}')
    echo "$(grep -c . <<<"$funcs" || true) functions"
    [ "$verbose" = -v ] && [ -n "$funcs" ] && echo "$funcs"
else
    echo "pmccabe is not installed (apt-get install pmccabe)"
fi

echo "== include cycles between engine folders"
cycles=$(folder_cycles)
echo "$(grep -c . <<<"$cycles" || true) folder pairs in a cycle"
[ -n "$cycles" ] && echo "$cycles"
exit 0
