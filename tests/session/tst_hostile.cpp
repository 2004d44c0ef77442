// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile peers against the engine and the CLI: malformed and forbidden XML at every phase,
// oversized, endless and countless input, floods, trickles, stalls and resets. Every session
// must end in time with an error that names the fault in one sentence, keep in its event log
// every byte received up to the fault, and hold bounded memory.
#include "clirunner.h"
#include "scriptedpeer.h"
#include "session/listensession.h"
#include "session/s2slistener.h"
#include "session/s2ssession.h"
#include "session/streamconnection.h"
#include "trace/eventlog.h"
#include "trace/report.h"
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

namespace {

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

const QByteArray XmlDeclaration = "<?xml version='1.0'?>";
const QByteArray PeerStreamTag =
    "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h1' "
    "from='peer.localhost' to='inspector.test' version='1.0' xml:lang='en' "
    "xmlns='jabber:server' xmlns:db='jabber:server:dialback'>";
const QByteArray PeerHeader = XmlDeclaration + PeerStreamTag;
const QByteArray PeerHeaderAfterTls =
    "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
    "id='h2' from='peer.localhost' to='inspector.test' version='1.0' xml:lang='en' "
    "xmlns='jabber:server' xmlns:db='jabber:server:dialback'>";
// What a remote server sends when it connects to one of our listening roles.
const QByteArray InitiatorStreamTag =
    "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' from='peer.localhost' "
    "to='inspector.test' version='1.0' xmlns='jabber:server' "
    "xmlns:db='jabber:server:dialback'>";
const QByteArray InitiatorHeader = XmlDeclaration + InitiatorStreamTag;
const QByteArray FeaturesStarttls =
    "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
    "<dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";
const QByteArray FeaturesDialback =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "</stream:features>";
const QByteArray Proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray ClientHello("\x16\x03", 2); // a TLS handshake record starts so
const QByteArray Close = "</stream:stream>";
const QByteArray ValidVerdict =
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

QString phaseFor(Path p)
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

bool usesTls(Path p)
{
    return p == Path::TlsRestartHeader || p == Path::AfterTlsHeader;
}

/// Plays the session up to `path`, then sends `payload` there.
void scriptTo(ScriptedPeer &peer, Path path, const QByteArray &payload)
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

void giveIdentity(ScriptedPeer &peer)
{
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
}

S2sOptions optionsFor(quint16 port, int timeoutMs = TimeoutMs)
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

void useDialback(S2sOptions &o)
{
    o.auth = S2sOptions::Auth::Dialback;
    o.dialbackSecret = QByteArrayLiteral("a secret only this test knows");
}

/// The receiving role on 127.0.0.1, any free port, for longer than any test here.
ListenOptions listenOptions(int timeoutMs = TimeoutMs)
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
QByteArray inboundRaw(const EventLog &log, int connection)
{
    QByteArray out;
    for (const Event &e : log.events()) {
        if (e.connection == connection && e.direction == Direction::Inbound)
            out += e.raw;
    }
    return out;
}

QByteArray outboundRaw(const EventLog &log, int connection)
{
    QByteArray out;
    for (const Event &e : log.events()) {
        if (e.connection == connection && e.direction == Direction::Outbound)
            out += e.raw;
    }
    return out;
}

/// What the log holds, as a transcript would store it: raw bytes plus the JSON of each event.
qint64 storedBytes(const EventLog &log)
{
    qint64 n = 0;
    for (const Event &e : log.events())
        n += e.raw.size() + QJsonDocument(e.data).toJson(QJsonDocument::Compact).size();
    return n;
}

int countInbound(const EventLog &log, int connection, EventKind kind)
{
    int n = 0;
    for (const Event &e : log.events())
        n += (e.connection == connection && e.direction == Direction::Inbound && e.kind == kind);
    return n;
}

/// The byte offset of the parser's fault on `connection` (its Error event), or -1.
qint64 faultOffset(const EventLog &log, int connection)
{
    for (const Event &e : log.events()) {
        if (e.connection == connection && e.kind == EventKind::Error &&
            e.direction == Direction::Inbound && e.data.contains(QStringLiteral("offset")))
            return qint64(e.data.value(QStringLiteral("offset")).toDouble());
    }
    return -1;
}

bool hasNote(const EventLog &log, const QString &text)
{
    for (const Event &e : log.events()) {
        if (e.kind == EventKind::Note &&
            e.data.value(QStringLiteral("text")).toString().contains(text))
            return true;
    }
    return false;
}

int countNotes(const EventLog &log, const QString &text)
{
    int n = 0;
    for (const Event &e : log.events()) {
        n += e.kind == EventKind::Note &&
             e.data.value(QStringLiteral("text")).toString().contains(text);
    }
    return n;
}

/// Memory stays bounded: what the log holds stays under `bound`.
void checkBounded(const EventLog &log, qint64 bound)
{
    const qint64 n = storedBytes(log);
    QVERIFY2(n < bound,
             qPrintable(QStringLiteral("the log holds %1 bytes, more than %2").arg(n).arg(bound)));
}

QString describe(const QJsonObject &summary)
{
    return QStringLiteral("%1 [%2 in %3]")
        .arg(summary.value(QStringLiteral("error")).toString(),
             summary.value(QStringLiteral("errorCode")).toString(),
             summary.value(QStringLiteral("failedPhase")).toString());
}

/// With HOSTILE_DUMP set, prints the start of a log, to see what a failing run did.
void dumpLog(const EventLog &log)
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
void runSession(Run &run, const S2sOptions &options)
{
    S2sSession session(&run.log, options);
    QSignalSpy finished(&session, &S2sSession::finished);
    QElapsedTimer t;
    t.start();
    session.start();
    run.finished = finished.count() == 1 || finished.wait(options.timeoutMs + MarginMs);
    run.elapsedMs = t.elapsed();
    run.summary = Summary::build(run.log);
    dumpLog(run.log);
    QVERIFY2(run.finished, qPrintable(QStringLiteral("still running after %1 ms: %2")
                                          .arg(run.elapsedMs)
                                          .arg(describe(run.summary))));
}

/// Everything received up to the fault is in the log: the inbound bytes recorded on the
/// connection are the start of what the peer wrote, and reach at least `upTo`.
void checkKeptUpTo(const EventLog &log, int connection, const QByteArray &sent, qint64 upTo)
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
void checkFaultKept(const EventLog &log, int connection, const QByteArray &sent)
{
    const Event *fault = nullptr;
    for (const Event &e : log.events()) {
        if (!fault && e.connection == connection && e.kind == EventKind::Error &&
            e.direction == Direction::Inbound)
            fault = &e;
    }
    QVERIFY2(fault, "no parse error recorded");
    const qint64 offset = qint64(fault->data.value(QStringLiteral("offset")).toDouble());
    const qint64 rawOffset = qint64(fault->data.value(QStringLiteral("rawOffset")).toDouble(-1));
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

QStringList cliArgs(quint16 port, double timeoutSeconds)
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
bool waitUntil(const std::function<bool()> &condition, int ms)
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

QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

QByteArray manyAttributes(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += " a" + QByteArray::number(i) + "='" + QByteArray::number(i) + "'";
    return out;
}

QByteArray billionLaughsDtd()
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

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // XML a stream must not carry, at each phase of the initiating session.
    void xmlFaults_data();
    void xmlFaults();
    void streamHeaderOddities_data();
    void streamHeaderOddities();
    void parserLimitsOverAConnection();

    // Input without end.
    void endlessElement();
    void millionTinyStanzas();

    // TLS and the stream around it.
    void starttlsOfferedThenClosed();
    void proceedThenGarbage_data();
    void proceedThenGarbage();
    void tlsHandshakeStalls();
    void streamErrorDuringTlsRestart_data();
    void streamErrorDuringTlsRestart();

    // Time.
    void slowlorisInitiating();
    void featuresNeverSent();
    void closingTagNeverAnswered();

    // Dialback.
    void dialbackVerdictBeforeRequest_data();
    void dialbackVerdictBeforeRequest();
    void verifyForUnknownStreamId();

    // The accepting roles.
    void xmlFaultsInbound_data();
    void xmlFaultsInbound();
    void inboundFlood_data();
    void inboundFlood();
    void slowlorisInbound_data();
    void slowlorisInbound();

    // The connection itself.
    void resetMidStanza();
    void resetMidStanzaInbound();

    // The same faults through the command-line tool.
    void cli_data();
    void cli();
};

void TestHostile::initTestCase()
{
    QVERIFY2(!ScriptedPeer::certificate(QStringLiteral("peer.localhost")).isNull(),
             "test certificates missing: run through ctest (fixture_certs)");
}

void TestHostile::xmlFaults_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString notWellFormed = QStringLiteral("xml-not-well-formed");
    const QString restricted = QStringLiteral("xml-restricted-xml");
    const QString policy = QStringLiteral("xml-policy-violation");
    const QString unacceptable = QStringLiteral("XML is unacceptable at byte");

