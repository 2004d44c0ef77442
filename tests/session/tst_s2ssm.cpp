// SPDX-License-Identifier: GPL-3.0-or-later
// Stream management (XEP-0198) on an outgoing server-to-server stream, over an in-process
// transport, with peers that do not play by the rules: more acknowledged than was sent, fewer,
// no answer to <enable/> or to <r/>, an offer made only before authentication. Prosody's own
// behaviour (offered after SASL EXTERNAL) is tested against Prosody in tst_authentication.
#include "logverdicts.h"
#include "memorypeer.h"
#include "net/certfactory.h"
#include "session/outgoings2s.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "xml/namespaces.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using Inspector::Test::findingCodes;
using Inspector::Test::MemoryPeer;
using Inspector::Test::MemoryTransport;
using Inspector::Test::verdicts;
using Then = MemoryPeer::Then;

namespace {
const QByteArray Header =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' id='s1' version='1.0'>";
/// Dialback, and stream management offered before authentication (Prosody never does; the
/// stream may be managed once dialback has authenticated it).
const QByteArray DialbackSmFeatures =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "<sm xmlns='urn:xmpp:sm:3'><optional/></sm></stream:features>";
const QByteArray Valid = "<db:result type='valid' from='peer.example' to='inspector.test'/>";
const QByteArray Enabled = "<enabled xmlns='urn:xmpp:sm:3'/>";
/// What this tool sends: an <enable/> without resume='true' (servers do not resume).
const QByteArray EnableSent = "<enable xmlns=\"urn:xmpp:sm:3\"/>";
const QByteArray RequestSent = "<r xmlns=\"urn:xmpp:sm:3\"/>";

QByteArray ack(int h)
{
    return "<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(h) + "'/>";
}

QStringList phases(const EventLog &log)
{
    QStringList out;
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).kind == EventKind::Phase)
            out << EventJson::data(log.at(i)).value(QStringLiteral("name")).toString();
    }
    return out;
}

Element stanza(const QString &id)
{
    Element iq(Ns::Server, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("from"), QStringLiteral("inspector.test"));
    iq.setAttribute(QStringLiteral("to"), QStringLiteral("peer.example"));
    iq.setAttribute(QStringLiteral("id"), id);
    iq.appendChild(Element(Ns::Ping, QStringLiteral("ping")));
    return iq;
}

OutgoingS2sConfig dialbackConfig(MemoryTransport *peer, int timeoutMs = 2000)
{
    OutgoingS2sConfig c;
    c.from = QStringLiteral("inspector.test");
    c.to = QStringLiteral("peer.example");
    c.host = QStringLiteral("peer.example");
    c.timeoutMs = timeoutMs;
    c.tls = S2sOptions::Tls::None;
    c.task = OutgoingS2sConfig::Task::Authenticate;
    c.auth = S2sOptions::Auth::Dialback;
    c.dialbackKey = [](const QString &) {
        return QStringLiteral("k3y");
    };
    c.transport = MemoryTransport::factory(peer);
    return c;
}

/// SASL EXTERNAL after STARTTLS, with a certificate the peer takes.
OutgoingS2sConfig externalConfig(MemoryTransport *peer, const QSslCertificate &certificate,
                                 const QSslKey &key)
{
    OutgoingS2sConfig c = dialbackConfig(peer);
    c.tls = S2sOptions::Tls::StartTls;
    c.auth = S2sOptions::Auth::External;
    c.dialbackKey = {};
    c.clientCertificate = certificate;
    c.clientKey = key;
    c.transport = MemoryTransport::factory(peer, {certificate});
    return c;
}

/// STARTTLS, then SASL EXTERNAL's features with `before`, success, and the restarted
/// stream's features with `after`.
QVector<MemoryPeer::Step> saslExternal(const QByteArray &before, const QByteArray &after)
{
    return {{"<stream:stream",
             Header + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                      "</stream:features>"},
            {"<starttls", "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>", Then::StartTls},
            {"<stream:stream",
             Header +
                 "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                 "<mechanism>EXTERNAL</mechanism></mechanisms>" +
                 before + "</stream:features>"},
            {"</auth>", "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"},
            {"<stream:stream", Header + "<stream:features>" + after + "</stream:features>"}};
}

/// Dialback with <sm/> offered, valid, <enable/> answered with <enabled/>, then `then`.
QVector<MemoryPeer::Step> dialbackEnabled(const QVector<MemoryPeer::Step> &then)
{
    return QVector<MemoryPeer::Step>{{"<stream:stream", Header + DialbackSmFeatures},
                                     {"</db:result>", Valid},
                                     {EnableSent, Enabled}} +
           then;
}

