#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The translations cannot silently rot: lupdate run on copies of the .ts files must find
# every source text translated (no unfinished entry) and no entry the sources no longer have.
#   check-translations.sh LUPDATE SOURCE_DIR WORK_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
failures=0
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    copy=$work/$name
    cp "$ts" "$copy"
    before=$(grep -c "<message" "$ts")
    plurals=()
    # English holds only the plural forms.
    case $name in *_en.ts) plurals=(-pluralonly) ;; esac
    "$lupdate" -silent -locations none -no-obsolete "${plurals[@]}" "$src/ui" "$src/app/core" -ts "$copy"
    after=$(grep -c "<message" "$copy")
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    stale=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    echo "$name: $after messages, $unfinished unfinished, $((before - after)) no longer in the sources, $stale marked obsolete"
    if [ "$unfinished" -ne 0 ] || [ "$before" -ne "$after" ] || [ "$stale" -ne 0 ]; then
        grep -B2 'type="unfinished"' "$copy" | grep "<source>" | head -20 >&2 || true
        failures=$((failures + 1))
    fi
done
if [ "$failures" -ne 0 ]; then
    echo "translations are not complete: run 'cmake --build build --target update_translations update_plurals' and translate" >&2
    exit 1
fi
