// SPDX-License-Identifier: GPL-3.0-or-later
// The roles' state machines driven over an in-process transport: no socket, no TLS library,
// no timing but the event loop's. The peer's side is played by the test, byte for byte.
#include "memorypeer.h"
#include "memorytransport.h"
#include "net/certfactory.h"
#include "session/c2ssession.h"
#include "session/inbounds2s.h"
#include "session/outgoings2s.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using Inspector::Test::MemoryPeer;
using Inspector::Test::MemoryTransport;

namespace {
const QByteArray ServerHeader =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' id='s1' version='1.0'>";
const QByteArray StarttlsFeatures =
    "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
    "</stream:features>";
const QByteArray DialbackFeatures =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "</stream:features>";

/// The phases the log holds for one connection, in order.
QStringList phases(const EventLog &log, int connection)
{
    QStringList names;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.connection == connection && e.kind == EventKind::Phase)
            names << EventJson::data(e).value(QStringLiteral("name")).toString();
    }
    return names;
}

QString errorCode(const EventLog &log, int connection)
{
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.connection == connection && e.kind == EventKind::Error)
            return EventJson::data(e).value(QStringLiteral("code")).toString();
    }
    return {};
}

OutgoingS2sConfig outgoing(MemoryTransport *peer)
{
    OutgoingS2sConfig c;
    c.from = QStringLiteral("inspector.test");
    c.to = QStringLiteral("peer.example");
    c.host = QStringLiteral("peer.example");
    c.timeoutMs = 2000;
    c.transport = MemoryTransport::factory(peer);
    return c;
}
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outgoingStarttlsAndDialback();
    void outgoingStarttlsRequiredProbe();
    void outgoingRefused();
    void outgoingStrictTlsRefusesTheCertificate();
    void outgoingSilentPeerTimesOut();
    void outgoingStreamErrorInFeatures();
    void outgoingDialbackRefused();
    void inboundDialbackAsAuthoritative();
    void clientProbe();

private:
    QSslCertificate m_peerCertificate;
    QSslKey m_peerKey;
};

void TestRoles::initTestCase()
{
    QString error;
    QVERIFY2(CertFactory::selfSigned(QStringLiteral("peer.example"), 1, &m_peerCertificate,
                                     &m_peerKey, &error),
             qPrintable(error));
}

void TestRoles::outgoingStarttlsAndDialback()
{
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = outgoing(&peerEnd);
    c.task = OutgoingS2sConfig::Task::Authenticate;
    c.auth = S2sOptions::Auth::Dialback;
    c.dialbackKey = [](const QString &) {
        return QStringLiteral("k3y");
    };
    // The peer's certificate names it, but no trusted CA issued it.
    c.transport =
        MemoryTransport::factory(&peerEnd, {m_peerCertificate},
                                 {QSslError(QSslError::SelfSignedCertificate, m_peerCertificate)});
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", ServerHeader + StarttlsFeatures},
                     {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
                      MemoryPeer::Then::StartTls},
                     {"<stream:stream", ServerHeader + DialbackFeatures},
                     {"</db:result>", "<db:result type='valid' from='peer.example' "
                                      "to='inspector.test'/>"},
                     {"</stream:stream>", "</stream:stream>", MemoryPeer::Then::Close}},
                    false);
    OutgoingS2s role(&log, c);
    QSignalSpy authenticated(&role, &OutgoingS2s::authenticated);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(authenticated.wait(5000));
    QCOMPARE(authenticated.first().first().toString(), QStringLiteral("dialback"));
    role.stop();
    QVERIFY(finished.wait(5000));
    QVERIFY(peer.done());
    QCOMPARE(role.outcome(), Outcome::Success);
    QCOMPARE(phases(log, role.connectionId()),
             (QStringList{QStringLiteral("connecting"), QStringLiteral("tcp_connected"),
                          QStringLiteral("stream_opened"), QStringLiteral("header_received"),
                          QStringLiteral("features_received"), QStringLiteral("starttls_sent"),
                          QStringLiteral("starttls_proceed"), QStringLiteral("tls_handshake"),
                          QStringLiteral("tls_established"), QStringLiteral("stream_restarted"),
                          QStringLiteral("header_received"), QStringLiteral("features_received"),
                          QStringLiteral("dialback_sent"), QStringLiteral("authenticated"),
                          QStringLiteral("stream_closing"), QStringLiteral("stream_closed")}));
    // The TLS facts are those of the presented chain: the name matches (RFC 9525), the
    // chain does not verify, so the connection is not "verified".
    QJsonObject tls;
    for (int i = 0; i < log.size(); ++i)
        if (log.at(i).kind == EventKind::Tls)
            tls = EventJson::data(log.at(i));
    QCOMPARE(
        tls.value(QStringLiteral("identity")).toObject().value(QStringLiteral("matched")).toBool(),
        true);
    QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), false);
    QCOMPARE(tls.value(QStringLiteral("peerCertificates")).toArray().size(), 1);
    // Our key went out as XEP-0220 §2.1.1 says: from our domain, to theirs.
    QVERIFY2(peerEnd.received().contains(
                 "<db:result from=\"inspector.test\" to=\"peer.example\">k3y</db:result>"),
             peerEnd.received().constData());
}

