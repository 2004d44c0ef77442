#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The `format` test: every C++ file of the tree (app/, ui/, tests/) formatted as .clang-format
# says. Lists the files that are not, and how to fix them:
#   clang-format -i FILE...
#   check-format.sh [CLANG_FORMAT]   (default: clang-format from PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-clang-format}
command -v "$tool" >/dev/null || { echo "format: $tool not found (Debian package clang-format)" >&2; exit 2; }
# One run over every file (its warnings name the files that differ).
mapfile -t bad < <(find app ui tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 |
                       xargs -0 "$tool" --dry-run --style=file 2>&1 |
                       sed -nE 's/^([^:]+\.(cpp|h)):[0-9]+:[0-9]+: (warning|error): .*/\1/p' | sort -u)
if [ ${#bad[@]} -gt 0 ]; then
    echo "format: ${#bad[@]} file(s) differ from .clang-format; fix with: $tool -i ${bad[*]}" >&2
    exit 1
fi
echo "format: every C++ file follows .clang-format ($("$tool" --version | head -1))"
