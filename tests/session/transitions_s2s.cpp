// SPDX-License-Identifier: GPL-3.0-or-later
// The server-to-server connections' scenarios: this tool initiating (the test plays the
// receiving server) and accepting (the test plays the initiating server).
#include "transitions.h"

#include "trace/eventlog.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Inspector;
using namespace Inspector::Test;
using Then = MemoryPeer::Then;
using Tls = S2sOptions::Tls;

namespace {
const QByteArray Header =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' id='s1' version='1.0'>";
// RFC 6120 §4.7.5: no version, a pre-1.0 server that sends no features.
const QByteArray OldHeader =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' id='s0'>";
const QByteArray Starttls = "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                            "<required/></starttls></stream:features>";
const QByteArray DialbackFeatures = "<stream:features><dialback xmlns='urn:xmpp:features:dialback'>"
                                    "<errors/></dialback></stream:features>";
const QByteArray External =
    "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>EXTERNAL"
    "</mechanism></mechanisms><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";
const QByteArray Proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
// XEP-0198: offered with dialback here (enabled once it has authenticated the stream).
const QByteArray DialbackSm = "<stream:features><dialback xmlns='urn:xmpp:features:dialback'>"
                              "<errors/></dialback><sm xmlns='urn:xmpp:sm:3'/></stream:features>";
const QByteArray Enabled = "<enabled xmlns='urn:xmpp:sm:3'/>";
const QByteArray Valid = "<db:result type='valid' from='peer.example' to='inspector.test'/>";
const QByteArray SaslFailure =
    "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>";
const QByteArray PolicyViolation = "<stream:error><policy-violation "
                                   "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>";

/// The steps to a TLS session by STARTTLS, then the restarted stream's header with
/// `featuresAfter` (none: the peer falls silent after TLS).
QVector<MemoryPeer::Step> starttls(const QByteArray &featuresAfter)
{
    return {{"<stream:stream", Header + Starttls},
            {"<starttls", Proceed, Then::StartTls},
            {"<stream:stream", featuresAfter.isEmpty() ? QByteArray() : Header + featuresAfter}};
}

QVector<MemoryPeer::Step> dialbackAnswered(const QByteArray &answer)
{
    return {{"<stream:stream", Header + DialbackFeatures}, {"</db:result>", answer}};
}

void authenticate(OutgoingS2sConfig &c, S2sOptions::Auth auth = S2sOptions::Auth::Dialback)
{
    c.task = OutgoingS2sConfig::Task::Authenticate;
    c.auth = auth;
}

void verifyTask(OutgoingS2sConfig &c)
{
    c.task = OutgoingS2sConfig::Task::Verify;
    c.verify.kind = Dialback::Message::Kind::Verify;
    c.verify.from = c.from;
    c.verify.to = c.to;
    c.verify.id = QStringLiteral("x1");
    c.verify.key = QStringLiteral("k3y");
}

OutgoingScenario makeOutgoing(std::function<void(OutgoingS2sConfig &, MemoryTransport &)> configure,
                              QVector<MemoryPeer::Step> steps, const QString &last,
                              const QString &stopAt = {})
{
    OutgoingScenario s;
    s.configure = std::move(configure);
    s.steps = std::move(steps);
    s.last = last;
    s.stopAt = stopAt;
    return s;
}

void directTls(OutgoingScenario &s)
{
    s.peerStartsTls = true;
    const auto before = s.configure;
    s.configure = [before](OutgoingS2sConfig &c, MemoryTransport &peer) {
        c.tls = Tls::Direct;
        if (before)
            before(c, peer);
    };
}

const QString Closed = QStringLiteral("stream_closed");
const QString Failed = QStringLiteral("failed");
} // namespace