void TestRoles::outgoingStarttlsRequiredProbe()
{
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = outgoing(&peerEnd);
    c.task = OutgoingS2sConfig::Task::Probe;
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", ServerHeader + StarttlsFeatures},
                     {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
                      MemoryPeer::Then::StartTls},
                     {"<stream:stream", ServerHeader + DialbackFeatures},
                     {"</stream:stream>", "</stream:stream>", MemoryPeer::Then::Close}},
                    false);
    OutgoingS2s role(&log, c);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(role.outcome(), Outcome::Success);
    const QStringList p = phases(log, role.connectionId());
    QCOMPARE(p.last(), QStringLiteral("stream_closed"));
    QVERIFY(p.contains(QStringLiteral("tls_established")));
    QVERIFY(!p.contains(QStringLiteral("dialback_sent"))); // a probe does not authenticate
}

void TestRoles::outgoingStrictTlsRefusesTheCertificate()
{
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = outgoing(&peerEnd);
    c.strictTls = true;
    c.transport =
        MemoryTransport::factory(&peerEnd, {m_peerCertificate},
                                 {QSslError(QSslError::SelfSignedCertificate, m_peerCertificate)});
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", ServerHeader + StarttlsFeatures},
                     {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
                      MemoryPeer::Then::StartTls}},
                    false);
    OutgoingS2s role(&log, c);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(role.outcome() != Outcome::Success);
    const QStringList p = phases(log, role.connectionId());
    QVERIFY2(p.contains(QStringLiteral("tls_handshake")), qPrintable(p.join(u',')));
    QVERIFY2(!p.contains(QStringLiteral("tls_established")), qPrintable(p.join(u',')));
    QCOMPARE(p.last(), QStringLiteral("failed"));
    // Nothing after <starttls/> went out: no restarted stream over a refused TLS session.
    QCOMPARE(peerEnd.received().count("<stream:stream"), 1);
}

void TestRoles::outgoingRefused()
{
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = outgoing(&peerEnd);
    c.transport = [&peerEnd](QObject *parent) {
        auto *end = new MemoryTransport(parent);
        MemoryTransport::link(end, &peerEnd);
        end->refuseConnections(true);
        return end;
    };
    OutgoingS2s role(&log, c);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(role.outcome(), Outcome::NetworkFailure);
    QVERIFY(!role.wasConnected());
    QCOMPARE(phases(log, role.connectionId()),
             (QStringList{QStringLiteral("connecting"), QStringLiteral("failed")}));
}

void TestRoles::outgoingSilentPeerTimesOut()
{
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = outgoing(&peerEnd);
    c.timeoutMs = 200;
    OutgoingS2s role(&log, c);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(role.outcome(), Outcome::NetworkFailure);
    const QStringList p = phases(log, role.connectionId());
    QCOMPARE(p.mid(0, 3),
             (QStringList{QStringLiteral("connecting"), QStringLiteral("tcp_connected"),
                          QStringLiteral("stream_opened")}));
    QCOMPARE(p.last(), QStringLiteral("failed"));
    QVERIFY2(errorCode(log, role.connectionId()).contains(QLatin1String("timeout")),
             qPrintable(errorCode(log, role.connectionId())));
}

void TestRoles::outgoingStreamErrorInFeatures()
{
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream",
                      ServerHeader + "<stream:error><host-unknown "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                                     "</stream:error></stream:stream>",
                      MemoryPeer::Then::Close}},
                    false);
    OutgoingS2s role(&log, outgoing(&peerEnd));
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(role.outcome(), Outcome::ProtocolFailure);
    QCOMPARE(phases(log, role.connectionId()).last(), QStringLiteral("failed"));
    QVERIFY(role.error().english().contains(QLatin1String("host-unknown")));
}

