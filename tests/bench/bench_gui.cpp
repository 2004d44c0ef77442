// SPDX-License-Identifier: GPL-3.0-or-later
// The window under load (not a test: it prints figures).
//   bench_gui [STANZAS]   (default 200000; QT_QPA_PLATFORM=offscreen or a display)
//   bench_gui --open MEGABYTES
// A peer on 127.0.0.1 writes STANZAS stanzas as fast as the socket takes them into a session
// shown in a session view (stream pane, sequence diagram, summary, features), and, in
// interleaved rounds, into a log no view shows (the engine alone). Printed: both ingest rates
// and their ratio (the window's until every row is in the stream pane), the longest stall of
// the GUI thread (a 1 ms timer's largest gap), where the GUI thread's time went, and memory.
// With --open, a transcript of about MEGABYTES is written in a temporary folder and opened in a
// shown session view: printed are the time until its first rows are in the stream pane, until
// it is read to the end with every row in place, the longest stall and the memory.
#include "benchsupport.h"
#include "guisupport.h"
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "session/streamconnection.h"
#include "sessionview.h"
#include "streampane.h"
#include "timelineview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
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

} // namespace

/// Shows the view and waits until it has been exposed and painted once, as a window is before
/// a session starts in it or a file is opened into it: its first paint (style, fonts) is not
/// what the figures measure.
void showPainted(QApplication &app, QWidget &view)
{
    struct PaintSeen : QObject
    {
        bool seen = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            seen = seen || event->type() == QEvent::Paint;
            return false;
        }
    } paint;
    view.installEventFilter(&paint);
    view.show();
    QElapsedTimer waited;
    waited.start();
    while (!paint.seen && waited.elapsed() < 5000)
        app.processEvents(QEventLoop::AllEvents, 50);
    view.removeEventFilter(&paint);
    for (int i = 0; i < 5; ++i)
        app.processEvents();
}

/// With every event shown: the filter typed and cleared, and the stream pane and the diagram
/// scrolled to the end and back, each timed with the longest stall of the event loop.
void measureBrowsing(TimedApplication &app, SessionView &view, StallMeter *stalls)
{
    auto *filter = view.streamPane()->findChild<QLineEdit *>(QStringLiteral("streamFilter"));
    const QAbstractItemModel *shown = view.streamPane()->findChild<QTableView *>()->model();
    for (const QString &text : {QStringLiteral("urn:xmpp:ping"), QString()}) {
        QElapsedTimer t;
        t.start();
        filter->setText(text);
        app.processEvents();
        const qint64 ms = t.elapsed();
        std::printf("filter '%s': %d rows in %lld ms\n", qPrintable(text), shown->rowCount(), ms);
    }
    const auto scroll = [&](QAbstractScrollArea *area, const char *what) {
        QScrollBar *bar = area->verticalScrollBar();
        for (const bool toEnd : {true, false}) {
            app.processEvents();
            stalls->reset();
            app.longestNs = 0;
            bar->setValue(toEnd ? bar->maximum() : 0);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 100)
                app.processEvents(QEventLoop::WaitForMoreEvents, 10);
            std::printf("%s scrolled to the %s: longest GUI-thread stall %.1f ms (%s)\n", what,
                        toEnd ? "end" : "start", double(stalls->longestGap) / 1e6,
                        app.longestWhat.constData());
        }
    };
    scroll(view.streamPane()->findChild<QTableView *>(), "stream pane");
    scroll(view.timeline(), "sequence diagram");
}

