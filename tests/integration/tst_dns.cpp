// SPDX-License-Identifier: GPL-3.0-or-later
// DNS against the suite's own DNS server on 127.0.0.1 (dnsmasq, started by the peers fixture):
// SRV order and XEP-0368 merging, "no service", fallback, a dead first candidate, and DANE.
#include "clirunner.h"
#include "peersenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

namespace {
QStringList codes(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
        out << f.toObject().value(QStringLiteral("code")).toString();
    return out;
}
} // namespace

class TestDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void priorityOrder();
    void xmppsAndXmppMerged();
    void noService();
    void noDirectTlsAndNothingElse();
    void fallbackToTheDomain();
    void deadFirstCandidate();
    void dane_data();
    void dane();
    void directTlsRecordOnAStarttlsPort();
    void badServerArgument();
    void clientSrv_data();
    void clientSrv();
    void clientDeadFirstCandidate();
    void lookupSavedAsTranscript();
    void webEndpointsFromEjabberd();
    void webEndpointsUntrusted();
    void webEndpointsMissing();
    void webOptionsNeedClient();

private:
    Test::CliResult dns(const QString &domain);
    QHash<QString, QString> m_env;
    QString m_server;
};

void TestDns::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("DNS_PORT")), "peers.env missing");
    m_server = QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT"));
    qputenv("PW_ALICE", "alice-pass");
    qputenv("PW_CAROL", "carol-pass");
}

Test::CliResult TestDns::dns(const QString &domain)
{
    return Test::runCli({QStringLiteral("dns"), domain, QStringLiteral("--dns-server"), m_server,
                         QStringLiteral("--json")});
}

void TestDns::priorityOrder()
{
    const Test::CliResult r = dns(QStringLiteral("srv.test"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray c = r.json().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(c.size(), 2);
    // RFC 2782: priority 0 before priority 10, whatever the order in the answer.
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("target")).toString(),
             QStringLiteral("beta.test"));
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("port")).toInt(),
             m_env.value(QStringLiteral("EJABBERD_S2S")).toInt());
    QCOMPARE(c.at(1).toObject().value(QStringLiteral("priority")).toInt(), 10);
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("addresses")).toArray().first().toString(),
             QStringLiteral("127.0.0.1"));
    // --dns-server without --trust-anchor: nothing is validated.
    QCOMPARE(r.json().value(QStringLiteral("dnssec")).toString(), QStringLiteral("unvalidated"));
}

void TestDns::xmppsAndXmppMerged()
{
    const QJsonArray c =
        dns(QStringLiteral("mixed.test")).json().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("directTls")).toBool(), true);
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("_xmpps-server._tcp"));
    QCOMPARE(c.at(1).toObject().value(QStringLiteral("directTls")).toBool(), false);
}

void TestDns::noService()
{
    const Test::CliResult r = dns(QStringLiteral("nosrv.test"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("noService")).toBool(), true);
    QVERIFY(r.json().value(QStringLiteral("candidates")).toArray().isEmpty());
    QVERIFY(codes(r.json()).contains(QStringLiteral("DNS-NO-SERVICE")));
    // And s2s says so instead of connecting anywhere.
    const Test::CliResult s = Test::runCli(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), QStringLiteral("nosrv.test"), QStringLiteral("--dns-server"),
         m_server, QStringLiteral("--json")});
    QCOMPARE(s.exitCode, 3);
    QCOMPARE(s.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("dns-no-service"));
}

void TestDns::noDirectTlsAndNothingElse()
{
    // XEP-0368 §5: "." for _xmpps-server and no _xmpp-server record at all: no service, and
    // no fallback to the domain's own addresses.
    const Test::CliResult r = dns(QStringLiteral("nodirect.test"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("noService")).toBool(), true);
    QVERIFY(r.json().value(QStringLiteral("candidates")).toArray().isEmpty());
    // With _xmpp-server records, the "." only says that direct TLS is not offered.
    const Test::CliResult withStarttls = dns(QStringLiteral("direct-only-dot.test"));
    QCOMPARE(withStarttls.exitCode, 0);
    QCOMPARE(withStarttls.json().value(QStringLiteral("noDirectTls")).toBool(), true);
    const QJsonArray c = withStarttls.json().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.first().toObject().value(QStringLiteral("directTls")).toBool(), false);
}

