// SPDX-License-Identifier: GPL-3.0-or-later
// A large transcript read back (not a test: it prints figures).
//   bench_transcript [MEGABYTES]   (default 1024)
// Writes a transcript of about MEGABYTES in a temporary folder (stanzas of the corpus's mix
// behind their stream header, recorded as a live session records them), then reads it into an
// event log in a fresh process's memory and prints the time, the throughput and the memory:
// RssAnon (what the process allocated) beside the raw bytes the log holds, RssFile and the peak.
#include "benchsupport.h"
#include "trace/transcript.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Inspector;
using namespace Inspector::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xitrace"));
    QElapsedTimer t;
    t.start();
    const qint64 events = writeLargeTranscript(path, megabytes);
    const qint64 size = QFileInfo(path).size();
    std::printf("transcript of %.0f MB, %lld events, written in %.2f s (JSON kernel: %s)\n",
                double(size) / 1048576.0, events, double(t.nsecsElapsed()) / 1e9,
                qPrintable(Transcript::jsonKernel()));
    const qint64 anonBefore = statusKb("RssAnon");
    t.restart();
    auto log = std::make_unique<EventLog>();
    const Transcript::ReadResult r = Transcript::read(path, log.get());
    const qint64 readNs = t.nsecsElapsed();
    qint64 raw = 0;
    for (const Event &e : log->events())
        raw += e.raw.size();
    const double anonMb = double(statusKb("RssAnon") - anonBefore) / 1024.0;
    std::printf("read: %.2f s, %.0f MB/s%s; %d events, raw bytes %.0f MB\n", double(readNs) / 1e9,
                mbps(size, readNs), r.ok ? "" : " — FAILED", log->size(), double(raw) / 1048576.0);
    std::printf("memory: RssAnon +%.0f MB, %.0f MB beyond the raw bytes (%.2f × the file); "
                "RssFile %.0f MB; peak RSS %.0f MB\n",
                anonMb, anonMb - double(raw) / 1048576.0,
                (anonMb - double(raw) / 1048576.0) / (double(size) / 1048576.0),
                double(statusKb("RssFile")) / 1024.0, double(peakRssKb()) / 1024.0);
    return r.ok ? 0 : 1;
}
