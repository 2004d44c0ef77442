#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the .deb the Debian way: CPack builds it into WORK_DIR and lintian (Debian 12's
# package checker) must report no error and no warning. Also checks what lintian does not:
# the changelog's latest version is the package's, the copyright file is machine-readable
# (DEP-5), and every gzip file in the package is made with -n (no name, no time stamp).
#   check-lintian.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$2
rm -rf "$work"
mkdir -p "$work/tmp"
# lintian unpacks into TMPDIR: keep it in this test's own directory.
export TMPDIR=$work/tmp
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "FAIL: cpack made no .deb" >&2; exit 1; }
echo "package: $(basename "$deb")"

# 1. lintian: exit status 2 when a tag of the listed severities is emitted, 1 when it fails.
status=0
lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>"$work/lintian.err" || status=$?
tags=$(grep -E '^[EW]: ' "$work/lintian.log" || true)
if [ -n "$tags" ]; then
    fail "lintian reports $(wc -l <<<"$tags") error/warning tag(s):"$'\n'"$tags"
elif [ "$status" -ne 0 ]; then
    cat "$work/lintian.err" >&2
    fail "lintian exited with status $status"
fi

# 2. What lintian leaves unchecked.
unpacked=$work/unpacked
dpkg-deb -x "$deb" "$unpacked"
doc=$unpacked/usr/share/doc/xmpp-inspector
version=$(dpkg-deb -f "$deb" Version)
changelog_version=none
if [ -f "$doc/changelog.gz" ]; then
    zcat "$doc/changelog.gz" >"$work/changelog"
    changelog_version=$(dpkg-parsechangelog -l "$work/changelog" -S Version) || changelog_version=unparsable
fi
[ "$changelog_version" = "$version" ] \
    || fail "changelog.gz's latest entry is '$changelog_version', the package is $version"
[ "$(head -1 "$doc/copyright" 2>/dev/null)" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] \
    || fail "copyright is not in the machine-readable format"
[ ! -e "$doc/LICENSE" ] || fail "the .deb ships LICENSE; copyright refers to /usr/share/common-licenses"
gz_count=0
while IFS= read -r -d '' gz; do
    gz_count=$((gz_count + 1))
    # RFC 1952 §2.3: gzip -n leaves FLG bit 3 (FNAME) and MTIME (bytes 4-7) zero; -9 sets XFL 2.
    read -r -a header <<<"$(od -An -tu1 -N9 "$gz")"
    if [ $((header[3] & 8)) -ne 0 ] || [ "${header[4]}${header[5]}${header[6]}${header[7]}" != 0000 ]; then
        fail "${gz#"$unpacked"} keeps a name or a time stamp (not gzip -n)"
    fi
    [ "${header[8]}" = 2 ] || fail "${gz#"$unpacked"} is not compressed with gzip -9"
done < <(find "$unpacked" -name '*.gz' -print0)
[ "$gz_count" -ge 3 ] || fail "expected the changelog and two manual pages compressed, found $gz_count .gz"

if [ "$failures" -gt 0 ]; then
    echo "$failures lintian check(s) failed" >&2
    exit 1
fi
echo "lintian: no errors or warnings"
