// SPDX-License-Identifier: GPL-3.0-or-later
// Dialback verdicts against peers that lie (XEP-0220 §2.1.1, §2.1.2, §2.2.1, §2.5, §3.1): an
// answer for another domain pair, another stream id or nobody decides nothing, in every
// role; the receiving role closes after "invalid", relays failures of step 3 as
// <remote-server-not-found/>, and authorises stanzas per domain pair.
#include "hostile.h"
#include "trace/eventjson.h"

#include <QRegularExpression>

#include <map>

using namespace Hostile;

namespace {

// The verify connection's view of an authoritative server for `domain`.
QByteArray authoritativeHeader(const QByteArray &domain)
{
    return XmlDeclaration +
           "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='a1' from='" +
           domain +
           "' to='inspector.test' version='1.0' xmlns='jabber:server' "
           "xmlns:db='jabber:server:dialback'>" +
           FeaturesDialback;
}

QByteArray initiatorHeader(const QByteArray &from)
{
    return XmlDeclaration +
           "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' from='" + from +
           "' to='inspector.test' version='1.0' xmlns='jabber:server' "
           "xmlns:db='jabber:server:dialback'>";
}

QByteArray dialbackRequest(const QByteArray &from)
{
    return "<db:result from='" + from + "' to='inspector.test'>" + QByteArray(64, 'a') +
           "</db:result>";
}

/// The stream id the receiving role put in its <db:verify/>.
QByteArray verifyId(const QByteArray &received)
{
    static const QRegularExpression id(QStringLiteral("<db:verify[^>]*\\bid=[\"']([^\"']+)"));
    return id.match(QString::fromUtf8(received)).captured(1).toUtf8();
}

bool hasFinding(const QJsonObject &summary, const QString &code)
{
    for (const QJsonValue &f : summary.value(QStringLiteral("findings")).toArray()) {
        if (f.toObject().value(QStringLiteral("code")).toString() == code)
            return true;
    }
    return false;
}

QJsonObject summaryOf(const EventLog &log)
{
    return Summary::build(log).toJson();
}

int countVerdicts(const EventLog &log, const QString &what)
{
    int n = 0;
    for (const Event &e : log.events())
        n += e.kind == EventKind::Verdict &&
             EventJson::data(e).value(QStringLiteral("what")).toString() == what;
    return n;
}

/// An authoritative server's answer to the <db:verify/> it received.
using VerifyAnswer = std::function<QByteArray(const QByteArray &received)>;

VerifyAnswer verifyAnswer(const char *domain, const char *type)
{
    return [=](const QByteArray &got) -> QByteArray {
        return "<db:verify type='" + QByteArray(type) + "' from='" + QByteArray(domain) +
               "' to='inspector.test' id='" + verifyId(got) + "'/>";
    };
}

/// This tool as the receiving server for inspector.test, a scripted authoritative server for
/// each sender domain, and a scripted initiating server that opens a stream as
/// peer.localhost and sends its <db:result/> (the test adds what follows).
struct Receiving
{
    EventLog log;
    ListenSession listen{&log, options()};
    std::map<QString, std::unique_ptr<ScriptedPeer>> authorities;
    ScriptedPeer initiating;

    ~Receiving() { listen.stop(); }
    /// With a certificate, so that STARTTLS is offered.
    static ListenOptions options()
    {
        ListenOptions o = listenOptions();
        o.certificate = ScriptedPeer::certificate(QStringLiteral("inspector.test"));
        o.privateKey = ScriptedPeer::key(QStringLiteral("inspector.test"));
        return o;
    }
    ScriptedPeer &authoritative(const QByteArray &domain, VerifyAnswer answer)
    {
        auto &peer = authorities[QString::fromUtf8(domain)];
        peer = std::make_unique<ScriptedPeer>();
        if (!peer->start())
            qFatal("cannot listen on 127.0.0.1");
        peer->expect("<stream:stream")
            .send(authoritativeHeader(domain))
            .respond("</db:verify>", std::move(answer))
            .stall();
        return *peer;
    }
    bool start()
    {
        listen.setLocator([this](const QString &domain) {
            const auto it = authorities.find(domain);
            return HostPort{QStringLiteral("127.0.0.1"),
                            it == authorities.end() ? quint16(1) : it->second->port()};
        });
        listen.start();
        return listen.isListening();
    }
    /// The initiating server's opening: its header and, with `dialback`, a <db:result/> for
    /// peer.localhost; the test adds what follows, then connect()s.
    ScriptedPeer &open(bool dialback = true)
    {
        initiating.send(initiatorHeader("peer.localhost")).expect("</stream:features>");
        if (dialback)
            initiating.send(dialbackRequest("peer.localhost"));
        return initiating;
    }
    void connect() { initiating.connectTo(listen.address().port); }
    QByteArray received() const { return initiating.received(); }
};

} // namespace

