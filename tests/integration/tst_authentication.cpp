// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication against real Prosody and ejabberd: dialback in all three roles, SASL EXTERNAL,
// queries after authentication, and listen mode. The suite's DNS server sends inspector.test
// to INSPECTOR_AS_PORT, where these tests run the built-in authoritative or receiving server;
// the tests in this file run one after another, so that port is never shared.
#include "clirunner.h"
#include "peersenv.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/transcript.h"
#include "xml/namespaces.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

namespace {
QStringList phaseRoles(const QJsonObject &j)
{
    QStringList roles;
    for (const QJsonValue &c : j.value(QStringLiteral("connections")).toArray())
        roles << c.toObject().value(QStringLiteral("role")).toString();
    return roles;
}

bool hasVerdict(const QJsonObject &j, const QString &what, const QString &result)
{
    for (const QJsonValue &v : j.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("what")).toString() == what &&
            o.value(QStringLiteral("result")).toString() == result)
            return true;
    }
    return false;
}
} // namespace

class TestAuthentication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialbackValid_data();
    void dialbackValid();
    void dialbackInvalidWithWrongSecret_data();
    void dialbackInvalidWithWrongSecret();
    void dialbackWithTheServersOwnSecret();
    void dialbackAuthoritativeUnreachable_data();
    void dialbackAuthoritativeUnreachable();
    void saslExternal_data();
    void saslExternal();
    void listenReceivesFederation_data();
    void listenReceivesFederation();
    void listenRelaysUnreachableAuthoritative_data() { listenReceivesFederation_data(); }
    void listenVerifiesThroughSrv();
    void listenVerifiesThroughDnssec_data();
    void listenVerifiesThroughDnssec();
    void listenRelaysUnreachableAuthoritative();
    void secretsNeverPrinted();
    // XEP-0288, against Prosody's mod_s2s_bidi (enabled for bidi.test only). EXTERNAL first:
    // a dialback run leaves Prosody an outgoing stream of its own to inspector.test for a
    // while, and with one it does not route over ours.
    void bidiWithSaslExternal();
    void bidiWithDialback();
    void bidiNeverRequestedUnoffered();
    void listenOffersBidi();
    // XEP-0198 on server streams, against Prosody's mod_smacks (enabled for web.test only).
    void streamManagementOnServerStreams_data();
    void streamManagementOnServerStreams();

private:
    /// Index of the first outbound event whose bytes contain `needle`, or -1.
    static int firstSent(const EventLog &log, const QByteArray &needle);
    QStringList base(const QString &server,
                     const QString &from = QStringLiteral("inspector.test")) const;
    QString certs(const QString &file) const
    {
        return m_env.value(QStringLiteral("CERTS")) + QLatin1Char('/') + file;
    }
    /// Runs listen mode with `options` while `server` is made to federate into it (Prosody
    /// from `prosodyHost`); its JSON.
    QJsonObject listenWhileServerConnects(const QString &server, const QStringList &options,
                                          const QString &prosodyHost = QStringLiteral("a.test"));
    QString as() const
    {
        return QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("INSPECTOR_AS_PORT"));
    }
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
};

void TestAuthentication::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("INSPECTOR_AS_PORT")),
             "peers.env missing: the servers are started by the fixture_peers_start test");
}

QStringList TestAuthentication::base(const QString &server, const QString &from) const
{
    return {QStringLiteral("s2s"),
            QStringLiteral("--from"),
            from,
            QStringLiteral("--to"),
            m_env.value(server + QStringLiteral("_DOMAIN")),
            QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"),
            m_env.value(server + QStringLiteral("_S2S")),
            QStringLiteral("--ca"),
            certs(QStringLiteral("ca.crt")),
            QStringLiteral("--json")};
}

void TestAuthentication::dialbackValid_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("software");
    for (const char *tls : {"none", "starttls"}) {
        QTest::newRow(qPrintable(QStringLiteral("prosody-%1").arg(QLatin1String(tls))))
            << "PROSODY" << tls << "Prosody";
        QTest::newRow(qPrintable(QStringLiteral("ejabberd-%1").arg(QLatin1String(tls))))
            << "EJABBERD" << tls << "ejabberd";
    }
}

