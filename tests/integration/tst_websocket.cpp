// SPDX-License-Identifier: GPL-3.0-or-later
// Client sessions over WebSocket (RFC 7395) against real Prosody (mod_websocket on its HTTPS
// port, the localhost host) and ejabberd (its HTTPS listener's /ws): login, roster, ping and
// stream management, resumption, and what must fail: a path that is not an endpoint, a
// certificate for another name, credentials over a connection without TLS.
#include "clirunner.h"
#include "peersenv.h"
#include "webendpoints.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Inspector;

class TestWebSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void smResumeTest_data();
    void smResumeTest();
    void notAnEndpoint();
    void certificateForAnotherName();
    void credentialsWithheldWithoutTls();
    void everyPath();
    void everyPathReportsFailures();

private:
    QStringList base(const QString &url, const QString &jid, const QString &passwordVar) const;
    QString url(const QString &server, const QString &scheme = QStringLiteral("wss"),
                const QString &host = QStringLiteral("localhost")) const;
    QHash<QString, QString> m_env;
};

void TestWebSocket::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("PROSODY_HTTPS")), "peers.env missing");
    qputenv("PW_FRANK", "frank-pass");
    qputenv("PW_GRACE", "grace-pass");
}

QString TestWebSocket::url(const QString &server, const QString &scheme, const QString &host) const
{
    return Test::webUrl(m_env, server, scheme, scheme == QLatin1String("wss"), host,
                        QStringLiteral("xmpp-websocket"), QStringLiteral("ws"));
}

QStringList TestWebSocket::base(const QString &url, const QString &jid,
                                const QString &passwordVar) const
{
    return Test::webLogin(m_env, QStringLiteral("websocket"), url, jid, passwordVar);
}

void TestWebSocket::login_data()
{
    Test::webAccountRows();
}

void TestWebSocket::login()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    // As a browser client on a page at https://app.example: both servers accept any origin.
    const Test::CliResult r =
        Test::runCli(base(url(server), jid, password)
                     << QStringLiteral("--roster") << QStringLiteral("--ping") << jid
                     << QStringLiteral("--origin") << QStringLiteral("https://app.example"));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0,
             qPrintable(j.value(QStringLiteral("error")).toString() + QString::fromUtf8(r.err)));
    // SCRAM over wss: with the endpoint's certificate verified (for localhost).
    const QJsonObject tls = j.value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(tls.value(QStringLiteral("sni")).toString(), QStringLiteral("localhost"));
    // Stream management works over WebSocket as over TCP: both stanzas counted.
    const QJsonObject sm = j.value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
    QCOMPARE(sm.value(QStringLiteral("lastAck")).toObject().value(QStringLiteral("h")).toInt(), 2);
}

void TestWebSocket::smResumeTest_data()
{
    login_data();
}

void TestWebSocket::smResumeTest()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    const Test::CliResult r =
        Test::runCli(base(url(server), jid, password) << QStringLiteral("--sm-resume-test"));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0,
             qPrintable(j.value(QStringLiteral("error")).toString() + QString::fromUtf8(r.err)));
    const QJsonObject sm = j.value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("resumption")).toString(), QStringLiteral("resumed"));
    QCOMPARE(sm.value(QStringLiteral("resumeTest")).toString(), QStringLiteral("works"));
}

void TestWebSocket::notAnEndpoint()
{
    QString u = url(QStringLiteral("EJABBERD"));
    u.replace(QLatin1String("/ws"), QLatin1String("/nothing-here"));
    const Test::CliResult r =
        Test::runCli(base(u, QStringLiteral("grace@e.test"), QStringLiteral("PW_GRACE")));
    // The server answered the handshake with an HTTP error: its refusal, not the network's.
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("handshake-refused"));
    QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QLatin1String("HTTP 4")),
             r.out.constData());
}

