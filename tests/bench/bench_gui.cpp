// SPDX-License-Identifier: GPL-3.0-or-later
// The window under load (not a test: it prints figures).
//   bench_gui [STANZAS]   (default 200000; QT_QPA_PLATFORM=offscreen or a display)
// A peer on 127.0.0.1 writes STANZAS stanzas as fast as the socket takes them into a session
// shown in a session view (stream pane, sequence diagram, summary, features). Printed: the
// ingest rate until every row is in the stream pane, the longest stall of the GUI thread
// (a 1 ms timer's largest gap), and the peak RSS.
#include "benchsupport.h"
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "session/streamconnection.h"
#include "sessionview.h"
#include "streampane.h"
#include "timelineview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <thread>

using namespace Inspector;
using namespace Inspector::Bench;

namespace {

/// Exactly `count` stanzas of the corpus's mix behind one stream header.
QByteArray stanzas(int count, int *made)
{
    const QByteArray all = corpus(qMax<qsizetype>(1, qsizetype(count) * 330 / 1048576 + 2));
    StreamParser probe;
    int n = 0;
    qint64 end = 0;
    QObject::connect(&probe, &StreamParser::elementReceived, &probe,
                     [&](const ElementPtr &, const QByteArray &raw, qint64 offset) {
                         if (n < count)
                             end = offset + raw.size();
                         ++n;
                     });
    probe.feed(all);
    *made = qMin(n, count);
    return all.left(end);
}

/// Times every event delivered at the top level, to name what stalled the GUI thread longest.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        QByteArray what = QByteArray(receiver->metaObject()->className()) + " event " +
                          QByteArray::number(int(event->type()));
        if (!receiver->objectName().isEmpty())
            what += ' ' + receiver->objectName().toUtf8();
        else if (receiver->parent())
            what += QByteArray(" in ") + receiver->parent()->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        if (t.nsecsElapsed() > longestNs) {
            longestNs = t.nsecsElapsed();
            longestWhat = what;
        }
        return r;
    }
    qint64 longestNs = 0;
    QByteArray longestWhat;

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    int count = 0;
    const QByteArray data = stanzas(wanted, &count);

    SessionView view;
    view.resize(1400, 900);
    view.show();
    EventLog *log = view.log();
    const int id = log->addConnection(QStringLiteral("receiving"), QStringLiteral("bench"));
    StreamConnection connection(log, id);
    const TlsOptions plain;
    Bench::Acceptor server;
    server.onAccept = [&](qintptr handle) {
        connection.accept(handle, false, plain);
    };
    server.listen(QHostAddress::LocalHost, 0);

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        longestGap = qMax(longestGap, now - lastTick);
        lastTick = now;
    });

    QAbstractItemModel *rows = view.streamPane()->findChild<QTableView *>()->model();
    bool closed = false;
    QObject::connect(&connection, &StreamConnection::transportClosed, &connection,
                     [&] { closed = true; });
    const qint64 rssBefore = rssKb();
    clock.start();
    ticker.start();
    std::thread peer(floodPeer, server.serverPort(), data);
    // Done when the peer has closed and every recorded event is a row of the stream pane.
    while (!closed || rows->rowCount() < log->size())
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 doneNs = clock.nsecsElapsed();
    peer.join();
    const double seconds = double(doneNs) / 1e9;
    std::printf(
        "GUI ingest: %d stanzas (%.1f MB) into a shown session view in %.2f s: %.0f stanzas/s; "
        "%d rows; longest GUI-thread stall %.1f ms; RSS +%.0f MB, peak RSS %.0f MB\n",
        count, double(data.size()) / 1048576.0, seconds, count / seconds, rows->rowCount(),
        double(longestGap) / 1e6, double(rssKb() - rssBefore) / 1024.0,
        double(peakRssKb()) / 1024.0);
    std::printf("longest single event delivery: %.1f ms (%s)\n", double(app.longestNs) / 1e6,
                app.longestWhat.constData());
    // The sequence diagram lays out arrivals in slices after the stream pane: how long after
    // the stream pane's last row it holds every row too.
    const TimelineView *diagram = view.timeline();
    const QAbstractItemModel *arrows = diagram->model();
    app.longestNs = 0;
    longestGap = 0;
    while (diagram->sequenceLayout().rows().size() < arrows->rowCount())
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("sequence diagram: every row laid out %.2f s later; longest GUI-thread stall "
                "meanwhile %.1f ms\n",
                double(clock.nsecsElapsed() - doneNs) / 1e9, double(longestGap) / 1e6);
    return 0;
}