void TestAuthentication::dialbackValid()
{
    QFETCH(QString, server);
    QFETCH(QString, tls);
    QFETCH(QString, software);
    const QString transcript = m_dir.filePath(QStringLiteral("%1-%2.xitrace").arg(server, tls));
    const Test::CliResult r = Test::runCli(
        base(server) + QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                                   QStringLiteral("--authoritative"), as(), QStringLiteral("--tls"),
                                   tls, QStringLiteral("--ping"), QStringLiteral("--disco"),
                                   QStringLiteral("--software-version"),
                                   QStringLiteral("--transcript"), transcript});
    const QJsonObject j = r.json();
    // The transcript reads back into the same session: the same summary, field for field.
    EventLog back;
    const Transcript::ReadResult read = Transcript::read(transcript, &back);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(Summary::build(back).toJson(), j);
    QVERIFY2(r.exitCode == 0,
             qPrintable(j.value(QStringLiteral("error")).toString() + QString::fromUtf8(r.err)));
    QCOMPARE(j.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(j.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QCOMPARE(j.value(QStringLiteral("authenticatedAs")).toString(),
             QStringLiteral("inspector.test"));
    QCOMPARE(j.value(QStringLiteral("tlsUpgraded")).toBool(), tls == QLatin1String("starttls"));
    // The remote connected back to the built-in authoritative server, which confirmed the key.
    QVERIFY(phaseRoles(j).contains(QStringLiteral("authoritative")));
    QVERIFY(hasVerdict(j, QStringLiteral("verify-answered"), QStringLiteral("valid")));
    // Its own dialback on that back-connection was verified with it through a verify connection.
    QVERIFY(phaseRoles(j).contains(QStringLiteral("verify")));
    QVERIFY(hasVerdict(j, QStringLiteral("dialback-in"), QStringLiteral("valid")));
    // Replies arrive on the remote's connection to us, not on ours: correlated all the same.
    const QJsonObject ping = j.value(QStringLiteral("ping")).toObject();
    QCOMPARE(ping.value(QStringLiteral("result")).toString(), QStringLiteral("result"));
    QVERIFY(ping.value(QStringLiteral("rttMs")).toDouble() > 0);
    QVERIFY(ping.value(QStringLiteral("connection")).toInt() != 1);
    QCOMPARE(j.value(QStringLiteral("softwareVersion"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             software);
    QVERIFY(j.value(QStringLiteral("disco"))
                .toObject()
                .value(QStringLiteral("features"))
                .toArray()
                .contains(QJsonValue(QStringLiteral("urn:xmpp:ping"))));
    qInfo().noquote() << server << tls << "dialback valid; total"
                      << j.value(QStringLiteral("latencyMs")).toDouble() << "ms, ping"
                      << ping.value(QStringLiteral("rttMs")).toDouble() << "ms";
}

void TestAuthentication::dialbackInvalidWithWrongSecret_data()
{
    // We claim the other server's domain with a secret that is not its secret: the receiving
    // server asks the real authoritative server, which says invalid (XEP-0220 §2.2).
    QTest::addColumn<QString>("receiving");
    QTest::addColumn<QString>("claimed");
    QTest::newRow("ejabberd-asks-prosody") << "EJABBERD"
                                           << "a.test";
    QTest::newRow("prosody-asks-ejabberd") << "PROSODY"
                                           << "c.test";
}

void TestAuthentication::dialbackInvalidWithWrongSecret()
{
    QFETCH(QString, receiving);
    QFETCH(QString, claimed);
    const Test::CliResult r = Test::runCli(
        base(receiving, claimed) + QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                                               QStringLiteral("--dialback-secret"),
                                               QStringLiteral("not-the-real-secret")});
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(j.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("invalid"));
    QCOMPARE(j.value(QStringLiteral("errorCode")).toString(), QStringLiteral("dialback-invalid"));
}

void TestAuthentication::dialbackWithTheServersOwnSecret()
{
    // Prosody's dialback_secret: ejabberd asks Prosody (authoritative for a.test) and Prosody,
    // computing the same XEP-0185 key, confirms it.
    const Test::CliResult r =
        Test::runCli(base(QStringLiteral("EJABBERD"), QStringLiteral("a.test")) +
                     QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                                 QStringLiteral("--dialback-secret"),
                                 m_env.value(QStringLiteral("PROSODY_SECRET"))});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QCOMPARE(j.value(QStringLiteral("authenticatedAs")).toString(), QStringLiteral("a.test"));
}

void TestAuthentication::dialbackAuthoritativeUnreachable_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("exitCode");
    // Prosody never answers when it cannot connect back (until its s2s_timeout); ejabberd
    // answers at once with a dialback error.
    QTest::newRow("prosody") << "PROSODY"
                             << "pending" << 3;
    QTest::newRow("ejabberd") << "EJABBERD"
                              << "error" << 1;
}

