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
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=${1:-}

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
# Edges "A B": a file in app/core/A includes "B/…" (B another engine folder).
edges=$(for f in app/core/*/*; do
    from=$(basename "$(dirname "$f")")
    sed -n 's|^#include "\([a-z]*\)/.*|\1|p' "$f" | while read -r to; do
        [ -d "app/core/$to" ] && [ "$to" != "$from" ] && echo "$from $to"
    done
done | sort -u)
# Two folders are in a cycle when each reaches the other (transitive closure, Warshall).
cycles=$(awk '
    { reach[$1, $2] = 1; n[$1]; n[$2] }
    END {
        for (k in n) for (i in n) if (reach[i, k]) for (j in n) if (reach[k, j]) reach[i, j] = 1
        for (i in n) for (j in n) if (i < j && reach[i, j] && reach[j, i]) print i " <-> " j
    }' <<<"$edges" | sort)
echo "$(grep -c . <<<"$cycles" || true) folder pairs in a cycle"
[ -n "$cycles" ] && echo "$cycles"
exit 0
