// SPDX-License-Identifier: GPL-3.0-or-later
// Client sessions against real Prosody and ejabberd (accounts registered by the harness), and
// the cases a real server will not produce against a scripted one.
#include "clirunner.h"
#include "peersenv.h"
#include "scriptedpeer.h"
#include "session/c2ssession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

class TestC2s : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probe_data();
    void probe();
    void login_data();
    void login();
    void wrongPassword_data();
    void wrongPassword();
    void channelBindingWithEjabberd();
    void channelBindingServerEndPoint_data();
    void channelBindingServerEndPoint();
    void plainOverTlsKeepsThePasswordOut();
    void plainRefusedOverPlaintext();
    void unknownMechanismRefused();
    void rosterWithGroups();
    void messageDeliveredAndBounced();
    void directTls_data();
    void directTls();
    void scramPayloadsStayOutOfTranscripts();
    void pingAcrossFederation_data();
    void pingAcrossFederation();
    void serverFoundThroughSrv();
    void streamManagement_data();
    void streamManagement();
    void smResumeTest_data();
    void smResumeTest();
    void smNotOffered();
    void registrationOpen_data();
    void registrationOpen();
    void discovery_data();
    void discovery();

private:
    QStringList base(const QString &server, const QString &jid, const QString &passwordVar) const;
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
};

namespace {

/// Runs a client session in this process (against a scripted peer) and returns its summary,
/// or an empty object when it does not finish within 15 s.
QJsonObject runScripted(const C2sOptions &o)
{
    EventLog log;
    C2sSession session(&log, o);
    QSignalSpy finished(&session, &C2sSession::finished);
    session.start();
    if (!finished.wait(15000))
        return {};
    return Summary::build(log).toJson();
}

} // namespace

void TestC2s::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("PROSODY_C2S")), "peers.env missing");
    for (const char *user : {"ALICE", "BOB", "CAROL", "DAVE", "ERIN", "FRANK", "GRACE"}) {
        const QByteArray name = QByteArray("PW_") + user;
        const QByteArray value = QByteArray(user).toLower() + "-pass";
        qputenv(name.constData(), value);
    }
    qputenv("PW_WRONG", "not-the-password");
}

QStringList TestC2s::base(const QString &server, const QString &jid,
                          const QString &passwordVar) const
{
    QStringList args{QStringLiteral("c2s"),
                     QStringLiteral("--jid"),
                     jid,
                     QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),
                     m_env.value(server + QStringLiteral("_C2S")),
                     QStringLiteral("--ca"),
                     m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
                     QStringLiteral("--json")};
    if (!passwordVar.isEmpty())
        args << QStringLiteral("--password-env") << passwordVar;
    return args;
}

void TestC2s::probe_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::newRow("prosody") << "PROSODY"
                             << "alice@a.test";
    QTest::newRow("ejabberd") << "EJABBERD"
                              << "carol@c.test";
}

void TestC2s::probe()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    const Test::CliResult r = Test::runCli(base(server, jid, {}) << QStringLiteral("--probe"));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("c2s"));
    const QJsonArray stages = j.value(QStringLiteral("featureStages")).toArray();
    QCOMPARE(stages.size(), 2); // before and after STARTTLS
    QVERIFY(stages.at(0).toObject().value(QStringLiteral("starttlsRequired")).toBool());
    QVERIFY(stages.at(1)
                .toObject()
                .value(QStringLiteral("saslMechanisms"))
                .toArray()
                .contains(QJsonValue(QStringLiteral("SCRAM-SHA-1"))));
    QCOMPARE(j.value(QStringLiteral("tlsUpgraded")).toBool(), true);
}

void TestC2s::login_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("prosody-scram-sha-1") << "PROSODY"
                                         << "alice@a.test"
                                         << "PW_ALICE"
                                         << "SCRAM-SHA-1";
    QTest::newRow("ejabberd-scram-sha-1") << "EJABBERD"
                                          << "carol@c.test"
                                          << "PW_CAROL"
                                          << "SCRAM-SHA-1";
    // d.test stores SHA-256 credentials (auth_scram_hash: sha256).
    QTest::newRow("ejabberd-scram-sha-256") << "EJABBERD"
                                            << "erin@d.test"
                                            << "PW_ERIN"
                                            << "SCRAM-SHA-256";
}