    // Malformed XML at each phase.
    QTest::newRow("malformed-before-features")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                      "</stream:features>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-after-features")
        << Path::StarttlsAnswer
        << QByteArray("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                      "</proceeed>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-tls-restart-header")
        << Path::TlsRestartHeader
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h2' "
                      "<oops/>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-after-tls-restart")
        << Path::AfterTlsHeader << QByteArray("<stream:features><mechanisms></stream:features>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-during-dialback")
        << Path::DialbackAnswer
        << QByteArray("<db:result type='valid' from='peer.localhost' to='inspector.test'>"
                      "</db:verify>")
        << notWellFormed << unacceptable;

    // Invalid UTF-8.
    QTest::newRow("utf8-truncated-sequence")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><dialback xmlns='urn:xmpp:features:dialback'>\xc3\x28"
                      "</dialback></stream:features>")
        << notWellFormed << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8-overlong")
        << Path::BeforeFeatures << QByteArray("<stream:features><x>\xc0\xaf</x></stream:features>")
        << notWellFormed << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8-surrogate")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><x>\xed\xa0\x80</x></stream:features>") << notWellFormed
        << QStringLiteral("not valid UTF-8");
    // After a good element in the same packet, in a packet of its own.
    QTest::newRow("utf8-in-later-packet")
        << Path::StarttlsAnswer
        << QByteArray("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'>\xff</failure>")
        << notWellFormed << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8-in-header")
        << Path::Header
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
                      "from='\xff\xfe.localhost' xmlns='jabber:server' version='1.0'>")
        << notWellFormed << QStringLiteral("not valid UTF-8");

    // Document type declarations and entities: refused, never expanded or fetched.
    QTest::newRow("dtd-billion-laughs")
        << Path::Header
        << QByteArray("<?xml version='1.0'?>" + billionLaughsDtd() + PeerStreamTag +
                      "<x>&lol9;</x>")
        << restricted << QStringLiteral("document type declaration");
    QTest::newRow("dtd-external-entity")
        << Path::Header
        << QByteArray("<?xml version='1.0'?><!DOCTYPE stream:stream [<!ENTITY xxe SYSTEM "
                      "'file:///etc/passwd'>]>" +
                      PeerStreamTag + "<x>&xxe;</x>")
        << restricted << QStringLiteral("document type declaration");
    QTest::newRow("entity-undeclared")
        << Path::BeforeFeatures << QByteArray("<stream:features><x>&xxe;</x></stream:features>")
        << restricted << QStringLiteral("xxe");

    // Comments and processing instructions inside the stream.
    QTest::newRow("comment-between-elements")
        << Path::BeforeFeatures << QByteArray("<!-- hello -->" + FeaturesDialback) << restricted
        << QStringLiteral("XML comment");
    QTest::newRow("comment-in-element")
        << Path::BeforeFeatures << QByteArray("<stream:features><!-- x --></stream:features>")
        << restricted << QStringLiteral("XML comment");
    QTest::newRow("pi-before-header")
        << Path::Header << QByteArray("<?php echo 1; ?>" + PeerStreamTag) << restricted
        << QStringLiteral("processing instruction");
    QTest::newRow("pi-in-stream") << Path::AfterTlsHeader
                                  << QByteArray("<?xml-stylesheet href='x.xsl'?>" +
                                                FeaturesDialback)
                                  << restricted << QStringLiteral("processing instruction");

    // Size, depth and count limits (those of a live connection).
    const ParserLimits limits = StreamConnection::liveLimits();
    const QByteArray big(600 * 1024, 'a');
    QTest::newRow("stanza-too-large")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><x>" + big + "</x></stream:features>") << policy
        << QStringLiteral("exceeds the size limit of %1 bytes").arg(limits.maxStanzaBytes);
    QTest::newRow("attribute-value-too-large")
        << Path::BeforeFeatures << QByteArray("<stream:features a='" + big + "'/>") << policy
        << QStringLiteral("exceeds the size limit of %1 bytes").arg(limits.maxStanzaBytes);
    QTest::newRow("header-too-large")
        << Path::Header
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='" +
                      QByteArray(70 * 1024, 'i') + "'>")
        << policy
        << QStringLiteral("stream header exceeds the limit of %1 bytes").arg(limits.maxHeaderBytes);
    QTest::newRow("nesting-too-deep")
        << Path::BeforeFeatures << QByteArray("<stream:features>" + repeated("<a>", 100)) << policy
        << QStringLiteral("nested deeper than the limit of %1").arg(limits.maxDepth);
    QTest::newRow("attributes-too-many")
        << Path::BeforeFeatures << QByteArray("<stream:features" + manyAttributes(200) + "/>")
        << policy
        << QStringLiteral("200 attributes, more than the limit of %1").arg(limits.maxAttributes);
    QTest::newRow("attributes-too-many-in-header")
        << Path::Header << QByteArray(PeerHeader.chopped(1) + manyAttributes(200) + ">") << policy
        << QStringLiteral("attributes, more than the limit of %1").arg(limits.maxAttributes);
    QTest::newRow("keepalive-without-end") << Path::BeforeFeatures << QByteArray(600 * 1024, ' ')
                                           << policy << QStringLiteral("whitespace");

    // The stream's own namespace and root.
    QTest::newRow("wrong-stream-namespace")
        << Path::Header
        << QByteArray("<stream:stream xmlns:stream='http://example.com/streams' id='h1' "
                      "xmlns='jabber:server' version='1.0'>")
        << QStringLiteral("xml-invalid-namespace")
        << QStringLiteral("not {http://etherx.jabber.org/streams}stream");
    QTest::newRow("wrong-root") << Path::Header
                                << QByteArray("<html xmlns='http://www.w3.org/1999/xhtml'>")
                                << QStringLiteral("xml-bad-format")
                                << QStringLiteral("{http://www.w3.org/1999/xhtml}html");
    QTest::newRow("undeclared-stream-prefix")
        << Path::Header << QByteArray("<stream:stream id='h1' xmlns='jabber:server'>")
        << notWellFormed << unacceptable;
}

