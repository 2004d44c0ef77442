// SPDX-License-Identifier: GPL-3.0-or-later
// What the hostile-peer tests share: scripted stream openings, the session and listener
// options they run with, and checks on what the event log kept (every byte up to the fault,
// a bound on what is stored).
#pragma once

#include "clirunner.h"
#include "render/report.h"
#include "scriptedpeer.h"
#include "session/listensession.h"
#include "session/s2slistener.h"
#include "session/s2ssession.h"
#include "session/streamconnection.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "xml/streamparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

namespace Hostile {

// How long after its timeout (or after an immediate fault) a session may take to end: closing
// TCP after our stream error is immediate on loopback, this is room for a loaded machine.
constexpr int MarginMs = 1500;
constexpr int TimeoutMs = 1000;
constexpr int ProcessStartMs = 1000; // for the CLI: a process to start, libraries to load
// What the event log of one session may hold (storedBytes()): a session that ends on a fault
// of the parser holds what it received up to the fault, at most one stanza or header limit
// (512 KiB) plus one reader slice (64 KiB) plus one socket read (1 MiB), and a few KiB of
// events besides; any other session here holds a few KiB.
constexpr qint64 FaultLogBound = 2 * 1024 * 1024;
constexpr qint64 SmallLogBound = 64 * 1024;

inline const QByteArray XmlDeclaration = "<?xml version='1.0'?>";
inline const QByteArray PeerStreamTag =
    "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h1' "
    "from='peer.localhost' to='inspector.test' version='1.0' xml:lang='en' "
    "xmlns='jabber:server' xmlns:db='jabber:server:dialback'>";
inline const QByteArray PeerHeader = XmlDeclaration + PeerStreamTag;
inline const QByteArray PeerHeaderAfterTls =
    "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
    "id='h2' from='peer.localhost' to='inspector.test' version='1.0' xml:lang='en' "
    "xmlns='jabber:server' xmlns:db='jabber:server:dialback'>";
// What a remote server sends when it connects to one of our listening roles.
inline const QByteArray InitiatorStreamTag =
    "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' from='peer.localhost' "
    "to='inspector.test' version='1.0' xmlns='jabber:server' "
    "xmlns:db='jabber:server:dialback'>";
inline const QByteArray InitiatorHeader = XmlDeclaration + InitiatorStreamTag;
inline const QByteArray FeaturesStarttls =
    "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
    "<dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";
inline const QByteArray FeaturesDialback =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "</stream:features>";
inline const QByteArray Proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
inline const QByteArray ClientHello("\x16\x03", 2); // a TLS handshake record starts so
inline const QByteArray Close = "</stream:stream>";
inline const QByteArray ValidVerdict =
    "<db:result type='valid' from='peer.localhost' to='inspector.test'/>";

/// What the peer does to the command-line tool.
enum class CliCase { Malformed, BillionLaughs, EndlessElement, Slowloris, TlsStall };

/// Where in the session a hostile payload is sent.
enum class Path {
    Header,           // instead of the peer's stream header
    BeforeFeatures,   // after the header, where the features belong
    StarttlsAnswer,   // as the answer to our <starttls/>
    TlsRestartHeader, // instead of the header of the stream restarted over TLS
    AfterTlsHeader,   // after that header, where the features after TLS belong
    DialbackAnswer,   // as the answer to our <db:result/>
};

inline QString phaseFor(Path p)
{
    switch (p) {
    case Path::Header:
        return QStringLiteral("stream_opened");
    case Path::BeforeFeatures:
    case Path::AfterTlsHeader:
        return QStringLiteral("header_received");
    case Path::StarttlsAnswer:
        return QStringLiteral("starttls_sent");
    case Path::TlsRestartHeader:
        return QStringLiteral("stream_restarted");
    case Path::DialbackAnswer:
        return QStringLiteral("dialback_sent");
    }
    return {};
}

inline bool usesTls(Path p)
{
    return p == Path::TlsRestartHeader || p == Path::AfterTlsHeader;
}

/// Plays the session up to `path`, then sends `payload` there.
inline void scriptTo(ScriptedPeer &peer, Path path, const QByteArray &payload)
{
    peer.expect("<stream:stream");
    switch (path) {
    case Path::Header:
        peer.send(payload);
        break;
    case Path::BeforeFeatures:
        peer.send(PeerHeader + payload);
        break;
    case Path::StarttlsAnswer:
        peer.send(PeerHeader + FeaturesStarttls).expect("<starttls").send(payload);
        break;
    case Path::TlsRestartHeader:
        peer.send(PeerHeader + FeaturesStarttls)
            .expect("<starttls")
            .send(Proceed)
            .startTls()
            .expect("<stream:stream")
            .send(payload);
        break;
    case Path::AfterTlsHeader:
        peer.send(PeerHeader + FeaturesStarttls)
            .expect("<starttls")
            .send(Proceed)
            .startTls()
            .expect("<stream:stream")
            .send(PeerHeaderAfterTls + payload);
        break;
    case Path::DialbackAnswer:
        peer.send(PeerHeader + FeaturesDialback).expect("</db:result>").send(payload);
        break;
    }
}

inline void giveIdentity(ScriptedPeer &peer)
{
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
}

inline S2sOptions optionsFor(quint16 port, int timeoutMs = TimeoutMs)
{
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.timeoutMs = timeoutMs;
    o.extraCa = QSslCertificate::fromPath(ScriptedPeer::certsDir() + QStringLiteral("/ca.crt"));
    return o;
}

inline void useDialback(S2sOptions &o)
{
    o.auth = S2sOptions::Auth::Dialback;
    o.dialbackSecret = QByteArrayLiteral("a secret only this test knows");
}

/// The receiving role on 127.0.0.1, any free port, for longer than any test here.
inline ListenOptions listenOptions(int timeoutMs = TimeoutMs)
{
    ListenOptions o;
    o.domain = QStringLiteral("inspector.test");
    o.bind = HostPort{QStringLiteral("127.0.0.1"), 0};
    o.durationMs = 30000;
    o.timeoutMs = timeoutMs;
    return o;
}

/// Resident memory of this process (Linux), to see that what a peer sends is not held.
class MemoryWatch
{
public:
    MemoryWatch()
    {
        // "5" resets the peak (VmHWM) to the current size (Linux ≥ 4.0).
        QFile reset(QStringLiteral("/proc/self/clear_refs"));
        m_peakReset = reset.open(QIODevice::WriteOnly) && reset.write("5") == 1;
        reset.close();
        m_baseKiB = field("VmRSS:");
    }
    /// Growth since construction, in KiB: of the peak where it could be reset, else of the
    /// current size.
    qint64 growthKiB() const { return field(m_peakReset ? "VmHWM:" : "VmRSS:") - m_baseKiB; }

private:
    static qint64 field(const char *name)
    {
        QFile f(QStringLiteral("/proc/self/status"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith(name))
                return line.mid(qstrlen(name)).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }
    qint64 m_baseKiB = 0;
    bool m_peakReset = false;
};

/// Everything inbound recorded on `connection`, in order, as it came off the wire.
inline QByteArray inboundRaw(const EventLog &log, int connection)
{
    QByteArray out;
    for (const Event &e : log.events()) {
        if (e.connection == connection && e.direction == Direction::Inbound)
            out += e.raw;
    }
    return out;
}

inline QByteArray outboundRaw(const EventLog &log, int connection)
{
    QByteArray out;
    for (const Event &e : log.events()) {
        if (e.connection == connection && e.direction == Direction::Outbound)
            out += e.raw;
    }
    return out;
}

/// What the log holds, as a transcript would store it: raw bytes plus the JSON of each event.
inline qint64 storedBytes(const EventLog &log)
{
    qint64 n = 0;
    for (const Event &e : log.events())
        n += e.raw.size() + QJsonDocument(EventJson::data(e)).toJson(QJsonDocument::Compact).size();
    return n;
}

inline int countInbound(const EventLog &log, int connection, EventKind kind)
{
    int n = 0;
    for (const Event &e : log.events())
        n += (e.connection == connection && e.direction == Direction::Inbound && e.kind == kind);
    return n;
}

/// The byte offset of the parser's fault on `connection` (its Error event), or -1.
inline qint64 faultOffset(const EventLog &log, int connection)
{
    for (const Event &e : log.events()) {
        if (e.connection == connection && e.kind == EventKind::Error &&
            e.direction == Direction::Inbound &&
            EventJson::data(e).contains(QStringLiteral("offset")))
            return qint64(EventJson::data(e).value(QStringLiteral("offset")).toDouble());
    }
    return -1;
}

inline bool hasNote(const EventLog &log, const QString &text)
{
    for (const Event &e : log.events()) {
        if (e.kind == EventKind::Note &&
            EventJson::data(e).value(QStringLiteral("text")).toString().contains(text))
            return true;
    }
    return false;
}

inline int countNotes(const EventLog &log, const QString &text)
{
    int n = 0;
    for (const Event &e : log.events()) {
        n += e.kind == EventKind::Note &&
             EventJson::data(e).value(QStringLiteral("text")).toString().contains(text);
    }
    return n;
}

/// Memory stays bounded: what the log holds stays under `bound`.
inline void checkBounded(const EventLog &log, qint64 bound)
{
    const qint64 n = storedBytes(log);
    QVERIFY2(n < bound,
             qPrintable(QStringLiteral("the log holds %1 bytes, more than %2").arg(n).arg(bound)));
}

inline QString describe(const QJsonObject &summary)
{
    return QStringLiteral("%1 [%2 in %3]")
        .arg(summary.value(QStringLiteral("error")).toString(),
             summary.value(QStringLiteral("errorCode")).toString(),
             summary.value(QStringLiteral("failedPhase")).toString());
}

/// What a session that failed shows: its exit status, error code, the phase it failed in, and
/// one sentence that names the cause (`words` is part of it).
inline void checkFailure(const QJsonObject &summary, int exitCode, const QString &code,
                         const QString &phase, const QString &words)
{
    QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), exitCode);
    QCOMPARE(summary.value(QStringLiteral("errorCode")).toString(), code);
    QCOMPARE(summary.value(QStringLiteral("failedPhase")).toString(), phase);
    QVERIFY2(summary.value(QStringLiteral("error")).toString().contains(words),
             qPrintable(describe(summary)));
}

