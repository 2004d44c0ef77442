// SPDX-License-Identifier: GPL-3.0-or-later
// Parse throughput and event-log memory, measured side by side in one run (not a test: it
// prints figures). Usage: bench_parser [MEGABYTES]   (default 100)
#include "trace/eventlog.h"
#include "xml/streamparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamReader>

#include <cstdio>
#include <expat.h>

using namespace Inspector;

namespace {
constexpr qsizetype Chunk = 64 * 1024;

/// A realistic mix, like the captured transcripts: messages, presences, iqs with payloads.
QByteArray corpus(qsizetype megabytes)
{
    const QByteArray header =
        "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
        "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
        "id='b2d644ed-014a-4165-b8a2-79d5badf611e' from='a.example' to='b.example' version='1.0'>";
    const QByteArray stanzas[] = {
        "<message from='alice@a.example/phone' to='bob@b.example' type='chat' id='m%1'>"
        "<body>Hello Bob, this is message number %1 with some text in it, \xc3\xa9t\xc3\xa9 \xe2\x82\xac.</body>"
        "<active xmlns='http://jabber.org/protocol/chatstates'/><request xmlns='urn:xmpp:receipts'/></message>",
        "<presence from='carol@a.example/laptop' to='dave@b.example'><show>away</show><status>Out "
        "for lunch</status><priority>5</priority><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
        "node='https://example.org' ver='NwK8xKP/VQHXi2XstvRlLUYsrRc='/></presence>",
        "<iq type='get' from='a.example' to='b.example' id='p%1'><ping xmlns='urn:xmpp:ping'/></iq>",
        "<iq type='result' to='a.example' from='b.example' id='d%1'><query "
        "xmlns='http://jabber.org/protocol/disco#info'><identity category='server' type='im' "
        "name='Prosody'/><feature var='urn:xmpp:ping'/><feature var='jabber:iq:version'/><feature "
        "var='http://jabber.org/protocol/disco#info'/></query></iq>",
    };
    QByteArray out = header;
    out.reserve(megabytes * 1024 * 1024 + 4096);
    int n = 0;
    while (out.size() < megabytes * 1024 * 1024) {
        QByteArray stanza = stanzas[n % 4];
        out += stanza.replace("%1", QByteArray::number(n));
        if (n % 50 == 0)
            out += ' '; // a keepalive now and then
        ++n;
    }
    return out;
}

double mbps(qsizetype bytes, qint64 ns)
{
    return double(bytes) / (1024.0 * 1024.0) / (double(ns) / 1e9);
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

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

qint64 pipeline(const QByteArray &data, int *stanzas, EventLog *log)
{
    StreamParser parser;
    int n = 0;
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&](const ElementPtr &e, const QByteArray &raw, qint64) {
                         ++n;
                         if (log) {
                             Event ev;
                             ev.kind = EventKind::Element;
                             ev.direction = Direction::Inbound;
                             ev.connection = 1;
                             ev.raw = raw;
                             ev.element = e;
                             log->append(std::move(ev));
                         }
                     });
    QElapsedTimer t;
    t.start();
    for (qsizetype off = 0; off < data.size(); off += Chunk)
        parser.feed(data.mid(off, Chunk));
    *stanzas = n;
    return t.nsecsElapsed();
}
} // namespace

int main(int argc, char **argv)
{
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    const QByteArray data = corpus(megabytes);
    std::printf("corpus: %.1f MB of stanzas, fed in 64 KiB chunks\n", double(data.size()) / 1048576.0);
    int qtCount = 0, expatCount = 0, stanzas = 0, stanzas2 = 0;
    const qint64 qtNs = bareQt(data, &qtCount);
    const qint64 expatNs = expat(data, &expatCount);
    const qint64 oursNs = pipeline(data, &stanzas, nullptr);
    std::printf("bare QXmlStreamReader tokenization : %8.1f MB/s (%d start tags)\n", mbps(data.size(), qtNs), qtCount);
    std::printf("libexpat with namespaces           : %8.1f MB/s (%d start tags)\n", mbps(data.size(), expatNs), expatCount);
    std::printf("StreamParser (trees + raw spans)   : %8.1f MB/s (%d stanzas, %.0f stanzas/s)\n",
                mbps(data.size(), oursNs), stanzas, stanzas / (double(oursNs) / 1e9));
    std::printf("ratio StreamParser / bare Qt       : %8.2f\n", double(qtNs) / double(oursNs));
    std::printf("ratio bare Qt / expat              : %8.2f\n", double(expatNs) / double(qtNs));

    // Memory: the whole pipeline into the event log, for about a million events.
    const QByteArray small = corpus(qMax<qsizetype>(1, megabytes * 1000000 / 600000 / 4 * 1));
    EventLog log;
    const qint64 before = rssKb();
    const qint64 logNs = pipeline(small, &stanzas2, &log);
    const qint64 after = rssKb();
    qsizetype rawBytes = 0;
    for (const Event &e : log.events())
        rawBytes += e.raw.size();
    std::printf("event log: %d events in %.0f ms (%.0f events/s); RSS +%.1f MB, raw bytes %.1f MB, "
                "%.0f bytes per event beyond the raw bytes\n",
                log.size(), double(logNs) / 1e6, log.size() / (double(logNs) / 1e9),
                double(after - before) / 1024.0, double(rawBytes) / 1048576.0,
                (double(after - before) * 1024.0 - double(rawBytes)) / qMax(1, log.size()));
    return 0;
}
