#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (real Prosody and ejabberd included), builds, and runs the whole
# test suite through CTest. The servers run as private instances on 127.0.0.1 for the length
# of the suite and are stopped by PID at its end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
