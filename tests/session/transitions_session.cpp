// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions that own connections: the s2s session (its initiating connection, the
// authoritative listener and the verify connections) and the listen session, over the
// in-memory transport and acceptor, with the resolver standing in for DNS.
#include "memoryacceptor.h"
#include "transitions.h"

#include "session/listensession.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using namespace Inspector::Test;

namespace {
const QByteArray Header =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
    "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
    "from='peer.example' to='inspector.test' id='s1' version='1.0'>";
// An initiating server's header: no id (RFC 6120 §4.7.3).
const QByteArray InHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                            "xmlns:stream='http://etherx.jabber.org/streams' "
                            "xmlns:db='jabber:server:dialback' from='peer.example' "
                            "to='inspector.test' version='1.0'>";
const QByteArray DialbackFeatures = "<stream:features><dialback xmlns='urn:xmpp:features:dialback'>"
                                    "<errors/></dialback></stream:features>";
const QByteArray Valid = "<db:result type='valid' from='peer.example' to='inspector.test'/>";
// RFC 6120 §2.5: the reply comes on the peer's own stream to us, not on ours to it.
const QByteArray Pong = "<iq type='result' id='ping-1' from='peer.example' to='inspector.test'/>";

/// The value of the first match of `pattern`'s first group in `bytes`.
QByteArray capture(const QByteArray &bytes, const QString &pattern)
{
    return QRegularExpression(pattern).match(QString::fromUtf8(bytes)).captured(1).toUtf8();
}

/// A verify connection's answer: valid, for the stream id it asked about.
QByteArray verifyAnswer(const QByteArray &received)
{
    return "<db:verify type='valid' from='peer.example' to='inspector.test' id='" +
           capture(received, QStringLiteral("<db:verify [^>]*id=\"([^\"]+)\"")) + "'/>";
}

/// One SRV candidate of peer.example with these addresses, STARTTLS on 5269, no DNSSEC.
QJsonObject candidates(const QStringList &addresses)
{
    const QJsonObject c{{QStringLiteral("target"), QStringLiteral("xmpp.peer.example")},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)},
                        {QStringLiteral("port"), 5269},
                        {QStringLiteral("directTls"), false},
                        {QStringLiteral("source"), QStringLiteral("_xmpp-server")},
                        {QStringLiteral("tlsa"), QJsonArray()},
                        {QStringLiteral("daneUsable"), false}};
    return QJsonObject{{QStringLiteral("domain"), QStringLiteral("peer.example")},
                       {QStringLiteral("candidates"), QJsonArray{c}}};
}

void dialback(S2sOptions &o)
{
    o.auth = S2sOptions::Auth::Dialback;
    o.dialbackSecret = "s3cret";
}

SessionScenario makeSession(std::function<void(S2sOptions &)> configure,
                            QVector<MemoryPeer::Step> steps, Outcome outcome = Outcome::Success)
{
    SessionScenario s;
    s.configure = std::move(configure);
    s.steps = std::move(steps);
    s.outcome = outcome;
    return s;
}
} // namespace

void TestTransitions::s2sSession_data()
{
    QTest::addColumn<SessionScenario>("scenario");
    const QVector<MemoryPeer::Step> probe{{"<stream:stream", Header + DialbackFeatures}};
    const QVector<MemoryPeer::Step> verified{{"<stream:stream", Header + DialbackFeatures},
                                             {"</db:result>", Valid}};

    QTest::newRow("probe") << makeSession({}, probe);
    QTest::newRow("dialback, nothing asked") << makeSession(dialback, verified);
    QTest::newRow("the stream stays open") << makeSession(
        [](S2sOptions &o) {
            dialback(o);
            o.stayMs = 100;
        },
        verified);
    SessionScenario stopped = makeSession(
        [](S2sOptions &o) {
            dialback(o);
            o.stayMs = 60000;
        },
        verified);
    stopped.stopAt = QStringLiteral("staying_open");
    QTest::newRow("stopped while staying open") << stopped;
    // RFC 6120 §3.2.1: an address that cannot be reached gives way to the next one.
    SessionScenario next = makeSession({}, probe);
    next.dns = candidates({QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3")});
    next.refused = 1;
    QTest::newRow("DNS: the first address refused") << next;
    SessionScenario none = makeSession({}, {}, Outcome::NetworkFailure);
    none.dns = QJsonObject{{QStringLiteral("candidates"), QJsonArray()},
                           {QStringLiteral("error"), QStringLiteral("NXDOMAIN")}};
    QTest::newRow("DNS: no address") << none;
    // RFC 7673 §3.1: a bogus answer is not used, and nothing else is tried instead.
    SessionScenario bogus = makeSession({}, {}, Outcome::ProtocolFailure);
    bogus.dns = QJsonObject{
        {QStringLiteral("candidates"), QJsonArray()},
        {QStringLiteral("bogus"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("peer.example")},
                                {QStringLiteral("type"), QStringLiteral("SRV")},
                                {QStringLiteral("whyBogus"), QStringLiteral("no signature")}}}}};
    QTest::newRow("DNS: bogus") << bogus;
}