void TestHostile::xmlFaults()
{
    QFETCH(Path, path);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, message);

    ScriptedPeer peer;
    giveIdentity(peer);
    QVERIFY(peer.start());
    scriptTo(peer, path, payload);
    peer.stall();
    S2sOptions o = optionsFor(peer.port());
    if (path == Path::DialbackAnswer)
        useDialback(o);
    Run run;
    MemoryWatch memory;
    runSession(run, o);
    const QJsonObject &s = run.summary;

    // Ends at once (an immediate fault), with the protocol failure exit status.
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    // One sentence that names the fault, the code and the phase it happened in.
    const QString error = s.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), code);
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), phaseFor(path));
    if (usesTls(path))
        QCOMPARE(s.value(QStringLiteral("tlsUpgraded")).toBool(), true);
    // RFC 6120 §4.9.3: the peer is told why, with the matching stream error.
    const QString condition = code.mid(4);
    QVERIFY2(outboundRaw(run.log, 1).contains(QByteArray("<" + condition.toLatin1())),
             outboundRaw(run.log, 1).right(300).constData());
    // Kept: every byte up to the fault, the faulty ones included.
    checkFaultKept(run.log, 1, peer.sent());
    // Nothing was expanded: no element carries what an entity would have produced.
    for (const Event &e : run.log.events())
        QVERIFY(!e.element || !e.element->text().contains(QLatin1String("lol")));
    // Bounded.
    checkBounded(run.log, FaultLogBound);
    QVERIFY2(memory.growthKiB() < 64 * 1024, qPrintable(QString::number(memory.growthKiB())));
}

void TestHostile::streamHeaderOddities_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("expectFeatures");

    QTest::newRow("id-missing")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
                      "from='peer.localhost' version='1.0' xmlns='jabber:server'>")
        << QStringLiteral("no stream id") << true;
    QTest::newRow("version-absent")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h1' "
                      "from='peer.localhost' xmlns='jabber:server'>")
        << QStringLiteral("pre-1.0") << false;
    QTest::newRow("version-2.0")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h1' "
                      "from='peer.localhost' version='2.0' xmlns='jabber:server'>")
        << QStringLiteral("2.0") << true;
}

void TestHostile::streamHeaderOddities()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, note);
    QFETCH(bool, expectFeatures);

    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(header);
    if (expectFeatures)
        peer.send(FeaturesDialback);
    peer.expect(Close).send(Close).close();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    // The probe completes (nothing waits for what will not come) and says what was odd.
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(countInbound(run.log, 1, EventKind::StreamHeader), 1);
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
    QVERIFY2(hasNote(run.log, note), qPrintable(note));
}

