// SPDX-License-Identifier: GPL-3.0-or-later
// The initiating S2S session against scripted peers: the edge cases a real server won't produce.
#include "scriptedpeer.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "xml/fragment.h"
#include "xml/namespaces.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

namespace {
const QByteArray PeerHeader =
    "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
    "id='s1' from='peer.localhost' xmlns='jabber:server' to='inspector.test' version='1.0' "
    "xml:lang='en' xmlns:db='jabber:server:dialback'>";
const QByteArray PeerHeader2 =
    "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
    "id='s2' from='peer.localhost' xmlns='jabber:server' to='inspector.test' version='1.0' "
    "xml:lang='en' xmlns:db='jabber:server:dialback'>";
const QByteArray FeaturesTls =
    "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
    "<dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";
const QByteArray FeaturesPlain =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "</stream:features>";
const QByteArray FeaturesPlainBidi =
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
    "<bidi xmlns='urn:xmpp:features:bidi'/></stream:features>";
const QByteArray FeaturesAfterTls =
    "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>EXTERNAL"
    "</mechanism></mechanisms><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";
const QByteArray Proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray Close = "</stream:stream>";

struct Run
{
    EventLog log;
    QJsonObject summary;
    qint64 elapsedMs = 0;
};

S2sOptions optionsFor(const ScriptedPeer &peer, int timeoutMs = 5000)
{
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = peer.port();
    o.timeoutMs = timeoutMs;
    o.extraCa = QSslCertificate::fromPath(ScriptedPeer::certsDir() + QStringLiteral("/ca.crt"));
    return o;
}

void runSession(Run &run, const S2sOptions &options, int waitMs = 10000)
{
    S2sSession session(&run.log, options);
    QSignalSpy finished(&session, &S2sSession::finished);
    QElapsedTimer t;
    t.start();
    session.start();
    QVERIFY(finished.count() == 1 || finished.wait(waitMs));
    run.elapsedMs = t.elapsed();
    run.summary = Summary::build(run.log).toJson();
}

QStringList phaseNames(const QJsonObject &summary)
{
    QStringList out;
    for (const QJsonValue &v : summary.value(QStringLiteral("phases")).toArray())
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

QByteArray sentBytes(const EventLog &log)
{
    QByteArray out;
    for (const Event &e : log.events()) {
        if (e.direction == Direction::Outbound)
            out += e.raw;
    }
    return out;
}
} // namespace

class TestS2sSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainHappyPath();
    void starttlsHappyPath();
    void directTls();
    void untrustedCertificateReportedAndContinued();
    void strictTlsAbortsOnUntrustedCertificate();
    void starttlsFailure();
    void tlsHandshakeFailure();
    void cleartextAfterProceed();
    void streamErrorAtEachPhase_data();
    void streamErrorAtEachPhase();
    void peerClosesMidStream();
    void silenceTimesOut();
    void garbageInsteadOfXml();
    void starttlsRequiredButNotOffered();
    void stopAfterFeatures();
    void connectionRefused();
    void legacyPeerWithoutVersion();
    void consoleOnAuthenticatedStream();
};

void TestS2sSession::initTestCase()
{
    QVERIFY2(!ScriptedPeer::certificate(QStringLiteral("peer.localhost")).isNull(),
             "test certificates missing: run through ctest (fixture_certs)");
}

void TestS2sSession::plainHappyPath()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesPlain)
        .expect(Close)
        .send(Close)
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    const QJsonObject &s = run.summary;
    QCOMPARE(s.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("streamId")).toString(), QStringLiteral("s1"));
    QCOMPARE(s.value(QStringLiteral("serverDomain")).toString(), QStringLiteral("peer.localhost"));
    QCOMPARE(s.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(s.value(QStringLiteral("starttlsOffered")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("tlsUpgraded")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("dialbackOffered")).toBool(), true);
    QCOMPARE(phaseNames(s),
             (QStringList{QStringLiteral("connecting"), QStringLiteral("tcp_connected"),
                          QStringLiteral("stream_opened"), QStringLiteral("header_received"),
                          QStringLiteral("features_received"), QStringLiteral("stream_closing"),
                          QStringLiteral("stream_closed")}));
    QVERIFY(s.value(QStringLiteral("error")).isNull());
    // The header we sent is what the peer received, byte for byte.
    QVERIFY(peer.received().startsWith(sentBytes(run.log).left(60)));
    QVERIFY(sentBytes(run.log).contains("xmlns:db=\"jabber:server:dialback\""));
    QVERIFY(sentBytes(run.log).contains("from=\"inspector.test\" to=\"peer.localhost\""));
}

