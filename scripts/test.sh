#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (real Prosody and ejabberd included), builds, and runs the whole
# test suite through CTest. The servers run as private instances on 127.0.0.1 for the length
# of the suite and are stopped by PID at its end.
#   SANITIZE=1 test.sh   - the same suite built with AddressSanitizer and
#                          UndefinedBehaviorSanitizer, in ./build-asan
#   CI=true test.sh      - both, one after the other; the regular build treats warnings as
#                          errors
set -euo pipefail
self=$(readlink -f "$0")
cd "$(dirname "$self")/.."
scripts/install-deps.sh test
if [ "${SANITIZE:-0}" = 1 ]; then
    build=build-asan
    scripts/build.sh "$build" -DINSPECTOR_SANITIZE=ON
    # Any report fails the test that caused it: the first error ends the process with a stack
    # trace. Leaks are checked at exit; tests/sanitizers/lsan.supp lists the ones of system
    # libraries that are not ours to fix.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:print_summary=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:print_summary=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
else
    build=build
    # CI builds with warnings as errors; elsewhere a new compiler's new warning stays a warning.
    werror=OFF
    [ "${CI:-}" = true ] && werror=ON
    scripts/build.sh "$build" -DINSPECTOR_WERROR=$werror
fi
(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@")
# In CI (CI=true), the same suite then runs again under the sanitizers (about 7 minutes more on
# two cores, most of it the build).
if [ "${CI:-}" = true ] && [ "${SANITIZE:-0}" != 1 ]; then
    SANITIZE=1 bash "$self" "$@"
fi