/// With HOSTILE_DUMP set, prints the start of a log, to see what a failing run did.
inline void dumpLog(const EventLog &log)
{
    if (!qEnvironmentVariableIsSet("HOSTILE_DUMP"))
        return;
    for (int i = 0; i < qMin(log.size(), 80); ++i)
        qInfo("%s", qPrintable(Report::eventLine(log, i).left(300)));
}

struct Run
{
    EventLog log;
    QJsonObject summary;
    qint64 elapsedMs = 0;
    bool finished = false;
};

/// Runs one S2S session and waits at most its timeout plus the margin.
inline void runSession(Run &run, const S2sOptions &options)
{
    S2sSession session(&run.log, options);
    QSignalSpy finished(&session, &S2sSession::finished);
    QElapsedTimer t;
    t.start();
    session.start();
    run.finished = finished.count() == 1 || finished.wait(options.timeoutMs + MarginMs);
    run.elapsedMs = t.elapsed();
    run.summary = Summary::build(run.log).toJson();
    dumpLog(run.log);
    QVERIFY2(run.finished, qPrintable(QStringLiteral("still running after %1 ms: %2")
                                          .arg(run.elapsedMs)
                                          .arg(describe(run.summary))));
}

/// Everything received up to the fault is in the log: the inbound bytes recorded on the
/// connection are the start of what the peer wrote, and reach at least `upTo`.
inline void checkKeptUpTo(const EventLog &log, int connection, const QByteArray &sent, qint64 upTo)
{
    const QByteArray in = inboundRaw(log, connection);
    QVERIFY2(
        sent.startsWith(in),
        qPrintable(
            QStringLiteral("recorded %1 bytes that are not what the peer sent").arg(in.size())));
    QVERIFY2(in.size() >= upTo, qPrintable(QStringLiteral("recorded %1 bytes, the peer sent %2 "
                                                          "before the fault")
                                               .arg(in.size())
                                               .arg(upTo)));
}