void TestC2s::login()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    QFETCH(QString, mechanism);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString transcript = dir.filePath(QStringLiteral("login.xitrace"));
    const Test::CliResult r =
        Test::runCli(base(server, jid, password) << QStringLiteral("--transcript") << transcript);
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("mechanismUsed")).toString(), mechanism);
    QCOMPARE(j.value(QStringLiteral("serverSignatureVerified")).toBool(), true);
    QCOMPARE(j.value(QStringLiteral("jid")).toString(), jid + QStringLiteral("/inspector"));
    QStringList phases;
    for (const QJsonValue &p : j.value(QStringLiteral("phases")).toArray())
        phases << p.toObject().value(QStringLiteral("name")).toString();
    for (const QString &expected :
         {QStringLiteral("stream_opened"), QStringLiteral("tls_established"),
          QStringLiteral("sasl_%1_sent").arg(mechanism.toLower()), QStringLiteral("authenticated"),
          QStringLiteral("stream_restarted"), QStringLiteral("resource_bound"),
          QStringLiteral("stream_closed")})
        QVERIFY2(phases.contains(expected), qPrintable(expected));
    // An ordinary login follows the phase tables: no error at all, illegal transitions
    // included; the client's actions are recorded as the session's own phases.
    EventLog log;
    QVERIFY(Transcript::read(transcript, &log).ok);
    QStringList actions;
    for (const Event &e : log.events()) {
        QVERIFY2(e.kind != EventKind::Error,
                 qPrintable(EventJson::data(e).value(QStringLiteral("code")).toString()));
        if (e.kind == EventKind::Phase && e.connection == 0)
            actions << EventJson::data(e).value(QStringLiteral("name")).toString();
    }
    QCOMPARE(actions, QStringList{QStringLiteral("actions_done")});
    // The text report names the mechanism used (not EXTERNAL, which is for servers).
    QStringList text = base(server, jid, password);
    text.removeAll(QStringLiteral("--json"));
    const Test::CliResult report = Test::runCli(text);
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.out.contains(QStringLiteral("SASL %1:").arg(mechanism).toUtf8()),
             report.out.constData());
    QVERIFY(!report.out.contains("EXTERNAL"));
    qInfo().noquote() << server << mechanism << "login"
                      << j.value(QStringLiteral("latencyMs")).toDouble() << "ms";
}

void TestC2s::wrongPassword_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::newRow("prosody") << "PROSODY"
                             << "alice@a.test";
    QTest::newRow("ejabberd") << "EJABBERD"
                              << "carol@c.test";
}

void TestC2s::wrongPassword()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    const Test::CliResult r = Test::runCli(base(server, jid, QStringLiteral("PW_WRONG")));
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(j.value(QStringLiteral("saslResult")).toString(), QStringLiteral("failure"));
    QCOMPARE(j.value(QStringLiteral("saslError"))
                 .toObject()
                 .value(QStringLiteral("condition"))
                 .toString(),
             QStringLiteral("not-authorized"));
}

