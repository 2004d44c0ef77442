// SPDX-License-Identifier: GPL-3.0-or-later
// xmpp-inspector-cli: the headless front end. Links the core only, so it runs on a server.
#include "clioptions.h"
#include "diagnose/findings.h"
#include "net/dnslookup.h"
#include "render/exporters.h"
#include "render/report.h"
#include "session/c2ssession.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"
#include "trace/sessiondiff.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Inspector;

namespace {
/// show / export / diff: work on saved transcripts, no network.
int fileCommand(const Cli::Parsed &parsed, QTextStream &out, QTextStream &err)
{
    QVector<std::shared_ptr<EventLog>> logs;
    for (const QString &file : parsed.files) {
        auto log = std::make_shared<EventLog>();
        const Transcript::ReadResult r = Transcript::read(file, log.get());
        if (!r.ok) {
            err << "xmpp-inspector-cli: " << file << ": " << r.error << Qt::endl;
            // Show what was read before the bad line: nothing already read is lost.
            if (parsed.command != Cli::Parsed::Command::Show || log->size() == 0)
                return int(Outcome::UsageError);
        }
        logs.append(log);
    }
    switch (parsed.command) {
    case Cli::Parsed::Command::Show:
        out << QString::fromUtf8(Exporters::text(*logs.first(), parsed.keepSecrets));
        return 0;
    case Cli::Parsed::Command::Export: {
        Exporters::Format format = Exporters::Format::Html;
        Exporters::parseFormat(parsed.exportFormat, &format);
        QSaveFile file(parsed.exportTo);
        if (!file.open(QIODevice::WriteOnly)) {
            err << "xmpp-inspector-cli: cannot write " << parsed.exportTo << ": "
                << file.errorString() << Qt::endl;
            return int(Outcome::UsageError);
        }
        file.write(Exporters::render(*logs.first(), format, parsed.keepSecrets));
        if (!file.commit()) {
            err << "xmpp-inspector-cli: cannot write " << parsed.exportTo << ": "
                << file.errorString() << Qt::endl;
            return int(Outcome::UsageError);
        }
        return 0;
    }
    case Cli::Parsed::Command::Diff: {
        const QJsonArray d =
            SessionDiff::differences(Summary::build(*logs.at(0)), Summary::build(*logs.at(1)));
        if (parsed.json)
            out << QJsonDocument(d).toJson(QJsonDocument::Indented);
        else
            out << SessionDiff::toText(d);
        return d.isEmpty() ? 0 : 1;
    }
    default:
        return int(Outcome::UsageError);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xmpp-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));

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
    case Cli::Parsed::Command::Dns: {
        auto *lookup = new DnsLookup(parsed.dnsDomain, parsed.dnsClient, parsed.dns, &app);
        QObject::connect(
            lookup, &DnsLookup::finished, &app,
            [&](const QJsonObject &result) {
                QJsonObject o = result;
                o.insert(QStringLiteral("findings"),
                         Findings::fromSummary(QJsonObject{{QStringLiteral("dns"), result}}));
                if (parsed.json) {
                    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
                } else {
                    QJsonObject shown = o;
                    shown.remove(QStringLiteral("answers"));
                    out << Report::summaryText(QJsonObject{
                        {QStringLiteral("dns"), shown},
                        {QStringLiteral("findings"), o.value(QStringLiteral("findings"))},
                        {QStringLiteral("success"),
                         !o.value(QStringLiteral("candidates")).toArray().isEmpty()}});
                }
                out.flush();
                const bool usable = !o.value(QStringLiteral("candidates")).toArray().isEmpty();
                QCoreApplication::exit(usable ? 0 : int(Outcome::ProtocolFailure));
            },
            Qt::QueuedConnection);
        lookup->start();
        return app.exec();
    }
    case Cli::Parsed::Command::S2s:
    case Cli::Parsed::Command::C2s:
    case Cli::Parsed::Command::Listen:
    case Cli::Parsed::Command::Lab:
        break;
    }
    if (!parsed.warning.isEmpty())
        err << parsed.warning << Qt::endl;

    EventLog log;
    if (parsed.verbose) {
        const bool keepSecrets = parsed.keepSecrets;
        QObject::connect(&log, &EventLog::eventAppended, &log,
                         [&log, &err, keepSecrets](int index) {
                             err << Report::eventLine(log, index, keepSecrets) << Qt::endl;
                         });
    }
    const auto report = [&] {
        const QJsonObject summary = Summary::build(log);
        int exitCode = summary.value(QStringLiteral("exitCode")).toInt(1);
        if (!parsed.transcript.isEmpty()) {
            QString error;
            Transcript::WriteOptions options;
            options.keepSecrets = parsed.keepSecrets;
            if (!Transcript::write(log, parsed.transcript, options, &error)) {
                err << "xmpp-inspector-cli: " << error << Qt::endl;
                exitCode = exitCode ? exitCode : int(Outcome::UsageError);
            }
        }
        if (parsed.json)
            out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        else
            out << Report::summaryText(summary);
        out.flush();
        QCoreApplication::exit(exitCode);
    };
    if (parsed.command == Cli::Parsed::Command::S2s) {
        auto *session = new S2sSession(&log, parsed.s2s, &app);
        QObject::connect(session, &S2sSession::finished, &app, report, Qt::QueuedConnection);
        session->start();
    } else if (parsed.command == Cli::Parsed::Command::C2s) {
        auto *session = new C2sSession(&log, parsed.c2s, &app);
        QObject::connect(session, &C2sSession::finished, &app, report, Qt::QueuedConnection);
        session->start();
    } else if (parsed.command == Cli::Parsed::Command::Lab) {
        auto *session = new LabSession(&log, parsed.labVariant, &app);
        QObject::connect(session, &LabSession::finished, &app, report, Qt::QueuedConnection);
        session->start();
    } else {
        auto *session = new ListenSession(&log, parsed.listen, &app);
        QObject::connect(session, &ListenSession::finished, &app, report, Qt::QueuedConnection);
        session->start();
    }
    return app.exec();
}