void TestHostile::parserLimitsOverAConnection()
{
    // The limits that bound one connection as a whole, on small values; the engine-level tests
    // below run them at the values of a live connection (a bare parser has none).
    QCOMPARE(ParserLimits().maxElements, 0);
    QVERIFY(StreamConnection::liveLimits().maxElements > 0);
    QVERIFY(StreamConnection::liveLimits().maxConnectionBytes > 0);
    const QByteArray head = "<stream:stream xmlns='jabber:server' "
                            "xmlns:stream='http://etherx.jabber.org/streams'>";
    {
        // The number of top-level elements (each one an event of the log).
        StreamParser parser;
        ParserLimits limits;
        limits.maxElements = 10;
        parser.setLimits(limits);
        QSignalSpy elements(&parser, &StreamParser::elementReceived);
        QSignalSpy errors(&parser, &StreamParser::parseError);
        parser.feed(head + repeated("<r/>", 25));
        QCOMPARE(elements.count(), 10);
        QCOMPARE(errors.count(), 1);
        const auto e = errors.first().first().value<ParseError>();
        QCOMPARE(e.condition(), QStringLiteral("policy-violation"));
        QVERIFY2(e.message.contains(QLatin1String("10 top-level elements")), qPrintable(e.message));
        // The refused element and what followed it are handed over, not dropped.
        QCOMPARE(e.unreported, repeated("<r/>", 15));
        QCOMPARE(e.unreportedOffset, head.size() + 10 * 4);
    }
    {
        // The bytes one connection may carry: all its stream documents (restarts) together.
        StreamParser parser;
        ParserLimits limits;
        limits.maxConnectionBytes = 1000;
        parser.setLimits(limits);
        QSignalSpy elements(&parser, &StreamParser::elementReceived);
        QSignalSpy errors(&parser, &StreamParser::parseError);
        parser.feed(head);
        for (int i = 0; i < 20; ++i)
            parser.feed("<message><body>" + QByteArray(40, 'm') + "</body></message>");
        QCOMPARE(errors.count(), 1);
        const auto e = errors.first().first().value<ParseError>();
        QVERIFY2(e.message.contains(QLatin1String("1000 bytes")), qPrintable(e.message));
        // Every element that ends within the limit was delivered, none after it.
        QCOMPARE(elements.count(), (1000 - int(head.size())) / 72);
        QVERIFY(parser.hasFailed());
    }
    {
        // A keepalive without end is bounded like a stanza.
        StreamParser parser;
        ParserLimits limits;
        limits.maxStanzaBytes = 1000;
        parser.setLimits(limits);
        QSignalSpy spaces(&parser, &StreamParser::whitespaceReceived);
        QSignalSpy errors(&parser, &StreamParser::parseError);
        parser.feed(head);
        for (int i = 0; i < 30; ++i)
            parser.feed(QByteArray(100, ' '));
        QCOMPARE(errors.count(), 1);
        qint64 reported = 0;
        for (const QList<QVariant> &args : std::as_const(spaces))
            reported += args.first().toByteArray().size();
        QVERIFY2(reported <= 1000, qPrintable(QString::number(reported)));
    }
    {
        // An element cut off by the end of the connection is still there to record.
        StreamParser parser;
        parser.feed(head + "<message><body>hel");
        qint64 offset = -1;
        QCOMPARE(parser.unreportedBytes(&offset), QByteArray("<message><body>hel"));
        QCOMPARE(offset, head.size());
    }
}

void TestHostile::endlessElement()
{
    // A 1 GiB stream of one element that never ends, made as the socket drains.
    constexpr qint64 Total = qint64(1) << 30;
    ScriptedPeer peer;
    QVERIFY(peer.start());
    const QByteArray chunk(64 * 1024, 'a');
    peer.expect("<stream:stream")
        .send(PeerHeader + "<stream:features><x>")
        .generate(Total, [chunk](qint64) { return chunk; });
    Run run;
    MemoryWatch memory;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("xml-policy-violation"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("size limit of 524288 bytes")),
             qPrintable(describe(s)));
    // The engine stopped reading long before the end, and the peer could tell.
    QTRY_VERIFY(peer.otherSideClosed());
    QVERIFY2(peer.sentTotal() < 64 * 1024 * 1024, qPrintable(QString::number(peer.sentTotal())));
    checkFaultKept(run.log, 1, peer.sent());
    // The endless element is kept up to where it was refused: past the limit.
    QVERIFY(inboundRaw(run.log, 1).size() >
            faultOffset(run.log, 1) + StreamConnection::liveLimits().maxStanzaBytes);
    qInfo("1 GiB endless element: refused after %lld ms, the peer wrote %lld bytes, log %lld "
          "bytes, memory growth %lld KiB",
          run.elapsedMs, peer.sentTotal(), storedBytes(run.log), memory.growthKiB());
    checkBounded(run.log, FaultLogBound);
    QVERIFY2(memory.growthKiB() < 64 * 1024, qPrintable(QString::number(memory.growthKiB())));
}

void TestHostile::millionTinyStanzas()
{
    // After dialback, while our ping waits, the peer sends a million <presence/> (11 MB): on top
    // of its features and its verdict, two more top-level elements than a live connection
    // takes. Each is recorded, with a note (an unexpected stanza on our outgoing stream).
    constexpr int Count = 1000 * 1000;
    const QByteArray unit = "<presence/>";
    const QByteArray chunk = repeated(unit, 6000);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesDialback)
        .expect("</db:result>")
        .send(ValidVerdict)
        .expect("urn:xmpp:ping")
        .generate(qint64(Count) * unit.size(), [chunk](qint64) { return chunk; });
    // The ping waits long enough for a slow machine to take them all in meanwhile.
    S2sOptions o = optionsFor(peer.port(), 15000);
    useDialback(o);
    o.ping = true;
    Run run;
    MemoryWatch memory;
    runSession(run, o);
    const QJsonObject &s = run.summary;
    int elements = 0, presences = 0, notes = 0;
    qint64 raw = 0;
    for (const Event &e : run.log.events()) {
        raw += e.raw.size();
        notes += e.kind == EventKind::Note;
        if (e.connection == 1 && e.direction == Direction::Inbound &&
            e.kind == EventKind::Element) {
            ++elements;
            presences += e.element->name() == QLatin1String("presence");
        }
    }
    const int limit = StreamConnection::liveLimits().maxElements;
    qInfo("a million stanzas: %d recorded in %lld ms, %d events, %lld raw bytes, memory growth "
          "%lld KiB: %s",
          presences, run.elapsedMs, run.log.size(), raw, memory.growthKiB(),
          qPrintable(describe(s)));
    QCOMPARE(s.value(QStringLiteral("authenticatedAs")).toString(),
             QStringLiteral("inspector.test"));
    // The limit policy: exactly the limit of top-level elements, every one of them recorded,
    // then a policy-violation stream error that says so.
    QCOMPARE(elements, limit);
    QCOMPARE(presences, limit - 2);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("xml-policy-violation"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("more than %1 top-level elements").arg(limit)),
             qPrintable(describe(s)));
    QVERIFY2(run.elapsedMs < o.timeoutMs, qPrintable(QString::number(run.elapsedMs)));
    QTRY_VERIFY(peer.otherSideClosed());
    checkFaultKept(run.log, 1, peer.sent());
    // Bounded whatever the peer had left to send: the limit's elements, a note for each, and
    // a few hundred events besides; their bytes, and in memory about 1 KiB for each with its
    // tree and its JSON.
    QVERIFY2(run.log.size() < 2 * limit + 1000, qPrintable(QString::number(run.log.size())));
    QVERIFY2(raw < 16 * 1024 * 1024, qPrintable(QString::number(raw)));
    QVERIFY2(memory.growthKiB() < 3 * 1024 * 1024, qPrintable(QString::number(memory.growthKiB())));
}

