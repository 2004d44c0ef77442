// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0288 bidirectional streams in both roles, over an in-process transport, with peers that
// do not play by the rules: stanzas for pairs the stream is not authenticated for, an offer
// only before TLS, a certificate that does not prove the peer's name, requests at the wrong
// time.
#include "logverdicts.h"
#include "memorypeer.h"
#include "net/certfactory.h"
#include "session/inbounds2s.h"
#include "session/outgoings2s.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/teaching.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using Inspector::Test::findingCodes;
using Inspector::Test::MemoryPeer;
using Inspector::Test::MemoryTransport;
using Inspector::Test::verdicts;

namespace {
const QByteArray ServerHeader =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' id='s1' version='1.0'>";
const QByteArray BidiDialbackFeatures =
    "<stream:features><bidi xmlns='urn:xmpp:features:bidi'/>"
    "<dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback></stream:features>";
const QByteArray DialbackFeatures =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "</stream:features>";
const QByteArray Valid = "<db:result type='valid' from='peer.example' to='inspector.test'/>";
const QByteArray RemoteHeader =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' version='1.0'>";

OutgoingS2sConfig dialbackConfig(MemoryTransport *peer)
{
    OutgoingS2sConfig c;
    c.from = QStringLiteral("inspector.test");
    c.to = QStringLiteral("peer.example");
    c.host = QStringLiteral("peer.example");
    c.timeoutMs = 2000;
    c.tls = S2sOptions::Tls::None;
    c.task = OutgoingS2sConfig::Task::Authenticate;
    c.auth = S2sOptions::Auth::Dialback;
    c.bidi = true;
    c.dialbackKey = [](const QString &) {
        return QStringLiteral("k3y");
    };
    c.transport = MemoryTransport::factory(peer);
    return c;
}

/// The authorised flag of each stanza the role passed on, in order.
QList<bool> authorisedFlags(const QSignalSpy &spy)
{
    QList<bool> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(1).toBool();
    return out;
}
} // namespace

class TestBidi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outgoingCountsOnlyTheInversePair();
    void outgoingNeverRequestsUnoffered();
    void outgoingOfferBeforeTlsDoesNotCount();
    void outgoingExternalNeedsTheCertificate_data();
    void outgoingExternalNeedsTheCertificate();
    void inboundSendsBackOnlyToTheAuthenticatedPeer();
    void inboundRefusesUnofferedRequest();
    void inboundRefusesRequestAfterAuthentication();

private:
    /// An inbound role offering bidi, a remote that opened its stream and got the features.
    struct Inbound;
    QSslCertificate m_peerCertificate;
    QSslKey m_peerKey;
};

void TestBidi::initTestCase()
{
    QString error;
    QVERIFY2(CertFactory::selfSigned(QStringLiteral("peer.example"), 1, &m_peerCertificate,
                                     &m_peerKey, &error),
             qPrintable(error));
}

void TestBidi::outgoingCountsOnlyTheInversePair()
{
    // XEP-0288 §2.2: after dialback for inspector.test → peer.example, the peer may send
    // peer.example → inspector.test on our stream, and nothing else.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(
        &peerEnd, {{"<stream:stream", ServerHeader + BidiDialbackFeatures},
                   {"</db:result>",
                    Valid + "<iq type='get' from='peer.example' to='inspector.test' id='a1'>"
                            "<ping xmlns='urn:xmpp:ping'/></iq>"
                            "<iq type='result' from='other.example' to='inspector.test' id='a2'/>"
                            "<iq type='result' from='peer.example' to='someone.else' id='a3'/>"}});
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QSignalSpy stanzas(&role, &OutgoingS2s::stanzaReceived);
    role.start();
    QTRY_COMPARE_WITH_TIMEOUT(stanzas.size(), 3, 5000);
    QVERIFY(role.isBidirectional());
    QCOMPARE(authorisedFlags(stanzas), (QList<bool>{true, false, false}));
    // The request went before the dialback request, on the same stream (§2.2).
    const QByteArray sent = peerEnd.received();
    const qsizetype request = sent.indexOf("<bidi xmlns=\"urn:xmpp:bidi\"/>");
    QVERIFY2(request > 0 && request < sent.indexOf("<db:result"), sent.constData());
    QCOMPARE(Test::onlyResult(log, QStringLiteral("bidi")), QStringLiteral("requested"));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("bidi-reverse")), QStringLiteral("authorised"));
    const QList<QJsonObject> refused = verdicts(log, QStringLiteral("bidi-stanza"));
    QCOMPARE(refused.size(), 2);
    for (const QJsonObject &v : refused)
        QCOMPARE(v.value(QStringLiteral("result")).toString(), QStringLiteral("unauthorised"));
    QCOMPARE(refused.at(0).value(QStringLiteral("from")).toString(),
             QStringLiteral("other.example"));
    QCOMPARE(refused.at(1).value(QStringLiteral("to")).toString(), QStringLiteral("someone.else"));
    QVERIFY(findingCodes(log).contains(QStringLiteral("BIDI-STANZA-UNAUTHORISED")));
    // The teaching notes explain both the request and a stanza coming back on our stream.
    QStringList explained;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.kind == EventKind::Element && (e.raw.startsWith("<bidi") || e.raw.startsWith("<iq")))
            explained << Teaching::explain(log, i);
    }
    QCOMPARE(explained.size(), 4);
    QVERIFY2(explained.at(0).contains(QStringLiteral("XEP-0288 §2.2")),
             qPrintable(explained.at(0)));
    QVERIFY2(explained.at(1).contains(QLatin1String("own outgoing stream")),
             qPrintable(explained.at(1)));
}