void TestAuthentication::dialbackAuthoritativeUnreachable()
{
    QFETCH(QString, server);
    QFETCH(QString, result);
    QFETCH(int, exitCode);
    // The listener runs, but not where DNS sends the remote.
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString elsewhere = QStringLiteral("127.0.0.1:%1").arg(port);
    const Test::CliResult r = Test::runCli(
        base(server) + QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                                   QStringLiteral("--authoritative"), elsewhere,
                                   QStringLiteral("--timeout"), QStringLiteral("3")});
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(j.value(QStringLiteral("dialbackResult")).toString(), result);
    if (result == QLatin1String("pending")) {
        QVERIFY(j.value(QStringLiteral("dialbackExplanation"))
                    .toString()
                    .contains(QLatin1String("never connected back")));
        QCOMPARE(j.value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("dialback-pending"));
    } else {
        QCOMPARE(j.value(QStringLiteral("dialbackError"))
                     .toObject()
                     .value(QStringLiteral("condition"))
                     .toString(),
                 QStringLiteral("remote-server-not-found"));
    }
    // Either way the text says where the back-connection had to arrive and that nothing did,
    // not merely that a step timed out.
    const QString expected = QStringLiteral("Nothing arrived at %1 within").arg(elsewhere);
    QVERIFY2(j.value(QStringLiteral("dialbackExplanation")).toString().contains(expected),
             QJsonDocument(j).toJson().constData());
    bool explained = false;
    for (const QJsonValue &f : j.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        if (o.value(QStringLiteral("code")).toString().startsWith(QLatin1String("DIALBACK-")))
            explained =
                explained || o.value(QStringLiteral("explanation")).toString().contains(expected);
    }
    QVERIFY2(explained,
             QJsonDocument(j.value(QStringLiteral("findings")).toArray()).toJson().constData());
}

void TestAuthentication::saslExternal_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("certificate"); // empty: none
    QTest::addColumn<QString>("sasl");        // expected saslResult
    QTest::addColumn<QString>("condition");
    QTest::newRow("prosody-trusted") << "PROSODY"
                                     << "inspector.test"
                                     << "success"
                                     << "";
    QTest::newRow("ejabberd-trusted") << "EJABBERD"
                                      << "inspector.test"
                                      << "success"
                                      << "";
    // Prosody offers EXTERNAL only to a peer whose certificate it accepts; ejabberd offers it
    // anyway and then refuses.
    QTest::newRow("prosody-none") << "PROSODY"
                                  << ""
                                  << "failure"
                                  << "not-offered";
    QTest::newRow("ejabberd-none") << "EJABBERD"
                                   << ""
                                   << "failure"
                                   << "not-authorized";
    QTest::newRow("prosody-untrusted") << "PROSODY"
                                       << "inspector.test-selfsigned"
                                       << "failure"
                                       << "not-offered";
    QTest::newRow("ejabberd-untrusted") << "EJABBERD"
                                        << "inspector.test-selfsigned"
                                        << "failure"
                                        << "not-authorized";
}