void TestC2s::channelBindingWithEjabberd()
{
    // ejabberd 23.01 offers SCRAM-SHA-1-PLUS but binds to tls-unique (undefined for TLS 1.3 by
    // RFC 9266, and not exposed by Qt); this client binds to tls-server-end-point. Chosen
    // automatically, -PLUS is skipped because ejabberd does not announce its binding type
    // (XEP-0440), so the login works; forced, the mismatch is reported as the server sees it.
    const Test::CliResult automatic = Test::runCli(base(
        QStringLiteral("EJABBERD"), QStringLiteral("carol@c.test"), QStringLiteral("PW_CAROL")));
    QCOMPARE(automatic.exitCode, 0);
    QVERIFY(automatic.json()
                .value(QStringLiteral("saslMechanisms"))
                .toArray()
                .contains(QJsonValue(QStringLiteral("SCRAM-SHA-1-PLUS"))));
    QCOMPARE(automatic.json().value(QStringLiteral("mechanismUsed")).toString(),
             QStringLiteral("SCRAM-SHA-1"));
    const Test::CliResult forced = Test::runCli(
        base(QStringLiteral("EJABBERD"), QStringLiteral("carol@c.test"), QStringLiteral("PW_CAROL"))
        << QStringLiteral("--mechanism") << QStringLiteral("SCRAM-SHA-1-PLUS"));
    QCOMPARE(forced.exitCode, 1);
    QCOMPARE(forced.json()
                 .value(QStringLiteral("saslError"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("Invalid channel binding"));
}

namespace {

/// The server side of SCRAM-SHA-256(-PLUS) (RFC 5802, RFC 7677), written independently of
/// the client under test: it checks the channel-binding data against its own certificate
/// (RFC 5929 §4.1, SHA-256 for a SHA-256 signature) and the client proof.
struct ScramServer
{
    QByteArray password;
    QByteArray expectedCbind; // what c= must decode to
    QByteArray clientFirstBare, serverFirst, gs2;
    QByteArray salt = QByteArrayLiteral("a salt of 16 B!!");
    QString failure;

    static QByteArray textOf(const QByteArray &element)
    {
        // The segment may begin with the rest of the stream header: the text is what lies
        // between the last start tag and the end tag.
        const qsizetype close = element.lastIndexOf("</");
        const qsizetype open = element.lastIndexOf('>', close - 1);
        return QByteArray::fromBase64(element.mid(open + 1, close - open - 1).trimmed());
    }
    static QByteArray hmac(const QByteArray &key, const QByteArray &msg)
    {
        return QMessageAuthenticationCode::hash(msg, key, QCryptographicHash::Sha256);
    }
    static QByteArray sasl(const char *name, const QByteArray &payload)
    {
        return QByteArray("<") + name + " xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" +
               payload.toBase64() + "</" + name + ">";
    }
    QByteArray onAuth(const QByteArray &auth)
    {
        const QByteArray first = textOf(auth);
        const qsizetype secondComma = first.indexOf(',', first.indexOf(',') + 1);
        gs2 = first.left(secondComma + 1);
        clientFirstBare = first.mid(secondComma + 1);
        const QByteArray nonce = clientFirstBare.mid(clientFirstBare.indexOf("r=") + 2);
        serverFirst = "r=" + nonce + "server-nonce,s=" + salt.toBase64() + ",i=4096";
        return sasl("challenge", serverFirst);
    }
    QByteArray onResponse(const QByteArray &response)
    {
        const QByteArray final = textOf(response);
        const qsizetype proofAt = final.indexOf(",p=");
        const QByteArray withoutProof = final.left(proofAt);
        const QByteArray proof = QByteArray::fromBase64(final.mid(proofAt + 3));
        const QByteArray c =
            QByteArray::fromBase64(withoutProof.mid(2, withoutProof.indexOf(',') - 2));
        if (c != gs2 + expectedCbind) {
            failure = QStringLiteral("channel binding: got %1").arg(QString::fromLatin1(c.toHex()));
            return "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>";
        }
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                     password, salt, 4096, 32);
        const QByteArray storedKey =
            QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
        const QByteArray authMessage = clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const QByteArray signature = hmac(storedKey, authMessage);
        QByteArray clientKey = proof;
        for (int i = 0; i < clientKey.size() && i < signature.size(); ++i)
            clientKey[i] = char(clientKey.at(i) ^ signature.at(i));
        if (QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256) != storedKey) {
            failure = QStringLiteral("client proof does not verify");
            return "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>";
        }
        return sasl("success", "v=" + hmac(hmac(salted, "Server Key"), authMessage).toBase64());
    }
};

} // namespace

void TestC2s::channelBindingServerEndPoint_data()
{
    QTest::addColumn<bool>("announced");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QByteArray>("gs2");
    // XEP-0440 announces tls-server-end-point: -PLUS is chosen and bound to the certificate.
    QTest::newRow("announced") << true << QStringLiteral("SCRAM-SHA-256-PLUS")
                               << QByteArray("p=tls-server-end-point,,");
    // No announcement: the binding the server expects is unknown, so no -PLUS; "n" since
    // the server does offer -PLUS (RFC 5802 §6).
    QTest::newRow("not announced") << false << QStringLiteral("SCRAM-SHA-256") << QByteArray("n,,");
}