void TestHostile::starttlsOfferedThenClosed()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(PeerHeader + FeaturesStarttls).expect("<starttls").close();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("connection-lost"));
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), QStringLiteral("starttls_sent"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("closed the TCP connection during starttls_sent")),
             qPrintable(describe(s)));
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::proceedThenGarbage_data()
{
    QTest::addColumn<bool>("samePacket");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("with-proceed") << true << QStringLiteral("cleartext-after-proceed")
                                  << QStringLiteral("bytes of cleartext after <proceed/>");
    QTest::newRow("instead-of-server-hello") << false << QStringLiteral("tls-handshake-failed")
                                             << QStringLiteral("TLS handshake failed");
}

void TestHostile::proceedThenGarbage()
{
    QFETCH(bool, samePacket);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QByteArray garbage = "\x01\x02garbage that is not TLS\r\n" + repeated("\xff", 200);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(PeerHeader + FeaturesStarttls).expect("<starttls");
    if (samePacket)
        peer.send(Proceed + garbage);
    else
        peer.send(Proceed).expect(ClientHello).send(garbage);
    peer.stall();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), code);
    QVERIFY2(s.value(QStringLiteral("error")).toString().contains(message),
             qPrintable(describe(s)));
    // In the same packet the garbage is recorded as it came; after the ClientHello it went
    // to TLS, which rejected it, and the stream bytes before it are all kept.
    const QByteArray in = inboundRaw(run.log, 1);
    QCOMPARE(in, samePacket ? peer.sent() : QByteArray(PeerHeader + FeaturesStarttls + Proceed));
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::tlsHandshakeStalls()
{
    // <proceed/>, then the ClientHello is read and never answered.
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesStarttls)
        .expect("<starttls")
        .send(Proceed)
        .expect(ClientHello)
        .stall();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs >= TimeoutMs * 9 / 10 && run.elapsedMs < TimeoutMs + MarginMs,
             qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("timeout"));
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), QStringLiteral("tls_handshake"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("within %1 ms during tls_handshake").arg(TimeoutMs)),
             qPrintable(describe(s)));
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::streamErrorDuringTlsRestart_data()
{
    QTest::addColumn<bool>("beforeTls");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    // In cleartext, where the ServerHello belongs.
    QTest::newRow("instead-of-server-hello")
        << true << QStringLiteral("tls-handshake-failed") << QStringLiteral("TLS handshake failed");
    // Over TLS, before the restarted stream's header (so with an undeclared prefix).
    QTest::newRow("instead-of-restart-header")
        << false << QStringLiteral("xml-not-well-formed") << QStringLiteral("XML is unacceptable");
}

void TestHostile::streamErrorDuringTlsRestart()
{
    QFETCH(bool, beforeTls);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QByteArray error = "<stream:error><internal-server-error "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"
                             "</stream:stream>";
    ScriptedPeer peer;
    giveIdentity(peer);
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesStarttls)
        .expect("<starttls")
        .send(Proceed);
    if (beforeTls)
        peer.expect(ClientHello).send(error).close();
    else
        peer.startTls().expect("<stream:stream").send(error).stall();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), code);
    QVERIFY2(s.value(QStringLiteral("error")).toString().contains(message),
             qPrintable(describe(s)));
    if (!beforeTls) {
        QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(),
                 QStringLiteral("stream_restarted"));
        checkFaultKept(run.log, 1, peer.sent());
    } else {
        // The cleartext error went to TLS, which refused it; the stream before it is kept.
        QCOMPARE(inboundRaw(run.log, 1), QByteArray(PeerHeader + FeaturesStarttls + Proceed));
    }
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::slowlorisInitiating()
{
    // Most of the header at once, then one byte a second: more often than the timeout, so a
    // timeout that restarted on every byte would never fire. Each wait is bounded as a whole.
    constexpr int Timeout = 1500;
    const QByteArray trickled = PeerHeader.right(20) + FeaturesDialback;
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(PeerHeader.chopped(20)).trickle(trickled, 1000);
    Run run;
    runSession(run, optionsFor(peer.port(), Timeout));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs >= Timeout * 9 / 10 && run.elapsedMs < Timeout + MarginMs,
             qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("timeout"));
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), QStringLiteral("stream_opened"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("within %1 ms").arg(Timeout)),
             qPrintable(describe(s)));
    // The unfinished header is kept as it came, byte for byte.
    QTRY_VERIFY(peer.otherSideClosed());
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
    QVERIFY(peer.sent().size() > PeerHeader.size() - 20);
}

