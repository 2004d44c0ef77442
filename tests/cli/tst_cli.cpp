// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's contract: usage errors, help, exit codes and JSON, run as a separate process.
#include "clirunner.h"
#include "session/outgoings2s.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Inspector::Test::runCli;
using Result = Inspector::Test::CliResult;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void help();
    void version();
    void connectionRefusedJson();
    void stopAfterFromTheTable();
    void dialbackSecretSources();
    void verboseRedactsSecrets();
    void showAndExportRedactKeptSecrets();
};

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString f = QStringLiteral("--from"), t = QStringLiteral("--to");
    QTest::newRow("no-command") << QStringList{} << "No command";
    QTest::newRow("unknown-command")
        << QStringList{QStringLiteral("frobnicate")} << "Unknown command";
    QTest::newRow("missing-to") << QStringList{QStringLiteral("s2s"), f,
                                               QStringLiteral("a.example")}
                                << "--to";
    QTest::newRow("bad-domain") << QStringList{QStringLiteral("s2s"), f,
                                               QStringLiteral("a..example"), t,
                                               QStringLiteral("b.example")}
                                << "not a valid domain";
    QTest::newRow("jid-not-domain")
        << QStringList{QStringLiteral("s2s"), f, QStringLiteral("user@a.example"), t,
                       QStringLiteral("b.example")}
        << "not a valid domain";
    QTest::newRow("bad-port") << QStringList{QStringLiteral("s2s"),       f,
                                             QStringLiteral("a.example"), t,
                                             QStringLiteral("b.example"), QStringLiteral("--port"),
                                             QStringLiteral("70000")}
                              << "not a port number";
    QTest::newRow("resolve-twice")
        << (QStringList{QStringLiteral("s2s"), f, QStringLiteral("a.example"), t,
                        QStringLiteral("b.example")}
            << QStringLiteral("--resolve") << QStringLiteral("c.example:127.0.0.1:5269")
            << QStringLiteral("--resolve") << QStringLiteral("C.example:127.0.0.2:5269"))
        << "--resolve gives c.example twice";
    QTest::newRow("port-text") << QStringList{QStringLiteral("s2s"),       f,
                                              QStringLiteral("a.example"), t,
                                              QStringLiteral("b.example"), QStringLiteral("--port"),
                                              QStringLiteral("x")}
                               << "not a port number";
    QTest::newRow("bad-tls") << QStringList{QStringLiteral("s2s"),       f,
                                            QStringLiteral("a.example"), t,
                                            QStringLiteral("b.example"), QStringLiteral("--tls"),
                                            QStringLiteral("maybe")}
                             << "not one of auto";
    QTest::newRow("bad-timeout") << QStringList{QStringLiteral("s2s"),
                                                f,
                                                QStringLiteral("a.example"),
                                                t,
                                                QStringLiteral("b.example"),
                                                QStringLiteral("--timeout"),
                                                QStringLiteral("-1")}
                                 << "--timeout";
    QTest::newRow("missing-ca") << QStringList{QStringLiteral("s2s"),
                                               f,
                                               QStringLiteral("a.example"),
                                               t,
                                               QStringLiteral("b.example"),
                                               QStringLiteral("--ca"),
                                               QStringLiteral("/nonexistent/ca.pem")}
                                << "cannot be read";
    QTest::newRow("bad-stop-after")
        << QStringList{QStringLiteral("s2s"),       f,
                       QStringLiteral("a.example"), t,
                       QStringLiteral("b.example"), QStringLiteral("--stop-after"),
                       QStringLiteral("never")}
        << "--stop-after";
    QTest::newRow("unknown-option")
        << QStringList{QStringLiteral("s2s"), QStringLiteral("--frobnicate")} << "Unknown option";
    QTest::newRow("secret-two-ways")
        << QStringList{QStringLiteral("s2s"),       f,
                       QStringLiteral("a.example"), t,
                       QStringLiteral("b.example"), QStringLiteral("--dialback-secret"),
                       QStringLiteral("x"),         QStringLiteral("--dialback-secret-env"),
                       QStringLiteral("HOME")}
        << "one way only";
    QTest::newRow("secret-file-missing") << QStringList{QStringLiteral("listen"),
                                                        QStringLiteral("--domain"),
                                                        QStringLiteral("a.example"),
                                                        QStringLiteral("--bind"),
                                                        QStringLiteral("127.0.0.1:1"),
                                                        QStringLiteral("--dialback-secret-file"),
                                                        QStringLiteral("/nonexistent/secret")}
                                         << "cannot be read";
    QTest::newRow("secret-env-unset")
        << QStringList{QStringLiteral("s2s"),
                       f,
                       QStringLiteral("a.example"),
                       t,
                       QStringLiteral("b.example"),
                       QStringLiteral("--auth"),
                       QStringLiteral("dialback"),
                       QStringLiteral("--dialback-secret-env"),
                       QStringLiteral("XMPP_INSPECTOR_TEST_UNSET_VARIABLE")}
        << "is empty or not set";
    QTest::newRow("twice") << QStringList{QStringLiteral("s2s"),       f,
                                          QStringLiteral("a.example"), f,
                                          QStringLiteral("c.example"), t,
                                          QStringLiteral("b.example")}
                           << "more than once";
    const QStringList c2s{QStringLiteral("c2s"), QStringLiteral("--jid"),
                          QStringLiteral("u@a.example"), QStringLiteral("--probe")};
    QTest::newRow("c2s-min-iterations-zero")
        << (c2s + QStringList{QStringLiteral("--min-scram-iterations"), QStringLiteral("0")})
        << "--min-scram-iterations: 0 is not a number from 1";
    QTest::newRow("c2s-min-iterations-text")
        << (c2s + QStringList{QStringLiteral("--min-scram-iterations"), QStringLiteral("many")})
        << "--min-scram-iterations 'many'";
    QTest::newRow("c2s-min-iterations-twice")
        << (c2s + QStringList{QStringLiteral("--min-scram-iterations"), QStringLiteral("1"),
                              QStringLiteral("--min-scram-iterations"), QStringLiteral("2")})
        << "more than once";
    QTest::newRow("c2s-dns-server-with-host")
        << (c2s + QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--dns-server"), QStringLiteral("127.0.0.1")})
        << "--dns-server and --trust-anchor apply without --host";
    QTest::newRow("c2s-dns-server-bad")
        << (c2s + QStringList{QStringLiteral("--dns-server"), QStringLiteral("not an address")})
        << "--dns-server";
    QTest::newRow("c2s-insecure-credentials-value")
        << (c2s + QStringList{QStringLiteral("--insecure-credentials=yes")})
        << "--insecure-credentials";
    // The checks every front end shares (Specifications::check), with the CLI's names.
    QTest::newRow("dialback-without-verifier")
        << QStringList{QStringLiteral("s2s"),       f,
                       QStringLiteral("a.example"), t,
                       QStringLiteral("b.example"), QStringLiteral("--auth"),
                       QStringLiteral("dialback")}
        << "--auth: dialback needs --authoritative HOST:PORT";
    QTest::newRow("ping-without-authentication")
        << QStringList{QStringLiteral("s2s"),       f,
                       QStringLiteral("a.example"), t,
                       QStringLiteral("b.example"), QStringLiteral("--ping")}
        << "the queries need an authenticated stream";
    QTest::newRow("listen-without-domain")
        << QStringList{QStringLiteral("listen"), QStringLiteral("--bind"),
                       QStringLiteral("127.0.0.1:1")}
        << "--domain: a domain is needed";
    QTest::newRow("listen-bind-name")
        << QStringList{QStringLiteral("listen"), QStringLiteral("--domain"),
                       QStringLiteral("a.example"), QStringLiteral("--bind"),
                       QStringLiteral("localhost:5269")}
        << "--bind: an IP address is needed";
    QTest::newRow("c2s-resource") << QStringList{QStringLiteral("c2s"), QStringLiteral("--jid"),
                                                 QStringLiteral("u@a.example/phone"),
                                                 QStringLiteral("--probe")}
                                  << "has a resource";
    QTest::newRow("c2s-no-password") << QStringList{QStringLiteral("c2s"), QStringLiteral("--jid"),
                                                    QStringLiteral("u@a.example")}
                                     << "a password is needed to log in";
    QTest::newRow("c2s-empty-ping")
        << (c2s + QStringList{QStringLiteral("--ping"), QString()}) << "--ping is empty";
    QTest::newRow("c2s-message-without-body")
        << (c2s + QStringList{QStringLiteral("--send-to"), QStringLiteral("b@a.example")})
        << "a message needs both --send-to and --body";
    QTest::newRow("dns-keep-secrets")
        << QStringList{QStringLiteral("dns"), QStringLiteral("a.example"),
                       QStringLiteral("--keep-secrets")}
        << "--keep-secrets does not apply to dns";
    QTest::newRow("dns-bad-domain")
        << QStringList{QStringLiteral("dns"), QStringLiteral("a..example")}
        << "dns DOMAIN: 'a..example' is not a valid domain";
    for (const QStringList &session :
         {QStringList{QStringLiteral("s2s"), f, QStringLiteral("a.example"), t,
                      QStringLiteral("b.example")},
          QStringList{QStringLiteral("c2s"), QStringLiteral("--jid"), QStringLiteral("u@a.example"),
                      QStringLiteral("--probe")},
          QStringList{QStringLiteral("lab")},
          QStringList{QStringLiteral("listen"), QStringLiteral("--domain"),
                      QStringLiteral("a.example"), QStringLiteral("--bind"),
                      QStringLiteral("127.0.0.1:1")}}) {
        QTest::addRow("%s-keep-secrets-alone", qPrintable(session.first()))
            << (session + QStringList{QStringLiteral("--keep-secrets")})
            << "--keep-secrets applies to --transcript";
        QTest::addRow("%s-transcript-twice", qPrintable(session.first()))
            << (session + QStringList{QStringLiteral("--transcript"), QStringLiteral("a"),
                                      QStringLiteral("--transcript"), QStringLiteral("b")})
            << "--transcript is given more than once";
    }
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::help()
{
    const Result r = runCli({QStringLiteral("s2s"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *flag : {"--from", "--to", "--host", "--port", "--tls", "--strict-tls", "--ca",
                             "--timeout", "--json", "--verbose", "--stop-after"})
        QVERIFY2(r.out.contains(flag), flag);
    const Result c2s = runCli({QStringLiteral("c2s"), QStringLiteral("--help")});
    QCOMPARE(c2s.exitCode, 0);
    for (const char *flag : {"--insecure-credentials", "--min-scram-iterations", "--dns-server",
                             "--strict-tls", "--ca", "_xmpps-client"})
        QVERIFY2(c2s.out.contains(flag), flag);
    const Result top = runCli({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("s2s"));
}

void TestCli::version()
{
    const Result r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("xmpp-inspector-cli " INSPECTOR_VERSION));
}

void TestCli::connectionRefusedJson()
{
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const Result r =
        runCli({QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
                QStringLiteral("--to"), QStringLiteral("peer.localhost"), QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("s2s"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), int(port));
    QVERIFY(
        o.value(QStringLiteral("error")).toString().contains(QLatin1String("Could not connect")));
    QVERIFY(o.value(QStringLiteral("streamError")).isNull());
}

void TestCli::stopAfterFromTheTable()
{
    // The help lists the outgoing connection's stoppable phases, in protocol order.
    const QStringList stoppable = Inspector::OutgoingS2s::phaseTable().stoppable();
    QCOMPARE(stoppable.size(), 4);
    const Result help = runCli({QStringLiteral("s2s"), QStringLiteral("--help")});
    qsizetype at = help.out.indexOf("--stop-after PHASE");
    QVERIFY(at > 0);
    for (const QString &id : stoppable) {
        const qsizetype next = help.out.indexOf(id.toLatin1(), at);
        QVERIFY2(next > at, qPrintable(id));
        at = next;
    }
    const QStringList s2s{QStringLiteral("s2s"),
                          QStringLiteral("--from"),
                          QStringLiteral("inspector.test"),
                          QStringLiteral("--to"),
                          QStringLiteral("peer.localhost"),
                          QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"),
                          QStringLiteral("--json")};
    // A phase of the table that is not stoppable is refused, with the list.
    const Result refused =
        runCli(s2s + QStringList{QStringLiteral("--stop-after"), QStringLiteral("authenticated")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(stoppable.join(QStringLiteral(", ")).toLatin1()),
             refused.err.constData());
    // Every stoppable one is accepted: the run goes on to the (refused) connection.
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    for (const QString &id : stoppable) {
        const Result r = runCli(s2s + QStringList{QStringLiteral("--port"), QString::number(port),
                                                  QStringLiteral("--stop-after"), id});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList sessionPhases;
        for (const QJsonValue &p : o.value(QStringLiteral("sessionPhases")).toArray())
            sessionPhases << p.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(sessionPhases,
                 (QStringList{QStringLiteral("attempting"), QStringLiteral("wrapping_up"),
                              QStringLiteral("finished")}));
        QCOMPARE(o.value(QStringLiteral("failedPhase")).toString(), QStringLiteral("connecting"));
    }
}

void TestCli::dialbackSecretSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("secret"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a secret from a file  \n");
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QStringList listen{QStringLiteral("listen"),
                             QStringLiteral("--domain"),
                             QStringLiteral("a.example"),
                             QStringLiteral("--bind"),
                             QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("--duration"),
                             QStringLiteral("0.2"),
                             QStringLiteral("--json")};
    // From a file: accepted, no warning, never printed.
    Result r = runCli(listen + QStringList{QStringLiteral("--dialback-secret-file"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains("warning"), r.err.constData());
    QVERIFY(!r.out.contains("a secret from a file"));
    QCOMPARE(r.json().value(QStringLiteral("mode")).toString(), QStringLiteral("listen"));
    // Readable by others: accepted, with a warning.
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadOther));
    r = runCli(listen + QStringList{QStringLiteral("--dialback-secret-file"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("can be read by other users"), r.err.constData());
    // On the command line: accepted, with a warning that ps shows it.
    r = runCli(listen +
               QStringList{QStringLiteral("--dialback-secret"), QStringLiteral("visible")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("visible to other users"), r.err.constData());
    QVERIFY(!r.out.contains("\"visible\""));
}

void TestCli::verboseRedactsSecrets()
{
    static const QRegularExpression key(QStringLiteral("<db:result[^>]*>[0-9a-f]{64}<"));
    Result r = runCli({QStringLiteral("lab"), QStringLiteral("--verbose")});
    QCOMPARE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("[redacted:64]")), r.err.left(2000).constData());
    QVERIFY(!key.match(err).hasMatch());
    r = runCli(
        {QStringLiteral("lab"), QStringLiteral("--verbose"), QStringLiteral("--keep-secrets")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(key.match(QString::fromUtf8(r.err)).hasMatch());
}

void TestCli::showAndExportRedactKeptSecrets()
{
    // A transcript saved with --keep-secrets still shows and exports redacted, unless asked.
    static const QRegularExpression key(QStringLiteral("<db:result[^>]*>[0-9a-f]{64}<"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString trace = dir.filePath(QStringLiteral("lab.xitrace"));
    Result r = runCli({QStringLiteral("lab"), QStringLiteral("--transcript"), trace,
                       QStringLiteral("--keep-secrets")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("show"), trace});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!key.match(QString::fromUtf8(r.out)).hasMatch());
    QVERIFY(r.out.contains("[redacted:64]"));
    r = runCli({QStringLiteral("show"), trace, QStringLiteral("--keep-secrets")});
    QVERIFY(key.match(QString::fromUtf8(r.out)).hasMatch());
    const QString html = dir.filePath(QStringLiteral("lab.html"));
    r = runCli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("html"),
                QStringLiteral("-o"), html});
    QCOMPARE(r.exitCode, 0);
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    QVERIFY(page.contains(QLatin1String("[redacted:64]")));
    QVERIFY(!QRegularExpression(QStringLiteral("db:result[^<]*&gt;[0-9a-f]{64}"))
                 .match(page)
                 .hasMatch());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