void TestDns::fallbackToTheDomain()
{
    const Test::CliResult r = dns(QStringLiteral("fallback.test"));
    const QJsonArray c = r.json().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.first().toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("fallback"));
    QCOMPARE(c.first().toObject().value(QStringLiteral("port")).toInt(), 5269);
    QCOMPARE(c.first().toObject().value(QStringLiteral("addresses")).toArray().first().toString(),
             QStringLiteral("127.0.0.1"));
    QVERIFY(codes(r.json()).contains(QStringLiteral("DNS-FALLBACK")));
}

void TestDns::deadFirstCandidate()
{
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), QStringLiteral("dead.test"), QStringLiteral("--dns-server"),
         m_server, QStringLiteral("--json")});
    const QJsonArray attempts = r.json().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("port")).toInt(),
             m_env.value(QStringLiteral("DEAD_PORT")).toInt());
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("connected"));
    QVERIFY(codes(r.json()).contains(QStringLiteral("DNS-CANDIDATE-UNREACHABLE")));
    // The second candidate is Prosody, which does not host dead.test: the session reached it.
    QCOMPARE(r.json()
                 .value(QStringLiteral("streamError"))
                 .toObject()
                 .value(QStringLiteral("condition"))
                 .toString(),
             QStringLiteral("host-unknown"));
}

void TestDns::dane_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matched");
    QTest::newRow("matching-tlsa") << "b.test" << true;
    QTest::newRow("stale-tlsa") << "d.test" << false;
}

void TestDns::dane()
{
    QFETCH(QString, domain);
    QFETCH(bool, matched);
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), domain, QStringLiteral("--dns-server"), m_server,
         QStringLiteral("--ca"), m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
         QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("directTls")).toBool(), true); // an _xmpps-server record
    const QJsonObject dane =
        j.value(QStringLiteral("tls")).toObject().value(QStringLiteral("dane")).toObject();
    QCOMPARE(dane.value(QStringLiteral("matched")).toBool(), matched);
    // Not validated (no trust anchor): the match is computed and shown, but not relied upon.
    QCOMPARE(dane.value(QStringLiteral("dnssec")).toString(), QStringLiteral("unvalidated"));
    QCOMPARE(dane.value(QStringLiteral("usable")).toBool(), false);
    QCOMPARE(codes(j).contains(QStringLiteral("DANE-MISMATCH")), !matched);
}

void TestDns::directTlsRecordOnAStarttlsPort()
{
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), QStringLiteral("wrongport.test"), QStringLiteral("--dns-server"),
         m_server, QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(codes(r.json()).contains(QStringLiteral("DNS-DIRECT-TLS-ON-STARTTLS-PORT")),
             qPrintable(r.json().value(QStringLiteral("error")).toString()));
}

void TestDns::badServerArgument()
{
    const Test::CliResult r =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("srv.test"),
                      QStringLiteral("--dns-server"), QStringLiteral("not-an-ip")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not an IP address"));
}

void TestDns::clientSrv_data()
{
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("port"); // the peers.env name of the port the SRV record gives
    QTest::addColumn<bool>("directTls");
    QTest::newRow("xmpp-client") << "alice@a.test"
                                 << "PW_ALICE"
                                 << "PROSODY_C2S" << false;
    // c.test has both kinds at the same priority: XEP-0368 §3 tries direct TLS first.
    QTest::newRow("xmpps-client-first") << "carol@c.test"
                                        << "PW_CAROL"
                                        << "EJABBERD_C2S_TLS" << true;
}