void TestHostile::featuresNeverSent()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(PeerHeader).stall();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs >= TimeoutMs * 9 / 10 && run.elapsedMs < TimeoutMs + MarginMs,
             qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("timeout"));
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), QStringLiteral("header_received"));
    QVERIFY2(
        s.value(QStringLiteral("error"))
            .toString()
            .contains(QStringLiteral("No answer from the peer within %1 ms during header_received")
                          .arg(TimeoutMs)),
        qPrintable(describe(s)));
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::closingTagNeverAnswered()
{
    // The probe is done and closes; the peer neither answers </stream:stream> nor closes TCP.
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(PeerHeader + FeaturesDialback).stall();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs >= TimeoutMs * 9 / 10 && run.elapsedMs < TimeoutMs + MarginMs,
             qPrintable(QString::number(run.elapsedMs)));
    // What the probe came for was there: a success, with a note, not a lost connection.
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 0);
    QVERIFY(
        hasNote(run.log, QStringLiteral("did not close its stream within %1 ms").arg(TimeoutMs)));
    QTRY_VERIFY(peer.otherSideClosed());
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::dialbackVerdictBeforeRequest_data()
{
    QTest::addColumn<bool>("withFeatures");
    // Before the features: in a phase where no verdict can be meant for us.
    QTest::newRow("before-features") << false;
    // In the same packet right after the features: on the wire before our request existed.
    QTest::newRow("same-packet-as-features") << true;
}

void TestHostile::dialbackVerdictBeforeRequest()
{
    QFETCH(bool, withFeatures);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream");
    if (withFeatures)
        peer.send(PeerHeader + FeaturesDialback + ValidVerdict);
    else
        peer.send(PeerHeader + ValidVerdict + FeaturesDialback);
    peer.expect("</db:result>").stall();
    S2sOptions o = optionsFor(peer.port());
    useDialback(o);
    Run run;
    runSession(run, o);
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < TimeoutMs + MarginMs, qPrintable(QString::number(run.elapsedMs)));
    // A verdict nobody asked for authenticates nothing: the real request goes unanswered.
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("dialback-pending"));
    QVERIFY(s.value(QStringLiteral("authenticatedAs")).isNull());
    if (!withFeatures) {
        QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 3);
        QVERIFY(hasNote(run.log, QStringLiteral("Unexpected element {jabber:server:dialback}result "
                                                "during header_received")));
    }
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::verifyForUnknownStreamId()
{
    // The authoritative role: a <db:verify/> for a stream id this side never issued, after a
    // <db:result type='valid'/> nothing asked for.
    EventLog log;
    InboundS2sConfig config;
    config.role = QStringLiteral("authoritative");
    config.localDomains = {QStringLiteral("inspector.test")};
    config.dialbackSecret = QByteArrayLiteral("the listener's secret");
    config.timeoutMs = TimeoutMs;
    S2sListener listener(&log, config);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy finished(&listener, &S2sListener::connectionFinished);
    ScriptedPeer peer;
    peer.send(InitiatorHeader)
        .expect("</stream:features>")
        .send(ValidVerdict +
              "<db:verify from='peer.localhost' to='inspector.test' id='never-issued'>"
              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef</db:verify>")
        .expect("id=\"never-issued\"")
        .send(Close)
        .expect(Close)
        .close();
    QElapsedTimer t;
    t.start();
    peer.connectTo(listener.serverPort());
    QVERIFY(finished.wait(TimeoutMs + MarginMs));
    dumpLog(log);
    QVERIFY2(t.elapsed() < MarginMs, qPrintable(QString::number(t.elapsed())));
    QTRY_VERIFY2(peer.scriptDone(), peer.received().constData());
    QVERIFY2(peer.received().contains("id=\"never-issued\"") &&
                 peer.received().contains("type=\"invalid\""),
             peer.received().constData());
    QCOMPARE(listener.verifyRequestsAnswered(), 1);
    QVERIFY(hasNote(log, QStringLiteral("that nothing asked for; ignored")));
    bool invalid = false;
    for (const Event &e : log.events()) {
        invalid =
            invalid ||
            (e.kind == EventKind::Verdict &&
             e.data.value(QStringLiteral("what")).toString() == QLatin1String("verify-answered") &&
             e.data.value(QStringLiteral("result")).toString() == QLatin1String("invalid"));
    }
    QVERIFY(invalid);
    QCOMPARE(inboundRaw(log, 1), peer.sent());
    checkBounded(log, SmallLogBound);
}

void TestHostile::xmlFaultsInbound_data()
{
    QTest::addColumn<bool>("afterHeader");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("dtd-billion-laughs")
        << false << QByteArray(XmlDeclaration + billionLaughsDtd() + InitiatorStreamTag)
        << QStringLiteral("xml-restricted-xml") << QStringLiteral("document type declaration");
    QTest::newRow("malformed-stanza")
        << true << QByteArray("<message from='a@peer.localhost'><body></message>")
        << QStringLiteral("xml-not-well-formed") << QStringLiteral("tag mismatch");
    QTest::newRow("invalid-utf8")
        << true << QByteArray("<message from='a@peer.localhost'><body>\xff</body></message>")
        << QStringLiteral("xml-not-well-formed") << QStringLiteral("not valid UTF-8");
    QTest::newRow("stanza-too-large")
        << true << QByteArray("<message><body>" + QByteArray(600 * 1024, 'b'))
        << QStringLiteral("xml-policy-violation") << QStringLiteral("size limit of 524288 bytes");
}

void TestHostile::xmlFaultsInbound()
{
    // The receiving role: the connection ends at once with the stream error, the listener
    // goes on.
    QFETCH(bool, afterHeader);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, message);
    EventLog log;
    ListenSession listen(&log, listenOptions());
    QVERIFY(listen.start());
    ScriptedPeer peer;
    if (afterHeader)
        peer.send(InitiatorHeader).expect("</stream:features>");
    peer.send(payload).stall();
    QElapsedTimer t;
    t.start();
    peer.connectTo(listen.address().port);
    QVERIFY(waitUntil([&peer] { return peer.otherSideClosed(); }, MarginMs));
    QVERIFY2(t.elapsed() < MarginMs, qPrintable(QString::number(t.elapsed())));
    dumpLog(log);
    const Event *error = nullptr;
    for (const Event &e : log.events()) {
        if (!error && e.connection == 1 && e.kind == EventKind::Error &&
            e.direction == Direction::Local)
            error = &e;
    }
    QVERIFY(error);
    QCOMPARE(error->data.value(QStringLiteral("code")).toString(), code);
    const QString text = error->data.value(QStringLiteral("message")).toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    // RFC 6120 §4.9.1.2: even for a fault in the peer's header, the receiving side opens its
    // stream to send the error in it.
    QVERIFY2(peer.received().contains(QByteArray("<" + code.mid(4).toLatin1())),
             peer.received().right(300).constData());
    checkFaultKept(log, 1, peer.sent());
    checkBounded(log, FaultLogBound);
    QVERIFY(!listen.isFinished());
    listen.stop();
}