void TestTransitions::s2sSession()
{
    QFETCH(SessionScenario, scenario);
    EventLog log;
    MemoryTransport peerEnd;
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.example");
    o.timeoutMs = 1000;
    if (scenario.dns.isEmpty()) {
        o.host = QStringLiteral("peer.example");
    } else {
        const DnsFact dns = DnsFact::fromEventData(scenario.dns);
        o.resolver = [dns](const QString &domain) {
            return domain == QLatin1String("peer.example") ? dns : DnsFact();
        };
    }
    QList<MemoryTransport *> peers(scenario.refused, nullptr);
    peers.append(&peerEnd);
    o.transport = MemoryTransport::sequence(peers, {m_certificate});
    if (scenario.configure)
        scenario.configure(o);
    MemoryPeer peer(&peerEnd, scenario.steps);
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &Session::finished);
    stopOnce(log, 0, scenario.stopAt, &session, [&session] { session.stop(); });
    session.start();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    m_coverage.recordScope(QStringLiteral("s2s session"), log, QStringLiteral("s2s"));
    QVERIFY2(illegalTransitions(log).isEmpty(), qPrintable(illegalTransitions(log).join(u'\n')));
    QCOMPARE(lastPhase(log, 0, QStringLiteral("s2s")), QStringLiteral("finished"));
    QCOMPARE(session.outcome(), scenario.outcome);
}