/// Authenticates, sends `stanzas` pings, stops once the peer's answer to <enable/> is in (or
/// at once, without `waitForEnabled`), and waits for the end.
bool runThenStop(OutgoingS2s &role, int stanzas, bool waitForEnabled = true)
{
    QSignalSpy authenticated(&role, &OutgoingS2s::authenticated);
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    if (!authenticated.wait(5000))
        return false;
    for (int i = 0; i < stanzas; ++i)
        role.send(stanza(QStringLiteral("p%1").arg(i)));
    if (waitForEnabled && !QTest::qWaitFor([&] { return role.streamManagement()->isEnabled(); }))
        return false;
    role.stop();
    return finished.count() == 1 || finished.wait(8000);
}

bool noted(const EventLog &log, const QString &text)
{
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.kind == EventKind::Note && e.payload.as<NoteEventFact>().text.text().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestS2sSm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void enabledAfterSaslExternal();
    void enabledAfterDialback();
    void handledCountTooHigh();
    void ackBehind();
    void enableUnanswered();
    void ackUnanswered();
    void offeredOnlyBeforeAuthentication();
    void notEnabledWhenTurnedOff();
    void peerClosesInsteadOfAnswering();
    void secondStopKeepsWaiting();
    void ackWaitIsCapped();
    void resumptionNotAskedFor();
    void requestBeforeEnabled();
    void peerClosesBeforeEnabled();

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestS2sSm::initTestCase()
{
    QString error;
    QVERIFY2(
        CertFactory::selfSigned(QStringLiteral("peer.example"), 1, &m_certificate, &m_key, &error),
        qPrintable(error));
}

void TestS2sSm::enabledAfterSaslExternal()
{
    // What Prosody does: <sm/> in the features after the SASL restart. The peer's own stanza
    // and <r/> are counted and answered; our two stanzas are acknowledged before the close.
    EventLog log;
    MemoryTransport peerEnd;
    const OutgoingS2sConfig c = externalConfig(&peerEnd, m_certificate, m_key);
    MemoryPeer peer(&peerEnd,
                    saslExternal({}, "<sm xmlns='urn:xmpp:sm:3'><optional/></sm>") +
                        QVector<MemoryPeer::Step>{
                            {EnableSent, Enabled + "<iq type='result' from='peer.example' "
                                                   "to='inspector.test' id='x'/>"
                                                   "<r xmlns='urn:xmpp:sm:3'/>"},
                            {RequestSent, ack(2)}});
    OutgoingS2s role(&log, c);
    QVERIFY(runThenStop(role, 2));
    QCOMPARE(role.outcome(), Outcome::Success);
    const QByteArray sent = peerEnd.received();
    // §3: after the restart, never before; no resume='true' between servers.
    QVERIFY2(sent.indexOf(EnableSent) > sent.lastIndexOf("<stream:stream"), sent.constData());
    QVERIFY(!sent.contains("resume="));
    // The peer's <r/> answered (h='1': its iq) before ours went out; the <a/> right before the
    // close says the same.
    const QByteArray answer = "<a xmlns=\"urn:xmpp:sm:3\" h=\"1\"/>";
    QVERIFY2(sent.indexOf(answer) >= 0 && sent.indexOf(answer) < sent.indexOf(RequestSent),
             sent.constData());
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-enable")), QStringLiteral("enabled"));
    const QList<QJsonObject> acks = verdicts(log, QStringLiteral("sm-ack"));
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.first().value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(acks.first().value(QStringLiteral("h")).toInt(), 2);
    QCOMPARE(acks.first().value(QStringLiteral("sentCount")).toInt(), 2);
    const QStringList p = phases(log);
    QVERIFY2(p.indexOf(QStringLiteral("sm_ack_requested")) >
                     p.indexOf(QStringLiteral("authenticated")) &&
                 p.indexOf(QStringLiteral("authenticated")) >= 0,
             qPrintable(p.join(u' ')));
    // Servers are not asked to resume: no "resumable" in the summary.
    const QJsonObject sm =
        Summary::build(log).toJson().value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
    QVERIFY(!sm.contains(QStringLiteral("resumable")));
    // Acknowledgements only: not resumable is no finding between servers. (The peer's stanza
    // on our stream, which is not bidirectional, is one: STANZA-WITHOUT-BIDI.)
    const QStringList codes = findingCodes(log);
    QVERIFY2(codes.filter(QStringLiteral("SM-")).isEmpty(), qPrintable(codes.join(u' ')));
}

void TestS2sSm::enabledAfterDialback()
{
    // Offered with dialback's features: enabled once dialback has authenticated the stream.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({{RequestSent, ack(1)}}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QVERIFY(runThenStop(role, 1));
    QCOMPARE(role.outcome(), Outcome::Success);
    const QByteArray sent = peerEnd.received();
    QVERIFY(sent.indexOf(EnableSent) > sent.indexOf("</db:result>"));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-ack")), QStringLiteral("ok"));
}

void TestS2sSm::handledCountTooHigh()
{
    // A peer that says it handled more than was sent cannot be trusted: the stream ends with
    // <undefined-condition/> and <handled-count-too-high/> (§4), whatever else went well.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({{RequestSent, ack(5)}}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QVERIFY(runThenStop(role, 1));
    QCOMPARE(role.outcome(), Outcome::ProtocolFailure);
    const QByteArray sent = peerEnd.received();
    QVERIFY2(sent.contains("undefined-condition") && sent.contains("handled-count-too-high"),
             sent.constData());
    const QList<QJsonObject> acks = verdicts(log, QStringLiteral("sm-ack"));
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.first().value(QStringLiteral("result")).toString(), QStringLiteral("too-high"));
    QVERIFY(findingCodes(log).contains(QStringLiteral("SM-HANDLED-COUNT-TOO-HIGH")));
}