class TestHostileDialback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // This tool as the initiating server: the answer to our <db:result/>.
    void initiatingUnsolicited_data();
    void initiatingUnsolicited();
    void initiatingAcceptsTheRightAnswer_data();
    void initiatingAcceptsTheRightAnswer();
    void dialbackOfferedByHeaderOrFeature_data();
    void dialbackOfferedByHeaderOrFeature();
    // This tool as the receiving server.
    void receivingIgnoresWrongVerifyAnswers_data();
    void receivingIgnoresWrongVerifyAnswers();
    void receivingClosesAfterInvalid();
    void receivingRelaysStep3FailureAsRemoteServerNotFound_data();
    void receivingRelaysStep3FailureAsRemoteServerNotFound();
    void receivingKeepsOtherPairsWithForbidden();
    void receivingAnswersOnInboundAreUnsolicited();
    void receivingDropsVerdictsForARestartedStream();
    void receivingVerifiesEachPairOnce();
    void receivingCutsAPeerThatAuthenticatesNothing();
};

void TestHostileDialback::initTestCase()
{
    QVERIFY2(!ScriptedPeer::certificate(QStringLiteral("peer.localhost")).isNull(),
             "test certificates missing: run through ctest (fixture_certs)");
}

void TestHostileDialback::initiatingUnsolicited_data()
{
    QTest::addColumn<QByteArray>("answer");
    // We asked inspector.test → peer.localhost; the answer must be from peer.localhost to us.
    QTest::newRow("valid-from-another-domain")
        << QByteArray("<db:result type='valid' from='evil.example' to='inspector.test'/>");
    QTest::newRow("valid-to-someone-else")
        << QByteArray("<db:result type='valid' from='peer.localhost' to='victim.example'/>");
    QTest::newRow("valid-without-addresses") << QByteArray("<db:result type='valid'/>");
    QTest::newRow("pair-reversed")
        << QByteArray("<db:result type='valid' from='inspector.test' to='peer.localhost'/>");
    QTest::newRow("verify-instead-of-result") << QByteArray(
        "<db:verify type='valid' from='peer.localhost' to='inspector.test' id='h1'/>");
    QTest::newRow("invalid-for-another-pair")
        << QByteArray("<db:result type='invalid' from='evil.example' to='inspector.test'/>");
}

void TestHostileDialback::initiatingUnsolicited()
{
    QFETCH(QByteArray, answer);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    scriptTo(peer, Path::DialbackAnswer, answer);
    peer.stall();
    S2sOptions o = optionsFor(peer.port());
    useDialback(o);
    Run run;
    runSession(run, o);
    const QJsonObject s = summaryOf(run.log);
    // Nothing was authenticated: the real request stays unanswered until the timeout.
    QVERIFY2(!s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("dialback-pending"));
    QVERIFY(s.value(QStringLiteral("authenticatedAs")).isNull());
    QVERIFY(s.value(QStringLiteral("dialbackResult")).toString() != QLatin1String("valid"));
    QVERIFY(s.value(QStringLiteral("dialbackResult")).toString() != QLatin1String("invalid"));
    QCOMPARE(s.value(QStringLiteral("dialbackUnsolicited")).toArray().size(), 1);
    QVERIFY(hasFinding(s, QStringLiteral("DIALBACK-UNSOLICITED")));
    const QJsonObject u =
        s.value(QStringLiteral("dialbackUnsolicited")).toArray().first().toObject();
    QVERIFY2(u.value(QStringLiteral("expected"))
                 .toString()
                 .contains(QLatin1String("from='peer.localhost' to='inspector.test'")),
             qPrintable(u.value(QStringLiteral("expected")).toString()));
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
}

void TestHostileDialback::initiatingAcceptsTheRightAnswer_data()
{
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<int>("unsolicited");
    // The lie is reported, and the real answer after it still counts.
    QTest::newRow("after-a-wrong-one")
        << QByteArray("<db:result type='valid' from='evil.example' to='inspector.test'/>" +
                      ValidVerdict)
        << 1;
    // Domains compare case-insensitively and without a trailing dot (RFC 7622 §3.2).
    QTest::newRow("case-and-trailing-dot")
        << QByteArray("<db:result type='valid' from='PEER.localhost.' to='Inspector.Test'/>") << 0;
}