int openLarge(TimedApplication &app, qsizetype megabytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xitrace"));
    const qint64 events = writeLargeTranscript(path, megabytes);
    const double fileMb = double(QFileInfo(path).size()) / 1048576.0;
    std::printf("transcript of %.0f MB, %lld events\n", fileMb, events);
    SessionView view;
    view.resize(1400, 900);
    showPainted(app, view);
    QAbstractItemModel *rows = view.streamPane()->findChild<QTableView *>()->model();
    const qint64 anonBefore = statusKb("RssAnon");
    QElapsedTimer clock;
    clock.start();
    StallMeter stalls;
    qint64 firstRowsNs = -1;
    QObject::connect(rows, &QAbstractItemModel::rowsInserted, rows, [&] {
        if (firstRowsNs < 0)
            firstRowsNs = clock.nsecsElapsed();
    });
    app.longestNs = 0;
    QString error;
    SessionController::Opened opened = view.openTranscript(path, &error);
    // The first slice is read before the tab shows (openTranscript returns after it); what
    // follows is read in slices between repaints: its stalls are what a user scrolling sees.
    const qint64 openingGap =
        qMax(stalls.longestGap, stalls.clock.nsecsElapsed() - stalls.lastTick);
    stalls.reset();
    app.longestNs = 0;
    QObject::connect(&view, &SessionView::readingFinished, &view,
                     [&opened](SessionController::Opened how) { opened = how; });
    while (view.isReading() || rows->rowCount() < view.log()->size())
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 doneNs = clock.nsecsElapsed();
    stalls.longestGap = qMax(stalls.longestGap, stalls.clock.nsecsElapsed() - stalls.lastTick);
    qint64 raw = 0;
    for (const Event &e : view.fullLog()->events())
        raw += e.raw.size();
    const double anonMb = double(statusKb("RssAnon") - anonBefore) / 1024.0;
    std::printf("opened in a shown session view%s: first rows after %.2f s, every row after "
                "%.2f s (%.0f MB/s); %d rows; longest GUI-thread stall %.1f ms opening (the "
                "first slice), %.1f ms after it\n",
                opened == SessionController::Opened::Whole ? "" : " — NOT WHOLE",
                double(firstRowsNs) / 1e9, double(doneNs) / 1e9, fileMb / (double(doneNs) / 1e9),
                rows->rowCount(), double(openingGap) / 1e6, double(stalls.longestGap) / 1e6);
    std::printf("memory: RssAnon +%.0f MB, %.0f MB beyond the raw bytes (%.2f × the file); "
                "peak RSS %.0f MB\n",
                anonMb, anonMb - double(raw) / 1048576.0,
                (anonMb - double(raw) / 1048576.0) / fileMb, double(peakRssKb()) / 1024.0);
    std::printf("longest single event delivery after the first slice: %.1f ms (%s)\n",
                double(app.longestNs) / 1e6, app.longestWhat.constData());
    // The sequence diagram lays out the rows in slices after the stream pane has them.
    const TimelineView *diagram = view.timeline();
    const QAbstractItemModel *arrows = diagram->model();
    app.longestNs = 0;
    stalls.reset();
    while (diagram->sequenceLayout().rows().size() < arrows->rowCount())
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double anonAfterMb = double(statusKb("RssAnon") - anonBefore) / 1024.0;
    std::printf("sequence diagram: every row laid out %.2f s later; longest GUI-thread stall "
                "meanwhile %.1f ms (%s); RssAnon then +%.0f MB (%.2f × the file beyond the raw "
                "bytes)\n",
                double(clock.nsecsElapsed() - doneNs) / 1e9, double(stalls.longestGap) / 1e6,
                app.longestWhat.constData(), anonAfterMb,
                (anonAfterMb - double(raw) / 1048576.0) / fileMb);
    measureBrowsing(app, view, &stalls);
    return opened == SessionController::Opened::Whole ? 0 : 1;
}

/// What one flood of `data` measured.
struct Flood
{
    double seconds = 0;
    qint64 longestGapNs = 0;
    int rows = 0;
    qint64 rssGrowthKb = 0;
    qint64 longestEventNs = 0;
    QByteArray longestEvent;
    QHash<QByteArray, qint64> totalNs;
    QHash<QByteArray, int> counts;
};