void TestAuthentication::saslExternal()
{
    QFETCH(QString, server);
    QFETCH(QString, certificate);
    QFETCH(QString, sasl);
    QFETCH(QString, condition);
    QStringList args =
        base(server) + QStringList{QStringLiteral("--auth"), QStringLiteral("external")};
    if (!certificate.isEmpty()) {
        args << QStringLiteral("--cert") << certs(certificate + QStringLiteral(".crt"))
             << QStringLiteral("--key") << certs(certificate + QStringLiteral(".key"));
    }
    if (sasl == QLatin1String("success"))
        args << QStringLiteral("--authoritative") << as() << QStringLiteral("--ping");
    const Test::CliResult r = Test::runCli(args);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("saslResult")).toString(), sasl);
    if (sasl == QLatin1String("success")) {
        QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
        QCOMPARE(j.value(QStringLiteral("authMethod")).toString(), QStringLiteral("sasl-external"));
        QCOMPARE(
            j.value(QStringLiteral("ping")).toObject().value(QStringLiteral("result")).toString(),
            QStringLiteral("result"));
    } else {
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(j.value(QStringLiteral("saslError"))
                     .toObject()
                     .value(QStringLiteral("condition"))
                     .toString(),
                 condition);
    }
}

void TestAuthentication::listenReceivesFederation_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("prosody") << "PROSODY";
    QTest::newRow("ejabberd") << "EJABBERD";
}

QJsonObject TestAuthentication::listenWhileServerConnects(const QString &server,
                                                          const QStringList &options,
                                                          const QString &prosodyHost)
{
    const QString domain = m_env.value(server + QStringLiteral("_DOMAIN"));
    QProcess listen;
    listen.start(QStringLiteral(INSPECTOR_CLI_PATH),
                 QStringList{QStringLiteral("listen"), QStringLiteral("--domain"),
                             QStringLiteral("inspector.test"), QStringLiteral("--bind"), as(),
                             QStringLiteral("--duration"), QStringLiteral("4"),
                             QStringLiteral("--cert"), certs(QStringLiteral("inspector.test.crt")),
                             QStringLiteral("--key"), certs(QStringLiteral("inspector.test.key")),
                             QStringLiteral("--json"), QStringLiteral("--verbose")} +
                     options);
    if (!listen.waitForStarted())
        return {};
    // The server is made to connect only once the listener is up (--verbose prints its
    // "listening on" note): a slow start, as in the sanitizer build, would refuse it.
    listen.setReadChannel(QProcess::StandardError);
    QByteArray progress;
    while (!progress.contains("listening on") && listen.waitForReadyRead(10000))
        progress += listen.readAllStandardError();
    if (!progress.contains("listening on"))
        return {};
    // Make the server connect out to inspector.test: a ping from Prosody's admin shell, a
    // message sent through ejabberd's admin command.
    QProcess trigger;
    if (server == QLatin1String("PROSODY")) {
        trigger.start(m_env.value(QStringLiteral("PROSODY_CTL")),
                      {QStringLiteral("shell"),
                       QStringLiteral("xmpp:ping('%1', 'inspector.test')").arg(prosodyHost)});
    } else {
        trigger.start(m_env.value(QStringLiteral("EJABBERD_CTL")),
                      {QStringLiteral("send_message"), QStringLiteral("headline"), domain,
                       QStringLiteral("inspector.test"), QStringLiteral("subject"),
                       QStringLiteral("hello inspector")});
    }
    trigger.waitForStarted();
    listen.waitForFinished(30000);
    if (trigger.state() != QProcess::NotRunning) {
        trigger.kill(); // the shell waits for a pong that listen mode does not send
        trigger.waitForFinished();
    }
    if (listen.exitStatus() != QProcess::NormalExit || listen.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(listen.readAllStandardOutput()).object();
}

void TestAuthentication::listenReceivesFederation()
{
    QFETCH(QString, server);
    const QString domain = m_env.value(server + QStringLiteral("_DOMAIN"));
    const QJsonObject j = listenWhileServerConnects(
        server,
        {QStringLiteral("--ca"), certs(QStringLiteral("ca.crt")), QStringLiteral("--resolve"),
         domain + QStringLiteral(":127.0.0.1:") + m_env.value(server + QStringLiteral("_S2S"))});
    QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("listen"));
    QVERIFY(phaseRoles(j).contains(QStringLiteral("receiving")));
    // The sender authenticated: with dialback (verified with its authoritative server over a
    // verify connection) or with its certificate (SASL EXTERNAL).
    QVERIFY(hasVerdict(j, QStringLiteral("dialback-in"), QStringLiteral("valid")) ||
            hasVerdict(j, QStringLiteral("sasl-in"), QStringLiteral("success")));
    bool arrived = false;
    for (const QJsonValue &v : j.value(QStringLiteral("inboundStanzas")).toArray()) {
        const QJsonObject s = v.toObject();
        arrived = arrived ||
                  (s.value(QStringLiteral("from")).toString().endsWith(domain) &&
                   s.value(QStringLiteral("to")).toString() == QLatin1String("inspector.test"));
    }
    QVERIFY2(arrived, "the stanza the server sent was not recorded");
}