void TestC2s::channelBindingServerEndPoint()
{
    // Debian 12's Prosody (0.12) and ejabberd (23.01) bind -PLUS to tls-unique only, so a
    // scripted server with its own SCRAM implementation stands in for one that binds to
    // tls-server-end-point (Prosody 13, ejabberd 23.10 and later).
    QFETCH(bool, announced);
    QFETCH(QString, mechanism);
    QFETCH(QByteArray, gs2);
    const QSslCertificate certificate = ScriptedPeer::certificate(QStringLiteral("peer.localhost"));
    QVERIFY(!certificate.isNull());
    ScramServer scram;
    scram.password = "pässword";
    scram.expectedCbind =
        gs2.startsWith('p') ? certificate.digest(QCryptographicHash::Sha256) : QByteArray();
    const QByteArray header =
        "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
        "id='cb1' from='peer.localhost' xmlns='jabber:client' version='1.0'>";
    const QByteArray cb =
        announced ? "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>"
                    "<channel-binding type='tls-server-end-point'/></sasl-channel-binding>"
                  : "";
    QByteArray boundId;
    ScriptedPeer server;
    server.setIdentity(certificate, ScriptedPeer::key(QStringLiteral("peer.localhost")));
    QVERIFY(server.start(true));
    server.expect("<stream:stream")
        .send(header +
              "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
              "<mechanism>SCRAM-SHA-256-PLUS</mechanism><mechanism>SCRAM-SHA-256</mechanism>"
              "</mechanisms>" +
              cb + "</stream:features>")
        .respond("</auth>", [&scram](const QByteArray &b) { return scram.onAuth(b); })
        .respond("</response>", [&scram](const QByteArray &b) { return scram.onResponse(b); })
        .expect("<stream:stream")
        .send(header +
              "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>")
        .respond("</iq>",
                 [&boundId](const QByteArray &iq) -> QByteArray {
                     const auto m = QRegularExpression(QStringLiteral("id=['\"]([^'\"]+)['\"]"))
                                        .match(QString::fromUtf8(iq));
                     boundId = m.captured(1).toUtf8();
                     return "<iq type='result' id='" + boundId +
                            "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                            "<jid>user@peer.localhost/inspector</jid></bind></iq>";
                 })
        .expect("</stream:stream>")
        .send("</stream:stream>")
        .close();
    C2sOptions o;
    o.jid = QStringLiteral("user@peer.localhost");
    o.password = QString::fromUtf8(scram.password);
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.tls = S2sOptions::Tls::Direct;
    o.extraCa = QSslCertificate::fromPath(ScriptedPeer::certsDir() + QStringLiteral("/ca.crt"));
    const QJsonObject s = runScripted(o);
    QVERIFY(!s.isEmpty());
    QVERIFY2(scram.failure.isEmpty(), qPrintable(scram.failure));
    QVERIFY2(s.value(QStringLiteral("success")).toBool(),
             qPrintable(s.value(QStringLiteral("error")).toString()));
    QCOMPARE(s.value(QStringLiteral("mechanismUsed")).toString(), mechanism);
    QVERIFY(scram.gs2 == gs2);
    QVERIFY(!boundId.isEmpty());
    QCOMPARE(s.value(QStringLiteral("jid")).toString(),
             QStringLiteral("user@peer.localhost/inspector"));
    QVERIFY(server.scriptDone());
}

void TestC2s::plainOverTlsKeepsThePasswordOut()
{
    const QString transcript = m_dir.filePath(QStringLiteral("plain.xitrace"));
    const Test::CliResult r = Test::runCli(
        base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"), QStringLiteral("PW_ALICE"))
        << QStringLiteral("--mechanism") << QStringLiteral("PLAIN") << QStringLiteral("--verbose")
        << QStringLiteral("--transcript") << transcript);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("mechanismUsed")).toString(), QStringLiteral("PLAIN"));
    const QByteArray payload = QByteArray("\0alice\0alice-pass", 17).toBase64();
    QFile f(transcript);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    for (const QByteArray &secret : {QByteArray("alice-pass"), payload}) {
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
        QVERIFY(!file.contains(secret));
    }
    QVERIFY(r.err.contains("[redacted:")); // the payload is shown as a marker with its length
}

