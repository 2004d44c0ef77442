// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"
#include "session/c2ssession.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/s2soptions.h"

#include <QString>
#include <QStringList>

namespace Inspector::Cli {

struct Parsed
{
    enum class Command { None, Help, Version, S2s, C2s, Listen, Lab, Show, Export, Diff, Dns };
    Command command = Command::None;
    S2sOptions s2s;
    ListenOptions listen;
    C2sOptions c2s;
    QString warning; // printed on stderr, the command still runs
    QString dnsDomain;
    bool dnsClient = false;
    DnsSettings dns;
    LabSession::Variant labVariant = LabSession::Variant::Standard;
    QString transcript; // --transcript FILE: save the session there
    bool keepSecrets = false;
    QStringList files; // show/export/diff inputs
    QString exportFormat;
    QString exportTo;
    bool json = false;
    bool verbose = false;
    QString error;  // usage error, printed with exit status 2
    QString output; // text for --help / --version
};

/// Parses argv (program name first). Never exits; the caller prints and exits.
Parsed parse(const QStringList &arguments);
QString usage();
QString s2sHelp();
QString listenHelp();
QString labHelp();
QString c2sHelp();
QString dnsHelp();
QString fileCommandsHelp();

} // namespace Inspector::Cli
