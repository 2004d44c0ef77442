// SPDX-License-Identifier: GPL-3.0-or-later
// A client session against scripted servers that should not get the password: a certificate
// that is not trusted or names another domain, no TLS, too few SCRAM iterations, and strings
// SASLprep rejects. What crosses the wire is checked on the server's side.
#include "hostile.h"

#include "session/c2ssession.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRegularExpression>

using namespace Hostile;

namespace {

const QByteArray Sasl = "urn:ietf:params:xml:ns:xmpp-sasl";
const QString Password = QStringLiteral("correct horse");

QByteArray header(const QByteArray &domain)
{
    return "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
           "id='c1' from='" +
           domain + "' xmlns='jabber:client' version='1.0'>";
}

QByteArray features(const QByteArray &mechanism)
{
    return "<stream:features><mechanisms xmlns='" + Sasl + "'><mechanism>" + mechanism +
           "</mechanism></mechanisms></stream:features>";
}

/// The text of the first <tag> element in what the server received, base64-decoded.
QByteArray saslText(const QByteArray &wire, const QByteArray &tag = "auth")
{
    const qsizetype start = wire.indexOf(QByteArray("<" + tag));
    const qsizetype open = wire.indexOf('>', start);
    const qsizetype close = wire.indexOf(QByteArray("</" + tag + ">"), open);
    if (start < 0 || open < 0 || close < 0)
        return {};
    return QByteArray::fromBase64(wire.mid(open + 1, close - open - 1).trimmed());
}

/// The server-first message for the client-first in `auth`, with `iterations`.
QByteArray serverFirst(const QByteArray &auth, int iterations)
{
    const QByteArray first = saslText(auth.mid(auth.indexOf("<auth")));
    const QByteArray nonce = first.mid(first.indexOf("r=") + 2);
    const QByteArray message = "r=" + nonce + "srv,s=" + QByteArray("salty salt").toBase64() +
                               ",i=" + QByteArray::number(iterations);
    return "<challenge xmlns='" + Sasl + "'>" + message.toBase64() + "</challenge>";
}

const QByteArray Aborted = "<failure xmlns='" + Sasl + "'><aborted/></failure>";
const QByteArray NotAuthorized = "<failure xmlns='" + Sasl + "'><not-authorized/></failure>";

enum class Cert { Trusted, Untrusted, SelfSigned };

/// A direct-TLS server for `domain` that presents peer.localhost's certificate (or its
/// self-signed twin), offers `mechanism` and follows `script` after the features.
struct Server
{
    ScriptedPeer peer;
    bool started = false;
    Server(const QByteArray &domain, const QByteArray &mechanism, Cert cert, bool tls = true)
    {
        const QString name = cert == Cert::SelfSigned ? QStringLiteral("peer.localhost-selfsigned")
                                                      : QStringLiteral("peer.localhost");
        if (tls)
            peer.setIdentity(ScriptedPeer::certificate(name), ScriptedPeer::key(name));
        started = peer.start(tls);
        peer.expect("<stream:stream").send(header(domain) + features(mechanism));
    }
};

C2sOptions clientOptions(quint16 port, const QString &domain, Cert cert, bool tls = true)
{
    C2sOptions o;
    o.jid = QStringLiteral("user@") + domain;
    o.password = Password;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.tls = tls ? S2sOptions::Tls::Direct : S2sOptions::Tls::None;
    o.timeoutMs = TimeoutMs;
    if (cert == Cert::Trusted)
        o.extraCa = QSslCertificate::fromPath(ScriptedPeer::certsDir() + QStringLiteral("/ca.crt"));
    return o;
}

QJsonObject run(const C2sOptions &o, EventLog *log)
{
    C2sSession session(log, o);
    QSignalSpy finished(&session, &C2sSession::finished);
    session.start();
    if (!finished.wait(o.timeoutMs * 3 + MarginMs))
        return {};
    return Summary::build(*log).toJson();
}

} // namespace

class TestHostileClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentialsWithheld_data();
    void credentialsWithheld();
    void insecureCredentialsProceed_data();
    void insecureCredentialsProceed();
    void scramIterations_data();
    void scramIterations();
    void saslprepRejected_data();
    void saslprepRejected();
    void cliWithholds();
};

