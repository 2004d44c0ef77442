#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds (incremental; ccache when present).
#   build.sh                          - into ./build, RelWithDebInfo
#   build.sh DIR [CMAKE_OPTION...]    - into ./DIR with extra configure options, e.g.
#                                       build.sh build-asan -DINSPECTOR_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
[ $# -gt 0 ] && shift
export CCACHE_DIR=${CCACHE_DIR:-$PWD/$dir/.ccache}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