void TestTransitions::outgoing_data()
{
    QTest::addColumn<OutgoingScenario>("scenario");
    const auto none = [](OutgoingS2sConfig &, MemoryTransport &) {
    };
    const auto silent = [](OutgoingS2sConfig &c, MemoryTransport &) {
        c.timeoutMs = 150;
    };
    const auto auth = [](OutgoingS2sConfig &c, MemoryTransport &) {
        authenticate(c);
    };
    const QSslCertificate cert = m_certificate;
    const QSslKey key = m_key;
    const auto withCertificate = [cert, key](OutgoingS2sConfig &c, S2sOptions::Auth a) {
        authenticate(c, a);
        c.clientCertificate = cert;
        c.clientKey = key;
    };

    QTest::newRow("refused") << makeOutgoing(
        [](OutgoingS2sConfig &c, MemoryTransport &peer) {
            c.transport = [&peer](QObject *parent) {
                auto *end = new MemoryTransport(parent);
                MemoryTransport::link(end, &peer);
                end->refuseConnections(true);
                return end;
            };
        },
        {}, Failed);
    QTest::newRow("stopped while connecting")
        << makeOutgoing(none, {}, Closed, QStringLiteral("connecting"));
    QTest::newRow("stop after tcp_connected")
        << makeOutgoing([](OutgoingS2sConfig &c,
                           MemoryTransport &) { c.stopAfter = QStringLiteral("tcp_connected"); },
                        {}, Closed);
    OutgoingScenario direct =
        makeOutgoing(none, {{"<stream:stream", Header + DialbackFeatures}}, Closed);
    directTls(direct);
    QTest::newRow("direct TLS probe") << direct;
    // The peer never starts its side of the handshake.
    QTest::newRow("stopped during the handshake")
        << makeOutgoing([](OutgoingS2sConfig &c, MemoryTransport &) { c.tls = Tls::Direct; }, {},
                        Closed, QStringLiteral("tls_handshake"));
    OutgoingScenario strict = makeOutgoing(
        [cert](OutgoingS2sConfig &c, MemoryTransport &peer) {
            c.strictTls = true;
            c.transport = MemoryTransport::factory(
                &peer, {cert}, {QSslError(QSslError::SelfSignedCertificate, cert)});
        },
        {}, Failed);
    directTls(strict);
    QTest::newRow("strict TLS refuses the chain") << strict;
    DaneFact mismatch; // secure TLSA records of which none matches the chain
    mismatch.present = mismatch.usable = mismatch.mismatch = true;
    mismatch.matched = false;
    OutgoingScenario dane = makeOutgoing(
        [cert, mismatch](OutgoingS2sConfig &c, MemoryTransport &peer) {
            c.transport = [&peer, cert, mismatch](QObject *parent) {
                Transport *end = MemoryTransport::factory(&peer, {cert})(parent);
                static_cast<MemoryTransport *>(end)->setDane(mismatch);
                return end;
            };
        },
        {}, Failed);
    directTls(dane);
    QTest::newRow("no TLSA record matches") << dane;
    OutgoingScenario stopTls =
        makeOutgoing([](OutgoingS2sConfig &c,
                        MemoryTransport &) { c.stopAfter = QStringLiteral("tls_established"); },
                     {}, Closed);
    directTls(stopTls);
    QTest::newRow("stop after tls_established") << stopTls;

    QVector<MemoryPeer::Step> full = starttls(DialbackFeatures);
    full.append({"</db:result>", Valid});
    QTest::newRow("STARTTLS and dialback")
        << makeOutgoing(auth, full, Closed, QStringLiteral("authenticated"));
    QTest::newRow("silent peer") << makeOutgoing(silent, {}, Failed);
    QTest::newRow("stopped waiting for the header")
        << makeOutgoing(none, {}, Closed, QStringLiteral("stream_opened"));
    QTest::newRow("silent after the restart") << makeOutgoing(silent, starttls({}), Failed);
    QTest::newRow("stopped after the restart")
        << makeOutgoing(none, starttls({}), Closed, QStringLiteral("stream_restarted"));

    QTest::newRow("pre-1.0 peer, dialback")
        << makeOutgoing(auth, {{"<stream:stream", OldHeader}, {"</db:result>", Valid}}, Closed,
                        QStringLiteral("authenticated"));
    QTest::newRow("pre-1.0 peer, verify") << makeOutgoing(
        [](OutgoingS2sConfig &c, MemoryTransport &) { verifyTask(c); },
        {{"<stream:stream", OldHeader},
         {"</db:verify>",
          "<db:verify type='valid' from='peer.example' to='inspector.test' id='x1'/>"}},
        Closed);
    QTest::newRow("pre-1.0 peer, probe")
        << makeOutgoing(none, {{"<stream:stream", OldHeader}}, Closed);
    QTest::newRow("stream error instead of features")
        << makeOutgoing(none, {{"<stream:stream", Header + PolicyViolation}}, Failed);
    QTest::newRow("verify never answered") << makeOutgoing(
        [](OutgoingS2sConfig &c, MemoryTransport &) {
            verifyTask(c);
            c.tls = Tls::None;
            c.timeoutMs = 150;
        },
        {{"<stream:stream", Header + DialbackFeatures}}, Failed);

    QTest::newRow("SASL EXTERNAL") << makeOutgoing(
        [withCertificate](OutgoingS2sConfig &c, MemoryTransport &) {
            withCertificate(c, S2sOptions::Auth::Auto);
        },
        starttls(External) +
            QVector<MemoryPeer::Step>{
                {"<auth", "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"},
                {"<stream:stream", Header + "<stream:features/>"}},
        Closed, QStringLiteral("authenticated"));
    QTest::newRow("SASL EXTERNAL fails, dialback follows") << makeOutgoing(
        [withCertificate](OutgoingS2sConfig &c, MemoryTransport &) {
            withCertificate(c, S2sOptions::Auth::Auto);
        },
        starttls(External) +
            QVector<MemoryPeer::Step>{{"<auth", SaslFailure}, {"</db:result>", Valid}},
        Closed, QStringLiteral("authenticated"));
    QTest::newRow("SASL EXTERNAL refused") << makeOutgoing(
        [withCertificate](OutgoingS2sConfig &c, MemoryTransport &) {
            withCertificate(c, S2sOptions::Auth::External);
        },
        starttls(External) + QVector<MemoryPeer::Step>{{"<auth", SaslFailure}}, Failed);
    QTest::newRow("stopped waiting for SASL") << makeOutgoing(
        [withCertificate](OutgoingS2sConfig &c, MemoryTransport &) {
            withCertificate(c, S2sOptions::Auth::External);
        },
        starttls(External), Closed, QStringLiteral("sasl_external_sent"));

    QTest::newRow("SASL EXTERNAL, stream management, acknowledged") << makeOutgoing(
        [withCertificate](OutgoingS2sConfig &c, MemoryTransport &) {
            withCertificate(c, S2sOptions::Auth::External);
        },
        starttls(External) +
            QVector<MemoryPeer::Step>{
                {"<auth", "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"},
                {"<stream:stream",
                 Header + "<stream:features><sm xmlns='urn:xmpp:sm:3'/></stream:features>"},
                {"<enable", Enabled},
                {"<r ", "<a xmlns='urn:xmpp:sm:3' h='0'/>"}},
        Closed, QStringLiteral("verdict:sm-enable"));
    QTest::newRow("dialback, stream management, <r/> unanswered") << makeOutgoing(
        [](OutgoingS2sConfig &c, MemoryTransport &) {
            authenticate(c);
            c.timeoutMs = 150;
        },
        {{"<stream:stream", Header + DialbackSm}, {"</db:result>", Valid}, {"<enable", Enabled}},
        Closed, QStringLiteral("verdict:sm-enable"));
    QTest::newRow("stream error waiting for <a/>")
        << makeOutgoing(auth,
                        {{"<stream:stream", Header + DialbackSm},
                         {"</db:result>", Valid},
                         {"<enable", Enabled},
                         {"<r ", PolicyViolation}},
                        Failed, QStringLiteral("verdict:sm-enable"));
    QTest::newRow("STARTTLS required, not offered")
        << makeOutgoing([](OutgoingS2sConfig &c, MemoryTransport &) { c.tls = Tls::StartTls; },
                        {{"<stream:stream", Header + DialbackFeatures}}, Failed);
    QTest::newRow("stopped waiting for proceed") << makeOutgoing(
        none, {{"<stream:stream", Header + Starttls}}, Closed, QStringLiteral("starttls_sent"));
    QTest::newRow("STARTTLS failure")
        << makeOutgoing(none,
                        {{"<stream:stream", Header + Starttls},
                         {"<starttls", "<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"}},
                        Failed);
    QTest::newRow("dialback refused") << makeOutgoing(
        auth,
        dialbackAnswered("<db:result type='invalid' from='peer.example' to='inspector.test'/>"),
        Failed);
    QTest::newRow("stopped waiting for the verdict")
        << makeOutgoing(auth, {{"<stream:stream", Header + DialbackFeatures}}, Closed,
                        QStringLiteral("dialback_sent"));
    QTest::newRow("stream error once authenticated")
        << makeOutgoing(auth, dialbackAnswered(Valid + PolicyViolation), Failed);
}