void TestAuthentication::listenRelaysUnreachableAuthoritative()
{
    // Without --ca the server's certificate is not trusted, so it falls back to dialback; its
    // authoritative server "cannot be reached" (DEAD_PORT): XEP-0220 §2.5 says the receiving
    // server answers <remote-server-not-found/>, and the server must give up on the stream.
    QFETCH(QString, server);
    const QString domain = m_env.value(server + QStringLiteral("_DOMAIN"));
    const QJsonObject j = listenWhileServerConnects(
        server, {QStringLiteral("--resolve"), domain + QStringLiteral(":127.0.0.1:") +
                                                  m_env.value(QStringLiteral("DEAD_PORT"))});
    QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("listen"));
    bool relayed = false;
    for (const QJsonValue &v : j.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject o = v.toObject();
        relayed = relayed ||
                  (o.value(QStringLiteral("what")).toString() == QLatin1String("dialback-in") &&
                   o.value(QStringLiteral("sent")).toString() == QLatin1String("error") &&
                   o.value(QStringLiteral("condition")).toString() ==
                       QLatin1String("remote-server-not-found"));
    }
    QVERIFY2(relayed,
             QJsonDocument(j.value(QStringLiteral("verdicts")).toArray()).toJson().constData());
    QVERIFY(!hasVerdict(j, QStringLiteral("dialback-in"), QStringLiteral("valid")));
    QVERIFY(!hasVerdict(j, QStringLiteral("sasl-in"), QStringLiteral("success")));
}

void TestAuthentication::listenVerifiesThroughSrv()
{
    // RFC 6120 §3.2: the verify connection finds the sender's authoritative server like any
    // peer, here by _xmpp-server._tcp.a.test (Prosody's runtime port; nothing is on 5269).
    // Without --ca Prosody's certificate is not trusted here, so it uses dialback.
    const QJsonObject j = listenWhileServerConnects(
        QStringLiteral("PROSODY"),
        {QStringLiteral("--dns-server"),
         QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT"))});
    QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("listen"));
    QVERIFY(phaseRoles(j).contains(QStringLiteral("verify")));
    QVERIFY(hasVerdict(j, QStringLiteral("dialback-in"), QStringLiteral("valid")));
}

void TestAuthentication::listenVerifiesThroughDnssec_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<bool>("valid");
    QTest::newRow("secure SRV") << "signed.test" << true;
    QTest::newRow("bogus SRV") << "broken.test" << false;
}

