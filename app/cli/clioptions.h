// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/scan.h"
#include "run/specification.h"

#include <QString>
#include <QStringList>

namespace Inspector::Cli {

struct Parsed
{
    enum class Command {
        None,
        Help,
        Version,
        S2s,
        C2s,
        Listen,
        Lab,
        Show,
        Export,
        Diff,
        Dns,
        Scan
    };
    Command command = Command::None;
    Specification spec; // s2s, c2s, listen, lab, dns: the session to run
    QString warning;    // printed on stderr, the command still runs
    QString transcript; // --transcript FILE: save the session there
    bool keepSecrets = false;
    QStringList files; // show/export/diff inputs
    QString exportFormat;
    QString exportTo;
    bool json = false;
    bool verbose = false;
    // scan: the sessions' options, the domains, and where their transcripts go (empty: none)
    ScanOptions scan;
    ScanList scanList;
    QString scanSource; // the list's file, "-" for standard input
    QString transcriptsDir;
    QString htmlReport; // --html: the report written when the scan ends (empty: none)
    QString error;      // usage error, printed with exit status 2
    QString output;     // text for --help / --version
};

/// Parses argv (program name first). Never exits; the caller prints and exits. A session's
/// specification is checked by Specifications::check(), its fields named as flags.
Parsed parse(const QStringList &arguments);
/// How the CLI names a specification's fields in its messages: as its flags.
QString flagName(Specifications::Field field);
QString usage();
QString s2sHelp();
QString listenHelp();
QString labHelp();
QString c2sHelp();
QString dnsHelp();
QString scanHelp();
QString fileCommandsHelp();

} // namespace Inspector::Cli