void TestTransitions::outgoing()
{
    QFETCH(OutgoingScenario, scenario);
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c;
    c.from = QStringLiteral("inspector.test");
    c.to = QStringLiteral("peer.example");
    c.host = QStringLiteral("peer.example");
    c.timeoutMs = 1000;
    c.transport = MemoryTransport::factory(&peerEnd, {m_certificate});
    c.dialbackKey = [](const QString &) {
        return QStringLiteral("k3y");
    };
    scenario.configure(c, peerEnd);
    MemoryPeer peer(&peerEnd, scenario.steps);
    OutgoingS2s role(&log, c);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    stopOnce(log, role.connectionId(), scenario.stopAt, &role, [&role] { role.stop(); });
    role.start();
    if (scenario.peerStartsTls) {
        QTRY_VERIFY_WITH_TIMEOUT(peerEnd.isOpen(), 5000);
        peerEnd.startServerTls(TlsOptions());
    }
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    m_coverage.recordConnection(QStringLiteral("outgoing s2s"), log, role.connectionId());
    QVERIFY2(illegalTransitions(log).isEmpty(), qPrintable(illegalTransitions(log).join(u'\n')));
    QCOMPARE(lastPhase(log, role.connectionId()), scenario.last);
}

namespace {
const QByteArray InHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                            "xmlns:stream='http://etherx.jabber.org/streams' "
                            "xmlns:db='jabber:server:dialback' from='peer.example' "
                            "to='inspector.test' version='1.0'>";
const QByteArray DialbackRequest =
    "<db:result from='peer.example' to='inspector.test'>k3y</db:result>";

InboundScenario
makeInbound(QVector<MemoryPeer::Step> steps, const QString &last, const QString &stopAt = {},
            std::function<void(InboundS2sConfig &, MemoryTransport &)> configure = {})
{
    InboundScenario s;
    s.steps = std::move(steps);
    s.last = last;
    s.stopAt = stopAt;
    s.configure = std::move(configure);
    return s;
}

/// The peer starts TLS at once (XEP-0368), then sends its header.
QVector<MemoryPeer::Step> directTlsThen(QVector<MemoryPeer::Step> after)
{
    return QVector<MemoryPeer::Step>{{"", {}, Then::StartTls}} + after;
}

void directTlsInbound(InboundS2sConfig &c, MemoryTransport &)
{
    c.directTls = true;
}
} // namespace