void TestC2s::plainRefusedOverPlaintext()
{
    ScriptedPeer server;
    QVERIFY(server.start());
    server.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='p1' from='plain.test' xmlns='jabber:client' version='1.0'><stream:features>"
              "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>"
              "</mechanisms></stream:features>")
        .expect("</stream:stream>")
        .send("</stream:stream>")
        .close();
    C2sOptions o;
    o.jid = QStringLiteral("user@plain.test");
    o.password = QStringLiteral("secret-password");
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    const QJsonObject s = runScripted(o);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("no-mechanism"));
    QVERIFY(
        s.value(QStringLiteral("error")).toString().contains(QLatin1String("--allow-plaintext")));
    QVERIFY(!server.received().contains("<auth")); // nothing of the password was sent
}

void TestC2s::unknownMechanismRefused()
{
    // Asked for a mechanism the server offers but this client cannot do: a clear refusal,
    // nothing sent (this was undefined behaviour, found by the sanitizer build).
    ScriptedPeer server;
    QVERIFY(server.start());
    server.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='m1' from='mech.test' xmlns='jabber:client' version='1.0'><stream:features>"
              "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>X-OAUTH2</mechanism>"
              "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>")
        .expect("</stream:stream>")
        .send("</stream:stream>")
        .close();
    C2sOptions o;
    o.jid = QStringLiteral("user@mech.test");
    o.password = QStringLiteral("secret-password");
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.tls = S2sOptions::Tls::None;
    o.mechanism = QStringLiteral("X-OAUTH2");
    const QJsonObject s = runScripted(o);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("unsupported-mechanism"));
    QVERIFY(s.value(QStringLiteral("error")).toString().contains(QLatin1String("X-OAUTH2")));
    QVERIFY(!server.received().contains("<auth"));
}

void TestC2s::rosterWithGroups()
{
    // Roster sets (RFC 6121 §2.3: one item each), then a roster get.
    const QString sets = m_dir.filePath(QStringLiteral("roster.xml"));
    QFile f(sets);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "<iq type='set' id='r1'><query xmlns='jabber:iq:roster'><item jid='bob@a.test' name='Bob'>"
        "<group>Friends</group><group>Work</group></item></query></iq>"
        "<iq type='set' id='r2'><query xmlns='jabber:iq:roster'><item jid='carol@c.test' "
        "name='Carol'>"
        "<group>Remote</group></item></query></iq>");
    f.close();
    for (const auto &[server, jid, pw] : {std::tuple{"PROSODY", "alice@a.test", "PW_ALICE"},
                                          std::tuple{"EJABBERD", "dave@c.test", "PW_DAVE"}}) {
        QCOMPARE(Test::runCli(base(QLatin1String(server), QLatin1String(jid), QLatin1String(pw))
                              << QStringLiteral("--send") << sets)
                     .exitCode,
                 0);
        const Test::CliResult r =
            Test::runCli(base(QLatin1String(server), QLatin1String(jid), QLatin1String(pw))
                         << QStringLiteral("--roster"));
        const QJsonObject roster = r.json().value(QStringLiteral("roster")).toObject();
        QCOMPARE(roster.value(QStringLiteral("total")).toInt(), 2);
        bool bob = false;
        for (const QJsonValue &c : roster.value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("jid")).toString() == QLatin1String("bob@a.test")) {
                bob = true;
                QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Bob"));
                QCOMPARE(o.value(QStringLiteral("groups")).toArray().size(), 2);
                QVERIFY(!o.value(QStringLiteral("subscription")).toString().isEmpty());
            }
        }
        QVERIFY2(bob, server);
    }
}

