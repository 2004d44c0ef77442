// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile peers against the accepting roles (receiving and authoritative): XML faults, floods of
// connections, trickles, resets, unsolicited dialback. Every session must end in time with an error
// that names the fault in one sentence, keep in its event log every byte received up to the fault,
// and hold bounded memory.
#include "hostile.h"
#include "trace/eventjson.h"

using namespace Hostile;

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void verifyForUnknownStreamId();
    void xmlFaultsInbound_data();
    void xmlFaultsInbound();
    void inboundFlood_data();
    void inboundFlood();
    void slowlorisInbound_data();
    void slowlorisInbound();
    void resetMidStanzaInbound();
};

void TestHostile::initTestCase()
{
    QVERIFY2(!ScriptedPeer::certificate(QStringLiteral("peer.localhost")).isNull(),
             "test certificates missing: run through ctest (fixture_certs)");
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
    QVERIFY(hasNote(log, QStringLiteral("no dialback request was sent that it could answer")));
    bool invalid = false;
    for (const Event &e : log.events()) {
        invalid = invalid || (e.kind == EventKind::Verdict &&
                              EventJson::data(e).value(QStringLiteral("what")).toString() ==
                                  QLatin1String("verify-answered") &&
                              EventJson::data(e).value(QStringLiteral("result")).toString() ==
                                  QLatin1String("invalid"));
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
    listen.start();
    QVERIFY(listen.isListening());
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
    QCOMPARE(EventJson::data(*error).value(QStringLiteral("code")).toString(), code);
    const QString text = EventJson::data(*error).value(QStringLiteral("message")).toString();
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
        listen->start();
        QVERIFY(listen->isListening());
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
    QVERIFY(hasNote(log, QStringLiteral("Refused %1 more inbound connection(s) while %2 were open")
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
    listen.start();
    QVERIFY(listen.isListening());
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
                 EventJson::data(e).value(QStringLiteral("code")).toString() ==
                     QLatin1String("timeout") &&
                 EventJson::data(e)
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(
                         QStringLiteral(
                             "more byte(s) but no complete element within %1 ms during accepted")
                             .arg(Timeout)));
        }
        QVERIFY(timedOut);
    }
    // What arrived is kept as it came, the unfinished part included.
    QCOMPARE(inboundRaw(log, 1), peer.sent());
    checkBounded(log, SmallLogBound);
}

void TestHostile::resetMidStanzaInbound()
{
    EventLog log;
    ListenSession listen(&log, listenOptions());
    listen.start();
    QVERIFY(listen.isListening());
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
                EventJson::data(e).value(QStringLiteral("name")).toString() ==
                    QLatin1String("failed"))
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

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile_inbound.moc"