void TestRoles::outgoingDialbackRefused()
{
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = outgoing(&peerEnd);
    c.task = OutgoingS2sConfig::Task::Authenticate;
    c.auth = S2sOptions::Auth::Dialback;
    c.tls = S2sOptions::Tls::None;
    c.dialbackKey = [](const QString &) {
        return QStringLiteral("k3y");
    };
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", ServerHeader + DialbackFeatures},
                     {"</db:result>", "<db:result type='invalid' from='peer.example' "
                                      "to='inspector.test'/>"}},
                    false);
    OutgoingS2s role(&log, c);
    QSignalSpy authenticated(&role, &OutgoingS2s::authenticated);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(authenticated.count(), 0);
    QCOMPARE(role.outcome(), Outcome::ProtocolFailure);
    const QStringList p = phases(log, role.connectionId());
    QVERIFY(p.contains(QStringLiteral("dialback_sent")));
    QVERIFY(!p.contains(QStringLiteral("authenticated")));
    QCOMPARE(p.last(), QStringLiteral("failed"));
}

void TestRoles::inboundDialbackAsAuthoritative()
{
    // This tool as the authoritative server: a receiving server asks whether a key is ours.
    EventLog log;
    MemoryTransport remoteEnd;
    InboundS2sConfig c;
    c.role = QStringLiteral("authoritative");
    c.localDomains = {QStringLiteral("inspector.test")};
    c.dialbackSecret = "s3cret";
    c.timeoutMs = 2000;
    c.transport = MemoryTransport::factory(&remoteEnd);
    InboundS2s role(&log, c);
    QSignalSpy finished(&role, &InboundS2s::finished);
    QVERIFY(role.accept(0));
    remoteEnd.write("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                    "xmlns:stream='http://etherx.jabber.org/streams' "
                    "xmlns:db='jabber:server:dialback' from='peer.example' "
                    "to='inspector.test' version='1.0'>");
    QTRY_VERIFY2_WITH_TIMEOUT(remoteEnd.received().contains("</stream:features>"),
                              qPrintable(phases(log, 1).join(u',') + QLatin1Char(' ') +
                                         errorCode(log, 1) + QLatin1Char(' ') +
                                         QString::fromUtf8(remoteEnd.received())),
                              5000);
    // A key that was never made with our secret: XEP-0220 §2.4.1, type='invalid'.
    remoteEnd.write("<db:verify from='peer.example' to='inspector.test' id='x1'>"
                    "not-our-key</db:verify>");
    QTRY_VERIFY_WITH_TIMEOUT(remoteEnd.received().contains("type=\"invalid\""), 5000);
    QVERIFY(remoteEnd.received().contains("id=\"x1\""));
    remoteEnd.write("</stream:stream>");
    QVERIFY(finished.wait(5000));
    const QStringList p = phases(log, 1);
    QVERIFY2(p.contains(QStringLiteral("features_sent")), qPrintable(p.join(u',')));
    QCOMPARE(p.last(), QStringLiteral("stream_closed"));
}

void TestRoles::clientProbe()
{
    EventLog log;
    MemoryTransport serverEnd;
    const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                              "xmlns:stream='http://etherx.jabber.org/streams' "
                              "from='example.org' id='c1' version='1.0'>";
    const QByteArray mechanisms = "<stream:features><mechanisms "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1"
                                  "</mechanism></mechanisms></stream:features>";
    MemoryPeer peer(&serverEnd,
                    {{"<stream:stream", header + StarttlsFeatures},
                     {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
                      MemoryPeer::Then::StartTls},
                     {"<stream:stream", header + mechanisms},
                     {"</stream:stream>", "</stream:stream>", MemoryPeer::Then::Close}},
                    false);
    C2sOptions c;
    c.jid = QStringLiteral("alice@example.org");
    c.host = QStringLiteral("example.org");
    c.probe = true;
    c.timeoutMs = 2000;
    c.transport = MemoryTransport::factory(&serverEnd);
    C2sSession session(&log, c);
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(peer.done());
    QCOMPARE(session.outcome(), Outcome::Success);
    const QStringList p = phases(log, 1);
    QVERIFY2(p.contains(QStringLiteral("tls_established")), qPrintable(p.join(u',')));
    QCOMPARE(p.last(), QStringLiteral("stream_closed"));
    // A probe never sends credentials.
    QVERIFY(!serverEnd.received().contains("<auth"));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