void TestC2s::messageDeliveredAndBounced()
{
    // bob stays online; alice writes to him, then to an account that does not exist.
    QProcess bob;
    bob.start(
        QStringLiteral(INSPECTOR_CLI_PATH),
        base(QStringLiteral("PROSODY"), QStringLiteral("bob@a.test"), QStringLiteral("PW_BOB"))
            << QStringLiteral("--stay") << QStringLiteral("4"));
    QVERIFY(bob.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QStringLiteral("/proc/%1").arg(bob.processId())), 1000);
    // Wait until bob is online: his session prints nothing before the end, so poll with alice's
    // pings of bob's full JID (answered only once he is bound and available).
    QTRY_VERIFY_WITH_TIMEOUT(
        Test::runCli(base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"),
                          QStringLiteral("PW_ALICE"))
                     << QStringLiteral("--ping") << QStringLiteral("bob@a.test/inspector")
                     << QStringLiteral("--timeout") << QStringLiteral("1"))
                .json()
                .value(QStringLiteral("ping"))
                .toObject()
                .value(QStringLiteral("result"))
                .toString() == QLatin1String("result"),
        8000);
    const Test::CliResult sent = Test::runCli(
        base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"), QStringLiteral("PW_ALICE"))
        << QStringLiteral("--send-to") << QStringLiteral("bob@a.test") << QStringLiteral("--body")
        << QStringLiteral("hello bob"));
    QCOMPARE(sent.exitCode, 0);
    QVERIFY(sent.json().value(QStringLiteral("deliveryError")).isNull());
    QVERIFY(bob.waitForFinished(15000));
    const QJsonObject received = QJsonDocument::fromJson(bob.readAllStandardOutput()).object();
    bool got = false;
    for (const QJsonValue &m : received.value(QStringLiteral("messagesReceived")).toArray())
        got = got ||
              m.toObject().value(QStringLiteral("body")).toString() == QLatin1String("hello bob");
    QVERIFY2(got, "bob did not receive alice's message");

    const Test::CliResult bounced = Test::runCli(
        base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"), QStringLiteral("PW_ALICE"))
        << QStringLiteral("--send-to") << QStringLiteral("nobody@a.test")
        << QStringLiteral("--body") << QStringLiteral("anyone?"));
    QCOMPARE(bounced.json()
                 .value(QStringLiteral("deliveryError"))
                 .toObject()
                 .value(QStringLiteral("condition"))
                 .toString(),
             QStringLiteral("service-unavailable"));
}

void TestC2s::directTls_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("password");
    QTest::newRow("prosody") << "PROSODY"
                             << "alice@a.test"
                             << "PW_ALICE";
    QTest::newRow("ejabberd") << "EJABBERD"
                              << "carol@c.test"
                              << "PW_CAROL";
}

void TestC2s::directTls()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    QStringList args = base(server, jid, password);
    args[args.indexOf(QStringLiteral("--port")) + 1] =
        m_env.value(server + QStringLiteral("_C2S_TLS"));
    args << QStringLiteral("--tls") << QStringLiteral("direct") << QStringLiteral("--strict-tls");
    const Test::CliResult r = Test::runCli(args);
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("directTls")).toBool(), true);
    QCOMPARE(j.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
             true);
    QCOMPARE(j.value(QStringLiteral("jid")).toString(), jid + QStringLiteral("/inspector"));
}

void TestC2s::scramPayloadsStayOutOfTranscripts()
{
    for (const bool keep : {false, true}) {
        const QString path = m_dir.filePath(keep ? QStringLiteral("scram-kept.xitrace")
                                                 : QStringLiteral("scram.xitrace"));
        QStringList args = base(QStringLiteral("EJABBERD"), QStringLiteral("carol@c.test"),
                                QStringLiteral("PW_CAROL"))
                           << QStringLiteral("--transcript") << path;
        if (keep)
            args << QStringLiteral("--keep-secrets");
        QCOMPARE(Test::runCli(args).exitCode, 0);
        EventLog log;
        QVERIFY(Transcript::read(path, &log).ok);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("carol-pass"));
        int payloads = 0;
        for (const Event &e : log.events()) {
            if (!e.element ||
                e.element->namespaceUri() != QLatin1String("urn:ietf:params:xml:ns:xmpp-sasl") ||
                e.element->text().isEmpty())
                continue;
            ++payloads;
            QCOMPARE(e.element->text().startsWith(QLatin1String("[redacted:")), !keep);
        }
        QCOMPARE(payloads, 4); // auth, challenge, response, success
    }
}

void TestC2s::pingAcrossFederation_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("remote");
    QTest::newRow("prosody-to-ejabberd") << "PROSODY"
                                         << "alice@a.test"
                                         << "PW_ALICE"
                                         << "c.test";
    QTest::newRow("ejabberd-to-prosody") << "EJABBERD"
                                         << "carol@c.test"
                                         << "PW_CAROL"
                                         << "a.test";
}

