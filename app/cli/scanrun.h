// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include <QTextStream>

namespace Inspector::Cli {

/// Runs a scan that parse() read; the exit status (0, 1, or 130 after Ctrl+C).
int runScan(const Parsed &parsed, QTextStream &out, QTextStream &err);

} // namespace Inspector::Cli