/// The same for a fault of the parser: its error event holds the bytes that led to it (from
/// the first byte no other event holds), and they reach the fault's offset.
inline void checkFaultKept(const EventLog &log, int connection, const QByteArray &sent)
{
    const Event *fault = nullptr;
    for (const Event &e : log.events()) {
        if (!fault && e.connection == connection && e.kind == EventKind::Error &&
            e.direction == Direction::Inbound)
            fault = &e;
    }
    QVERIFY2(fault, "no parse error recorded");
    const qint64 offset =
        qint64(EventJson::data(*fault).value(QStringLiteral("offset")).toDouble());
    const qint64 rawOffset =
        qint64(EventJson::data(*fault).value(QStringLiteral("rawOffset")).toDouble(-1));
    QVERIFY2(!fault->raw.isEmpty(), "the bytes that led to the fault are not kept");
    QCOMPARE(rawOffset + fault->raw.size(), inboundRaw(log, connection).size());
    checkKeptUpTo(log, connection, sent, offset);
}

/// A scripted peer on a thread of its own, for runs that block this one (the CLI runner
/// waits for its process). The peer is configured first, then handed over.
class PeerThread
{
public:
    explicit PeerThread(ScriptedPeer *peer)
        : m_peer(peer)
    {
        m_peer->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_peer, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_peer, [this] { m_started = m_peer->start(); }, Qt::BlockingQueuedConnection);
    }
    ~PeerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    bool started() const { return m_started; }
    template<typename F> auto call(F f) const
    {
        decltype(f()) result{};
        QMetaObject::invokeMethod(
            m_peer, [&] { result = f(); }, Qt::BlockingQueuedConnection);
        return result;
    }
    quint16 port() const
    {
        return call([this] { return m_peer->port(); });
    }