void TestBidi::outgoingNeverRequestsUnoffered()
{
    // A server that does not offer bidi ends the stream on the request (Prosody:
    // <unsupported-stanza-type/>): never sent; and what the peer then sends on our stream
    // is not its own.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, {{"<stream:stream", ServerHeader + DialbackFeatures},
                               {"</db:result>", Valid + "<iq type='result' from='peer.example' "
                                                        "to='inspector.test' id='a1'/>"}});
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QSignalSpy stanzas(&role, &OutgoingS2s::stanzaReceived);
    role.start();
    QTRY_COMPARE_WITH_TIMEOUT(stanzas.size(), 1, 5000);
    QVERIFY(!role.isBidirectional());
    QCOMPARE(authorisedFlags(stanzas), QList<bool>{false});
    QVERIFY2(!peerEnd.received().contains("urn:xmpp:bidi"), peerEnd.received().constData());
    QCOMPARE(Test::onlyResult(log, QStringLiteral("bidi")), QStringLiteral("not-offered"));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("bidi-stanza")),
             QStringLiteral("not-negotiated"));
    const QStringList codes = findingCodes(log);
    QVERIFY2(codes.contains(QStringLiteral("BIDI-NOT-OFFERED")) &&
                 codes.contains(QStringLiteral("STANZA-WITHOUT-BIDI")),
             qPrintable(codes.join(u' ')));
}

void TestBidi::outgoingOfferBeforeTlsDoesNotCount()
{
    // §2.1: "STARTTLS negotiation MUST be completed before enabling bidirectionality"; the
    // features after TLS decide, and these no longer offer it.
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = dialbackConfig(&peerEnd);
    c.tls = S2sOptions::Tls::StartTls;
    c.transport = MemoryTransport::factory(&peerEnd, {m_peerCertificate});
    MemoryPeer peer(
        &peerEnd,
        {{"<stream:stream", ServerHeader + "<stream:features><bidi xmlns='urn:xmpp:features:bidi'/>"
                                           "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                                           "</stream:features>"},
         {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
          MemoryPeer::Then::StartTls},
         {"<stream:stream", ServerHeader + DialbackFeatures},
         {"</db:result>", Valid}});
    OutgoingS2s role(&log, c);
    QSignalSpy authenticated(&role, &OutgoingS2s::authenticated);
    role.start();
    QVERIFY(authenticated.wait(5000));
    QVERIFY(!role.isBidirectional());
    QVERIFY(!peerEnd.received().contains("urn:xmpp:bidi"));
    const QList<QJsonObject> v = verdicts(log, QStringLiteral("bidi"));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().value(QStringLiteral("result")).toString(), QStringLiteral("not-offered"));
    QCOMPARE(v.first().value(QStringLiteral("offeredBeforeTls")).toBool(), true);
}

void TestBidi::outgoingExternalNeedsTheCertificate_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::newRow("certificate proves peer.example") << true;
    QTest::newRow("self-signed: proves nothing") << false;
}

