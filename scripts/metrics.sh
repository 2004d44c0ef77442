#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figures on the code's structure, for maintainers (nothing is changed):
#   - string-key reads of event data outside the JSON edges: `.value(QStringLiteral("…"))`,
#     `.value(QLatin1String("…"))` and `[QStringLiteral("…")]` reads in app/ and ui/, leaving
#     out the edges where JSON is the format itself (the CLI in app/cli/, the transcript reader
#     and writer app/core/trace/transcript.cpp, each type's one reader and writer in a file
#     named *json.cpp: app/core/facts/*json.cpp for the summary and the events' payloads,
#     xml/streamheaderjson.cpp, trace/connectioninfojson.cpp) and QSettings, which are not event
#     data (ui/profiles.cpp, ui/preferences.cpp, and `settings.value(…)` reads elsewhere);
#   - the session kinds the front ends (ui/, app/cli/) name: the session classes they construct;
#   - C++ files over 500 lines and functions over 80 lines (pmccabe) under app/ and ui/;
#   - include cycles between the engine's folders (app/core/*/).
#   metrics.sh [-v]    -v: the files and functions behind each figure
#   metrics.sh --check QT_INCLUDE_DIR...
#       (the `structure` test) fails on an include cycle between engine folders, or on an
#       engine file including a header of a Qt GUI module (QtGui, QtWidgets, QtSvg: the
#       directories given), which the engine must build without.
#   metrics.sh --limits
#       (the `limits` test) fails on a C++ file over 500 lines or a function over 80 lines
#       under app/ and ui/ (counted as below: `wc -l` of every .cpp and .h, pmccabe's length of
#       every function in a .cpp), listing each one, unless the allow-list below names it.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=${1:-}
max_file_lines=500
max_function_lines=80

# Offenders accepted for now, one a line: "file PATH LINES" or "function PATH NAME LINES",
# with today's count. The list can only shrink: --limits fails when a listed file or function
# grows past its count, when it gets shorter (lower the count, or drop the line once it is
# within the limit), and when it no longer exceeds the limit at all.
allowed='
'

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

sources() { find app ui -name '*.cpp' -o -name '*.h' | sort; }

# "file PATH LINES" for every file over the limit.
long_files() {
    sources | xargs wc -l | awk -v max=$max_file_lines '$2 != "total" && $1 > max {print "file", $2, $1}'
}

# "function PATH NAME LINES" for every function over the limit (pmccabe: column 5 is the
# function's length in lines, column 6 "PATH(LINE): NAME").
long_functions() {
    sources | grep '\.cpp$' | xargs pmccabe 2>/dev/null |
        awk -F'\t' -v max=$max_function_lines '$5 > max {
            where = $6; path = where; sub(/\(.*/, "", path); name = where; sub(/^[^)]*\): /, "", name)
            print "function", path, name, $5 }'
}

if [ "$verbose" = --limits ]; then
    command -v pmccabe >/dev/null || { echo "limits: pmccabe is not installed (apt-get install pmccabe)" >&2; exit 2; }
    # Each offender against the allow-list (the key: all fields but the count).
    entries=$(grep -vE '^[[:space:]]*(#|$)' <<<"$allowed" || true)
    problems=$({ grep -v '^$' <<<"$entries" | sed 's/^/A /'; long_files | sed 's/^/F /'; long_functions | sed 's/^/F /'; } |
        awk -v maxf=$max_file_lines -v maxg=$max_function_lines '
            { key = $2; for (i = 3; i < NF; ++i) key = key " " $i }
            $1 == "A" { allowed[key] = $NF; next }
            { found[key] = $NF
              limit = $2 == "file" ? maxf : maxg
              if (!(key in allowed))
                  print key ": " $NF " lines, over the limit of " limit
              else if ($NF > allowed[key])
                  print key ": " $NF " lines, more than the " allowed[key] " allowed for now"
              else if ($NF < allowed[key])
                  print key ": " $NF " lines, fewer than the " allowed[key] " allowed: lower the allow-list entry" }
            END { for (k in allowed) if (!(k in found))
                      print k ": within the limit now; remove it from the allow-list" }' | sort)
    if [ -n "$problems" ]; then
        echo "limits: files over $max_file_lines lines and functions over $max_function_lines lines in app/ and ui/ (scripts/metrics.sh):" >&2
        echo "$problems" >&2
        exit 1
    fi
    echo "limits: no file over $max_file_lines lines, no function over $max_function_lines lines, but the $(grep -c . <<<"$entries" || true) allowed for now"
    exit 0
fi

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

echo "== string-key reads outside the JSON edges"
reads=$(sources | grep -v -e '^app/cli/' -e '^app/core/trace/transcript\.cpp$' \
                         -e '^app/core/[a-z]*/[a-z]*json\.cpp$' \
                         -e '^ui/profiles\.cpp$' -e '^ui/preferences\.cpp$' |
    xargs grep -HoE '(\b[a-zA-Z_]+\.value\((QStringLiteral|QLatin1String)|\.value\((QStringLiteral|QLatin1String)|\[QStringLiteral)\("[^"]*"\)' |
    grep -v ':settings\.value(' || true)
echo "$(grep -c . <<<"$reads" || true) reads"
[ "$verbose" = -v ] && cut -d: -f1 <<<"$reads" | sort | uniq -c | sort -rn

echo "== session kinds the front ends construct"
kinds=$(grep -rhoE '\b(new |make_unique<|std::make_unique<)?(S2sSession|C2sSession|ListenSession|LabSession|DnsLookup)\b *[({]' \
    ui app/cli --include='*.cpp' | grep -oE '(S2sSession|C2sSession|ListenSession|LabSession|DnsLookup)' | sort -u || true)
echo "$(grep -c . <<<"$kinds" || true) kinds: $(tr '\n' ' ' <<<"$kinds")"

echo "== files over $max_file_lines lines"
long=$(long_files | awk '{print $3, $2}')
echo "$(grep -c . <<<"$long" || true) files"
[ "$verbose" = -v ] && [ -n "$long" ] && echo "$long"

echo "== functions over $max_function_lines lines"
if command -v pmccabe >/dev/null; then
    funcs=$(long_functions | awk '{n = $NF; $1 = ""; $NF = ""; sub(/^ /, ""); sub(/ $/, ""); print n, $0}')
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