void TestHostileDialback::initiatingAcceptsTheRightAnswer()
{
    QFETCH(QByteArray, answers);
    QFETCH(int, unsolicited);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    scriptTo(peer, Path::DialbackAnswer, answers);
    peer.expect(Close).send(Close).close();
    S2sOptions o = optionsFor(peer.port());
    useDialback(o);
    Run run;
    runSession(run, o);
    const QJsonObject s = summaryOf(run.log);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QCOMPARE(s.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QCOMPARE(s.value(QStringLiteral("authenticatedAs")).toString(),
             QStringLiteral("inspector.test"));
    QCOMPARE(s.value(QStringLiteral("dialbackUnsolicited")).toArray().size(), unsolicited);
    QCOMPARE(hasFinding(s, QStringLiteral("DIALBACK-UNSOLICITED")), unsolicited > 0);
    QCOMPARE(countVerdicts(run.log, QStringLiteral("dialback")), 1);
}

void TestHostileDialback::dialbackOfferedByHeaderOrFeature_data()
{
    QTest::addColumn<bool>("declared");
    QTest::addColumn<bool>("feature");
    // XEP-0220 §2.4.1: the xmlns:db declaration offers dialback; §2.4.2: the feature adds
    // error handling. Either is an offer.
    QTest::newRow("neither") << false << false;
    QTest::newRow("header-only") << true << false;
    QTest::newRow("feature-only") << false << true;
    QTest::newRow("both") << true << true;
}

void TestHostileDialback::dialbackOfferedByHeaderOrFeature()
{
    QFETCH(bool, declared);
    QFETCH(bool, feature);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    QByteArray header = PeerHeader;
    if (!declared)
        header.replace(" xmlns:db='jabber:server:dialback'", "");
    peer.expect("<stream:stream")
        .send(header + (feature ? FeaturesDialback : QByteArray("<stream:features/>")))
        .expect(Close)
        .send(Close)
        .close();
    S2sOptions o = optionsFor(peer.port());
    o.tls = S2sOptions::Tls::None;
    Run run;
    runSession(run, o);
    const QJsonObject s = summaryOf(run.log);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QCOMPARE(s.value(QStringLiteral("dialbackOffered")).toBool(), declared || feature);
}

void TestHostileDialback::receivingIgnoresWrongVerifyAnswers_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<bool>("sameId");
    // We asked the authoritative server of peer.localhost about (inspector.test, id).
    QTest::newRow("another-stream-id")
        << QByteArray("peer.localhost") << QByteArray("inspector.test") << false;
    QTest::newRow("answers-for-another-domain")
        << QByteArray("evil.example") << QByteArray("inspector.test") << true;
    QTest::newRow("answers-to-someone-else")
        << QByteArray("peer.localhost") << QByteArray("victim.example") << true;
}

void TestHostileDialback::receivingIgnoresWrongVerifyAnswers()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(bool, sameId);
    Receiving r;
    r.authoritative("peer.localhost", [=](const QByteArray &got) -> QByteArray {
        const QByteArray id = sameId ? verifyId(got) : QByteArray("not-that-stream");
        return "<db:verify type='valid' from='" + from + "' to='" + to + "' id='" + id + "'/>";
    });
    QVERIFY(r.start());
    r.open().expect("</db:result>").stall();
    r.connect();
    // The verify connection waits for a real answer until its timeout, then the initiating
    // server hears of a failure — never "valid".
    QTRY_VERIFY_WITH_TIMEOUT(r.received().contains("</db:result>"), TimeoutMs * 2 + MarginMs);
    dumpLog(r.log);
    QVERIFY2(!r.received().contains("type=\"valid\""), r.received().constData());
    QVERIFY2(r.received().contains("type=\"error\""), r.received().constData());
    const QJsonObject s = summaryOf(r.log);
    QCOMPARE(s.value(QStringLiteral("dialbackUnsolicited")).toArray().size(), 1);
    QVERIFY(hasFinding(s, QStringLiteral("DIALBACK-UNSOLICITED")));
}