void TestAuthentication::listenVerifiesThroughDnssec()
{
    // The verify connection resolves the sender's domain with DNSSEC like the first connection
    // (nsd serves the suite's signed zones): signed.test's secure _xmpps-server record leads
    // to Prosody's direct-TLS port; broken.test's SRV records do not validate (they point at
    // DEAD_PORT), so nothing is connected to and the sender gets <remote-server-not-found/>.
    QFETCH(QString, sender);
    QFETCH(bool, valid);
    const QJsonObject j = listenWhileServerConnects(
        QStringLiteral("PROSODY"),
        {QStringLiteral("--dns-server"),
         QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("NSD_PORT")),
         QStringLiteral("--trust-anchor"), m_env.value(QStringLiteral("TRUST_ANCHORS"))},
        sender);
    QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("listen"));
    QStringList verifyPeers;
    for (const QJsonValue &v : j.value(QStringLiteral("connections")).toArray()) {
        if (v.toObject().value(QStringLiteral("role")).toString() == QLatin1String("verify"))
            verifyPeers << v.toObject().value(QStringLiteral("remote")).toString();
    }
    const QString verdicts =
        QString::fromUtf8(QJsonDocument(j.value(QStringLiteral("verdicts")).toArray()).toJson());
    if (valid) {
        QCOMPARE(verifyPeers, QStringList{QStringLiteral("127.0.0.1:") +
                                          m_env.value(QStringLiteral("PROSODY_S2S_TLS"))});
        QVERIFY2(hasVerdict(j, QStringLiteral("dialback-in"), QStringLiteral("valid")),
                 qPrintable(verdicts));
        return;
    }
    QVERIFY(verifyPeers.isEmpty());
    QVERIFY2(!hasVerdict(j, QStringLiteral("dialback-in"), QStringLiteral("valid")),
             qPrintable(verdicts));
    bool relayed = false;
    for (const QJsonValue &v : j.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject o = v.toObject();
        relayed = relayed ||
                  (o.value(QStringLiteral("what")).toString() == QLatin1String("dialback-in") &&
                   o.value(QStringLiteral("condition")).toString() ==
                       QLatin1String("remote-server-not-found"));
    }
    QVERIFY2(relayed, qPrintable(verdicts));
    bool explained = false;
    for (const QJsonValue &n : j.value(QStringLiteral("notes")).toArray())
        explained =
            explained ||
            n.toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("DNSSEC"));
    QVERIFY(explained);
}

void TestAuthentication::secretsNeverPrinted()
{
    const QString secret = m_env.value(QStringLiteral("PROSODY_SECRET"));
    const Test::CliResult r = Test::runCli(
        base(QStringLiteral("EJABBERD"), QStringLiteral("a.test")) +
        QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                    QStringLiteral("--dialback-secret"), secret, QStringLiteral("--verbose")});
    QCOMPARE(r.json().value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QVERIFY(!r.out.contains(secret.toUtf8()));
    QVERIFY(!r.err.contains(secret.toUtf8()));
    QVERIFY(r.err.contains("<db:result")); // the verbose stream was printed
    // In a transcript, neither the secret nor any dialback key (unless asked to keep them).
    for (const bool keep : {false, true}) {
        const QString path = m_dir.filePath(keep ? QStringLiteral("kept.xitrace")
                                                 : QStringLiteral("redacted.xitrace"));
        QStringList args = base(QStringLiteral("EJABBERD"), QStringLiteral("a.test")) +
                           QStringList{QStringLiteral("--auth"),
                                       QStringLiteral("dialback"),
                                       QStringLiteral("--dialback-secret"),
                                       secret,
                                       QStringLiteral("--transcript"),
                                       path};
        if (keep)
            args << QStringLiteral("--keep-secrets");
        QCOMPARE(Test::runCli(args).exitCode, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(secret.toUtf8()));
        EventLog log;
        QVERIFY(Transcript::read(path, &log).ok);
        int keys = 0;
        for (const Event &e : log.events()) {
            if (e.element && e.element->namespaceUri() == Ns::Dialback &&
                !e.element->text().isEmpty()) {
                ++keys;
                QCOMPARE(e.element->text().startsWith(QLatin1String("[redacted:")), !keep);
            }
        }
        QVERIFY(keys >= 1);
    }
}

int TestAuthentication::firstSent(const EventLog &log, const QByteArray &needle)
{
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.direction == Direction::Outbound && e.raw.contains(needle))
            return i;
    }
    return -1;
}

