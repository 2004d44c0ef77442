// SPDX-License-Identifier: GPL-3.0-or-later
// Parse throughput and event-log memory, measured side by side in one run (not a test: it
// prints figures). Usage: bench_parser [MEGABYTES]   (default 100)
#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamReader>

#include <cstdio>
#include <expat.h>
#include <limits>

using namespace Inspector;

namespace {
using namespace Inspector::Bench;

qint64 bareQt(const QByteArray &data, int *elements)
{
    QElapsedTimer t;
    t.start();
    QXmlStreamReader r;
    r.setNamespaceProcessing(true);
    int starts = 0;
    for (qsizetype off = 0; off < data.size(); off += Chunk) {
        r.addData(data.mid(off, Chunk));
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement)
                ++starts;
            if (r.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                break;
        }
    }
    *elements = starts;
    return t.nsecsElapsed();
}

void XMLCALL expatStart(void *count, const XML_Char *, const XML_Char **)
{
    ++*static_cast<int *>(count);
}

qint64 expat(const QByteArray &data, int *elements)
{
    QElapsedTimer t;
    t.start();
    XML_Parser p = XML_ParserCreateNS("UTF-8", '|');
    int starts = 0;
    XML_SetUserData(p, &starts);
    XML_SetStartElementHandler(p, expatStart);
    for (qsizetype off = 0; off < data.size(); off += Chunk) {
        const qsizetype n = qMin(Chunk, data.size() - off);
        XML_Parse(p, data.constData() + off, int(n), 0);
    }
    XML_ParserFree(p);
    *elements = starts;
    return t.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    const QByteArray data = corpus(megabytes);
    std::printf("corpus: %.1f MB of stanzas, fed in 64 KiB chunks\n",
                double(data.size()) / 1048576.0);
    if (qEnvironmentVariable("BENCH_PARSER_ONLY") == QLatin1String("ours")) {
        // For a profiler: the StreamParser pass alone, three times.
        int n = 0;
        for (int i = 0; i < 3; ++i) {
            const qint64 ns = pipeline(data, &n, nullptr);
            std::printf("StreamParser: %.1f MB/s (%d stanzas)\n", mbps(data.size(), ns), n);
        }
        return 0;
    }
    if (qEnvironmentVariable("BENCH_PARSER_ONLY") == QLatin1String("qt")) {
        // The same for bare tokenization, to set a profile of ours against.
        int n = 0;
        for (int i = 0; i < 3; ++i)
            std::printf("bare QXmlStreamReader: %.1f MB/s\n", mbps(data.size(), bareQt(data, &n)));
        return 0;
    }
    int qtCount = 0, expatCount = 0, stanzas = 0, stanzas2 = 0;
    // Interleaved rounds, the fastest of each kept: a shared machine's noise (other guests,
    // frequency changes) only ever makes a run slower, and hits all three alike this way.
    constexpr int Rounds = 3;
    qint64 qtNs = std::numeric_limits<qint64>::max(), expatNs = qtNs, oursNs = qtNs, treesNs = qtNs;
    for (int round = 0; round < Rounds; ++round) {
        qtNs = qMin(qtNs, bareQt(data, &qtCount));
        expatNs = qMin(expatNs, expat(data, &expatCount));
        oursNs = qMin(oursNs, pipeline(data, &stanzas, nullptr));
        treesNs = qMin(treesNs, pipeline(data, &stanzas, nullptr, true));
    }
    std::printf("fastest of %d interleaved rounds each:\n", Rounds);
    std::printf("bare QXmlStreamReader tokenization : %8.1f MB/s (%d start tags)\n",
                mbps(data.size(), qtNs), qtCount);
    std::printf("libexpat with namespaces           : %8.1f MB/s (%d start tags)\n",
                mbps(data.size(), expatNs), expatCount);
    std::printf("StreamParser (raw spans, the trees a live connection builds): %8.1f MB/s (%d "
                "stanzas, %.0f stanzas/s)\n",
                mbps(data.size(), oursNs), stanzas, stanzas / (double(oursNs) / 1e9));
    std::printf("StreamParser (raw spans, every stanza's tree)               : %8.1f MB/s\n",
                mbps(data.size(), treesNs));
    std::printf("ratio StreamParser / bare Qt       : %8.2f (every tree: %.2f)\n",
                double(qtNs) / double(oursNs), double(qtNs) / double(treesNs));
    std::printf("ratio bare Qt / expat              : %8.2f\n", double(expatNs) / double(qtNs));

    // Memory: the whole pipeline into the event log, for about a million events.
    const QByteArray small = corpus(qMax<qsizetype>(1, megabytes * 1000000 / 600000 / 4 * 1));
    EventLog log;
    const qint64 before = heapBytes();
    const qint64 logNs = pipeline(small, &stanzas2, &log);
    const qint64 after = heapBytes();
    qsizetype rawBytes = 0;
    for (const Event &e : log.events())
        rawBytes += e.raw.size();
    std::printf("event log: %d events in %.0f ms (%.0f events/s); heap in use +%.1f MB, raw bytes "
                "%.1f MB, %.0f bytes per event beyond the raw bytes\n",
                log.size(), double(logNs) / 1e6, log.size() / (double(logNs) / 1e9),
                double(after - before) / 1048576.0, double(rawBytes) / 1048576.0,
                (double(after - before) - double(rawBytes)) / qMax(1, log.size()));
    return 0;
}