void TestC2s::pingAcrossFederation()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    QFETCH(QString, remote);
    const Test::CliResult r =
        Test::runCli(base(server, jid, password) << QStringLiteral("--ping") << remote);
    const QJsonObject ping = r.json().value(QStringLiteral("ping")).toObject();
    QVERIFY2(r.exitCode == 0, qPrintable(r.json().value(QStringLiteral("error")).toString()));
    QCOMPARE(ping.value(QStringLiteral("result")).toString(), QStringLiteral("result"));
    QCOMPARE(ping.value(QStringLiteral("from")).toString(), remote);
    qInfo().noquote() << server << "→" << remote << "federated ping"
                      << ping.value(QStringLiteral("rttMs")).toDouble() << "ms";
}

void TestC2s::serverFoundThroughSrv()
{
    // No --host: _xmpp-client._tcp.a.test points at Prosody's runtime client port.
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("c2s"), QStringLiteral("--jid"), QStringLiteral("alice@a.test"),
         QStringLiteral("--password-env"), QStringLiteral("PW_ALICE"),
         QStringLiteral("--dns-server"),
         QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT")),
         QStringLiteral("--ca"), m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
         QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    const QJsonObject first = j.value(QStringLiteral("dns"))
                                  .toObject()
                                  .value(QStringLiteral("candidates"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("_xmpp-client._tcp"));
    QCOMPARE(first.value(QStringLiteral("port")).toInt(),
             m_env.value(QStringLiteral("PROSODY_C2S")).toInt());
    QCOMPARE(j.value(QStringLiteral("jid")).toString(), QStringLiteral("alice@a.test/inspector"));
}

void TestC2s::streamManagement_data()
{
    // The hosts with XEP-0198: web.test (Prosody's mod_smacks), e.test (ejabberd's
    // mod_stream_mgmt).
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("password");
    QTest::newRow("prosody") << "PROSODY"
                             << "frank@web.test"
                             << "PW_FRANK";
    QTest::newRow("ejabberd") << "EJABBERD"
                              << "grace@e.test"
                              << "PW_GRACE";
}

void TestC2s::streamManagement()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    // Enabled after binding, and the server's count after the roster and the ping checked.
    const Test::CliResult r =
        Test::runCli(base(server, jid, password)
                     << QStringLiteral("--roster") << QStringLiteral("--ping") << jid);
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    const QJsonObject sm = j.value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
    QCOMPARE(sm.value(QStringLiteral("resumable")).toBool(), true);
    QVERIFY(sm.value(QStringLiteral("maxSeconds")).toInt() > 0);
    const QJsonObject ack = sm.value(QStringLiteral("lastAck")).toObject();
    QCOMPARE(ack.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(ack.value(QStringLiteral("sent")).toInt(), 2);
    QCOMPARE(ack.value(QStringLiteral("h")).toInt(), 2);
    // The only finding: these hosts let anyone register (registrationOpen()).
    const QJsonArray findings = j.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first()[QStringLiteral("code")].toString(),
             QStringLiteral("REGISTRATION-OPEN"));
    // --no-sm: offered, not enabled, nothing asked.
    const Test::CliResult off =
        Test::runCli(base(server, jid, password) << QStringLiteral("--no-sm"));
    const QJsonObject o = off.json().value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(o.value(QStringLiteral("offered")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("enabled")).isNull());
}

void TestC2s::smResumeTest_data()
{
    streamManagement_data();
}

void TestC2s::smResumeTest()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    const Test::CliResult r =
        Test::runCli(base(server, jid, password) << QStringLiteral("--sm-resume-test"));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    const QJsonObject sm = j.value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("resumption")).toString(), QStringLiteral("resumed"));
    QCOMPARE(sm.value(QStringLiteral("resumeTest")).toString(), QStringLiteral("works"));
    QCOMPARE(sm.value(QStringLiteral("testMessage")).toString(), QStringLiteral("delivered-once"));
    QCOMPARE(j.value(QStringLiteral("connections")).toArray().size(), 2);
    // The second connection resumed: it never bound a resource of its own.
    int binds = 0;
    for (const QJsonValue &p : j.value(QStringLiteral("phases")).toArray())
        binds += p[QStringLiteral("name")].toString() == QLatin1String("bind_sent");
    QCOMPARE(binds, 1);
    qInfo().noquote() << server << "resumption test"
                      << j.value(QStringLiteral("latencyMs")).toDouble() << "ms";
}