void TestWebSocket::certificateForAnotherName()
{
    // The endpoint asked by its address: the certificate names localhost, not 127.0.0.1, so
    // the password (SCRAM proof) is not sent.
    const Test::CliResult r = Test::runCli(
        base(url(QStringLiteral("EJABBERD"), QStringLiteral("wss"), QStringLiteral("127.0.0.1")),
             QStringLiteral("grace@e.test"), QStringLiteral("PW_GRACE")));
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(j.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
             false);
    QVERIFY2(j.value(QStringLiteral("errorCode")).toString().contains(QLatin1String("withheld")) ||
                 j.value(QStringLiteral("error")).toString().contains(QLatin1String("withheld")),
             qPrintable(j.value(QStringLiteral("error")).toString()));
}

void TestWebSocket::credentialsWithheldWithoutTls()
{
    // ws:// to ejabberd's plain HTTP listener: the features can be read, the password is not
    // sent over a connection anyone on the way can read.
    const QString u = url(QStringLiteral("EJABBERD"), QStringLiteral("ws"));
    const Test::CliResult probe = Test::runCli(
        {QStringLiteral("c2s"), QStringLiteral("--websocket"), u, QStringLiteral("--jid"),
         QStringLiteral("grace@e.test"), QStringLiteral("--probe"), QStringLiteral("--json")});
    QVERIFY2(probe.exitCode == 0,
             qPrintable(probe.json().value(QStringLiteral("error")).toString() +
                        QString::fromUtf8(probe.err)));
    const Test::CliResult login =
        Test::runCli(base(u, QStringLiteral("grace@e.test"), QStringLiteral("PW_GRACE")));
    QCOMPARE(login.exitCode, 1);
}

namespace {
QStringList pathResults(const QJsonObject &summary)
{
    QStringList out;
    for (const QJsonValue &v : summary.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("what")).toString() == QLatin1String("path"))
            out << o.value(QStringLiteral("method")).toString() + QLatin1Char(' ') +
                       o.value(QStringLiteral("result")).toString();
    }
    return out;
}
} // namespace

void TestWebSocket::everyPath()
{
    // c2s --probe-all: the SRV target, then host-meta's WebSocket and BOSH endpoints, each
    // logged in on.
    const QString dns = QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT"));
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("c2s"), QStringLiteral("--probe-all"), QStringLiteral("--jid"),
         QStringLiteral("grace@e.test"), QStringLiteral("--password-env"),
         QStringLiteral("PW_GRACE"), QStringLiteral("--dns-server"), dns,
         QStringLiteral("--resolve"),
         QStringLiteral("e.test:443:127.0.0.1:") + m_env.value(QStringLiteral("EJABBERD_HTTPS")),
         QStringLiteral("--ca"), m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
         QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0,
             qPrintable(j.value(QStringLiteral("error")).toString() + QString::fromUtf8(r.err)));
    QCOMPARE(pathResults(j),
             (QStringList{QStringLiteral("starttls works"), QStringLiteral("websocket works"),
                          QStringLiteral("bosh works")}));
    // The text report lists them in order.
    const Test::CliResult text = Test::runCli(
        {QStringLiteral("c2s"), QStringLiteral("--probe-all"), QStringLiteral("--jid"),
         QStringLiteral("grace@e.test"), QStringLiteral("--probe"), QStringLiteral("--dns-server"),
         dns, QStringLiteral("--resolve"),
         QStringLiteral("e.test:443:127.0.0.1:") + m_env.value(QStringLiteral("EJABBERD_HTTPS")),
         QStringLiteral("--ca"), m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("2. websocket wss://localhost:"), text.out.constData());
}

void TestWebSocket::everyPathReportsFailures()
{
    // deadc.test: its first SRV target has nothing listening, its second is a server that
    // does not host the domain. Every path fails, each with its reason; the run fails.
    const Test::CliResult r =
        Test::runCli({QStringLiteral("c2s"), QStringLiteral("--probe-all"), QStringLiteral("--jid"),
                      QStringLiteral("nobody@deadc.test"), QStringLiteral("--probe"),
                      QStringLiteral("--dns-server"),
                      QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT")),
                      QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(j.value(QStringLiteral("errorCode")).toString(), QStringLiteral("path-failed"));
    QCOMPARE(pathResults(j),
             (QStringList{QStringLiteral("starttls failed"), QStringLiteral("starttls failed")}));
}

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