private:
    QThread m_thread;
    ScriptedPeer *m_peer;
    bool m_started = false;
};

inline QStringList cliArgs(quint16 port, double timeoutSeconds)
{
    return {QStringLiteral("s2s"),
            QStringLiteral("--from"),
            QStringLiteral("inspector.test"),
            QStringLiteral("--to"),
            QStringLiteral("peer.localhost"),
            QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"),
            QString::number(port),
            QStringLiteral("--ca"),
            ScriptedPeer::certsDir() + QStringLiteral("/ca.crt"),
            QStringLiteral("--timeout"),
            QString::number(timeoutSeconds),
            QStringLiteral("--json")};
}

/// Like QTRY_VERIFY_WITH_TIMEOUT, without its extra wait after a failure (which an expected
/// failure would pay for).
inline bool waitUntil(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

inline QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

inline QByteArray manyAttributes(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += " a" + QByteArray::number(i) + "='" + QByteArray::number(i) + "'";
    return out;
}

inline QByteArray billionLaughsDtd()
{
    // Ten levels of ten references each: 10^9 "lol" if anything expanded it.
    QByteArray dtd = "<!DOCTYPE stream:stream [<!ENTITY lol0 'lol'>";
    for (int level = 1; level < 10; ++level) {
        dtd += "<!ENTITY lol" + QByteArray::number(level) + " '";
        for (int i = 0; i < 10; ++i)
            dtd += "&lol" + QByteArray::number(level - 1) + ";";
        dtd += "'>";
    }
    return dtd + "]>";
}

} // namespace Hostile
