// SPDX-License-Identifier: GPL-3.0-or-later
// `scan`: runs the domains of a list and prints their JSON lines as they finish.
#include "scanrun.h"

#include "render/scanreport.h"
#include "run/controller.h"
#include "trace/scanresult.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace Inspector::Cli {

namespace {
int s_signalPipe[2] = {-1, -1};
volatile sig_atomic_t s_signals = 0;
struct sigaction s_oldInt, s_oldTerm;

/// Ctrl+C or SIGTERM: told to the event loop through a socket; the third one ends the program.
void onSignal(int number)
{
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t n = ::write(s_signalPipe[1], &byte, 1);
    if (++s_signals >= 2) {
        ::sigaction(SIGINT, &s_oldInt, nullptr);
        ::sigaction(SIGTERM, &s_oldTerm, nullptr);
    }
    errno = saved;
}

/// The report in one piece (QSaveFile): an earlier report of that name stays until it is whole.
bool writeReport(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    err << "xmpp-inspector-cli: --html '" << path
        << "' could not be written: " << file.errorString() << Qt::endl;
    return false;
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

/// The first Ctrl+C (or SIGTERM) starts no new domain, the second stops the running sessions
/// (each still gives its record), the third ends the program. Not installed where SIGINT is
/// ignored (a background job): such a scan is not interrupted from the keyboard.
class Interruption
{
public:
    Interruption(Scan *scan, QTextStream &err, bool terminal)
    {
        struct sigaction current;
        ::sigaction(SIGINT, nullptr, &current);
        if (current.sa_handler == SIG_IGN ||
            ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, scan, [=, &err] {
            char byte;
            if (::read(s_signalPipe[0], &byte, 1) != 1)
                return;
            if (terminal)
                err << "\r\033[K";
            if (!scan->isStopping()) {
                scan->stop();
                err << "xmpp-inspector-cli: stopping: no new domain; " << scan->running()
                    << " running end within their timeouts (Ctrl+C again stops them)." << Qt::endl;
            } else {
                scan->stopNow();
                err << "xmpp-inspector-cli: stopping the running sessions (Ctrl+C again "
                       "quits at once)."
                    << Qt::endl;
            }
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &s_oldInt);
        ::sigaction(SIGTERM, &action, &s_oldTerm);
        m_installed = true;
    }
    ~Interruption()
    {
        if (!m_installed)
            return;
        ::sigaction(SIGINT, &s_oldInt, nullptr);
        ::sigaction(SIGTERM, &s_oldTerm, nullptr);
        m_notifier.reset();
        ::close(s_signalPipe[0]);
        ::close(s_signalPipe[1]);
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};
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
    // The progress line only where it cannot mix with the JSON lines.
    const bool terminal = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
    QElapsedTimer sinceProgress;
    const auto progress = [&](bool force) {
        if (!terminal || (!force && sinceProgress.isValid() && sinceProgress.elapsed() < 200))
            return;
        sinceProgress.start();
        err << "\r\033[Kscan: " << scan.done() << " of " << scan.total() << " done, "
            << scan.running() << " in progress" << (scan.isStopping() ? " (stopping)" : "")
            << Qt::flush;
    };
    int unsaved = 0;
    ScanResult result; // for --html: what is kept of each domain is its record
    result.skipped.reserve(parsed.scanList.skipped.size());
    for (const ScanList::Skipped &s : parsed.scanList.skipped)
        result.skipped.append(s.toJson());
    QObject::connect(&scan, &Scan::domainFinished, &scan,
                     [&](QJsonObject record, const SessionController *session) {
                         if (!parsed.transcriptsDir.isEmpty()) {
                             const QString file = QDir(parsed.transcriptsDir)
                                                      .filePath(record.value(u"domain").toString() +
                                                                QStringLiteral(".xitrace"));
                             QString error;
                             if (session->save(file, parsed.keepSecrets, &error)) {
                                 record.insert(QStringLiteral("transcript"), file);
                             } else {
                                 ++unsaved;
                                 record.insert(QStringLiteral("transcriptError"), error);
                                 if (terminal)
                                     err << "\r\033[K";
                                 err << "xmpp-inspector-cli: " << error << Qt::endl;
                             }
                         }
                         out << line(record) << Qt::flush;
                         if (!parsed.htmlReport.isEmpty())
                             result.domains.append(record);
                         progress(false);
                     });
    QObject::connect(&scan, &Scan::finished, &scan, [&] {
        if (terminal)
            err << "\r\033[K" << Qt::flush;
        QJsonObject summary = scan.summary();
        if (!parsed.transcriptsDir.isEmpty())
            summary.insert(QStringLiteral("transcriptsNotSaved"), unsaved);
        out << line(summary) << Qt::flush;
        bool reportWritten = true;
        if (!parsed.htmlReport.isEmpty()) {
            result.summary = summary;
            reportWritten = writeReport(parsed.htmlReport, ScanReport::html(result), err);
        }
        const bool failed = summary.value(u"failed").toInt() > 0 || unsaved > 0 || !reportWritten;
        QCoreApplication::exit(scan.isStopping() ? 130 : failed ? 1 : 0);
    });
    const Interruption interruption(&scan, err, terminal);
    scan.start();
    progress(true);
    return QCoreApplication::exec();
}

} // namespace Inspector::Cli