void TestS2sSession::starttlsHappyPath()
{
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesTls)
        .expect("<starttls")
        .send(Proceed)
        .startTls()
        .expect("<stream:stream")
        .send(PeerHeader2 + FeaturesAfterTls)
        .expect(Close)
        .send(Close)
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    const QJsonObject &s = run.summary;
    QVERIFY2(s.value(QStringLiteral("success")).toBool(),
             qPrintable(s.value(QStringLiteral("error")).toString()));
    QCOMPARE(s.value(QStringLiteral("streamId")).toString(), QStringLiteral("s2"));
    QCOMPARE(s.value(QStringLiteral("starttlsOffered")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("tlsUpgraded")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("saslMechanisms")).toArray().first().toString(),
             QStringLiteral("EXTERNAL"));
    const QJsonObject tls = s.value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(tls.value(QStringLiteral("sni")).toString(), QStringLiteral("peer.localhost"));
    const QJsonArray chain = tls.value(QStringLiteral("peerCertificates")).toArray();
    QVERIFY(!chain.isEmpty());
    const QByteArray expected = ScriptedPeer::certificate(QStringLiteral("peer.localhost"))
                                    .digest(QCryptographicHash::Sha256)
                                    .toHex();
    QCOMPARE(chain.first().toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             expected);
    QCOMPARE(phaseNames(s),
             (QStringList{QStringLiteral("connecting"), QStringLiteral("tcp_connected"),
                          QStringLiteral("stream_opened"), QStringLiteral("header_received"),
                          QStringLiteral("features_received"), QStringLiteral("starttls_sent"),
                          QStringLiteral("starttls_proceed"), QStringLiteral("tls_handshake"),
                          QStringLiteral("tls_established"), QStringLiteral("stream_restarted"),
                          QStringLiteral("header_received"), QStringLiteral("features_received"),
                          QStringLiteral("stream_closing"), QStringLiteral("stream_closed")}));
    const QJsonArray stages = s.value(QStringLiteral("featureStages")).toArray();
    QCOMPARE(stages.size(), 2);
    QCOMPARE(stages.at(1).toObject().value(QStringLiteral("stage")).toString(),
             QStringLiteral("after-tls"));
}

void TestS2sSession::directTls()
{
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
    QVERIFY(peer.start(true));
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesAfterTls)
        .expect(Close)
        .send(Close)
        .close();
    S2sOptions o = optionsFor(peer);
    o.tls = S2sOptions::Tls::Direct;
    Run run;
    runSession(run, o);
    const QJsonObject &s = run.summary;
    QVERIFY2(s.value(QStringLiteral("success")).toBool(),
             qPrintable(s.value(QStringLiteral("error")).toString()));
    QCOMPARE(s.value(QStringLiteral("directTls")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("tlsUpgraded")).toBool(), false);
    QCOMPARE(phaseNames(s).mid(0, 5),
             (QStringList{QStringLiteral("connecting"), QStringLiteral("tcp_connected"),
                          QStringLiteral("tls_handshake"), QStringLiteral("tls_established"),
                          QStringLiteral("stream_opened")}));
}

void TestS2sSession::untrustedCertificateReportedAndContinued()
{
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost-selfsigned")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost-selfsigned")));
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesTls)
        .expect("<starttls")
        .send(Proceed)
        .startTls()
        .expect("<stream:stream")
        .send(PeerHeader2 + FeaturesAfterTls)
        .expect(Close)
        .send(Close)
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    const QJsonObject tls = run.summary.value(QStringLiteral("tls")).toObject();
    QCOMPARE(run.summary.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), false);
    QVERIFY(!tls.value(QStringLiteral("verifyErrors")).toArray().isEmpty());
    bool noted = false;
    for (const QJsonValue &n : run.summary.value(QStringLiteral("notes")).toArray())
        noted = noted || n.toObject()
                             .value(QStringLiteral("text"))
                             .toString()
                             .contains(QLatin1String("Certificate verification failed"));
    QVERIFY(noted);
}

void TestS2sSession::strictTlsAbortsOnUntrustedCertificate()
{
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost-selfsigned")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost-selfsigned")));
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesTls)
        .expect("<starttls")
        .send(Proceed)
        .startTls();
    S2sOptions o = optionsFor(peer);
    o.strictTls = true;
    Run run;
    runSession(run, o);
    QCOMPARE(run.summary.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("tls-handshake-failed"));
    QCOMPARE(run.summary.value(QStringLiteral("failedPhase")).toString(),
             QStringLiteral("tls_handshake"));
}