void TestTransitions::inbound_data()
{
    QTest::addColumn<InboundScenario>("scenario");
    const auto silent = [](InboundS2sConfig &c, MemoryTransport &) {
        c.timeoutMs = 150;
    };
    const auto silentTls = [](InboundS2sConfig &c, MemoryTransport &) {
        c.directTls = true;
        c.timeoutMs = 150;
    };
    const QSslCertificate cert = m_certificate;
    const QSslKey key = m_key;
    QTest::newRow("dialback, then the peer closes")
        << makeInbound({{"", InHeader},
                        {"</stream:features>", DialbackRequest},
                        {"type=\"valid\"", "</stream:stream>"}},
                       Closed);
    QTest::newRow("silent peer") << makeInbound({}, Failed, {}, silent);
    QTest::newRow("stopped before the header")
        << makeInbound({}, Closed, QStringLiteral("accepted"));
    // SASL EXTERNAL over direct TLS: the peer's certificate (presented to the role) verifies.
    QTest::newRow("direct TLS and SASL EXTERNAL")
        << makeInbound(directTlsThen({{"", InHeader},
                                      {"EXTERNAL", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' "
                                                   "mechanism='EXTERNAL'>=</auth>"},
                                      {"<success", InHeader},
                                      {"stream:features", "</stream:stream>"}}),
                       Closed, {}, directTlsInbound);
    QTest::newRow("stopped during the handshake")
        << makeInbound({}, Closed, QStringLiteral("tls_handshake"), directTlsInbound);
    QTest::newRow("handshake never starts") << makeInbound({}, Failed, {}, silentTls);
    QTest::newRow("stopped after TLS") << makeInbound(
        directTlsThen({}), Closed, QStringLiteral("tls_established"), directTlsInbound);
    QTest::newRow("silent after TLS") << makeInbound(directTlsThen({}), Failed, {}, silentTls);
    QTest::newRow("host unknown") << makeInbound(
        {{"", QByteArray(InHeader).replace("to='inspector.test'", "to='other.example'")}}, Failed);
    QTest::newRow("STARTTLS") << makeInbound(
        {{"", InHeader},
         {"</stream:features>", "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"},
         {"<proceed", {}, Then::StartTls},
         {"", InHeader},
         {"</stream:features>", "</stream:stream>"}},
        Closed, {}, [cert, key](InboundS2sConfig &c, MemoryTransport &) {
            c.certificate = cert;
            c.privateKey = key;
        });
    QTest::newRow("silent after the features") << makeInbound({{"", InHeader}}, Failed, {}, silent);
    QTest::newRow("bad XML once authenticated")
        << makeInbound({{"", InHeader},
                        {"</stream:features>", DialbackRequest},
                        {"type=\"valid\"", "<message></iq>"}},
                       Failed);
}