void TestHostile::inboundFlood_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("receiving") << QStringLiteral("receiving");
    QTest::newRow("authoritative") << QStringLiteral("authoritative");
}

void TestHostile::inboundFlood()
{
    // Many parallel connections from one address, faster than anything times out. The kernel's
    // accept queue (50 for QTcpServer) is not the limit tested here, so the burst stays below it.
    QFETCH(QString, role);
    constexpr int Burst = 45;
    constexpr int Limit = 32; // S2sListener's default
    EventLog log;
    std::unique_ptr<ListenSession> listen;
    std::unique_ptr<S2sListener> authoritative;
    quint16 port = 0;
    if (role == QLatin1String("receiving")) {
        listen = std::make_unique<ListenSession>(&log, listenOptions());
        QVERIFY(listen->start());
        port = listen->address().port;
    } else {
        InboundS2sConfig c;
        c.localDomains = {QStringLiteral("inspector.test")};
        c.dialbackSecret = QByteArrayLiteral("secret");
        c.timeoutMs = TimeoutMs;
        authoritative = std::make_unique<S2sListener>(&log, c);
        QVERIFY(authoritative->listen(QHostAddress::LocalHost, 0));
        port = authoritative->serverPort();
    }
    const auto accepted = [&log, &role] {
        int n = 0;
        for (const ConnectionInfo &c : log.connections())
            n += c.role == role;
        return n;
    };
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < Burst; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    const auto closedByListener = [&clients] {
        int n = 0;
        for (const auto &c : clients)
            n += c->state() == QAbstractSocket::UnconnectedState;
        return n;
    };
    // Bounded: exactly the limit is taken in; the others are closed at once.
    QTRY_COMPARE_WITH_TIMEOUT(closedByListener(), Burst - Limit, TimeoutMs / 2);
    QCOMPARE(accepted(), Limit);
    // A flood does not flood the log: one note so far, however many were refused.
    QCOMPARE(countNotes(log, QStringLiteral("Refused")), 1);
    // The accepted ones, silent, are closed after the timeout, and that frees their slots.
    QTRY_COMPARE_WITH_TIMEOUT(closedByListener(), Burst, TimeoutMs + MarginMs);
    ScriptedPeer late;
    late.send(InitiatorHeader).expect("</stream:features>").send(Close).expect(Close).close();
    late.connectTo(port);
    QTRY_VERIFY_WITH_TIMEOUT(late.scriptDone(), MarginMs);
    QCOMPARE(accepted(), Limit + 1);
    // Every refusal is accounted for, in two notes: the first one, then the others together
    // once a slot was free again.
    QCOMPARE(countNotes(log, QStringLiteral("Refused an inbound connection")), 1);
    QVERIFY(hasNote(log, QStringLiteral("Refused %1 more inbound connections while %2 were open")
                             .arg(Burst - Limit - 1)
                             .arg(Limit)));
    // Finished connections are not kept: once their end is recorded, their objects go.
    QObject *root = listen ? static_cast<QObject *>(listen.get()) : authoritative.get();
    QTRY_COMPARE(root->findChildren<InboundS2s *>().size(), 0);
    qInfo("%s flood: %d connections, %d accepted, %d refusal notes, %d events, %lld bytes",
          qPrintable(role), Burst, Limit, countNotes(log, QStringLiteral("Refused")), log.size(),
          storedBytes(log));
    checkBounded(log, 4 * SmallLogBound);
}

void TestHostile::slowlorisInbound_data()
{
    QTest::addColumn<bool>("headerFirst");
    QTest::newRow("trickled-header") << false;
    QTest::newRow("trickle-after-header") << true;
}

void TestHostile::slowlorisInbound()
{
    // A remote server sends the start at once, then trickles one byte a second into the
    // receiving role: more often than the timeout.
    QFETCH(bool, headerFirst);
    constexpr int Timeout = 1500;
    EventLog log;
    ListenSession listen(&log, listenOptions(Timeout));
    QVERIFY(listen.start());
    const QByteArray stanza = "<message from='a@peer.localhost' to='b@inspector.test'><body>"
                              "slow</body></message>";
    ScriptedPeer peer;
    if (headerFirst)
        peer.send(InitiatorHeader + stanza.left(10)).trickle(stanza.mid(10), 1000);
    else
        peer.send(InitiatorHeader.left(40)).trickle(InitiatorHeader.mid(40), 1000);
    QElapsedTimer t;
    t.start();
    peer.connectTo(listen.address().port);
    QTRY_VERIFY(peer.accepted());
    QVERIFY(waitUntil([&peer] { return peer.otherSideClosed(); }, Timeout + MarginMs));
    const qint64 closedAfter = t.elapsed();
    // Whatever happened, the session itself still ends when asked, and at once.
    QSignalSpy finished(&listen, &ListenSession::finished);
    listen.stop();
    QVERIFY(listen.isFinished() || finished.wait(MarginMs));
    QTRY_VERIFY(peer.otherSideClosed());
    dumpLog(log);
    qInfo("inbound trickle (%s): the connection ended after %lld ms",
          headerFirst ? "after the header" : "of the header", closedAfter);
    if (!headerFirst) {
        QVERIFY2(closedAfter >= Timeout * 9 / 10, qPrintable(QString::number(closedAfter)));
        bool timedOut = false;
        for (const Event &e : log.events()) {
            timedOut =
                timedOut ||
                (e.kind == EventKind::Error &&
                 e.data.value(QStringLiteral("code")).toString() == QLatin1String("timeout") &&
                 e.data.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("more byte(s) but no complete element within %1 ms during accepted").arg(Timeout)));
        }
        QVERIFY(timedOut);
    }
    // What arrived is kept as it came, the unfinished part included.
    QCOMPARE(inboundRaw(log, 1), peer.sent());
    checkBounded(log, SmallLogBound);
}