void TestDns::clientSrv()
{
    // c2s without --host finds the server as a client does (RFC 6120 §3.2.1, XEP-0368).
    QFETCH(QString, jid);
    QFETCH(QString, password);
    QFETCH(QString, port);
    QFETCH(bool, directTls);
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("c2s"), QStringLiteral("--jid"), jid, QStringLiteral("--password-env"),
         password, QStringLiteral("--dns-server"), m_server, QStringLiteral("--ca"),
         m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
         // Its own resource: other tests log the same users in
         // meanwhile (RFC 6120 §7.7.2.2, <conflict/>).
         QStringLiteral("--resource"), QStringLiteral("dns-test"), QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    const QJsonArray attempts = j.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 1);
    const QJsonObject used = attempts.first().toObject();
    QCOMPARE(used.value(QStringLiteral("result")).toString(), QStringLiteral("connected"));
    QCOMPARE(used.value(QStringLiteral("port")).toInt(), m_env.value(port).toInt());
    QCOMPARE(used.value(QStringLiteral("target")).toString(), QStringLiteral("localhost"));
    QCOMPARE(j.value(QStringLiteral("directTls")).toBool(), directTls);
    QCOMPARE(j.value(QStringLiteral("jid")).toString(), jid + QStringLiteral("/dns-test"));
    // The certificate is checked against the JID's domain, not the SRV target (RFC 6120 §13.7.2.1).
    QCOMPARE(j.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
             true);
}

void TestDns::clientDeadFirstCandidate()
{
    const Test::CliResult r =
        Test::runCli({QStringLiteral("c2s"), QStringLiteral("--jid"),
                      QStringLiteral("user@deadc.test"), QStringLiteral("--probe"),
                      QStringLiteral("--dns-server"), m_server, QStringLiteral("--json")});
    const QJsonArray attempts = r.json().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("port")).toInt(),
             m_env.value(QStringLiteral("DEAD_PORT")).toInt());
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("connected"));
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("port")).toInt(),
             m_env.value(QStringLiteral("PROSODY_C2S")).toInt());
    // Prosody does not host deadc.test: the session reached it.
    QCOMPARE(r.json()
                 .value(QStringLiteral("streamError"))
                 .toObject()
                 .value(QStringLiteral("condition"))
                 .toString(),
             QStringLiteral("host-unknown"));
}

void TestDns::lookupSavedAsTranscript()
{
    // A lookup is a session like any other: recorded, saved, shown and compared later.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dns.xitrace"));
    const Test::CliResult r =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("srv.test"),
                      QStringLiteral("--dns-server"), m_server, QStringLiteral("--json"),
                      QStringLiteral("--verbose"), QStringLiteral("--transcript"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("candidates")).toArray().size(), 2);
    QVERIFY2(r.err.contains("candidate(s) for srv.test"), r.err.constData()); // --verbose
    const Test::CliResult shown = Test::runCli({QStringLiteral("show"), file});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("beta.test"), shown.out.constData());
    QVERIFY2(shown.out.contains("srv.test"), shown.out.constData());
    // A lookup's text has no stream, TLS or authentication lines (there was no stream).
    const Test::CliResult text = Test::runCli({QStringLiteral("dns"), QStringLiteral("srv.test"),
                                               QStringLiteral("--dns-server"), m_server});
    QCOMPARE(text.exitCode, 0);
    for (const Test::CliResult &r : {text, shown}) {
        QVERIFY2(r.out.contains("Domain:") && r.out.contains("beta.test"), r.out.constData());
        QVERIFY2(!r.out.contains("Stream id:") && !r.out.contains("Dialback:"), r.out.constData());
    }
    const Test::CliResult same = Test::runCli({QStringLiteral("diff"), file, file});
    QCOMPARE(same.exitCode, 0);
    // A domain without the service fails as a session: exit status 1, recorded as such.
    const QString none = dir.filePath(QStringLiteral("none.xitrace"));
    QCOMPARE(Test::runCli({QStringLiteral("dns"), QStringLiteral("nosrv.test"),
                           QStringLiteral("--dns-server"), m_server, QStringLiteral("--transcript"),
                           none})
                 .exitCode,
             1);
    QCOMPARE(Test::runCli({QStringLiteral("diff"), file, none}).exitCode, 1);
}

