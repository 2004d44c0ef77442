// SPDX-License-Identifier: GPL-3.0-or-later
// `scan`: runs the domains of a list and prints their JSON lines as they finish.
#include "scanrun.h"

#include "run/controller.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace Inspector::Cli {

namespace {
int s_signalPipe[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalPipe[1], &byte, 1);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the program at once
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

int runScan(const Parsed &parsed, QTextStream &out, QTextStream &err)
{
    for (const ScanList::Skipped &s : parsed.scanList.skipped) {
        err << "xmpp-inspector-cli: " << parsed.scanSource << ':' << s.line << ": skipped '"
            << s.text << "': " << s.reason << Qt::endl;
        out << line(s.toJson());
    }
    out.flush();
    Scan scan(parsed.scan, parsed.scanList.domains);
    const bool terminal = isatty(STDERR_FILENO);
    QElapsedTimer sinceProgress;
    const auto progress = [&](bool force) {
        if (!terminal || (!force && sinceProgress.isValid() && sinceProgress.elapsed() < 200))
            return;
        sinceProgress.start();
        err << "\r\033[Kscan: " << scan.done() << " of " << scan.total() << " done, "
            << scan.running() << " running" << (scan.isStopping() ? " (stopping)" : "")
            << Qt::flush;
    };
    QObject::connect(&scan, &Scan::domainFinished, &scan,
                     [&](const QJsonObject &record, const SessionController *session) {
                         out << line(record) << Qt::flush;
                         if (!parsed.transcriptsDir.isEmpty()) {
                             const QString file = QDir(parsed.transcriptsDir)
                                                      .filePath(record.value(u"domain").toString() +
                                                                QStringLiteral(".xitrace"));
                             QString error;
                             if (!session->save(file, parsed.keepSecrets, &error))
                                 err << "\r\033[Kxmpp-inspector-cli: " << error << Qt::endl;
                         }
                         progress(false);
                     });
    QObject::connect(&scan, &Scan::finished, &scan, [&] {
        if (terminal)
            err << "\r\033[K" << Qt::flush;
        const QJsonObject summary = scan.summary();
        out << line(summary) << Qt::flush;
        const int exitCode = scan.isStopping() ? 130 : summary.value(u"failed").toInt() > 0 ? 1 : 0;
        QCoreApplication::exit(exitCode);
    });
    // Ctrl+C: no new domain; those running end within their timeout.
    std::unique_ptr<QSocketNotifier> interrupted;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) == 0) {
        interrupted = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupted.get(), &QSocketNotifier::activated, &scan, [&] {
            char byte;
            [[maybe_unused]] const ssize_t n = ::read(s_signalPipe[0], &byte, 1);
            if (terminal)
                err << "\r\033[K";
            err << "xmpp-inspector-cli: stopping: " << scan.running()
                << " running sessions end within their timeout; Ctrl+C again quits at once."
                << Qt::endl;
            scan.stop();
        });
        std::signal(SIGINT, onSigint);
    }
    scan.start();
    progress(true);
    const int exitCode = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    return exitCode;
}

} // namespace Inspector::Cli
