// SPDX-License-Identifier: GPL-3.0-or-later
// xmpp-inspector-cli: the headless front end. Links the core only, so it runs on a server.
#include "clioptions.h"
#include "report.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Inspector;

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
    case Cli::Parsed::Command::S2s:
    case Cli::Parsed::Command::Listen:
    case Cli::Parsed::Command::Lab:
        break;
    }

    EventLog log;
    if (parsed.verbose) {
        QObject::connect(&log, &EventLog::eventAppended, &log, [&log, &err](int index) {
            err << Cli::renderEvent(log, index) << Qt::endl;
        });
    }
    const auto report = [&] {
        const QJsonObject summary = Summary::build(log);
        if (parsed.json)
            out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        else
            out << Cli::renderReport(summary);
        out.flush();
        QCoreApplication::exit(summary.value(QStringLiteral("exitCode")).toInt(1));
    };
    if (parsed.command == Cli::Parsed::Command::S2s) {
        auto *session = new S2sSession(&log, parsed.s2s, &app);
        QObject::connect(session, &S2sSession::finished, &app, report, Qt::QueuedConnection);
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
