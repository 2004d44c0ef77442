#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the installation and the packages: a staged install (DESTDIR) holds every file the
# desktop needs, the desktop entry, metainfo and MIME type validate, the MIME database maps
# transcripts to the application, the manual pages document every option --help prints, and
# CPack builds a .deb (with dependencies from the shared libraries) and a .tar.gz.
#   check-packaging.sh BUILD_DIR WORK_DIR APP_ID
set -euo pipefail
build=$1
work=$2
id=$3
rm -rf "$work"
mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# 1. Staged install.
stage=$work/stage
DESTDIR=$stage cmake --install "$build" --prefix /usr >/dev/null
expected=(
    usr/bin/xmpp-inspector
    usr/bin/xmpp-inspector-cli
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    "usr/share/mime/packages/$id.xml"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    usr/share/man/man1/xmpp-inspector.1.gz
    usr/share/man/man1/xmpp-inspector-cli.1.gz
    usr/share/doc/xmpp-inspector/copyright
    usr/share/doc/xmpp-inspector/changelog.gz
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
# The license text is installed, but left out of the .deb (its copyright file refers to
# /usr/share/common-licenses/GPL-3).
for f in "${expected[@]}" usr/share/doc/xmpp-inspector/LICENSE; do
    [ -s "$stage/$f" ] || fail "staged install lacks $f"
done
for exe in xmpp-inspector xmpp-inspector-cli; do
    out=$("$stage/usr/bin/$exe" --version) || fail "$exe --version failed"
    case $out in "$exe "[0-9]*) ;; *) fail "$exe --version printed '$out'" ;; esac
done
for size in 16 256; do
    png=$stage/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    dims=$(file -b "$png" | grep -o '[0-9]* x [0-9]*' || true)
    [ "$dims" = "$size x $size" ] || fail "$png is '$dims', not $size x $size"
done

# 2. Validators.
desktop-file-validate "$stage/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$stage/usr/share/metainfo/$id.metainfo.xml" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
grep -q "^Exec=xmpp-inspector %F$" "$stage/usr/share/applications/$id.desktop" || fail "Exec line"

# 3. Double-click: the MIME database knows *.xitrace and the desktop database maps the type to us.
share=$work/share
mkdir -p "$share/mime/packages" "$share/applications"
cp "$stage/usr/share/mime/packages/$id.xml" "$share/mime/packages/"
cp "$stage/usr/share/applications/$id.desktop" "$share/applications/"
update-mime-database "$share/mime" || fail "update-mime-database"
grep -q "application/x-xmpp-inspector-transcript:\*\.xitrace" "$share/mime/globs2" || fail "glob *.xitrace not registered"
grep -q "xmpp-inspector-transcript" "$share/mime/magic" || fail "content magic not registered"
update-desktop-database "$share/applications" || fail "update-desktop-database"
grep -q "^application/x-xmpp-inspector-transcript=$id.desktop;" "$share/applications/mimeinfo.cache" \
    || fail "the desktop database does not map transcripts to $id.desktop"

# 4. Manual pages: every option printed by --help appears in the page.
cli=$stage/usr/bin/xmpp-inspector-cli
plain() { zcat "$1" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g'; }
# (No "| grep -q" anywhere: with pipefail, grep's early exit would fail the writer.)
check_options() { # PAGE HELP-TEXT
    local page=$1 help=$2 opt text
    text=$(plain "$page")
    for opt in $(grep -o -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u); do
        grep -q -- "$opt" <<<"$text" || fail "$(basename "$page") does not mention $opt"
    done
}
cli_page=$stage/usr/share/man/man1/xmpp-inspector-cli.1.gz
check_options "$cli_page" "$("$cli" --help)"
for cmd in s2s c2s dns listen lab show export diff; do
    check_options "$cli_page" "$("$cli" "$cmd" --help)"
    grep -q "^\.SS.*\b$cmd\b" <<<"$(plain "$cli_page")" || fail "xmpp-inspector-cli.1.gz has no section for $cmd"
done
check_options "$stage/usr/share/man/man1/xmpp-inspector.1.gz" "$("$stage/usr/bin/xmpp-inspector" --help)"

# 5. Packages.
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
tgz=$(ls "$work"/pkg/*.tar.gz 2>/dev/null | head -1)
if [ -z "$deb" ] || [ -z "$tgz" ]; then
    fail "cpack made no .deb or no .tar.gz"
else
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||' >"$work/deb.list"
    for f in "${expected[@]}"; do
        grep -qx "$f" "$work/deb.list" || fail ".deb lacks $f"
    done
    depends=$(dpkg-deb -f "$deb" Depends)
    for d in libqt6widgets6 libqt6network6 libssl3 libunbound8 libidn12 qt6-qpa-plugins dns-root-data; do
        grep -q "\b$d\b" <<<"$depends" || fail ".deb Depends lacks $d: $depends"
    done
    tgz_list=$(tar -tzf "$tgz")
    grep -q "/bin/xmpp-inspector-cli$" <<<"$tgz_list" || fail ".tar.gz lacks bin/xmpp-inspector-cli"
    grep -q "/share/doc/xmpp-inspector/LICENSE$" <<<"$tgz_list" || fail ".tar.gz lacks the license text"
    echo "packages: $(basename "$deb") ($(stat -c %s "$deb") bytes), $(basename "$tgz")"
    echo "Depends: $depends"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "packaging: all checks passed"