void TestS2sSession::starttlsFailure()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesTls)
        .expect("<starttls")
        .send("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:stream>")
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("starttls-failure"));
    QCOMPARE(run.summary.value(QStringLiteral("failedPhase")).toString(),
             QStringLiteral("starttls_sent"));
}

void TestS2sSession::tlsHandshakeFailure()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    // After <proceed/> the peer answers the ClientHello with plain text: not TLS.
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesTls)
        .expect("<starttls")
        .send(Proceed)
        .expect(QByteArray("\x16\x03", 2))
        .send("this is not a TLS record\r\n")
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("tls-handshake-failed"));
}

void TestS2sSession::cleartextAfterProceed()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesTls)
        .expect("<starttls")
        .send(Proceed + "<oops/>");
    Run run;
    runSession(run, optionsFor(peer));
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("cleartext-after-proceed"));
    bool recorded = false;
    for (const Event &e : run.log.events())
        recorded = recorded || (e.kind == EventKind::DiscardedBytes && e.raw == "<oops/>");
    QVERIFY(recorded);
}

void TestS2sSession::streamErrorAtEachPhase_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("failedPhase");
    QTest::newRow("instead-of-features") << 0 << "header_received";
    QTest::newRow("answer-to-starttls") << 1 << "starttls_sent";
    QTest::newRow("after-tls-restart") << 2 << "stream_restarted";
    QTest::newRow("after-tls-features") << 3 << "header_received";
}

void TestS2sSession::streamErrorAtEachPhase()
{
    QFETCH(int, phase);
    QFETCH(QString, failedPhase);
    const QByteArray error =
        "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
        "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>This host does not "
        "serve peer.localhost</text></stream:error></stream:stream>";
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
    QVERIFY(peer.start());
    peer.expect("<stream:stream");
    switch (phase) {
    case 0:
        peer.send(PeerHeader + error);
        break;
    case 1:
        peer.send(PeerHeader + FeaturesTls).expect("<starttls").send(error);
        break;
    case 2:
        peer.send(PeerHeader + FeaturesTls)
            .expect("<starttls")
            .send(Proceed)
            .startTls()
            .expect("<stream:stream")
            .send(PeerHeader2.left(PeerHeader2.size()) + error);
        break;
    case 3:
        peer.send(PeerHeader + FeaturesTls)
            .expect("<starttls")
            .send(Proceed)
            .startTls()
            .expect("<stream:stream")
            .send(PeerHeader2)
            .send(error);
        break;
    }
    peer.expect(Close).close();
    Run run;
    runSession(run, optionsFor(peer));
    const QJsonObject &s = run.summary;
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("stream-error"));
    const QJsonObject se = s.value(QStringLiteral("streamError")).toObject();
    QCOMPARE(se.value(QStringLiteral("condition")).toString(), QStringLiteral("host-unknown"));
    QCOMPARE(se.value(QStringLiteral("text")).toString(),
             QStringLiteral("This host does not serve peer.localhost"));
    QVERIFY(s.value(QStringLiteral("error")).toString().contains(QLatin1String("host-unknown")));
    // phase 2 ends with the header received in the same read: either phase is right then.
    if (phase != 2)
        QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), failedPhase);
    // We answered the peer's error by closing our stream (RFC 6120 §4.9.1.1).
    QVERIFY(sentBytes(run.log).endsWith(Close));
}

void TestS2sSession::peerClosesMidStream()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + "<stream:features><starttls xmlns='urn:ietf")
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("connection-lost"));
    QCOMPARE(run.summary.value(QStringLiteral("failedPhase")).toString(),
             QStringLiteral("header_received"));
    // Everything received up to the fault is in the log.
    QCOMPARE(run.summary.value(QStringLiteral("streamId")).toString(), QStringLiteral("s1"));
}

void TestS2sSession::silenceTimesOut()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<never-sent/>");
    Run run;
    runSession(run, optionsFor(peer, 300));
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(), QStringLiteral("timeout"));
    QCOMPARE(run.summary.value(QStringLiteral("failedPhase")).toString(),
             QStringLiteral("stream_opened"));
    // Ends within its timeout plus the close grace period.
    QVERIFY2(run.elapsedMs < 300 + 2500, qPrintable(QString::number(run.elapsedMs)));
}

