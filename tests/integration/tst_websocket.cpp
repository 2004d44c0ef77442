// SPDX-License-Identifier: GPL-3.0-or-later
// Client sessions over WebSocket (RFC 7395) against real Prosody (mod_websocket on its HTTPS
// port, the localhost host) and ejabberd (its HTTPS listener's /ws): login, roster, ping and
// stream management, resumption, and what must fail: a path that is not an endpoint, a
// certificate for another name, credentials over a connection without TLS.
#include "clirunner.h"
#include "peersenv.h"

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
    // Prosody: /xmpp-websocket on its HTTPS (or HTTP) port; ejabberd: /ws on its listener.
    const bool prosody = server == QLatin1String("PROSODY");
    const QString port =
        m_env.value(server + (scheme == QLatin1String("wss") ? QStringLiteral("_HTTPS")
                                                             : QStringLiteral("_HTTP")));
    return QStringLiteral("%1://%2:%3/%4")
        .arg(scheme, host, port, prosody ? QStringLiteral("xmpp-websocket") : QStringLiteral("ws"));
}

QStringList TestWebSocket::base(const QString &url, const QString &jid,
                                const QString &passwordVar) const
{
    return {QStringLiteral("c2s"),
            QStringLiteral("--websocket"),
            url,
            QStringLiteral("--jid"),
            jid,
            QStringLiteral("--password-env"),
            passwordVar,
            QStringLiteral("--ca"),
            m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
            QStringLiteral("--resource"),
            QStringLiteral("websocket-") + QString::number(QRandomGenerator::global()->generate()),
            QStringLiteral("--json")};
}

void TestWebSocket::login_data()
{
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

void TestWebSocket::login()
{
    QFETCH(QString, server);
    QFETCH(QString, jid);
    QFETCH(QString, password);
    const Test::CliResult r =
        Test::runCli(base(url(server), jid, password)
                     << QStringLiteral("--roster") << QStringLiteral("--ping") << jid);
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
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("connect-failed"));
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

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
