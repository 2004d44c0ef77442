// SPDX-License-Identifier: GPL-3.0-or-later
// The engine end to end (not a test: it prints figures).
//   bench_engine [MEGABYTES] [EVENTS]   (defaults 100 and 1000000)
// 1. Ingest: a peer on 127.0.0.1 writes MEGABYTES of stanzas as fast as the socket takes them;
//    this process reads them through the transport, the parser and into the event log.
// 2. Memory: EVENTS events held in one log (bytes per event beyond the raw bytes, peak RSS).
// 3. A text filter over those events, as the stream pane applies it.
// 4. Transcript write and read of about 100 MB.
#include "benchsupport.h"
#include "models/streamfiltermodel.h"
#include "models/streammodel.h"
#include "session/streamconnection.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <thread>

using namespace Inspector;
using namespace Inspector::Bench;

namespace {

void ingest(qsizetype megabytes)
{
    const QByteArray data = corpus(megabytes);
    EventLog log;
    const int id = log.addConnection(QStringLiteral("receiving"), QStringLiteral("bench"));
    StreamConnection connection(&log, id);
    int stanzas = 0;
    qint64 firstNs = -1;
    qint64 lastNs = 0;
    QElapsedTimer clock;
    clock.start();
    // Every stanza, with its tree or (as a live connection takes messages and presences) with
    // its start tag only.
    const auto count = [&](const ElementPtr &, const QByteArray &, qint64) {
        if (firstNs < 0)
            firstNs = clock.nsecsElapsed();
        ++stanzas;
        lastNs = clock.nsecsElapsed();
    };
    QObject::connect(connection.parser(), &StreamParser::elementReceived, &connection, count);
    QObject::connect(connection.parser(), &StreamParser::stanzaHeadReceived, &connection, count);
    bool closed = false;
    QObject::connect(&connection, &StreamConnection::transportClosed, &connection,
                     [&] { closed = true; });
    QObject::connect(&connection, &StreamConnection::parseFailed, &connection,
                     [&](const ParseError &e) {
                         std::printf("parse error: %s\n", qPrintable(e.message.english()));
                         closed = true;
                     });

    Bench::Acceptor server;
    const TlsOptions plain;
    server.onAccept = [&](qintptr handle) {
        connection.accept(handle, false, plain);
    };
    server.listen(QHostAddress::LocalHost, 0);
    const qint64 rssBefore = rssKb();
    std::thread peer(floodPeer, server.serverPort(), data);
    const qint64 startNs = clock.nsecsElapsed();
    while (!closed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    peer.join();
    const double seconds = double(lastNs - startNs) / 1e9;
    std::printf("ingest (loopback socket → parser → event log): %d stanzas, %.1f MB in %.2f s: "
                "%.0f stanzas/s, %.1f MB/s; %d events recorded; RSS +%.0f MB\n",
                stanzas, double(data.size()) / 1048576.0, seconds, stanzas / seconds,
                double(data.size()) / 1048576.0 / seconds, log.size(),
                double(rssKb() - rssBefore) / 1024.0);
}

void memoryFilterTranscript(int wanted)
{
    // About 330 bytes per stanza in the corpus.
    const QByteArray data = corpus(qMax<qsizetype>(1, qsizetype(wanted) * 330 / 1048576 + 1));
    const qint64 before = rssKb();
    const qint64 heapBefore = heapBytes();
    auto log = std::make_unique<EventLog>();
    int stanzas = 0;
    {
        const QByteArray trimmed = data; // the corpus stays alive for the parse only
        pipeline(trimmed, &stanzas, log.get());
    }
    if (log->size() > wanted)
        log->truncate(wanted);
    const qint64 after = rssKb();
    const qint64 heap = heapBytes() - heapBefore;
    qsizetype rawBytes = 0, trees = 0;
    for (int i = 0; i < log->size(); ++i) {
        rawBytes += log->at(i).raw.size();
        trees += log->holdsTree(i);
    }
    std::printf("memory: %d events (%lld holding their trees), raw bytes %.1f MB, heap in use "
                "+%.1f MB: %.0f bytes per event beyond the raw bytes; RSS +%.1f MB, peak RSS "
                "%.0f MB\n",
                log->size(), qlonglong(trees), double(rawBytes) / 1048576.0,
                double(heap) / 1048576.0, (double(heap) - double(rawBytes)) / qMax(1, log->size()),
                double(after - before) / 1024.0, double(peakRssKb()) / 1024.0);
    // An old stanza's tree, parsed again on demand (what the window shows when scrolled back).
    {
        QElapsedTimer t;
        t.start();
        int parsed = 0;
        for (int i = 1; i < log->size() && parsed < 10000; i += 97)
            parsed += log->element(i) != nullptr;
        std::printf("trees parsed again on demand: %d in %.1f ms (%.1f us each)\n", parsed,
                    double(t.nsecsElapsed()) / 1e6,
                    double(t.nsecsElapsed()) / 1e3 / qMax(1, parsed));
    }

    StreamModel model(log.get());
    StreamFilterModel filter(log.get());
    filter.setSourceModel(&model);
    for (const QString &text : {QStringLiteral("ping"), QStringLiteral("bob@b.example"),
                                QStringLiteral("no such text")}) {
        QElapsedTimer t;
        t.start();
        filter.setText(text);
        const int rows = filter.rowCount();
        std::printf("filter '%s' over %d events: %lld ms, %d rows\n", qPrintable(text), log->size(),
                    t.elapsed(), rows);
    }
    filter.setText(QString());

    // A transcript of about 100 MB: as many events as that takes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.xitrace"));
    EventLog part;
    qsizetype estimate = 0;
    for (int i = 0; i < log->size() && estimate < 100 * 1048576; ++i) {
        part.appendRecorded(log->at(i));
        estimate += log->at(i).raw.size() + 110;
    }
    // Three rounds, the fastest of each kept: on a shared machine noise only slows a run down.
    QString error;
    qint64 writeNs = -1, readNs = -1, bytesNs = -1, qtJsonNs = -1, summaryNs = -1;
    qint64 firstReadNs = -1; // into memory the process never used: every page a fresh fault
    const auto fastest = [](qint64 *best, qint64 ns) {
        *best = *best < 0 ? ns : qMin(*best, ns);
    };
    bool same = true;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        if (!Transcript::write(part, path, {}, &error)) {
            std::printf("transcript write failed: %s\n", qPrintable(error));
            return;
        }
        fastest(&writeNs, t.nsecsElapsed());
        {
            // (a) the file's bytes alone, read into memory.
            t.restart();
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            const QByteArray bytes = file.readAll();
            fastest(&bytesNs, t.nsecsElapsed());
            // (b) QJsonDocument line by line, building nothing else.
            t.restart();
            qsizetype objects = 0;
            for (qsizetype from = 0; from < bytes.size();) {
                qsizetype to = bytes.indexOf('\n', from);
                to = to < 0 ? bytes.size() : to;
                objects += QJsonDocument::fromJson(
                               QByteArray::fromRawData(bytes.constData() + from, to - from))
                               .isObject();
                from = to + 1;
            }
            fastest(&qtJsonNs, t.nsecsElapsed());
            same = same && objects == part.size() + 1;
        }
        auto back = std::make_unique<EventLog>();
        t.restart();
        const Transcript::ReadResult r = Transcript::read(path, back.get());
        fastest(&readNs, t.nsecsElapsed());
        if (round == 0)
            firstReadNs = t.nsecsElapsed();
        same = same && r.ok && r.events == part.size();
        t.restart();
        const SessionSummary summary = Summary::build(*back);
        fastest(&summaryNs, t.nsecsElapsed());
        t.restart();
        back.reset(); // freed outside the timed part
    }
    const qint64 size = QFileInfo(path).size();
    const double read = mbps(size, readNs);
    std::printf("transcript: %d events, %.1f MB (JSON kernel: %s)\n", part.size(),
                double(size) / 1048576.0, qPrintable(Transcript::jsonKernel()));
    std::printf("  write %.1f MB/s (%.2f s); read into a log ready for the panes %.1f MB/s "
                "(%.2f s; the first round, into memory never used before, %.1f MB/s), then the "
                "summary %.2f s%s\n",
                mbps(size, writeNs), double(writeNs) / 1e9, read, double(readNs) / 1e9,
                mbps(size, firstReadNs), double(summaryNs) / 1e9,
                same ? "" : " — READ BACK DIFFERS");
    std::printf("  same file: bytes alone %.1f MB/s, QJsonDocument line by line %.1f MB/s; "
                "read / bytes alone %.2f, read / QJsonDocument %.2f\n",
                mbps(size, bytesNs), mbps(size, qtJsonNs), read / mbps(size, bytesNs),
                read / mbps(size, qtJsonNs));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    const int events = argc > 2 ? QByteArray(argv[2]).toInt() : 1000000;
    ingest(megabytes);
    memoryFilterTranscript(events);
    return 0;
}