void TestHostileDialback::receivingClosesAfterInvalid()
{
    Receiving r;
    r.authoritative("peer.localhost", verifyAnswer("peer.localhost", "invalid"));
    QVERIFY(r.start());
    r.open()
        .expect("type=\"invalid\"")
        // A stanza the spoofer sends anyway, before it notices the stream closing.
        .send("<message from='someone@peer.localhost' "
              "to='user@inspector.test'><body>x</body></message>")
        .stall();
    r.connect();
    // XEP-0220 §2.2.1: "invalid", then the stream is closed.
    QTRY_VERIFY_WITH_TIMEOUT(r.initiating.otherSideClosed(), TimeoutMs + 3 * MarginMs);
    dumpLog(r.log);
    const QByteArray got = r.received();
    QVERIFY2(got.contains("type=\"invalid\""), got.constData());
    QVERIFY2(got.indexOf("</stream:stream>") > got.indexOf("type=\"invalid\""), got.constData());
    QVERIFY(hasNote(r.log, QStringLiteral("the stream is closed (XEP-0220 §2.2.1)")));
    // §2.2.1: "MUST NOT accept stanzas from the Initiating Server for the Sender Domain": the
    // stream is gone before the spoofer's stanza can arrive.
    QCOMPARE(summaryOf(r.log).value(QStringLiteral("inboundStanzaCount")).toInt(), 0);
}

void TestHostileDialback::receivingRelaysStep3FailureAsRemoteServerNotFound_data()
{
    QTest::addColumn<bool>("reachable");
    QTest::newRow("authoritative-answers-error") << true;
    QTest::newRow("authoritative-unreachable") << false;
}

void TestHostileDialback::receivingRelaysStep3FailureAsRemoteServerNotFound()
{
    QFETCH(bool, reachable);
    Receiving r;
    ScriptedPeer &authoritative =
        r.authoritative("peer.localhost", [](const QByteArray &got) -> QByteArray {
            return "<db:verify type='error' from='peer.localhost' to='inspector.test' id='" +
                   verifyId(got) +
                   "'><error type='cancel'><item-not-found "
                   "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></db:verify>";
        });
    if (!reachable)
        authoritative.QTcpServer::close(); // nothing listens on its port any more
    QVERIFY(r.start());
    r.open().expect("</db:result>").stall();
    r.connect();
    QTRY_VERIFY_WITH_TIMEOUT(r.received().contains("</db:result>"), TimeoutMs + 2 * MarginMs);
    dumpLog(r.log);
    const QByteArray got = r.received();
    // XEP-0220 §2.5: a failure in step 3 is <remote-server-not-found/>, whatever the
    // authoritative server said; the <error/> child is unprefixed (jabber:server).
    QVERIFY2(got.contains("type=\"error\""), got.constData());
    QVERIFY2(got.contains("<remote-server-not-found"), got.constData());
    QVERIFY2(!got.contains("item-not-found"), got.constData());
    QVERIFY2(got.contains("<error type=\"cancel\">"), got.constData());
    QVERIFY2(!got.contains("db:error"), got.constData());
    if (reachable)
        QVERIFY(hasNote(r.log, QStringLiteral("answered the verification with <item-not-found/>")));
    // A dialback error keeps the stream (XEP-0220 §2.5).
    QVERIFY(!r.initiating.otherSideClosed());
}

void TestHostileDialback::receivingKeepsOtherPairsWithForbidden()
{
    // peer.localhost is verified; then the same stream asks for other.localhost, whose key
    // is invalid: §2.1.2 lets the receiving server answer <forbidden/> instead of closing.
    Receiving r;
    r.authoritative("peer.localhost", verifyAnswer("peer.localhost", "valid"));
    r.authoritative("other.localhost", verifyAnswer("other.localhost", "invalid"));
    QVERIFY(r.start());
    r.open()
        .expect("type=\"valid\"")
        .send(dialbackRequest("other.localhost"))
        .expect("<forbidden")
        // Authorised pair: accepted. The refused sender, and the authorised sender to a
        // domain pair it never asked for: not accepted.
        .send(
            "<iq type='get' id='p1' from='peer.localhost' to='inspector.test'>"
            "<ping xmlns='urn:xmpp:ping'/></iq>"
            "<message from='x@other.localhost' to='user@inspector.test'><body>1</body></message>"
            "<message from='x@peer.localhost' to='user@elsewhere.example'><body>2</body></message>")
        .stall();
    r.connect();
    QTRY_VERIFY_WITH_TIMEOUT(r.received().contains("<forbidden"), TimeoutMs + 2 * MarginMs);
    QTRY_VERIFY_WITH_TIMEOUT(countNotes(r.log, QStringLiteral("Spoofing check")) == 2, MarginMs);
    dumpLog(r.log);
    QVERIFY(!r.initiating.otherSideClosed());
    QVERIFY(hasNote(r.log, QStringLiteral("from 'x@other.localhost' to 'user@inspector.test'")));
    QVERIFY(hasNote(r.log, QStringLiteral("from 'x@peer.localhost' to 'user@elsewhere.example'")));
    QVERIFY(hasNote(r.log, QStringLiteral("peer.localhost → inspector.test")));
    QVERIFY(!r.received().contains("type=\"invalid\""));
}

