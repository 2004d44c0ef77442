// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile peers against the initiating session: TLS and the stream around it, time, dialback,
// resets, and the same faults through the command-line tool. Every session must end in time with an
// error that names the fault in one sentence, keep in its event log every byte received up to the
// fault, and hold bounded memory.
#include "hostile.h"

using namespace Hostile;

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

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

    // The connection itself.
    void resetMidStanza();

    // The same faults through the command-line tool.
    void cli_data();
    void cli();
};

void TestHostile::initTestCase()
{
    QVERIFY2(!ScriptedPeer::certificate(QStringLiteral("peer.localhost")).isNull(),
             "test certificates missing: run through ctest (fixture_certs)");
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
    checkFailure(s, 3, QStringLiteral("connection-lost"), QStringLiteral("starttls_sent"),
                 QLatin1String("closed the TCP connection during starttls_sent"));
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
    // Once the handshake has failed nothing more can reach the peer, and nothing more is
    // recorded as sent: the log ends our side with <starttls/>.
    if (!samePacket)
        QVERIFY2(outboundRaw(run.log, 1)
                     .endsWith("<starttls xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\"/>"),
                 outboundRaw(run.log, 1).right(100).constData());
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
    checkFailure(s, 3, QStringLiteral("timeout"), QStringLiteral("tls_handshake"),
                 QStringLiteral("within %1 ms during tls_handshake").arg(TimeoutMs));
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    QVERIFY2(!outboundRaw(run.log, 1).contains("</stream:stream>"),
             outboundRaw(run.log, 1).right(100).constData());
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
    checkFailure(s, 3, QStringLiteral("timeout"), QStringLiteral("stream_opened"),
                 QStringLiteral("within %1 ms").arg(Timeout));
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
    checkFailure(s, 3, QStringLiteral("timeout"), QStringLiteral("header_received"),
                 QStringLiteral("No answer from the peer within %1 ms during header_received")
                     .arg(TimeoutMs));
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
        QVERIFY(
            hasNote(run.log, QStringLiteral("no dialback request was sent that it could answer")));
    }
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
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
    checkFailure(s, 3, QStringLiteral("connection-lost"), QStringLiteral("header_received"),
                 QLatin1String("during header_received"));
    // The header and the cut-off features are both in the log.
    QCOMPARE(inboundRaw(run.log, 1), partial);
    checkBounded(run.log, SmallLogBound);
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
#include "tst_hostile_session.moc"