void TestHostileClient::credentialsWithheld_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<int>("cert");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("words");
    const QByteArray right = "peer.localhost", wrong = "other.test";
    for (const QByteArray &m : {QByteArray("PLAIN"), QByteArray("SCRAM-SHA-1")}) {
        const char *n = m.constData();
        QTest::addRow("%s-unknown-issuer", n)
            << m << int(Cert::Untrusted) << right << true << "certificate is not trusted";
        QTest::addRow("%s-self-signed", n)
            << m << int(Cert::SelfSigned) << right << true << "self-signed";
        // A chain that verifies, for another name (RFC 9525): as bad for the password.
        QTest::addRow("%s-name-mismatch", n)
            << m << int(Cert::Trusted) << wrong << true << "name mismatch";
    }
    QTest::addRow("SCRAM-SHA-1-no-tls")
        << QByteArray("SCRAM-SHA-1") << int(Cert::Untrusted) << right << false << "not encrypted";
}

void TestHostileClient::credentialsWithheld()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(int, cert);
    QFETCH(QByteArray, domain);
    QFETCH(bool, tls);
    QFETCH(QString, words);
    const bool scram = mechanism.startsWith("SCRAM");
    Server server(domain, mechanism, Cert(cert), tls);
    QVERIFY(server.started);
    if (scram) {
        // RFC 6120 §6.4.4: the client-first (name, nonce) may go; then <abort/>, the server's
        // <failure><aborted/>, and only then the closing tag.
        server.peer
            .respond("</auth>", [](const QByteArray &auth) { return serverFirst(auth, 4096); })
            .expect("<abort")
            .send(Aborted);
    }
    server.peer.expect("</stream:stream>").send("</stream:stream>").close();
    C2sOptions o = clientOptions(server.peer.port(), QString::fromLatin1(domain), Cert(cert), tls);
    if (!tls)
        o.allowPlaintext = true; // PLAIN's own opt-in; credentials still need theirs
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(!s.isEmpty(), "the session did not finish");
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("CREDENTIALS-WITHHELD"));
    QVERIFY2(s.value(QStringLiteral("error")).toString().contains(words), qPrintable(describe(s)));
    // The peer reads what was sent last on its next turn of the event loop.
    QTRY_VERIFY2_WITH_TIMEOUT(server.peer.scriptDone(), server.peer.received().constData(),
                              MarginMs);
    const QByteArray wire = server.peer.received();
    QVERIFY(!wire.contains("<response"));
    QVERIFY(!wire.contains(Password.toUtf8()));
    if (scram) {
        QVERIFY(wire.contains("<auth"));
        QVERIFY(saslText(wire).contains("n=user,r="));
        QVERIFY(wire.indexOf("<abort") < wire.indexOf("</stream:stream>"));
    } else {
        QVERIFY(!wire.contains("<auth"));
    }
}

void TestHostileClient::insecureCredentialsProceed_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::newRow("plain") << QByteArray("PLAIN");
    QTest::newRow("scram") << QByteArray("SCRAM-SHA-1");
}

void TestHostileClient::insecureCredentialsProceed()
{
    QFETCH(QByteArray, mechanism);
    Server server("peer.localhost", mechanism, Cert::Untrusted);
    QVERIFY(server.started);
    if (mechanism.startsWith("SCRAM"))
        server.peer
            .respond("</auth>", [](const QByteArray &auth) { return serverFirst(auth, 4096); })
            .expect("</response>");
    else
        server.peer.expect("</auth>");
    server.peer.send(NotAuthorized).expect("</stream:stream>").send("</stream:stream>").close();
    C2sOptions o =
        clientOptions(server.peer.port(), QStringLiteral("peer.localhost"), Cert::Untrusted);
    o.insecureCredentials = true;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(!s.isEmpty(), "the session did not finish");
    // The credentials went out; this server then refuses them, which is its answer to give.
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("sasl-failure"));
    const QByteArray wire = server.peer.received();
    if (mechanism == "PLAIN") {
        QCOMPARE(saslText(wire), QByteArray("\0user\0", 6) + Password.toUtf8());
    } else {
        QVERIFY(saslText(wire, "response").contains(",p="));
    }
}

void TestHostileClient::scramIterations_data()
{
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("floor"); // 0: the default
    QTest::addColumn<bool>("proofSent");
    QTest::newRow("1-refused") << 1 << 0 << false;
    QTest::newRow("4095-refused") << 4095 << 0 << false;
    QTest::newRow("4096-accepted") << 4096 << 0 << true;
    QTest::newRow("1-floor-1-accepted") << 1 << 1 << true;
    QTest::newRow("100-floor-1000-refused") << 100 << 1000 << false;
}

