// SPDX-License-Identifier: GPL-3.0-or-later
// xmpp-inspector-cli: the headless front end. Links the core only, so it runs on a server.
#include "clioptions.h"
#include "diagnose/findings.h"
#include "render/exporters.h"
#include "render/report.h"
#include "run/controller.h"
#include "run/scandiff.h"
#include "scanrun.h"
#include "trace/eventlog.h"
#include "trace/sessiondiff.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTranslator>

#include <memory>

#include <unistd.h>

using namespace Inspector;

namespace {
/// While a file takes more than a moment to read, a line on standard error saying how far
/// reading has come, when that is a terminal (never in a pipe or a log). `shownAt`: when the
/// line was last written (-1: never), for the caller to clear it.
Transcript::Progress progressLine(const QString &file, QTextStream &err,
                                  const std::shared_ptr<qint64> &shownAt)
{
    if (!isatty(STDERR_FILENO))
        return {};
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return [file, &err, clock, shownAt](qint64 done, qint64 total) {
        const qint64 now = clock->elapsed();
        if (done >= total || now < 250 || (*shownAt >= 0 && now - *shownAt < 100))
            return true;
        *shownAt = now;
        err << "\rreading " << file << ": " << done * 100 / qMax<qint64>(1, total) << " % ("
            << done / 1048576 << " of " << total / 1048576 << " MB)" << Qt::flush;
        return true;
    };
}

/// diff of two scans: what changed per domain; 0 when nothing did.
int diffScans(const Cli::Parsed &parsed, QTextStream &out, QTextStream &err)
{
    ScanResult a, b;
    QString error;
    if (!ScanResult::read(parsed.files.at(0), &a, &error) ||
        !ScanResult::read(parsed.files.at(1), &b, &error)) {
        err << "xmpp-inspector-cli: " << error << Qt::endl;
        return int(Outcome::UsageError);
    }
    const QVector<ScanDiff::Change> changes = ScanDiff::compare(a, b);
    if (parsed.json)
        out << QJsonDocument(ScanDiff::toJson(changes)).toJson(QJsonDocument::Indented);
    else
        out << ScanDiff::toText(changes);
    return changes.isEmpty() ? 0 : 1;
}

/// show / export / diff: work on saved transcripts, no network.
int fileCommand(const Cli::Parsed &parsed, QTextStream &out, QTextStream &err)
{
    if (parsed.command == Cli::Parsed::Command::Diff) {
        const int scans = int(ScanResult::isScanFile(parsed.files.at(0))) +
                          int(ScanResult::isScanFile(parsed.files.at(1)));
        if (scans == 2)
            return diffScans(parsed, out, err);
        if (scans == 1) {
            err << "xmpp-inspector-cli: diff compares two transcripts or two scans, not one of "
                   "each."
                << Qt::endl;
            return int(Outcome::UsageError);
        }
    }
    QVector<std::shared_ptr<SessionController>> files;
    for (const QString &file : parsed.files) {
        auto opened = std::make_shared<SessionController>();
        QString error;
        const auto shownAt = std::make_shared<qint64>(-1);
        const SessionController::Opened r =
            opened->open(file, &error, progressLine(file, err, shownAt));
        if (*shownAt >= 0)
            err << "\r\033[K" << Qt::flush; // the progress line goes, whatever the outcome
        if (r != SessionController::Opened::Whole) {
            err << "xmpp-inspector-cli: " << file << ": " << error << Qt::endl;
            // Show what was read before the bad line: nothing already read is lost.
            if (parsed.command != Cli::Parsed::Command::Show ||
                r == SessionController::Opened::Failed)
                return int(Outcome::UsageError);
        }
        files.append(opened);
    }
    switch (parsed.command) {
    case Cli::Parsed::Command::Show:
        out << QString::fromUtf8(Exporters::text(files.first()->fullLog(), parsed.keepSecrets));
        return 0;
    case Cli::Parsed::Command::Export: {
        Exporters::Format format = Exporters::Format::Html;
        Exporters::parseFormat(parsed.exportFormat, &format);
        QString error;
        if (!files.first()->exportTo(parsed.exportTo, format, parsed.keepSecrets, &error)) {
            err << "xmpp-inspector-cli: " << error << Qt::endl;
            return int(Outcome::UsageError);
        }
        return 0;
    }
    case Cli::Parsed::Command::Diff: {
        const QVector<SessionDiff::Difference> d = SessionDiff::differences(
            Summary::build(files.at(0)->fullLog()), Summary::build(files.at(1)->fullLog()));
        if (parsed.json)
            out << QJsonDocument(SessionDiff::toJson(d)).toJson(QJsonDocument::Indented);
        else
            out << SessionDiff::toText(d);
        return d.isEmpty() ? 0 : 1;
    }
    default:
        return int(Outcome::UsageError);
    }
}
/// What `dns` prints: the lookup's whole result (with every answer) and its findings.
void printDns(const EventLog &log, bool json, QTextStream &out)
{
    DnsFact dns;
    bool looked = false;
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).kind == EventKind::Dns) {
            dns = log.at(i).payload.as<DnsFact>();
            looked = true;
        }
    }
    const QVector<Finding> findings = Findings::fromDns(dns);
    if (!json) {
        out << Report::dnsText(dns, findings);
        return;
    }
    // With its answers, unlike a session's summary; the texts in English, without phrases.
    QJsonObject o = looked ? dns.toEventData() : QJsonObject();
    removePhrases(&o);
    if (dns.hostMeta) {
        o.insert(QStringLiteral("hostMeta"), dns.hostMeta->toJson(false));
        // A client's paths in order: what --probe-all tries, for scripts.
        QJsonArray paths;
        for (const ClientPath &p : dns.clientPaths()) {
            paths.append(QJsonObject{{QStringLiteral("kind"), p.kind},
                                     {QStringLiteral("endpoint"), p.endpoint},
                                     {QStringLiteral("source"), p.source},
                                     {QStringLiteral("secure"), p.secure}});
        }
        o.insert(QStringLiteral("paths"), paths);
    }
    QJsonArray f;
    for (const Finding &finding : findings)
        f.append(finding.toJson());
    o.insert(QStringLiteral("findings"), f);
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xmpp-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    // English, with its plural forms (the reports' "%n domain(s)").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/xmpp-inspector_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Cli::Parsed parsed = Cli::parse(QCoreApplication::arguments());
    switch (parsed.command) {
    case Cli::Parsed::Command::None:
        err << "xmpp-inspector-cli: " << parsed.error << Qt::endl;
        return int(Outcome::UsageError);
    case Cli::Parsed::Command::Help:
    case Cli::Parsed::Command::Version:
        out << parsed.output;
        return 0;
    case Cli::Parsed::Command::Show:
    case Cli::Parsed::Command::Export:
    case Cli::Parsed::Command::Diff:
        return fileCommand(parsed, out, err);
    case Cli::Parsed::Command::Scan:
        if (!parsed.warning.isEmpty())
            err << parsed.warning << Qt::endl;
        return Cli::runScan(parsed, out, err);
    case Cli::Parsed::Command::S2s:
    case Cli::Parsed::Command::C2s:
    case Cli::Parsed::Command::Listen:
    case Cli::Parsed::Command::Lab:
    case Cli::Parsed::Command::Dns:
        break;
    }
    if (!parsed.warning.isEmpty())
        err << parsed.warning << Qt::endl;

    SessionController controller;
    const EventLog &log = *controller.log();
    if (parsed.verbose) {
        const bool keepSecrets = parsed.keepSecrets;
        QObject::connect(&log, &EventLog::eventAppended, &controller,
                         [&log, &err, keepSecrets](int index) {
                             err << Report::eventLine(log, index, keepSecrets) << Qt::endl;
                         });
    }
    const auto report = [&] {
        const SessionSummary summary = Summary::build(log);
        int exitCode = summary.exitCode;
        if (!parsed.transcript.isEmpty()) {
            QString error;
            if (!controller.save(parsed.transcript, parsed.keepSecrets, &error)) {
                err << "xmpp-inspector-cli: " << error << Qt::endl;
                exitCode = exitCode ? exitCode : int(Outcome::UsageError);
            }
        }
        if (parsed.command == Cli::Parsed::Command::Dns)
            printDns(log, parsed.json, out);
        else if (parsed.json)
            out << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        else
            out << Report::summaryText(summary);
        out.flush();
        QCoreApplication::exit(exitCode);
    };
    QObject::connect(&controller, &SessionController::finished, &app, report, Qt::QueuedConnection);
    controller.start(parsed.spec);
    return app.exec();
}