/// Floods a connection recording into `log` with `data` from a peer on loopback; done when the
/// peer has closed and, with a `view`, every event is a row of its stream pane.
Flood flood(TimedApplication &app, const QByteArray &data, EventLog *log, SessionView *view)
{
    const int id = log->addConnection(QStringLiteral("receiving"), QStringLiteral("bench"));
    StreamConnection connection(log, id);
    const TlsOptions plain;
    Bench::Acceptor server;
    server.onAccept = [&](qintptr handle) {
        connection.accept(handle, false, plain);
    };
    server.listen(QHostAddress::LocalHost, 0);
    QAbstractItemModel *rows =
        view ? view->streamPane()->findChild<QTableView *>()->model() : nullptr;
    bool closed = false;
    QObject::connect(&connection, &StreamConnection::transportClosed, &connection,
                     [&] { closed = true; });
    const qint64 rssBefore = rssKb();
    StallMeter stalls;
    app.longestNs = 0;
    app.totalNs.clear();
    app.counts.clear();
    QElapsedTimer clock;
    clock.start();
    std::thread peer(floodPeer, server.serverPort(), data);
    while (!closed || (rows && rows->rowCount() < log->size()))
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    Flood result;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.longestGapNs = stalls.longestGap;
    result.rows = rows ? rows->rowCount() : log->size();
    result.rssGrowthKb = rssKb() - rssBefore;
    result.longestEventNs = app.longestNs;
    result.longestEvent = app.longestWhat;
    result.totalNs = app.totalNs;
    result.counts = app.counts;
    peer.join();
    return result;
}

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--open")
        return openLarge(app, QByteArray(argv[2]).toLongLong());
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    int count = 0;
    const QByteArray data = stanzas(wanted, &count);

    // The engine alone (the same connection recording into a log no view shows) and the window
    // in interleaved rounds, the fastest of each kept: noise on a shared machine only slows.
    Flood engine;
    Flood window;
    std::unique_ptr<SessionView> view;
    qint64 windowRssKb = 0; // from the first round, before any memory was freed for reuse
    for (int round = 0; round < 3; ++round) {
        {
            EventLog log;
            const Flood f = flood(app, data, &log, nullptr);
            if (round == 0 || f.seconds < engine.seconds)
                engine = f;
        }
        view = std::make_unique<SessionView>();
        view->resize(1400, 900);
        showPainted(app, *view);
        const Flood f = flood(app, data, view->log(), view.get());
        if (round == 0)
            windowRssKb = f.rssGrowthKb;
        if (round == 0 || f.seconds < window.seconds)
            window = f;
        if (round < 2)
            view.reset();
    }
    std::printf("engine alone: %d stanzas (%.1f MB) in %.2f s: %.0f stanzas/s\n", count,
                double(data.size()) / 1048576.0, engine.seconds, count / engine.seconds);
    std::printf(
        "GUI ingest: %d stanzas into a shown session view in %.2f s: %.0f stanzas/s, %.2f × the "
        "engine alone; %d rows; longest GUI-thread stall %.1f ms; RSS +%.0f MB, peak RSS %.0f "
        "MB\n",
        count, window.seconds, count / window.seconds, engine.seconds / window.seconds, window.rows,
        double(window.longestGapNs) / 1e6, double(windowRssKb) / 1024.0,
        double(peakRssKb()) / 1024.0);
    std::printf("longest single event delivery: %.1f ms (%s); the GUI thread's time went to:\n",
                double(window.longestEventNs) / 1e6, window.longestEvent.constData());
    app.totalNs = window.totalNs;
    app.counts = window.counts;
    app.printTotals(qint64(window.seconds * 1e9));
    // The sequence diagram lays out arrivals in slices after the stream pane: how long after
    // the stream pane's last row it holds every row too.
    const TimelineView *diagram = view->timeline();
    const QAbstractItemModel *arrows = diagram->model();
    StallMeter stalls;
    QElapsedTimer clock;
    clock.start();
    while (diagram->sequenceLayout().rows().size() < arrows->rowCount())
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("sequence diagram: every row laid out %.2f s later; longest GUI-thread stall "
                "meanwhile %.1f ms\n",
                double(clock.nsecsElapsed()) / 1e9, double(stalls.longestGap) / 1e6);
    return 0;
}
