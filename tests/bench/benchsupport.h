// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: the corpus, the parse-to-event-log pipeline, memory readings.
#pragma once

#include "session/streamconnection.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"
#include "xml/streamparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>

#include <arpa/inet.h>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Inspector::Bench {

constexpr qsizetype Chunk = 64 * 1024;

/// A realistic mix, like the captured transcripts: messages, presences, iqs with payloads.
inline QByteArray corpus(qsizetype megabytes)
{
    const QByteArray header =
        "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
        "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
        "id='b2d644ed-014a-4165-b8a2-79d5badf611e' from='a.example' to='b.example' version='1.0'>";
    const QByteArray stanzas[] = {
        "<message from='alice@a.example/phone' to='bob@b.example' type='chat' id='m%1'>"
        "<body>Hello Bob, this is message number %1 with some text in it, \xc3\xa9t\xc3\xa9 "
        "\xe2\x82\xac.</body>"
        "<active xmlns='http://jabber.org/protocol/chatstates'/><request "
        "xmlns='urn:xmpp:receipts'/></message>",
        "<presence from='carol@a.example/laptop' to='dave@b.example'><show>away</show><status>Out "
        "for lunch</status><priority>5</priority><c xmlns='http://jabber.org/protocol/caps' "
        "hash='sha-1' "
        "node='https://example.org' ver='NwK8xKP/VQHXi2XstvRlLUYsrRc='/></presence>",
        "<iq type='get' from='a.example' to='b.example' id='p%1'><ping "
        "xmlns='urn:xmpp:ping'/></iq>",
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

inline double mbps(qsizetype bytes, qint64 ns)
{
    return double(bytes) / (1024.0 * 1024.0) / (double(ns) / 1e9);
}

/// A line of /proc/self/status in KiB: "VmRSS" (resident now) or "VmHWM" (peak so far).
inline qint64 statusKb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
inline qint64 rssKb()
{
    return statusKb("VmRSS");
}
/// Bytes the allocator has handed out and not had back: what the data held costs, unlike RSS,
/// which freed pages that stay mapped (and are reused) blur.
inline qint64 heapBytes()
{
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
}
inline qint64 peakRssKb()
{
    return statusKb("VmHWM");
}

/// Bytes → StreamParser → (optionally) the event log, fed in 64 KiB chunks like a socket.
/// `everyTree`: every stanza gets its tree; otherwise the trees a live connection builds
/// (StreamConnection::needsTree(), no request of ours awaiting a reply).
inline qint64 pipeline(const QByteArray &data, int *stanzas, EventLog *log, bool everyTree = false)
{
    StreamParser parser;
    const EventLog noRequests;
    if (!everyTree)
        parser.setTreeFilter(
            [&](const Element &head) { return StreamConnection::needsTree(head, noRequests); });
    int n = 0;
    // As a live connection records them: the header (whose namespaces an old stanza is parsed
    // in again), every element and keepalive.
    const auto record = [log](EventKind kind, const QByteArray &raw, const ElementPtr &element) {
        Event ev;
        ev.kind = kind;
        ev.direction = Direction::Inbound;
        ev.connection = 1;
        ev.raw = raw;
        ev.element = element;
        log->append(std::move(ev));
    };
    if (log) {
        QObject::connect(&parser, &StreamParser::streamOpened, &parser,
                         [&](const StreamHeader &, const QByteArray &raw, qint64) {
                             record(EventKind::StreamHeader, raw, {});
                         });
        QObject::connect(
            &parser, &StreamParser::whitespaceReceived, &parser,
            [&](const QByteArray &raw, qint64) { record(EventKind::Whitespace, raw, {}); });
    }
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&](const ElementPtr &e, const QByteArray &raw, qint64) {
                         ++n;
                         if (log)
                             record(EventKind::Element, raw, e);
                     });
    QObject::connect(&parser, &StreamParser::stanzaHeadReceived, &parser,
                     [&](const ElementPtr &, const QByteArray &raw, qint64) {
                         ++n;
                         if (log)
                             record(EventKind::Element, raw, {}); // parsed again when shown
                     });
    QElapsedTimer t;
    t.start();
    for (qsizetype off = 0; off < data.size(); off += Chunk)
        parser.feed(data.mid(off, Chunk));
    *stanzas = n;
    return t.nsecsElapsed();
}

/// The peer: plain blocking writes on its own thread, so the engine's event loop only reads.
inline void floodPeer(quint16 port, const QByteArray &data)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::perror("connect");
        ::close(fd);
        return;
    }
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n =
            ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += n;
    }
    ::shutdown(fd, SHUT_WR);
    char sink[256];
    while (::recv(fd, sink, sizeof sink, 0) > 0) {
    }
    ::close(fd);
}

/// Hands each accepted socket to a function (a StreamConnection takes it over).
class Acceptor : public QTcpServer
{
public:
    std::function<void(qintptr)> onAccept;

protected:
    void incomingConnection(qintptr handle) override { onAccept(handle); }
};

/// A transcript of about `megabytes` (stanzas of the corpus's mix behind their stream header,
/// recorded as a live session records them), written line by line: the log behind it never has
/// to fit in memory. Returns the number of events, or -1.
inline qint64 writeLargeTranscript(const QString &path, qsizetype megabytes)
{
    EventLog sample;
    int stanzas = 0;
    pipeline(corpus(8), &stanzas, &sample);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    const Transcript::WriteOptions options;
    file.write(Transcript::headerLine(sample, options));
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    qint64 index = 0;
    QByteArray block;
    // The header first, then the stanzas again and again, their times moving on.
    for (int round = 0; file.size() + block.size() < target; ++round) {
        for (int i = round == 0 ? 0 : 1; i < sample.size(); ++i) {
            Event e = sample.at(i);
            e.monotonicNs += qint64(round) * 1000000000;
            block += Transcript::eventLine(e, int(index++), options);
            if (block.size() >= 4 * 1024 * 1024) {
                file.write(block);
                block.clear();
                if (file.size() >= target)
                    break;
            }
        }
    }
    file.write(block);
    return index;
}

} // namespace Inspector::Bench