void TestBidi::outgoingExternalNeedsTheCertificate()
{
    // With SASL the peer never authenticated to us: only its certificate says who it is, so
    // what it sends back counts only when that certificate proves the stream's 'to'.
    QFETCH(bool, trusted);
    EventLog log;
    MemoryTransport peerEnd;
    OutgoingS2sConfig c = dialbackConfig(&peerEnd);
    c.tls = S2sOptions::Tls::StartTls;
    c.auth = S2sOptions::Auth::External;
    c.dialbackKey = {};
    c.clientCertificate = m_peerCertificate; // any certificate: the peer only checks it's there
    c.clientKey = m_peerKey;
    QList<QSslError> errors;
    if (!trusted)
        errors << QSslError(QSslError::SelfSignedCertificate, m_peerCertificate);
    c.transport = MemoryTransport::factory(&peerEnd, {m_peerCertificate}, errors);
    MemoryPeer peer(
        &peerEnd,
        {{"<stream:stream",
          ServerHeader + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                         "</stream:features>"},
         {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
          MemoryPeer::Then::StartTls},
         {"<stream:stream",
          ServerHeader + "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                         "<mechanism>EXTERNAL</mechanism></mechanisms>"
                         "<bidi xmlns='urn:xmpp:features:bidi'/></stream:features>"},
         {"</auth>", "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"},
         {"<stream:stream", ServerHeader + "<stream:features/>" +
                                "<iq type='result' from='peer.example' to='inspector.test' "
                                "id='ping-1'/>"}});
    OutgoingS2s role(&log, c);
    QSignalSpy stanzas(&role, &OutgoingS2s::stanzaReceived);
    role.start();
    QTRY_COMPARE_WITH_TIMEOUT(stanzas.size(), 1, 5000);
    QVERIFY(role.isBidirectional());
    QCOMPARE(authorisedFlags(stanzas), QList<bool>{trusted});
    QCOMPARE(Test::onlyResult(log, QStringLiteral("bidi-reverse")),
             trusted ? QStringLiteral("authorised") : QStringLiteral("unproven"));
    QCOMPARE(findingCodes(log).contains(QStringLiteral("BIDI-UNPROVEN")), !trusted);
    QVERIFY(!findingCodes(log).contains(QStringLiteral("BIDI-STANZA-UNAUTHORISED")));
}

struct TestBidi::Inbound
{
    EventLog log;
    MemoryTransport remoteEnd;
    InboundS2s *role = nullptr;

    explicit Inbound(bool offer)
    {
        InboundS2sConfig c;
        c.role = QStringLiteral("receiving");
        c.localDomains = {QStringLiteral("inspector.test")};
        c.dialbackSecret = "s3cret";
        c.timeoutMs = 2000;
        c.offerBidi = offer;
        c.transport = MemoryTransport::factory(&remoteEnd);
        role = new InboundS2s(&log, c);
        role->accept(0);
        remoteEnd.write(RemoteHeader);
    }
    ~Inbound() { delete role; }
    /// The peer asks for dialback as peer.example; the test plays its authoritative server.
    bool authenticate()
    {
        QSignalSpy verify(role, &InboundS2s::verifyNeeded);
        remoteEnd.write("<db:result from='peer.example' to='inspector.test'>k3y</db:result>");
        if (!verify.wait(5000))
            return false;
        role->answerDialback(verify.first().first().value<Dialback::Message>(),
                             QStringLiteral("valid"));
        return true;
    }
};

void TestBidi::inboundSendsBackOnlyToTheAuthenticatedPeer()
{
    Inbound in(true);
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("</stream:features>"), 5000);
    QVERIFY(in.remoteEnd.received().contains("urn:xmpp:features:bidi"));
    in.remoteEnd.write("<bidi xmlns='urn:xmpp:bidi'/>");
    QVERIFY(in.authenticate());
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("type=\"valid\""), 5000);
    QCOMPARE(Test::onlyResult(in.log, QStringLiteral("bidi-in")), QStringLiteral("accepted"));
    QVERIFY(in.role->canSendBack(QStringLiteral("inspector.test"),
                                 QStringLiteral("user@peer.example/r")));
    // Only the inverse of the authenticated pair: not as another domain, not to another one.
    QVERIFY(!in.role->canSendBack(QStringLiteral("other.test"), QStringLiteral("peer.example")));
    QVERIFY(
        !in.role->canSendBack(QStringLiteral("inspector.test"), QStringLiteral("else.example")));
}

void TestBidi::inboundRefusesUnofferedRequest()
{
    Inbound in(false);
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("</stream:features>"), 5000);
    QVERIFY(!in.remoteEnd.received().contains("urn:xmpp:features:bidi"));
    in.remoteEnd.write("<bidi xmlns='urn:xmpp:bidi'/>");
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("unsupported-stanza-type"), 5000);
    QVERIFY(
        !in.role->canSendBack(QStringLiteral("inspector.test"), QStringLiteral("peer.example")));
}

void TestBidi::inboundRefusesRequestAfterAuthentication()
{
    Inbound in(true);
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("</stream:features>"), 5000);
    QVERIFY(in.authenticate());
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("type=\"valid\""), 5000);
    in.remoteEnd.write("<bidi xmlns='urn:xmpp:bidi'/>");
    QTRY_VERIFY_WITH_TIMEOUT(in.remoteEnd.received().contains("unsupported-stanza-type"), 5000);
    QVERIFY(
        !in.role->canSendBack(QStringLiteral("inspector.test"), QStringLiteral("peer.example")));
}

QTEST_GUILESS_MAIN(TestBidi)
#include "tst_bidi.moc"