namespace {
QStringList pathList(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &p : o.value(QStringLiteral("paths")).toArray()) {
        const QJsonObject path = p.toObject();
        out << path.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                   path.value(QStringLiteral("endpoint")).toString();
    }
    return out;
}
} // namespace

void TestDns::webEndpointsFromEjabberd()
{
    // XEP-0156: ejabberd's mod_host_meta on its HTTPS listener, reached through the suite's
    // DNS server and the per-port route (nothing listens on 443 here), the name verified.
    const QString https = m_env.value(QStringLiteral("EJABBERD_HTTPS"));
    const Test::CliResult r =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("e.test"), QStringLiteral("--client"),
                      QStringLiteral("--dns-server"), m_server, QStringLiteral("--resolve"),
                      QStringLiteral("e.test:443:e.test:") + https, QStringLiteral("--ca"),
                      m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
                      QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(pathList(j),
             (QStringList{QStringLiteral("starttls localhost:") +
                              m_env.value(QStringLiteral("EJABBERD_C2S")),
                          QStringLiteral("websocket wss://localhost:%1/ws").arg(https),
                          QStringLiteral("bosh https://localhost:%1/bosh").arg(https)}));
    const QJsonArray docs =
        j.value(QStringLiteral("hostMeta")).toObject().value(QStringLiteral("documents")).toArray();
    QCOMPARE(docs.size(), 2);
    for (const QJsonValue &d : docs) {
        QCOMPARE(d.toObject().value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(d.toObject().value(QStringLiteral("allowOrigin")).toString(), QStringLiteral("*"));
    }
    for (const QString &c : codes(j))
        QVERIFY2(!c.startsWith(QLatin1String("HOST-META")), qPrintable(c));
    // The text lists the same paths.
    const Test::CliResult text =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("e.test"), QStringLiteral("--client"),
                      QStringLiteral("--dns-server"), m_server, QStringLiteral("--resolve"),
                      QStringLiteral("e.test:443:127.0.0.1:") + https, QStringLiteral("--ca"),
                      m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt")});
    const QByteArray second = QByteArray("2. websocket wss://localhost:") + https.toUtf8();
    QVERIFY2(text.out.contains(second), text.out.constData());
}

void TestDns::webEndpointsUntrusted()
{
    // Without the test CA the certificate fails: nothing the documents say becomes a path.
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("dns"), QStringLiteral("e.test"), QStringLiteral("--client"),
         QStringLiteral("--dns-server"), m_server, QStringLiteral("--resolve"),
         QStringLiteral("e.test:443:127.0.0.1:") + m_env.value(QStringLiteral("EJABBERD_HTTPS")),
         QStringLiteral("--json")});
    QCOMPARE(pathList(r.json()).size(), 1);
    QVERIFY(codes(r.json()).contains(QStringLiteral("HOST-META-TLS")));
}

void TestDns::webEndpointsMissing()
{
    // Prosody serves no host-meta (its module is a community one): 404 for both documents.
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("dns"), QStringLiteral("web.test"), QStringLiteral("--client"),
         QStringLiteral("--dns-server"), m_server, QStringLiteral("--resolve"),
         QStringLiteral("web.test:443:localhost:") + m_env.value(QStringLiteral("PROSODY_HTTPS")),
         QStringLiteral("--ca"), m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
         QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(pathList(r.json()).size(), 1);
    QVERIFY(codes(r.json()).contains(QStringLiteral("HOST-META-NONE")));
}

void TestDns::webOptionsNeedClient()
{
    const Test::CliResult r =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("e.test"), QStringLiteral("--resolve"),
                      QStringLiteral("e.test:443:127.0.0.1:1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--client"), r.err.constData());
    const Test::CliResult bad =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("e.test"), QStringLiteral("--client"),
                      QStringLiteral("--resolve"), QStringLiteral("e.test:443:127.0.0.1")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("NAME:PORT:HOST:PORT"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
