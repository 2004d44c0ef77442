// SPDX-License-Identifier: GPL-3.0-or-later
// The style sheet of HtmlPage.
#include "htmlpage.h"

namespace Inspector {

namespace {
// Colours are variables: the dark theme and the print layout only redefine them. No quote,
// '<', '>' or '&' anywhere below: the writer escapes them, and a browser does not unescape
// the content of <style> (font names go unquoted).
const char *const Css = R"css(
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;
--card:#f6f8fa;--head:#eef1f4;--good:#1a7f37;--good-bg:#dafbe1;--warn:#8a5a00;
--warn-bg:#fff1c5;--bad:#c0221c;--bad-bg:#ffebe9;--info:#0b57b0;--info-bg:#ddf4ff;
--neutral-bg:#eaeef2;--tag:#0550ae;--attr:#953800;--val:#116329;--xtext:#1f2328;
--secret:#8250df;--link:#0b57b0;--out:#0550ae;--in:#953800}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--fg:#e6edf3;--muted:#9198a1;
--line:#3d444d;--card:#161b22;--head:#1c222b;--good:#4ac26b;--good-bg:#12361f;
--warn:#d4a72c;--warn-bg:#3b2e08;--bad:#ff7b72;--bad-bg:#4a1613;--info:#58a6ff;
--info-bg:#0c2d4f;--neutral-bg:#262c36;--tag:#79c0ff;--attr:#ffa657;--val:#7ee787;
--xtext:#e6edf3;--secret:#d2a8ff;--link:#58a6ff;--out:#79c0ff;--in:#ffa657}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);
font:15px/1.5 -apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Noto Sans,DejaVu Sans,
Liberation Sans,Arial,sans-serif}
main{max-width:1320px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:1.55em;margin:0 0 .3em;line-height:1.25;overflow-wrap:anywhere}
h2{font-size:1.25em;margin:0 0 .6em}
h3{font-size:1.02em;margin:1.2em 0 .4em}
a{color:var(--link)}
section{margin-top:30px;padding-top:6px;border-top:1px solid var(--line)}
p{margin:.35em 0}
.muted{color:var(--muted)}
code,pre,.mono{font-family:DejaVu Sans Mono,ui-monospace,SFMono-Regular,Menlo,Consolas,
Liberation Mono,monospace;font-size:.87em}
.mono{overflow-wrap:anywhere}
nav{margin:14px 0 0;font-size:.92em;line-height:2}
nav a{margin-right:16px;white-space:nowrap}
.outcome{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:8px;
padding:12px 18px;background:var(--card);margin-top:10px}
.outcome.good{border-left-color:var(--good)}.outcome.warn{border-left-color:var(--warn)}
.outcome.bad{border-left-color:var(--bad)}
.outcome .verdict{font-size:1.4em;font-weight:700;margin-bottom:.15em}
.outcome.good .verdict{color:var(--good)}.outcome.warn .verdict{color:var(--warn)}
.outcome.bad .verdict{color:var(--bad)}
.badge{display:inline-block;padding:0 8px;border-radius:8px;font-size:.82em;
font-weight:600;line-height:1.6;background:var(--neutral-bg);color:var(--fg)}
.badge.good{background:var(--good-bg);color:var(--good)}
.badge.warn{background:var(--warn-bg);color:var(--warn)}
.badge.bad{background:var(--bad-bg);color:var(--bad)}
.badge.info{background:var(--info-bg);color:var(--info)}
.finding{border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:8px;
padding:10px 16px;margin:12px 0;background:var(--card);break-inside:avoid}
.finding.bad{border-left-color:var(--bad)}.finding.warn{border-left-color:var(--warn)}
.finding.info{border-left-color:var(--info)}
.finding .head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px}
.finding h3{margin:0;font-size:1.05em}
.finding .code{color:var(--muted);font-size:.8em}
.finding .label{font-weight:650}
.finding .spec{color:var(--muted)}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:3px 22px;margin:.4em 0}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.4em 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:600}
td{overflow-wrap:anywhere}
table.teaching td:first-child{white-space:nowrap}
table.teaching td:nth-child(3),table.teaching td:nth-child(4),table.notes td:first-child,
table.checks td:nth-child(2),table.candidates td:nth-child(-n+6){white-space:nowrap}
table.phases td:first-child,table.notes td:nth-child(2){min-width:16em}
table.chain td:nth-child(2),table.chain td:nth-child(3){min-width:11em}
.diagram{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:8px;
padding:8px}
.diagram svg{display:block}
@media (prefers-color-scheme:dark){.diagram{background:#101317}
.diagram svg{filter:invert(.9) hue-rotate(180deg)}}
.ev{border-bottom:1px solid var(--line);font-size:.9em}
.ev summary{cursor:pointer;padding:3px 2px}
.ev.marker{padding:3px 2px 3px 1.25em;background:var(--card)}
.ev .when{color:var(--muted);display:inline-block;min-width:6.5em;text-align:right;
margin-right:1em}
.ev .conn{display:inline-block;min-width:12em}
.ev .dir{display:inline-block;min-width:6.5em}
.ev .out{color:var(--out)}.ev .in{color:var(--in)}
.ev .what{font-family:DejaVu Sans Mono,ui-monospace,monospace;font-size:.92em;
overflow-wrap:anywhere}
.ev .err{color:var(--bad);font-weight:600}
pre.xml{margin:4px 0 8px 1.25em;padding:8px 12px;background:var(--card);border-radius:6px;
border:1px solid var(--line);white-space:pre-wrap;overflow-wrap:anywhere}
pre.xml .t{color:var(--tag)}pre.xml .a{color:var(--attr)}pre.xml .v{color:var(--val)}
pre.xml .x{color:var(--xtext)}pre.xml .p{color:var(--muted)}
pre.xml .r{color:var(--secret);font-style:italic}
.more{margin:12px 0;padding:8px 12px;border-radius:6px;background:var(--warn-bg);
color:var(--warn);font-weight:600}
.filter{display:none;margin:.3em 0 .6em}.js .filter{display:block}
.filter input{font:inherit;padding:4px 10px;width:28em;max-width:100%;color:var(--fg);
background:var(--bg);border:1px solid var(--line);border-radius:6px}
table.scan th{padding:0;vertical-align:bottom}
table.scan th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;
padding:4px 8px;width:100%;text-align:left;cursor:pointer}
table.scan td.num{text-align:right;white-space:nowrap}
table.scan td{white-space:nowrap}table.scan td:last-child{white-space:normal;min-width:8em}
table.scan tr.detail td{white-space:normal;padding:6px 16px 12px}
.js table.scan tr.detail{display:none}.js table.scan tbody.open tr.detail{display:table-row}
table.scan tbody.open tr.main td{background:var(--card)}
button.expand{font:inherit;color:var(--link);background:none;border:0;padding:0;
cursor:pointer;text-align:left}
button.expand .mark{display:inline-block;width:1.1em;color:var(--muted)}
footer{margin-top:40px;padding-top:8px;border-top:1px solid var(--line);font-size:.85em;
color:var(--muted)}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#fff;--head:#eee}
body{font-size:10pt}main{max-width:none;padding:0}nav{display:none}
.badge,.outcome,.more{print-color-adjust:exact;-webkit-print-color-adjust:exact}
h2,h3{break-after:avoid}tr,.finding,.outcome{break-inside:avoid}
.scroll,.diagram{overflow:visible}.diagram{border:0;padding:0}
.diagram svg{max-width:100%;height:auto;filter:none}
a{color:inherit;text-decoration:none}.js .filter{display:none}
.js table.scan tr.detail{display:table-row}}
)css";

} // namespace

QString HtmlPage::styleSheet()
{
    return QString::fromLatin1(Css);
}

} // namespace Inspector