void TestTransitions::inbound()
{
    QFETCH(InboundScenario, scenario);
    EventLog log;
    MemoryTransport remoteEnd;
    InboundS2sConfig c;
    c.role = QStringLiteral("receiving");
    c.localDomains = {QStringLiteral("inspector.test")};
    c.dialbackSecret = "s3cret";
    c.timeoutMs = 1000;
    c.transport = MemoryTransport::factory(&remoteEnd, {m_certificate});
    if (scenario.configure)
        scenario.configure(c, remoteEnd);
    MemoryPeer peer(&remoteEnd, scenario.steps);
    InboundS2s role(&log, c);
    QSignalSpy finished(&role, &InboundS2s::finished);
    // The authoritative server's verdict (valid) comes after a round trip of its own.
    connect(&role, &InboundS2s::verifyNeeded, &role, [&role](const Dialback::Message &request) {
        QTimer::singleShot(
            0, &role, [&role, request] { role.answerDialback(request, QStringLiteral("valid")); });
    });
    stopOnce(log, role.connectionId(), scenario.stopAt, &role, [&role] { role.stop(); });
    QVERIFY(role.accept(0));
    peer.advance(); // the initiating server speaks first
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    m_coverage.recordConnection(QStringLiteral("inbound s2s"), log, role.connectionId());
    QVERIFY2(illegalTransitions(log).isEmpty(), qPrintable(illegalTransitions(log).join(u'\n')));
    QCOMPARE(lastPhase(log, role.connectionId()), scenario.last);
}