void TestAuthentication::bidiWithSaslExternal()
{
    // XEP-0288 §3: with SASL EXTERNAL the ping's reply comes back on our own stream, and the
    // remote never connects to us, although the authoritative listener is there.
    const QString transcript = m_dir.filePath(QStringLiteral("bidi-external.xitrace"));
    const Test::CliResult r = Test::runCli(
        base(QStringLiteral("PROSODY_BIDI")) +
        QStringList{QStringLiteral("--auth"), QStringLiteral("external"), QStringLiteral("--cert"),
                    certs(QStringLiteral("inspector.test.crt")), QStringLiteral("--key"),
                    certs(QStringLiteral("inspector.test.key")), QStringLiteral("--bidi"),
                    QStringLiteral("--ping"), QStringLiteral("--authoritative"), as(),
                    QStringLiteral("--transcript"), transcript});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("saslResult")).toString(), QStringLiteral("success"));
    QVERIFY(hasVerdict(j, QStringLiteral("bidi"), QStringLiteral("requested")));
    QVERIFY(hasVerdict(j, QStringLiteral("bidi-reverse"), QStringLiteral("authorised")));
    const QJsonObject ping = j.value(QStringLiteral("ping")).toObject();
    QCOMPARE(ping.value(QStringLiteral("result")).toString(), QStringLiteral("result"));
    QCOMPARE(ping.value(QStringLiteral("connection")).toInt(), 1);
    QCOMPARE(phaseRoles(j), QStringList{QStringLiteral("initiating")});
    // The request went after TLS and before <auth/> (§2.1, §2.2).
    EventLog log;
    QVERIFY(Transcript::read(transcript, &log).ok);
    const int request = firstSent(log, "<bidi xmlns=\"urn:xmpp:bidi\"/>");
    QVERIFY(request > firstSent(log, "<starttls"));
    QVERIFY(request < firstSent(log, "<auth "));
}

void TestAuthentication::bidiWithDialback()
{
    // Prosody accepts the request with dialback too; the verification makes it open its own
    // stream to our authoritative listener first, and the reply may come on either.
    const Test::CliResult r =
        Test::runCli(base(QStringLiteral("PROSODY_BIDI")) +
                     QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                                 QStringLiteral("--authoritative"), as(), QStringLiteral("--tls"),
                                 QStringLiteral("starttls"), QStringLiteral("--bidi"),
                                 QStringLiteral("--ping")});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QVERIFY(hasVerdict(j, QStringLiteral("bidi"), QStringLiteral("requested")));
    QVERIFY(hasVerdict(j, QStringLiteral("bidi-reverse"), QStringLiteral("authorised")));
    QCOMPARE(j.value(QStringLiteral("ping")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("result"));
    QVERIFY(!hasVerdict(j, QStringLiteral("bidi-stanza"), QStringLiteral("unauthorised")));
}

void TestAuthentication::bidiNeverRequestedUnoffered()
{
    // a.test has no mod_s2s_bidi: asking anyway would cost the stream.
    const QString transcript = m_dir.filePath(QStringLiteral("bidi-unoffered.xitrace"));
    const Test::CliResult r = Test::runCli(
        base(QStringLiteral("PROSODY")) +
        QStringList{QStringLiteral("--auth"), QStringLiteral("dialback"),
                    QStringLiteral("--authoritative"), as(), QStringLiteral("--bidi"),
                    QStringLiteral("--ping"), QStringLiteral("--transcript"), transcript});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QVERIFY(hasVerdict(j, QStringLiteral("bidi"), QStringLiteral("not-offered")));
    EventLog log;
    QVERIFY(Transcript::read(transcript, &log).ok);
    QCOMPARE(firstSent(log, "urn:xmpp:bidi"), -1);
    // The reply came the usual way, on Prosody's own connection to us.
    QVERIFY(
        j.value(QStringLiteral("ping")).toObject().value(QStringLiteral("connection")).toInt() !=
        1);
}