void TestC2s::smNotOffered()
{
    // a.test has no stream management: nothing to enable, and the resumption test says so.
    const Test::CliResult plain = Test::runCli(base(
        QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"), QStringLiteral("PW_ALICE")));
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.json().value(QStringLiteral("streamManagement")).isNull());
    const Test::CliResult r = Test::runCli(
        base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"), QStringLiteral("PW_ALICE"))
        << QStringLiteral("--sm-resume-test"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("sm-not-offered"));
    // Usage errors: the test runs alone, and needs stream management.
    for (const QString &extra : {QStringLiteral("--no-sm"), QStringLiteral("--roster")}) {
        const Test::CliResult usage =
            Test::runCli(base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"),
                              QStringLiteral("PW_ALICE"))
                         << QStringLiteral("--sm-resume-test") << extra);
        QCOMPARE(usage.exitCode, 2);
    }
}

void TestC2s::registrationOpen_data()
{
    streamManagement_data();
}

void TestC2s::registrationOpen()
{
    // web.test and e.test allow registration: the form is read before the login (a probe
    // here), never submitted; a.test does not offer it.
    QFETCH(QString, server);
    QFETCH(QString, jid);
    const Test::CliResult r = Test::runCli(base(server, jid, {}) << QStringLiteral("--probe"));
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 0);
    QJsonObject registration;
    for (const QJsonValue &v : j.value(QStringLiteral("verdicts")).toArray()) {
        if (v[QStringLiteral("what")].toString() == QLatin1String("registration"))
            registration = v.toObject();
    }
    QCOMPARE(registration.value(QStringLiteral("result")).toString(), QStringLiteral("open"));
    const QJsonArray fields = registration.value(QStringLiteral("fields")).toArray();
    QVERIFY2(fields.contains(QStringLiteral("username")) &&
                 fields.contains(QStringLiteral("password")),
             QJsonDocument(fields).toJson(QJsonDocument::Compact).constData());
    QStringList codes;
    for (const QJsonValue &f : j.value(QStringLiteral("findings")).toArray())
        codes << f[QStringLiteral("code")].toString();
    QVERIFY(codes.contains(QStringLiteral("REGISTRATION-OPEN")));
    const Test::CliResult a =
        Test::runCli(base(QStringLiteral("PROSODY"), QStringLiteral("alice@a.test"), {})
                     << QStringLiteral("--probe"));
    for (const QJsonValue &v : a.json().value(QStringLiteral("verdicts")).toArray())
        QVERIFY(v[QStringLiteral("what")].toString() != QLatin1String("registration"));
}

void TestC2s::discovery_data()
{
    streamManagement_data();
}

void TestC2s::discovery()
{
    // Both hosts run carbons and the archive; Prosody announces its capabilities in the
    // stream features, and its own disco#info must hash to them.
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    QStringList args = base(server, jid, password) << QStringLiteral("--disco");
    const Test::CliResult r = Test::runCli(args);
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QJsonObject caps;
    QStringList server_, account;
    for (const QJsonValue &v : j.value(QStringLiteral("verdicts")).toArray()) {
        const QString what = v[QStringLiteral("what")].toString();
        QStringList features;
        for (const QJsonValue &f : v[QStringLiteral("disco")][QStringLiteral("features")].toArray())
            features << f.toString();
        if (what == QLatin1String("caps"))
            caps = v.toObject();
        else if (what == QLatin1String("disco"))
            server_ = features;
        else if (what == QLatin1String("disco-account"))
            account = features;
    }
    QVERIFY2(server_.contains(QStringLiteral("urn:xmpp:carbons:2")),
             qPrintable(server_.join(u' ')));
    QVERIFY2(account.contains(QStringLiteral("urn:xmpp:mam:2")) ||
                 server_.contains(QStringLiteral("urn:xmpp:mam:2")),
             qPrintable(account.join(u' ')));
    // A server that announces its capabilities hashes to them (Prosody always announces).
    if (server == QLatin1String("PROSODY") || !caps.isEmpty())
        QCOMPARE(caps.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    for (const QJsonValue &f : j.value(QStringLiteral("findings")).toArray())
        QVERIFY(f[QStringLiteral("code")].toString() != QLatin1String("CAPS-HASH-MISMATCH"));
    args.removeAll(QStringLiteral("--json"));
    const Test::CliResult text = Test::runCli(args);
    QVERIFY2(text.out.contains("Message carbons (XEP-0280): offered"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestC2s)
#include "tst_c2s.moc"
