#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws the throughput figures of one run of run-benchmarks.sh as an SVG bar chart: each stage
# against its limit (the parser against bare QXmlStreamReader, the engine against the parser
# alone, the window against the engine, transcripts against reading the file's bytes alone),
# with the target marked.
#   chart.sh BENCHMARK_LOG > chart.svg
set -euo pipefail
log=$1
# The first number after a pattern on the first line that matches it.
figure() {
    grep -m1 -E "$1" "$log" | sed -E "s/.*$1[^0-9]*([0-9]+(\.[0-9]+)?).*/\1/"
}
parser=$(figure 'StreamParser \(raw spans, the trees a live connection builds\) *:')
bare=$(figure 'bare QXmlStreamReader tokenization *:')
parserStanzas=$(grep -m1 -E 'StreamParser \(raw spans, the trees a live' "$log" | sed -E 's/.*, ([0-9.]+) stanzas\/s.*/\1/')
engine=$(grep -m1 -E '^ingest \(loopback' "$log" | sed -E 's/.*: ([0-9.]+) stanzas\/s.*/\1/')
window=$(grep -m1 -E '^GUI ingest' "$log" | sed -E 's/.*: ([0-9.]+) stanzas\/s.*/\1/')
# The window against the engine alone measured by bench_gui in the same rounds.
alone=$(grep -m1 -E '^engine alone:' "$log" | sed -E 's/.*: ([0-9.]+) stanzas\/s.*/\1/')
write=$(figure '^  write')
read=$(figure 'read into a log ready for the panes')
bytes=$(figure 'same file: bytes alone')
# label | unit | measured | limit | limit's name | target (absolute, 0: none)
rows="Parser|MB/s|$parser|$bare|bare QXmlStreamReader|$(awk "BEGIN{print 0.9*$bare}")
Engine (loopback ingest)|stanzas/s|$engine|$parserStanzas|the parser alone|0
Window (a shown session)|stanzas/s|$window|$alone|the engine alone|$(awk "BEGIN{print 0.8*$alone}")
Transcript read|MB/s|$read|$bytes|the file's bytes alone|300
Transcript write|MB/s|$write|$bytes|the file's bytes alone|200"
echo "$rows" | awk -F'|' '
function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); return s }
function fmt(v) { return v >= 10000 ? sprintf("%.0f k", v / 1000) : sprintf("%.0f", v) }
{ label[NR] = $1; unit[NR] = $2; got[NR] = $3; limit[NR] = $4; name[NR] = $5; target[NR] = $6 }
END {
    left = 340; scale = 300; rowH = 54; top = 50
    width = left + 1.7 * scale + 30; height = top + NR * rowH + 40
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"13\">\n", width, height
    printf "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n"
    printf "<text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Throughput against its limit (1.0 = the limit; ticks: the target)</text>\n"
    for (x = 0; x <= 1.5; x += 0.5) {
        gx = left + x * scale
        printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#cccccc\"/>\n", gx, top - 8, gx, top + NR * rowH
        printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%.1f</text>\n", gx, top + NR * rowH + 16, x
    }
    for (i = 1; i <= NR; i++) {
        y = top + (i - 1) * rowH
        ratio = limit[i] > 0 ? got[i] / limit[i] : 0
        bar = ratio > 1.7 ? 1.7 : ratio
        met = target[i] == 0 || got[i] >= target[i]
        printf "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>\n", y + 14, esc(label[i])
        printf "<text x=\"10\" y=\"%d\" fill=\"#555555\">%s %s of %s %s</text>\n", y + 32, fmt(got[i]), unit[i], fmt(limit[i]), esc(name[i])
        printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"22\" fill=\"%s\"/>\n", left, y + 4, bar * scale, met ? "#2e7d32" : "#c62828"
        tx = target[i] > 0 ? left + target[i] / limit[i] * scale : 0
        ex = left + bar * scale > tx ? left + bar * scale : tx
        printf "<text x=\"%.1f\" y=\"%d\">%.2f</text>\n", ex + 6, y + 20, ratio
        if (target[i] > 0) {
            printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"2\"/>\n", tx, y, tx, y + 30
            printf "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">target %s</text>\n", tx, y + 44, fmt(target[i])
        }
    }
    print "</svg>"
}'
