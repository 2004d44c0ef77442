// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanworker.h"

#include "run/controller.h"
#include "trace/transcript.h"

#include <QDir>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Inspector {

namespace {
/// A few steps nicer than the rest of the process (Linux: a thread has a nice value of its
/// own). Elsewhere, or when refused, the thread keeps its priority.
void lowerThisThread()
{
#ifdef Q_OS_LINUX
    const pid_t tid = gettid();
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, id_t(tid));
    if (errno == 0)
        setpriority(PRIO_PROCESS, id_t(tid), qMin(19, now + 5));
#endif
}
} // namespace

ScanWorker::ScanWorker(const ScanOptions &options, const QVector<ScanList::Domain> &domains,
                       const QString &transcriptsDir, QObject *parent)
    : QObject(parent)
    , m_scan(new Scan(options, domains))
    , m_transcripts(transcriptsDir)
{
    m_thread.setObjectName(QStringLiteral("scan"));
    // The scan's own context: these run on its thread, and their signals are queued here.
    connect(m_scan, &Scan::domainFinished, m_scan,
            [this](QJsonObject record, const SessionController *session) {
                if (!m_transcripts.isEmpty()) {
                    const QString file = QDir(m_transcripts)
                                             .filePath(record.value(u"domain").toString() +
                                                       QLatin1Char('.') + Transcript::Extension);
                    QString error;
                    if (session->save(file, false, &error))
                        record.insert(QStringLiteral("transcript"), file);
                    else
                        record.insert(QStringLiteral("transcriptError"), error);
                }
                track();
                Q_EMIT domainFinished(record);
            });
    // How many run changes when a session starts, too: read now and then on the scan's thread.
    auto *ticker = new QTimer(m_scan);
    connect(m_scan, &Scan::finished, m_scan, [this, ticker] {
        track();
        m_running = 0;
        Q_EMIT finished(m_scan->summary());
        // Done: nothing to track (the scan let its resolver go). The thread stays, idle, so
        // that stop() never reaches a scan that is gone.
        ticker->stop();
    });
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, m_scan, [this] { track(); });
    connect(&m_thread, &QThread::finished, m_scan, &QObject::deleteLater);
    m_scan->moveToThread(&m_thread);
    m_thread.start();
    // Below the window's thread: it stays responsive when the machine is busy with the scan.
    QMetaObject::invokeMethod(
        m_scan, [] { lowerThisThread(); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(ticker, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

ScanWorker::~ScanWorker()
{
    // The scan (and its sessions) go with its thread's last events.
    m_scan->disconnect();
    m_thread.quit();
    m_thread.wait();
}

void ScanWorker::track()
{
    m_done = m_scan->done();
    m_running = m_scan->running();
    if (m_scan->isStopping())
        m_stopping = true; // never back: stop() said so before the scan's thread knew
}

void ScanWorker::start()
{
    QMetaObject::invokeMethod(m_scan, &Scan::start, Qt::QueuedConnection);
}

void ScanWorker::stop()
{
    m_stopping = true;
    QMetaObject::invokeMethod(m_scan, &Scan::stop, Qt::QueuedConnection);
}

void ScanWorker::stopNow()
{
    m_stopping = true;
    QMetaObject::invokeMethod(m_scan, &Scan::stopNow, Qt::QueuedConnection);
}

} // namespace Inspector