void TestTransitions::s2sSessionAuthoritative()
{
    EventLog log;
    MemoryTransport initiatingEnd, backEnd, verifyEnd;
    QPointer<MemoryAcceptor> acceptor;
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.example");
    o.host = QStringLiteral("peer.example");
    o.timeoutMs = 1000;
    o.auth = S2sOptions::Auth::Dialback;
    o.ping = true;
    o.authoritative = HostPort{QStringLiteral("127.0.0.1"), 0};
    o.acceptor = MemoryAcceptor::factory(&acceptor);
    o.transport = MemoryTransport::sequence({&initiatingEnd, &verifyEnd}, {m_certificate});

    // peer.example's receiving server asks our authoritative listener about the key
    // (XEP-0220 §2.1.2) and, as Prosody does, authenticates that connection by dialback too.
    MemoryPeer back(&backEnd,
                    {{"", InHeader},
                     {"</stream:features>",
                      MemoryPeer::Reply([&initiatingEnd](const QByteArray &) -> QByteArray {
                          const QByteArray key =
                              capture(initiatingEnd.received(),
                                      QStringLiteral("<db:result [^>]*>([^<]+)</db:result>"));
                          return "<db:verify from='peer.example' to='inspector.test' "
                                 "id='s1'>" +
                                 key +
                                 "</db:verify><db:result from='peer.example' "
                                 "to='inspector.test'>b4ck</db:result>";
                      })},
                     {"<db:verify", {}},
                     // Its own stream authenticated, it accepts ours.
                     {"<db:result", MemoryPeer::Reply([&initiatingEnd](const QByteArray &) {
                          initiatingEnd.write(Valid);
                          return QByteArray();
                      })}});
    MemoryPeer initiating(&initiatingEnd,
                          {{"<stream:stream", Header + DialbackFeatures},
                           {"</db:result>", MemoryPeer::Reply([&](const QByteArray &) {
                                acceptor->connectFrom(&backEnd);
                                back.advance();
                                return QByteArray();
                            })},
                           {"<ping", MemoryPeer::Reply([&backEnd](const QByteArray &) {
                                // First a reply to nothing we asked (its start tag only, never
                                // counted), then the real one on the other connection.
                                backEnd.write("<iq type='result' id='ping-7' from='peer.example' "
                                              "to='inspector.test'><query xmlns='urn:x'/></iq>" +
                                              Pong);
                                return QByteArray();
                            })}});
    MemoryPeer verify(&verifyEnd, {{"<stream:stream", Header + DialbackFeatures},
                                   {"</db:verify>", MemoryPeer::Reply(verifyAnswer)}});
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    QVERIFY(acceptor && acceptor->isListening());
    QCOMPARE(session.authoritativeAddress().toString(), QStringLiteral("127.0.0.1:5269"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    m_coverage.recordScope(QStringLiteral("s2s session"), log, QStringLiteral("s2s"));
    QVERIFY2(illegalTransitions(log).isEmpty(), qPrintable(illegalTransitions(log).join(u'\n')));
    QCOMPARE(session.outcome(), Outcome::Success);
    // Our key verified at our listener; the peer's own key over the verify connection.
    const QString backReceived = QString::fromUtf8(backEnd.received());
    QVERIFY(backReceived.contains(
        QRegularExpression(QStringLiteral("<db:verify [^>]*type=\"valid\""))));
    QVERIFY(backReceived.contains(
        QRegularExpression(QStringLiteral("<db:result [^>]*type=\"valid\""))));
    QVERIFY(verifyEnd.received().contains("</db:verify>"));
    QVERIFY(!acceptor->isListening());
    // One ping verdict, for the id we sent, answered on the peer's own connection.
    QStringList pings;
    for (const Event &e : log.events()) {
        if (e.kind == EventKind::Verdict && e.payload.as<VerdictFact>().what == u"ping")
            pings << e.payload.as<VerdictFact>().id.value;
    }
    QCOMPARE(pings, QStringList{QStringLiteral("ping-1")});
}

void TestTransitions::listen()
{
    EventLog log;
    MemoryTransport remoteEnd, verifyEnd;
    QPointer<MemoryAcceptor> acceptor;
    ListenOptions o;
    o.domain = QStringLiteral("inspector.test");
    o.bind = HostPort{QStringLiteral("127.0.0.1"), 0};
    o.timeoutMs = 1000;
    o.resolve.insert(QStringLiteral("peer.example"), HostPort{QStringLiteral("127.0.0.2"), 5269});
    o.acceptor = MemoryAcceptor::factory(&acceptor);
    o.transport = MemoryTransport::sequence({&verifyEnd}, {m_certificate});
    MemoryPeer remote(&remoteEnd,
                      {{"", InHeader},
                       {"</stream:features>",
                        "<db:result from='peer.example' to='inspector.test'>k3y</db:result>"}});
    MemoryPeer verify(&verifyEnd, {{"<stream:stream", Header + DialbackFeatures},
                                   {"</db:verify>", MemoryPeer::Reply(verifyAnswer)}});
    ListenSession session(&log, o);
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    QVERIFY(session.isListening());
    QCOMPARE(session.address().toString(), QStringLiteral("127.0.0.1:5269"));
    QVERIFY(acceptor->connectFrom(&remoteEnd));
    remote.advance();
    // The peer's key verified with its authoritative server over the verify connection.
    QTRY_VERIFY_WITH_TIMEOUT(remoteEnd.received().contains("type=\"valid\""), 5000);
    session.stop();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    m_coverage.recordScope(QStringLiteral("listen"), log, QStringLiteral("listen"));
    QVERIFY2(illegalTransitions(log).isEmpty(), qPrintable(illegalTransitions(log).join(u'\n')));
    QCOMPARE(session.outcome(), Outcome::Success);
    QVERIFY(!acceptor->connectFrom(&remoteEnd)); // no longer listening
}
