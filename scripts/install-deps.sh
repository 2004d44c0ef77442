#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, with apt-get, the Debian 12 packages that are missing for a purpose:
#   install-deps.sh build   - compile and run the applications
#   install-deps.sh test    - the above plus the real servers and tools the test suite uses
#   install-deps.sh fuzz    - build plus clang with libFuzzer and its sanitizer runtimes, and
#                             llvm-symbolizer for readable stack traces (scripts/fuzz.sh)
# Idempotent: installs nothing when everything is present. Servers installed here are not left
# running: service starts are refused during the install, and units this script installed are
# not left enabled on a systemd machine.
set -euo pipefail

purpose=${1:-build}
build_pkgs=(cmake ninja-build g++ ccache libssl-dev libgl-dev libexpat1-dev qt6-svg-dev qtkeychain-qt6-dev libunbound-dev
            libidn-dev libsimdjson-dev
            dns-root-data
            qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
            fonts-dejavu-core librsvg2-bin qt6-translations-l10n)
# The suite also builds the Debian package (dpkg-dev, file) and checks it with lintian, and
# validates the desktop integration (desktop-file-utils, appstream, shared-mime-info); nsd serves
# its DNSSEC-signed test zones, signed with ldns-signzone (ldnsutils); clang-format checks the
# code's formatting, pmccabe the length of its functions; chromium renders the HTML report.
test_pkgs=(openssl prosody ejabberd util-linux xvfb xauth dnsmasq-base nsd ldnsutils
           dpkg-dev file lintian desktop-file-utils appstream shared-mime-info clang-format pmccabe
           chromium)
# The sanitizer build of the suite (SANITIZE=1 scripts/test.sh) needs nothing more: g++ brings
# its AddressSanitizer and UndefinedBehaviorSanitizer runtimes (libasan8, libubsan1).
fuzz_pkgs=(clang libclang-rt-14-dev llvm)
services=(prosody ejabberd nsd)

pkgs=("${build_pkgs[@]}")
[ "$purpose" = test ] && pkgs+=("${test_pkgs[@]}")
[ "$purpose" = fuzz ] && pkgs+=("${fuzz_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run as root (or install them)." >&2
    exit 1
fi

newly_services=()
for s in "${services[@]}"; do
    for m in "${missing[@]}"; do [ "$m" = "$s" ] && newly_services+=("$s"); done
done

# Debian starts daemons on install; a policy-rc.d that refuses makes invoke-rc.d and
# deb-systemd-invoke skip the start. Created only if absent, removed only if created here.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod 755 "$policy"
    created_policy=1
fi
cleanup() { if [ "$created_policy" = 1 ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null

if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    for s in "${newly_services[@]}"; do
        systemctl disable --now "$s" >/dev/null 2>&1 || true
    done
fi