void TestS2sSession::garbageInsteadOfXml()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    Run run;
    runSession(run, optionsFor(peer));
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("xml-not-well-formed"));
}

void TestS2sSession::starttlsRequiredButNotOffered()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesPlain)
        .expect(Close)
        .send(Close)
        .close();
    S2sOptions o = optionsFor(peer);
    o.tls = S2sOptions::Tls::StartTls;
    Run run;
    runSession(run, o);
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("starttls-not-offered"));
}

void TestS2sSession::stopAfterFeatures()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(PeerHeader + FeaturesTls).expect(Close).send(Close).close();
    S2sOptions o = optionsFor(peer);
    o.stopAfter = QStringLiteral("features_received");
    Run run;
    runSession(run, o);
    QCOMPARE(run.summary.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(!sentBytes(run.log).contains("starttls"));
    QCOMPARE(run.summary.value(QStringLiteral("tlsUpgraded")).toBool(), false);
}

void TestS2sSession::connectionRefused()
{
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    Run run;
    runSession(run, o);
    QCOMPARE(run.summary.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(run.summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("connect-failed"));
    QCOMPARE(run.summary.value(QStringLiteral("failedPhase")).toString(),
             QStringLiteral("connecting"));
}

void TestS2sSession::legacyPeerWithoutVersion()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='old' "
              "xmlns='jabber:server' xmlns:db='jabber:server:dialback'>")
        .expect(Close)
        .send(Close)
        .close();
    Run run;
    runSession(run, optionsFor(peer));
    QCOMPARE(run.summary.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(run.summary.value(QStringLiteral("version")).isNull());
    bool noted = false;
    for (const QJsonValue &n : run.summary.value(QStringLiteral("notes")).toArray())
        noted = noted || n.toObject()
                             .value(QStringLiteral("text"))
                             .toString()
                             .contains(QLatin1String("pre-1.0"));
    QVERIFY(noted);
}

void TestS2sSession::consoleOnAuthenticatedStream()
{
    // Dialback with the user's own secret, then the stream stays open for the console. The
    // peer answers on our stream, which counts only because it is bidirectional (XEP-0288).
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesPlainBidi)
        .expect("</db:result>")
        .send("<db:result from='peer.localhost' to='inspector.test' type='valid'/>")
        .respond("</iq>",
                 [](const QByteArray &got) -> QByteArray {
                     const QByteArray id = got.mid(got.indexOf("id=\"") + 4).split('"').first();
                     return "<iq type='result' from='peer.localhost' to='inspector.test' id='" +
                            id + "'/>";
                 })
        .expect(Close)
        .send(Close)
        .close();
    S2sOptions o = optionsFor(peer);
    o.auth = S2sOptions::Auth::Dialback;
    o.dialbackSecret = "console-test-secret";
    o.stayMs = 20000;
    o.bidi = true;
    EventLog log;
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &S2sSession::finished);
    QString error;
    QVERIFY(!session.canSend());
    QVector<ElementPtr> stanzas;
    QVERIFY(Fragment::parse(
        "<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq><message><body>hi</body></message>",
        Ns::Server, &stanzas, &error));
    QVERIFY(!session.send(stanzas, &error));
    QVERIFY(error.contains(QLatin1String("authenticated")));
    QElapsedTimer t;
    t.start();
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.canSend(), 5000);
    QVERIFY2(session.send(stanzas, &error), qPrintable(error));
    // The iq got an id, both got 'from' and 'to'; the reply is recorded as a verdict.
    QTRY_VERIFY_WITH_TIMEOUT(peer.received().contains("<message"), 5000);
    QVERIFY(peer.received().contains(
        "<iq type=\"get\" from=\"inspector.test\" to=\"peer.localhost\" id=\"stanza-1\""));
    QVERIFY(peer.received().contains("<message from=\"inspector.test\" to=\"peer.localhost\""));
    QTRY_VERIFY_WITH_TIMEOUT(
        Summary::build(log).toJson().value(QStringLiteral("stanzaReplies")).toArray().size() == 1,
        5000);
    QVERIFY(finished.isEmpty()); // still open: it stays until stopped or stayMs
    session.stop();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(t.elapsed() < 15000);
    QVERIFY(!session.canSend());
    const QJsonObject s = Summary::build(log).toJson();
    QCOMPARE(s.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QCOMPARE(s.value(QStringLiteral("stanzaReplies"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("result"))
                 .toString(),
             QStringLiteral("result"));
}

QTEST_GUILESS_MAIN(TestS2sSession)
#include "tst_s2ssession.moc"
