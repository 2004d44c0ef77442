#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's screenshots with the application itself, from the built-in lab, so
# they show the window as it is: docs/screenshots/window.png (the lab's session) and
# docs/screenshots/replay.png (its transcript in replay, narrated, at a dialback step), both at
# 1280×800 in the light theme and in English. Builds first; needs Xvfb (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test
bash scripts/build.sh >/dev/null
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private configuration: the user's theme, language and saved layout stay out of the pictures.
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export LANG=C.UTF-8 LANGUAGE=en LC_ALL=C.UTF-8
screen=(xvfb-run -a -s "-screen 0 1280x800x24")
build/app/xmpp-inspector-cli lab --transcript "$tmp/lab.xitrace" >/dev/null
"${screen[@]}" build/app/xmpp-inspector --screenshot "$out/window.png"
# The step at which lab-a sends its dialback key, the moment the lab is about: a transcript is
# its header line, then one event per line (docs/TRANSCRIPT.md).
line=$(grep -n '"raw":"<db:result' "$tmp/lab.xitrace" | head -1 | cut -d: -f1)
"${screen[@]}" build/app/xmpp-inspector --screenshot "$out/replay.png" --replay-step "$((line - 1))" \
    --narrate "$tmp/lab.xitrace"
echo "screenshots: $out/window.png $out/replay.png"