void TestHostileDialback::receivingAnswersOnInboundAreUnsolicited()
{
    // An initiating server that "answers" on its own stream: nothing asked, nothing counts.
    Receiving r;
    QVERIFY(r.start());
    r.open(false)
        .send("<db:result type='valid' from='inspector.test' to='peer.localhost'/>"
              "<message from='x@peer.localhost' to='user@inspector.test'><body>1</body></message>")
        .stall();
    r.connect();
    QTRY_VERIFY_WITH_TIMEOUT(countNotes(r.log, QStringLiteral("Spoofing check")) == 1,
                             MarginMs * 2);
    QVERIFY(hasFinding(summaryOf(r.log), QStringLiteral("DIALBACK-UNSOLICITED")));
}

void TestHostileDialback::receivingDropsVerdictsForARestartedStream()
{
    // The key was made for the stream before TLS; the verdict arrives after the restart:
    // XEP-0220 §2.1.2 identifies the connection by from, to and id, and RFC 6120 §5.4.3.3
    // forgets what was learnt before TLS. No pair is authorised.
    Receiving r;
    r.authoritative("peer.localhost", verifyAnswer("peer.localhost", "valid"));
    QVERIFY(r.start());
    r.initiating.send(initiatorHeader("peer.localhost"))
        .expect("</stream:features>")
        .send(dialbackRequest("peer.localhost") +
              "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
        .expect("<proceed")
        .startTls()
        .send(initiatorHeader("peer.localhost"))
        .expect("</stream:features>")
        .send("<message from='x@peer.localhost' to='user@inspector.test'><body>1</body></message>")
        .stall();
    r.connect();
    QTRY_VERIFY_WITH_TIMEOUT(
        hasNote(r.log, QStringLiteral("which has been restarted since; dropped")),
        TimeoutMs + MarginMs);
    dumpLog(r.log);
    QVERIFY2(!r.received().contains("type=\"valid\""), r.received().constData());
    QTRY_VERIFY_WITH_TIMEOUT(countNotes(r.log, QStringLiteral("Spoofing check")) == 1, MarginMs);
    QCOMPARE(countVerdicts(r.log, QStringLiteral("dialback-in")), 0);
}

void TestHostileDialback::receivingVerifiesEachPairOnce()
{
    Receiving r;
    r.authoritative("peer.localhost", verifyAnswer("peer.localhost", "valid"));
    QVERIFY(r.start());
    // Both keys in one packet: the second arrives while the first is being verified.
    r.open(false)
        .send(dialbackRequest("peer.localhost") + dialbackRequest("peer.localhost"))
        .expect("type=\"valid\"")
        .stall();
    r.connect();
    QTRY_VERIFY_WITH_TIMEOUT(r.received().contains("type=\"valid\""), TimeoutMs + MarginMs);
    dumpLog(r.log);
    QVERIFY(
        hasNote(r.log, QStringLiteral("A second <db:result/> for peer.localhost → inspector.test, "
                                      "which is already being verified; ignored.")));
    // One verify connection, one answer.
    QCOMPARE(r.received().count("<db:result"), 1);
    QCOMPARE(countVerdicts(r.log, QStringLiteral("verify")), 1);
}

void TestHostileDialback::receivingCutsAPeerThatAuthenticatesNothing()
{
    // Unsolicited answers, unauthorised stanzas and a request for a domain this side does not
    // serve are no progress: the peer is cut when the timeout ends, not held for the duration.
    Receiving r;
    QVERIFY(r.start());
    QElapsedTimer t;
    t.start();
    r.open(false)
        .send("<db:result type='valid' from='inspector.test' to='peer.localhost'/>"
              "<db:result from='peer.localhost' to='elsewhere.example'>" +
              QByteArray(64, 'b') +
              "</db:result>"
              "<message from='x@peer.localhost' to='user@inspector.test'><body>1</body></message>")
        .stall();
    r.connect();
    QTRY_VERIFY_WITH_TIMEOUT(r.initiating.otherSideClosed(), TimeoutMs + 2 * MarginMs);
    QVERIFY2(t.elapsed() >= TimeoutMs * 9 / 10, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(r.received().contains("<item-not-found"), r.received().constData());
}

QTEST_GUILESS_MAIN(TestHostileDialback)
#include "tst_hostile_dialback.moc"