void TestHostileClient::scramIterations()
{
    QFETCH(int, iterations);
    QFETCH(int, floor);
    QFETCH(bool, proofSent);
    Server server("peer.localhost", "SCRAM-SHA-1", Cert::Trusted);
    QVERIFY(server.started);
    server.peer.respond(
        "</auth>", [iterations](const QByteArray &auth) { return serverFirst(auth, iterations); });
    if (proofSent)
        server.peer.expect("</response>").send(NotAuthorized);
    else
        server.peer.expect("<abort").send(Aborted);
    server.peer.expect("</stream:stream>").send("</stream:stream>").close();
    C2sOptions o =
        clientOptions(server.peer.port(), QStringLiteral("peer.localhost"), Cert::Trusted);
    if (floor)
        o.minScramIterations = floor;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(!s.isEmpty(), "the session did not finish");
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    // The peer reads what was sent last on its next turn of the event loop.
    QTRY_VERIFY2_WITH_TIMEOUT(server.peer.scriptDone(), server.peer.received().constData(),
                              MarginMs);
    const QByteArray wire = server.peer.received();
    QCOMPARE(wire.contains("<response"), proofSent);
    if (proofSent) {
        QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("sasl-failure"));
    } else {
        QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("SCRAM-ITERATIONS-LOW"));
        QVERIFY2(s.value(QStringLiteral("error")).toString().contains(QString::number(iterations)),
                 qPrintable(describe(s)));
    }
}

void TestHostileClient::saslprepRejected_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("words");
    QTest::newRow("control-in-password")
        << "user" << QStringLiteral("bell\u0007") << "password cannot be used";
    // RFC 4013 §3 example 7: RandALCat and a digit that is not.
    QTest::newRow("bidi-user") << QStringLiteral("\u0627\u0031") << Password
                               << "user name cannot be used";
}

void TestHostileClient::saslprepRejected()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, words);
    Server server("peer.localhost", "SCRAM-SHA-1", Cert::Trusted);
    QVERIFY(server.started);
    server.peer.expect("</stream:stream>").send("</stream:stream>").close();
    C2sOptions o =
        clientOptions(server.peer.port(), QStringLiteral("peer.localhost"), Cert::Trusted);
    o.jid = user + QStringLiteral("@peer.localhost");
    o.password = password;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(!s.isEmpty(), "the session did not finish");
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("SASLPREP-REJECTED"));
    QVERIFY2(s.value(QStringLiteral("error")).toString().contains(words), qPrintable(describe(s)));
    QVERIFY(!server.peer.received().contains("<auth"));
}

void TestHostileClient::cliWithholds()
{
    // The command line: exit status 1 and the code in the JSON, and the opt-in lets it through.
    for (const bool optIn : {false, true}) {
        auto *peer = new ScriptedPeer;
        peer->setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost-selfsigned")),
                          ScriptedPeer::key(QStringLiteral("peer.localhost-selfsigned")));
        peer->expect("<stream:stream")
            .send(header("peer.localhost") +
                  "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                  "<required/></starttls></stream:features>")
            .expect("<starttls")
            .send(Proceed)
            .startTls()
            .expect("<stream:stream")
            .send(header("peer.localhost") + features("PLAIN"));
        if (optIn)
            peer->expect("</auth>").send(NotAuthorized);
        peer->expect("</stream:stream>").send("</stream:stream>").close();
        QByteArray received;
        {
            PeerThread thread(peer);
            QVERIFY(thread.started());
            qputenv("HOSTILE_CLIENT_PW", Password.toUtf8());
            QStringList args{QStringLiteral("c2s"),
                             QStringLiteral("--jid"),
                             QStringLiteral("user@peer.localhost"),
                             QStringLiteral("--password-env"),
                             QStringLiteral("HOSTILE_CLIENT_PW"),
                             QStringLiteral("--host"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral("--port"),
                             QString::number(thread.port()),
                             QStringLiteral("--timeout"),
                             QStringLiteral("2"),
                             QStringLiteral("--json")};
            if (optIn)
                args << QStringLiteral("--insecure-credentials");
            const Test::CliResult r = Test::runCli(args);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(),
                     optIn ? QStringLiteral("sasl-failure")
                           : QStringLiteral("CREDENTIALS-WITHHELD"));
            received = thread.call([peer] { return peer->received(); });
        }
        QCOMPARE(received.contains("<auth"), optIn);
    }
}

QTEST_GUILESS_MAIN(TestHostileClient)
#include "tst_hostile_client.moc"