void TestAuthentication::listenOffersBidi()
{
    // Prosody as the initiating server asks for bidi where we offer it; the answer to its ping
    // then goes back on its own connection, and no stream of ours is opened to it.
    const QString transcript = m_dir.filePath(QStringLiteral("listen-bidi.xitrace"));
    const QJsonObject j = listenWhileServerConnects(
        QStringLiteral("PROSODY"),
        {QStringLiteral("--bidi"), QStringLiteral("--ca"), certs(QStringLiteral("ca.crt")),
         QStringLiteral("--resolve"),
         QStringLiteral("bidi.test:127.0.0.1:") + m_env.value(QStringLiteral("PROSODY_S2S")),
         QStringLiteral("--transcript"), transcript},
        QStringLiteral("bidi.test"));
    const QString verdicts =
        QString::fromUtf8(QJsonDocument(j.value(QStringLiteral("verdicts")).toArray()).toJson());
    QVERIFY2(hasVerdict(j, QStringLiteral("bidi-in"), QStringLiteral("accepted")),
             qPrintable(verdicts));
    QVERIFY(!phaseRoles(j).contains(QStringLiteral("initiating")));
    EventLog log;
    QVERIFY(Transcript::read(transcript, &log).ok);
    const int pong = firstSent(log, "type=\"result\"");
    QVERIFY(pong >= 0);
    QCOMPARE(log.connection(log.at(pong).connection)->role, QStringLiteral("receiving"));
}

void TestAuthentication::streamManagementOnServerStreams_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<bool>("turnedOff");
    QTest::addColumn<bool>("offered");
    // Prosody offers <sm/> once the stream is authenticated: after SASL EXTERNAL's restart;
    // with dialback its only features come before authentication.
    QTest::newRow("external") << "external" << false << true;
    QTest::newRow("external, --no-sm") << "external" << true << true;
    QTest::newRow("dialback") << "dialback" << false << false;
}

void TestAuthentication::streamManagementOnServerStreams()
{
    QFETCH(QString, auth);
    QFETCH(bool, turnedOff);
    QFETCH(bool, offered);
    const QString transcript =
        m_dir.filePath(QStringLiteral("sm-%1-%2.xitrace")
                           .arg(auth, turnedOff ? QStringLiteral("off") : QStringLiteral("on")));
    QStringList args =
        base(QStringLiteral("PROSODY_WEB")) + QStringList{QStringLiteral("--auth"),
                                                          auth,
                                                          QStringLiteral("--authoritative"),
                                                          as(),
                                                          QStringLiteral("--ping"),
                                                          QStringLiteral("--transcript"),
                                                          transcript};
    if (auth == QLatin1String("external"))
        args << QStringLiteral("--cert") << certs(QStringLiteral("inspector.test.crt"))
             << QStringLiteral("--key") << certs(QStringLiteral("inspector.test.key"));
    if (turnedOff)
        args << QStringLiteral("--no-sm");
    const Test::CliResult r = Test::runCli(args);
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("ping")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("result"));
    const QJsonObject sm = j.value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("offered")).toBool(), offered);
    EventLog log;
    QVERIFY(Transcript::read(transcript, &log).ok);
    const int enable = firstSent(log, "<enable xmlns=\"urn:xmpp:sm:3\"");
    if (!offered) // neither offered nor enabled: no object at all
        QVERIFY(j.value(QStringLiteral("streamManagement")).isNull());
    if (!offered || turnedOff) {
        QVERIFY(!sm.contains(QStringLiteral("enabled")) ||
                sm.value(QStringLiteral("enabled")).isNull());
        QCOMPARE(enable, -1);
        return;
    }
    QCOMPARE(sm.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
    // §3: on the stream after the SASL restart; no resumption between servers.
    QVERIFY(enable > firstSent(log, "<auth "));
    QCOMPARE(firstSent(log, "resume="), -1);
    // The ping (and nothing else) was sent after <enable/>, and Prosody counted it.
    const QJsonObject ack = sm.value(QStringLiteral("lastAck")).toObject();
    QCOMPARE(ack.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(ack.value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(ack.value(QStringLiteral("h")).toInt(), 1);
    for (const QJsonValue &f : j.value(QStringLiteral("findings")).toArray()) {
        const QString code = f.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(!code.startsWith(QLatin1String("SM-")), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestAuthentication)
#include "tst_authentication.moc"