void TestS2sSm::ackBehind()
{
    // Asked after three stanzas, it answers h='1': two it must have read are not counted.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({{RequestSent, ack(1)}}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QVERIFY(runThenStop(role, 3));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-ack")), QStringLiteral("behind"));
    QVERIFY(findingCodes(log).contains(QStringLiteral("SM-ACK-BEHIND")));
}

void TestS2sSm::enableUnanswered()
{
    // Offered, then silence: authenticated all the same, the stream used at once (§4: our
    // count starts with <enable/>), and at the close a verdict of its own; without <enabled/>
    // nothing is asked with <r/>.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", Header + DialbackSmFeatures}, {"</db:result>", Valid}});
    OutgoingS2s role(&log, dialbackConfig(&peerEnd, 300));
    QVERIFY(runThenStop(role, 1, false));
    QCOMPARE(role.outcome(), Outcome::Success);
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-enable")), QStringLiteral("no-answer"));
    QVERIFY(peerEnd.received().contains("id=\"p0\""));
    QVERIFY(!peerEnd.received().contains(RequestSent));
    QVERIFY(findingCodes(log).contains(QStringLiteral("SM-ENABLE-FAILED")));
}

void TestS2sSm::ackUnanswered()
{
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd, 300));
    QVERIFY(runThenStop(role, 1));
    const QList<QJsonObject> acks = verdicts(log, QStringLiteral("sm-ack"));
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.first().value(QStringLiteral("result")).toString(), QStringLiteral("no-answer"));
    QCOMPARE(acks.first().value(QStringLiteral("sentCount")).toInt(), 1);
    QVERIFY(findingCodes(log).contains(QStringLiteral("SM-NO-ACK")));
    QVERIFY(peerEnd.received().contains("</stream:stream>")); // closed all the same
}

void TestS2sSm::offeredOnlyBeforeAuthentication()
{
    // <sm/> with SASL's features, not after the restart: the last features decide (with
    // dialback they are the ones before it, see enabledAfterDialback), and these do not offer
    // it; noted, nothing enabled.
    EventLog log;
    MemoryTransport peerEnd;
    const OutgoingS2sConfig c = externalConfig(&peerEnd, m_certificate, m_key);
    MemoryPeer peer(&peerEnd, saslExternal("<sm xmlns='urn:xmpp:sm:3'/>", {}));
    OutgoingS2s role(&log, c);
    QVERIFY(runThenStop(role, 1, false));
    QCOMPARE(role.outcome(), Outcome::Success);
    QVERIFY(!peerEnd.received().contains("<enable"));
    QVERIFY(verdicts(log, QStringLiteral("sm-enable")).isEmpty());
    QVERIFY(noted(log, QStringLiteral("before authentication, and not in the features after")));
}

