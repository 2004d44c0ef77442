// SPDX-License-Identifier: GPL-3.0-or-later
// `scan`: many domains checked with the options of an s2s session.
#include "commandoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Inspector::Cli {

namespace {
/// A list of at most this size is read (100 000 domains of 253 bytes, with comments).
constexpr qint64 MaxListBytes = 64 * 1024 * 1024;

bool readList(Options &o, const QString &source, ScanList *list)
{
    QFile file;
    const bool standardInput = source == QLatin1String("-");
    if (standardInput ? !file.open(stdin, QIODevice::ReadOnly)
                      : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        o.error =
            QStringLiteral("--domains '%1' cannot be read: %2").arg(source, file.errorString());
        return false;
    }
    const QByteArray text = file.read(MaxListBytes + 1);
    if (text.size() > MaxListBytes) {
        o.error = QStringLiteral("--domains '%1' is larger than 64 MiB.").arg(source);
        return false;
    }
    *list = ScanList::parse(text);
    if (list->domains.isEmpty()) {
        o.error = QStringLiteral("--domains '%1' lists no domain to scan.").arg(source);
        for (qsizetype i = 0; i < qMin<qsizetype>(3, list->skipped.size()); ++i)
            o.error += QStringLiteral("\n  line %1: %2")
                           .arg(list->skipped.at(i).line)
                           .arg(list->skipped.at(i).reason);
        return false;
    }
    return true;
}

bool readTranscriptsDir(Options &o, const QCommandLineOption &option, QString *out)
{
    if (!o.p.isSet(option))
        return true;
    const QString dir = o.p.value(option);
    if (dir.isEmpty() || !QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
        o.error =
            QStringLiteral("--transcripts '%1' is not a folder that can be written.").arg(dir);
        return false;
    }
    *out = dir;
    return true;
}
/// --html OUT: a file that can be written once the scan ends (its folder exists), not the list.
bool readHtmlReport(Options &o, const QCommandLineOption &option, const QString &list, QString *out)
{
    if (!o.p.isSet(option))
        return true;
    const QString file = o.p.value(option);
    const QFileInfo info(file);
    if (file.isEmpty() || info.isDir() || !QFileInfo(info.absolutePath()).isDir() ||
        !QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable())) {
        o.error = QStringLiteral("--html '%1' is not a file that can be written.").arg(file);
        return false;
    }
    if (list != QLatin1String("-") && info.exists() &&
        info.canonicalFilePath() == QFileInfo(list).canonicalFilePath()) {
        o.error = QStringLiteral("--html '%1' is the list of domains itself.").arg(file);
        return false;
    }
    *out = file;
    return true;
}
} // namespace

void parseScan(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto domains = o.add(QStringLiteral("domains"), QStringLiteral("FILE"));
    const S2sFlags flags(o, false);
    const auto concurrency = o.add(QStringLiteral("concurrency"), QStringLiteral("N"));
    const auto perAddress = o.add(QStringLiteral("per-address"), QStringLiteral("N"));
    const auto rate = o.add(QStringLiteral("rate"), QStringLiteral("N"));
    const auto transcripts = o.add(QStringLiteral("transcripts"), QStringLiteral("DIR"));
    const auto keepSecrets = o.add(QStringLiteral("keep-secrets"));
    const auto html = o.add(QStringLiteral("html"), QStringLiteral("OUT"));
    o.add(QStringLiteral("json")); // accepted: the output is JSON lines anyway
    if (!begin(o, args, help, scanHelp(), out))
        return;
    ScanOptions &scan = out.scan;
    const auto ok = [&] {
        if (!o.noArguments() ||
            !o.single({domains, concurrency, perAddress, rate, transcripts, html}))
            return false;
        if (!o.p.isSet(domains)) {
            o.error = QStringLiteral("--domains FILE is needed: one domain per line ('-' reads "
                                     "standard input).");
            return false;
        }
        if (!readS2sFlags(o, flags, &scan.s2s, &out.warning))
            return false;
        if (!readCount(o, concurrency, 1, ScanOptions::MaxConcurrency, &scan.concurrency) ||
            !readCount(o, perAddress, 1, ScanOptions::MaxConcurrency, &scan.perAddress) ||
            !readCount(o, rate, 1, ScanOptions::MaxRate, &scan.rate))
            return false;
        if (o.p.isSet(keepSecrets) && !o.p.isSet(transcripts)) {
            o.error = QStringLiteral("--keep-secrets keeps dialback keys and SASL payloads in "
                                     "the transcripts: it needs --transcripts DIR.");
            return false;
        }
        out.scanSource = o.p.value(domains);
        if (!readList(o, out.scanSource, &out.scanList))
            return false;
        if (!readTranscriptsDir(o, transcripts, &out.transcriptsDir) ||
            !readHtmlReport(o, html, out.scanSource, &out.htmlReport))
            return false;
        if (scan.s2s.authoritative.isValid() && scan.concurrency > 1) {
            // Each session runs the authoritative server on that one address.
            scan.concurrency = 1;
            out.warning += (out.warning.isEmpty() ? QString() : QStringLiteral("\n")) +
                           QStringLiteral("warning: with --authoritative, one domain is checked "
                                          "at a time (its server listens on one address).");
        }
        out.keepSecrets = o.p.isSet(keepSecrets);
        // The options are checked as every domain's session will run them.
        S2sOptions first = scan.s2s;
        first.to = out.scanList.domains.first().domain;
        o.error = Specifications::check(&first, flagName).text;
        if (!o.error.isEmpty())
            return false;
        first.to.clear();
        scan.s2s = first;
        return true;
    };
    if (!ok()) {
        out.error = o.error;
        return;
    }
    out.command = Parsed::Command::Scan;
}

} // namespace Inspector::Cli
