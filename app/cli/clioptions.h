// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/s2soutgoing.h"

#include <QString>
#include <QStringList>

namespace Inspector::Cli {

struct Parsed
{
    enum class Command { None, Help, Version, S2s };
    Command command = Command::None;
    S2sOptions s2s;
    bool json = false;
    bool verbose = false;
    QString error;  // usage error, printed with exit status 2
    QString output; // text for --help / --version
};

/// Parses argv (program name first). Never exits; the caller prints and exits.
Parsed parse(const QStringList &arguments);
QString usage();

} // namespace Inspector::Cli