void TestHostile::resetMidStanza()
{
    // Half of the features, a pause so they are surely read, then RST.
    const QByteArray partial = PeerHeader + "<stream:features><starttls xmlns='urn:ietf:params:xml:"
                                            "ns:xmpp-tls'/><dia";
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(partial).pause(200).abortConnection();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < 200 + MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("connection-lost"));
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), QStringLiteral("header_received"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("during header_received")),
             qPrintable(describe(s)));
    // The header and the cut-off features are both in the log.
    QCOMPARE(inboundRaw(run.log, 1), partial);
    checkBounded(run.log, SmallLogBound);
}

void TestHostile::resetMidStanzaInbound()
{
    EventLog log;
    ListenSession listen(&log, listenOptions());
    QVERIFY(listen.start());
    const QByteArray partial = InitiatorHeader + "<message from='a@peer.localhost' to='b@inspec";
    ScriptedPeer peer;
    peer.send(partial).expect("</stream:features>").pause(200).abortConnection();
    peer.connectTo(listen.address().port);
    QTRY_VERIFY(peer.otherSideClosed());
    // The listener notices at once, records the end of the connection with what came before
    // it, and goes on listening.
    const auto ended = [&log] {
        for (const Event &e : log.events()) {
            if (e.connection == 1 && e.kind == EventKind::Phase &&
                e.data.value(QStringLiteral("name")).toString() == QLatin1String("failed"))
                return true;
        }
        return hasNote(log, QStringLiteral("closed the TCP connection"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(ended(), MarginMs);
    QCOMPARE(inboundRaw(log, 1), partial);
    checkBounded(log, SmallLogBound);
    QVERIFY(!listen.isFinished());
    ScriptedPeer next;
    next.send(InitiatorHeader).expect("</stream:features>").send(Close).expect(Close).close();
    next.connectTo(listen.address().port);
    QTRY_VERIFY_WITH_TIMEOUT(next.scriptDone(), MarginMs);
    listen.stop();
}

void TestHostile::cli_data()
{
    QTest::addColumn<CliCase>("behaviour");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("minMs");
    QTest::newRow("malformed-before-features")
        << CliCase::Malformed << 1 << QStringLiteral("xml-not-well-formed")
        << QStringLiteral("header_received") << QStringLiteral("tag mismatch") << 0;
    QTest::newRow("billion-laughs")
        << CliCase::BillionLaughs << 1 << QStringLiteral("xml-restricted-xml")
        << QStringLiteral("stream_opened") << QStringLiteral("document type declaration") << 0;
    QTest::newRow("endless-element")
        << CliCase::EndlessElement << 1 << QStringLiteral("xml-policy-violation")
        << QStringLiteral("header_received") << QStringLiteral("size limit of 524288 bytes") << 0;
    QTest::newRow("slowloris") << CliCase::Slowloris << 3 << QStringLiteral("timeout")
                               << QStringLiteral("stream_opened")
                               << QStringLiteral("within 1000 ms during stream_opened")
                               << TimeoutMs;
    QTest::newRow("tls-stall") << CliCase::TlsStall << 3 << QStringLiteral("timeout")
                               << QStringLiteral("tls_handshake")
                               << QStringLiteral("within 1000 ms during tls_handshake")
                               << TimeoutMs;
}

void TestHostile::cli()
{
    QFETCH(CliCase, behaviour);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, phase);
    QFETCH(QString, message);
    QFETCH(int, minMs);
    auto *peer = new ScriptedPeer;
    peer->expect("<stream:stream");
    switch (behaviour) {
    case CliCase::Malformed:
        peer->send(PeerHeader + "<stream:features><a></b>").stall();
        break;
    case CliCase::BillionLaughs:
        peer->send(XmlDeclaration + billionLaughsDtd() + PeerStreamTag).stall();
        break;
    case CliCase::EndlessElement: {
        const QByteArray chunk(64 * 1024, 'z');
        peer->send(PeerHeader + "<stream:features>").generate(qint64(1) << 30, [chunk](qint64) {
            return chunk;
        });
        break;
    }
    case CliCase::Slowloris:
        peer->send(PeerHeader.left(30)).trickle(PeerHeader.mid(30), 1000);
        break;
    case CliCase::TlsStall:
        peer->send(PeerHeader + FeaturesStarttls)
            .expect("<starttls")
            .send(Proceed)
            .expect(ClientHello)
            .stall();
        break;
    }
    PeerThread thread(peer);
    QVERIFY(thread.started());
    QElapsedTimer t;
    t.start();
    const Inspector::Test::CliResult r =
        Inspector::Test::runCli(cliArgs(thread.port(), TimeoutMs / 1000.0), 20000);
    const qint64 elapsed = t.elapsed();
    // Alive to the end and on time (the process start included): a normal exit with the
    // documented status.
    QVERIFY2(r.exitCode != -1, "the CLI crashed or hung");
    QVERIFY2(elapsed >= minMs * 9 / 10 && elapsed < TimeoutMs + MarginMs + ProcessStartMs,
             qPrintable(QString::number(elapsed)));
    QCOMPARE(r.exitCode, exitCode);
    // One JSON object on stdout whose error names the fault.
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("errorCode")).toString(), code);
    QCOMPARE(o.value(QStringLiteral("failedPhase")).toString(), phase);
    QVERIFY2(o.value(QStringLiteral("error")).toString().contains(message),
             qPrintable(describe(o)));
    // The endless stream: the CLI stopped reading it at once.
    if (behaviour == CliCase::EndlessElement) {
        const qint64 sent = thread.call([peer] { return peer->sentTotal(); });
        QVERIFY2(sent < 64 * 1024 * 1024, qPrintable(QString::number(sent)));
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