void TestS2sSm::notEnabledWhenTurnedOff()
{
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", Header + DialbackSmFeatures}, {"</db:result>", Valid}});
    OutgoingS2sConfig c = dialbackConfig(&peerEnd);
    c.streamManagement = false;
    OutgoingS2s role(&log, c);
    QVERIFY(runThenStop(role, 1, false));
    QCOMPARE(role.outcome(), Outcome::Success);
    QVERIFY(!peerEnd.received().contains("urn:xmpp:sm:3"));
    QVERIFY(verdicts(log, QStringLiteral("sm-enable")).isEmpty());
}

void TestS2sSm::peerClosesInsteadOfAnswering()
{
    // A close in answer to <r/> ends the stream gracefully, but the count is unknown.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({{RequestSent, "</stream:stream>"}}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QVERIFY(runThenStop(role, 1));
    QCOMPARE(role.outcome(), Outcome::Success);
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-ack")), QStringLiteral("no-answer"));
    QVERIFY(noted(log, QStringLiteral("closed its stream without answering <r/>")));
}

void TestS2sSm::secondStopKeepsWaiting()
{
    // A second stop (the user's, during the session's wrap-up) does not cut the wait short:
    // the answer, or its absence, is still recorded.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd, 300));
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    QSignalSpy authenticated(&role, &OutgoingS2s::authenticated);
    role.start();
    QVERIFY(authenticated.wait(5000));
    QTRY_VERIFY(role.streamManagement()->isEnabled());
    role.stop();
    role.stop();
    QVERIFY(finished.wait(5000));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-ack")), QStringLiteral("no-answer"));
}

void TestS2sSm::ackWaitIsCapped()
{
    // With a long --timeout, the last <r/> waits at most AckWaitMs: the close and the
    // session's grace come after it.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, dialbackEnabled({}));
    OutgoingS2s role(&log, dialbackConfig(&peerEnd, 20000));
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    QSignalSpy authenticated(&role, &OutgoingS2s::authenticated);
    role.start();
    QVERIFY(authenticated.wait(5000));
    QTRY_VERIFY(role.streamManagement()->isEnabled());
    QElapsedTimer waited;
    waited.start();
    role.stop();
    QVERIFY(finished.wait(OutgoingS2s::AckWaitMs + 5000));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-ack")), QStringLiteral("no-answer"));
    QVERIFY2(waited.elapsed() >= OutgoingS2s::AckWaitMs * 9 / 10 && // coarse timers: ±5 %
                 waited.elapsed() < OutgoingS2s::AckWaitMs + 4000,
             qPrintable(QString::number(waited.elapsed())));
}

void TestS2sSm::resumptionNotAskedFor()
{
    // A peer that grants resumption to a plain <enable/>: noted, and never counted as
    // resumable.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd,
                    {{"<stream:stream", Header + DialbackSmFeatures},
                     {"</db:result>", Valid},
                     {EnableSent, "<enabled xmlns='urn:xmpp:sm:3' resume='true' id='r1'/>"},
                     {RequestSent, ack(0)}});
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QVERIFY(runThenStop(role, 0));
    QVERIFY(!role.streamManagement()->isResumable());
    QVERIFY(noted(log, QStringLiteral("grants resumption, which was not asked for")));
}

void TestS2sSm::requestBeforeEnabled()
{
    // An <r/> before <enabled/> answers nothing yet: noted, not answered.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, {{"<stream:stream", Header + DialbackSmFeatures},
                               {"</db:result>", Valid + "<r xmlns='urn:xmpp:sm:3'/>"},
                               {EnableSent, Enabled},
                               {RequestSent, ack(0)}});
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QVERIFY(runThenStop(role, 0));
    QVERIFY(noted(log, QStringLiteral("an <r/> while it is not enabled is not answered")));
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-ack")), QStringLiteral("ok"));
}

void TestS2sSm::peerClosesBeforeEnabled()
{
    // A close instead of <enabled/>: the answer that never came is a verdict all the same.
    EventLog log;
    MemoryTransport peerEnd;
    MemoryPeer peer(&peerEnd, {{"<stream:stream", Header + DialbackSmFeatures},
                               {"</db:result>", Valid},
                               {EnableSent, "</stream:stream>"}});
    OutgoingS2s role(&log, dialbackConfig(&peerEnd));
    QSignalSpy finished(&role, &OutgoingS2s::finished);
    role.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(role.outcome(), Outcome::Success);
    QCOMPARE(Test::onlyResult(log, QStringLiteral("sm-enable")), QStringLiteral("no-answer"));
}

QTEST_GUILESS_MAIN(TestS2sSm)
#include "tst_s2ssm.moc"
