// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/scan.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <atomic>

namespace Inspector {

/**
 * A Scan on a thread of its own, for the window: the TLS handshakes, parsing and DNS of many
 * sessions at once never stall the thread that paints. Each domain's record (with its
 * transcript saved in `transcriptsDir`, if given, secrets redacted) and the summary come back
 * as signals, queued to the thread that made the worker; progress is read at any time.
 */
class ScanWorker : public QObject
{
    Q_OBJECT
public:
    ScanWorker(const ScanOptions &options, const QVector<ScanList::Domain> &domains,
               const QString &transcriptsDir, QObject *parent = nullptr);
    /// Ends the thread: the sessions still running are dropped.
    ~ScanWorker() override;

    void start();
    /// Scan::stop() and Scan::stopNow(), on the scan's thread.
    void stop();
    void stopNow();

    int done() const { return m_done.load(); }
    int running() const { return m_running.load(); }
    bool isStopping() const { return m_stopping.load(); }

Q_SIGNALS:
    /// One domain's record ("transcript" or "transcriptError" added when transcripts are kept).
    void domainFinished(const QJsonObject &record);
    void finished(const QJsonObject &summary);

private:
    void track();

    QThread m_thread;
    Scan *m_scan; // lives in m_thread, deleted when it ends
    QString m_transcripts;
    std::atomic<int> m_done{0};
    std::atomic<int> m_running{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace Inspector
