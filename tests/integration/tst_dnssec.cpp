// SPDX-License-Identifier: GPL-3.0-or-later
// DNSSEC and DANE against a real authoritative server: nsd on 127.0.0.1 (started by the peers
// fixture) serves signed.test (secure, TLSA matching Prosody's key), stale.test (secure, TLSA
// matching nothing), broken.test (a signed SRV record changed after signing: bogus) and
// plain.test (unsigned), each a virtual host of the suite's Prosody with server and client SRV
// records, and alias.test (signed, its SRV target a CNAME into plain.test). The DS records of
// the signed zones are the trust anchors.
#include "clirunner.h"
#include "peersenv.h"

#include "facts/dnsfact.h"
#include "net/dnslookup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;

namespace {
QJsonObject findingOf(const QJsonObject &o, const QString &code)
{
    for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray()) {
        if (f.toObject().value(QStringLiteral("code")).toString() == code)
            return f.toObject();
    }
    return {};
}
} // namespace

class TestDnssec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dns_data();
    void dns();
    void s2s_data();
    void s2s();
    void daneEeMakesPkixProblemsWarnings();
    void c2s_data();
    void c2s();
    void daneNeedsSecureAddresses();
    void bogusAddressRejectsTarget();
    void withoutTrustAnchorsNothingIsValidated();
    void aResolverWithoutDnssecData();
    void badTrustAnchor();
    void srvSeedRepeatsARun();
    void payloadRoundTrip_data();
    void payloadRoundTrip();

private:
    QStringList validating(const QStringList &args) const;
    QHash<QString, QString> m_env;
    QString m_nsd;
};

void TestDnssec::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("NSD_PORT")), "peers.env missing or without nsd");
    m_nsd = QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("NSD_PORT"));
    qputenv("PW_ALICE", "alice-pass");
}

QStringList TestDnssec::validating(const QStringList &args) const
{
    return args +
           QStringList{QStringLiteral("--dns-server"), m_nsd, QStringLiteral("--trust-anchor"),
                       m_env.value(QStringLiteral("TRUST_ANCHORS")), QStringLiteral("--json")};
}

void TestDnssec::dns_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("dnssec");
    QTest::addColumn<bool>("daneUsable");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("secure") << "signed.test"
                            << "secure" << true << 0;
    QTest::newRow("secure, stale TLSA") << "stale.test"
                                        << "secure" << true << 0;
    QTest::newRow("bogus") << "broken.test"
                           << "bogus" << false << 1;
    QTest::newRow("insecure") << "plain.test"
                              << "insecure" << false << 0;
}

void TestDnssec::dns()
{
    QFETCH(QString, domain);
    QFETCH(QString, dnssec);
    QFETCH(bool, daneUsable);
    QFETCH(int, exitCode);
    const Test::CliResult r = Test::runCli(validating({QStringLiteral("dns"), domain}));
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(j.value(QStringLiteral("validation")).toString(), QStringLiteral("on"));
    QCOMPARE(j.value(QStringLiteral("dnssec")).toString(), dnssec);
    const QJsonArray candidates = j.value(QStringLiteral("candidates")).toArray();
    if (dnssec == QLatin1String("bogus")) {
        // RFC 7673 §3.1: the bogus SRV answer is not used, and there is no fallback.
        QVERIFY(candidates.isEmpty());
        const QJsonObject bogus = j.value(QStringLiteral("bogus")).toArray().first().toObject();
        QCOMPARE(bogus.value(QStringLiteral("type")).toString(), QStringLiteral("SRV"));
        QVERIFY2(
            bogus.value(QStringLiteral("whyBogus")).toString().contains(QLatin1String("signature")),
            qPrintable(bogus.value(QStringLiteral("whyBogus")).toString()));
        QCOMPARE(findingOf(j, QStringLiteral("DNSSEC-BOGUS"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("error"));
        return;
    }
    QCOMPARE(candidates.size(), 1);
    const QJsonObject c = candidates.first().toObject();
    QCOMPARE(c.value(QStringLiteral("target")).toString(), QStringLiteral("xmpp.") + domain);
    QCOMPARE(c.value(QStringLiteral("dnssecSrv")).toString(), dnssec);
    QCOMPARE(c.value(QStringLiteral("dnssecA")).toString(), dnssec);
    QCOMPARE(c.value(QStringLiteral("dnssecTlsa")).toString(), dnssec);
    QCOMPARE(c.value(QStringLiteral("daneUsable")).toBool(), daneUsable);
    QCOMPARE(c.value(QStringLiteral("tlsa")).toArray().size(), 1);
    QVERIFY(findingOf(j, QStringLiteral("DNSSEC-BOGUS")).isEmpty());
}

void TestDnssec::s2s_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("secure, matching TLSA") << "signed.test" << false << 0 << "";
    QTest::newRow("secure, matching TLSA, strict") << "signed.test" << true << 0 << "";
    QTest::newRow("secure, stale TLSA") << "stale.test" << false << 1 << "DANE-MISMATCH";
    QTest::newRow("secure, stale TLSA, strict") << "stale.test" << true << 1 << "DANE-MISMATCH";
    QTest::newRow("bogus SRV") << "broken.test" << false << 1 << "DNSSEC-BOGUS";
    QTest::newRow("insecure, matching TLSA") << "plain.test" << false << 0 << "";
}

void TestDnssec::s2s()
{
    QFETCH(QString, domain);
    QFETCH(bool, strict);
    QFETCH(int, exitCode);
    QFETCH(QString, errorCode);
    QStringList args{QStringLiteral("s2s"),
                     QStringLiteral("--from"),
                     QStringLiteral("inspector.test"),
                     QStringLiteral("--to"),
                     domain,
                     QStringLiteral("--ca"),
                     m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt")};
    if (strict)
        args << QStringLiteral("--strict-tls");
    const Test::CliResult r = Test::runCli(validating(args));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(j.value(QStringLiteral("error")).toString() + QString::fromUtf8(r.err)));
    QCOMPARE(j.value(QStringLiteral("errorCode")).toString(), errorCode);
    const QJsonArray attempts = j.value(QStringLiteral("attempts")).toArray();
    if (errorCode == QLatin1String("DNSSEC-BOGUS")) {
        // Nothing was connected to: no attempt, no connection.
        QVERIFY(attempts.isEmpty());
        QVERIFY(j.value(QStringLiteral("connections")).toArray().isEmpty());
        QCOMPARE(findingOf(j, QStringLiteral("DNSSEC-BOGUS"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("error"));
        return;
    }
    QCOMPARE(attempts.size(), 1);
    QVERIFY(j.value(QStringLiteral("srvSeed")).isDouble()); // the draw can be repeated
    const QJsonObject tls = j.value(QStringLiteral("tls")).toObject();
    QVERIFY2(!tls.value(QStringLiteral("peerCertificates")).toArray().isEmpty(),
             "the chain is recorded");
    const QJsonObject dane = tls.value(QStringLiteral("dane")).toObject();
    const bool secure = domain != QLatin1String("plain.test");
    QCOMPARE(dane.value(QStringLiteral("usable")).toBool(), secure);
    QCOMPARE(dane.value(QStringLiteral("matched")).toBool(), domain != QLatin1String("stale.test"));
    const QJsonObject mismatch = findingOf(j, QStringLiteral("DANE-MISMATCH"));
    if (domain == QLatin1String("stale.test"))
        QCOMPARE(mismatch.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    else
        QVERIFY(mismatch.isEmpty());
    if (domain == QLatin1String("signed.test"))
        QCOMPARE(dane.value(QStringLiteral("matchedUsage")).toInt(), 3);
    if (errorCode == QLatin1String("DANE-MISMATCH")) {
        // The handshake finished and the connection was closed by us, not cut.
        QCOMPARE(j.value(QStringLiteral("failedPhase")).toString(),
                 QStringLiteral("tls_established"));
    }
}

void TestDnssec::daneEeMakesPkixProblemsWarnings()
{
    // Without --ca the test CA is unknown: PKIX fails. The secure DANE-EE record authenticates
    // the server all the same (RFC 7671 §5.1), even with --strict-tls; the PKIX findings stay,
    // as warnings.
    const Test::CliResult r = Test::runCli(validating(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), QStringLiteral("signed.test"), QStringLiteral("--strict-tls")}));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
    int pkixFindings = 0;
    for (const QJsonValue &v : j.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("code")).toString().startsWith(QLatin1String("TLS-"))) {
            ++pkixFindings;
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        }
    }
    QVERIFY(pkixFindings > 0);
}

void TestDnssec::c2s_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("because"); // in the error, for withheld credentials
    // Without --ca the test CA is unknown, so PKIX fails: only DANE can vouch for the server.
    QTest::newRow("secure, DANE-EE match: the password goes") << "signed.test" << false << 0 << ""
                                                              << "";
    // RFC 7671 §5.1: a DANE-EE match stands whatever names the certificate carries.
    QTest::newRow("secure DANE-EE, certificate for another name: the password goes")
        << "pinned.test" << false << 0 << ""
        << "";
    // RFC 7671 §5.2: DANE-TA stands in for the unknown issuer; the name must still match.
    QTest::newRow("secure DANE-TA, its own name: the password goes")
        << "tanamed.test" << false << 0 << ""
        << "";
    QTest::newRow("secure DANE-TA, certificate for another name: withheld")
        << "tawrong.test" << false << 1 << "CREDENTIALS-WITHHELD"
        << "not valid for tawrong.test";
    QTest::newRow("secure, stale TLSA") << "stale.test" << true << 1 << "DANE-MISMATCH"
                                        << "";
    QTest::newRow("bogus SRV") << "broken.test" << true << 1 << "DNSSEC-BOGUS"
                               << "";
    // plain.test's unsigned TLSA record matches the key: anyone on the path could forge it.
    QTest::newRow("insecure matching TLSA, untrusted: withheld")
        << "plain.test" << false << 1 << "CREDENTIALS-WITHHELD"
        << "not trusted";
    QTest::newRow("insecure, trusted") << "plain.test" << true << 0 << ""
                                       << "";
}

void TestDnssec::c2s()
{
    // The client path: _xmpps-client SRV, the target's addresses and TLSA records, all
    // validated; credentials go only to a server that PKIX or secure DANE authenticates.
    QFETCH(QString, domain);
    QFETCH(bool, withCa);
    QFETCH(int, exitCode);
    QFETCH(QString, errorCode);
    QFETCH(QString, because);
    QStringList args{QStringLiteral("c2s"), QStringLiteral("--jid"),
                     QStringLiteral("alice@") + domain, QStringLiteral("--password-env"),
                     QStringLiteral("PW_ALICE")};
    if (withCa)
        args << QStringLiteral("--ca")
             << m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt");
    const Test::CliResult r = Test::runCli(validating(args));
    const QJsonObject j = r.json();
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(j.value(QStringLiteral("error")).toString() + QString::fromUtf8(r.err)));
    QCOMPARE(j.value(QStringLiteral("errorCode")).toString(), errorCode);
    if (errorCode == QLatin1String("DNSSEC-BOGUS")) {
        // Nothing was connected to (the session's one connection never got a peer address).
        QVERIFY(j.value(QStringLiteral("attempts")).toArray().isEmpty());
        for (const QJsonValue &c : j.value(QStringLiteral("connections")).toArray())
            QVERIFY(c.toObject().value(QStringLiteral("remote")).isNull());
        QVERIFY(!findingOf(j, QStringLiteral("DNSSEC-BOGUS")).isEmpty());
        return;
    }
    const QJsonObject first = j.value(QStringLiteral("dns"))
                                  .toObject()
                                  .value(QStringLiteral("candidates"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("source")).toString(),
             QStringLiteral("_xmpps-client._tcp"));
    QCOMPARE(first.value(QStringLiteral("port")).toInt(),
             m_env.value(QStringLiteral("PROSODY_C2S_TLS")).toInt());
    const QJsonObject dane =
        j.value(QStringLiteral("tls")).toObject().value(QStringLiteral("dane")).toObject();
    QCOMPARE(dane.value(QStringLiteral("usable")).toBool(), domain != QLatin1String("plain.test"));
    QCOMPARE(dane.value(QStringLiteral("matched")).toBool(), domain != QLatin1String("stale.test"));
    if (exitCode == 0)
        QCOMPARE(j.value(QStringLiteral("jid")).toString(),
                 QStringLiteral("alice@%1/inspector").arg(domain));
    if (errorCode == QLatin1String("CREDENTIALS-WITHHELD"))
        QVERIFY2(j.value(QStringLiteral("error")).toString().contains(because),
                 qPrintable(j.value(QStringLiteral("error")).toString()));
    if (domain.startsWith(QLatin1String("ta")))
        QCOMPARE(dane.value(QStringLiteral("matchedUsage")).toInt(), 2);
    if (domain == QLatin1String("pinned.test"))
        QCOMPARE(dane.value(QStringLiteral("matchedUsage")).toInt(), 3);
}

void TestDnssec::daneNeedsSecureAddresses()
{
    // RFC 7673 §3.2: alias.test's SRV and TLSA answers are secure, but its target's address
    // comes through a CNAME into the unsigned plain.test: the TLSA records must not decide.
    const Test::CliResult r =
        Test::runCli(validating({QStringLiteral("dns"), QStringLiteral("alias.test")}));
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 0);
    const QJsonArray candidates = j.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 1);
    const QJsonObject c = candidates.first().toObject();
    QCOMPARE(c.value(QStringLiteral("dnssecSrv")).toString(), QStringLiteral("secure"));
    QCOMPARE(c.value(QStringLiteral("dnssecTlsa")).toString(), QStringLiteral("secure"));
    QCOMPARE(c.value(QStringLiteral("dnssecA")).toString(), QStringLiteral("insecure"));
    QVERIFY(!c.value(QStringLiteral("addresses")).toArray().isEmpty());
    QCOMPARE(c.value(QStringLiteral("daneUsable")).toBool(), false);
    QCOMPARE(findingOf(j, QStringLiteral("DANE-ADDRESS-INSECURE"))
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("warning"));
    // The same checks of signed.test raise no such finding.
    const QJsonObject secure =
        Test::runCli(validating({QStringLiteral("dns"), QStringLiteral("signed.test")})).json();
    QVERIFY(findingOf(secure, QStringLiteral("DANE-ADDRESS-INSECURE")).isEmpty());
}

void TestDnssec::bogusAddressRejectsTarget()
{
    // RFC 7673 §3.2: badaddr.test's target has a bogus A answer and a secure AAAA one; the
    // target is not connected to at all, and with no other candidate the session fails.
    const QJsonObject j =
        Test::runCli(validating({QStringLiteral("dns"), QStringLiteral("badaddr.test")})).json();
    const QJsonObject c = j.value(QStringLiteral("candidates")).toArray().first().toObject();
    QCOMPARE(c.value(QStringLiteral("dnssecA")).toString(), QStringLiteral("bogus"));
    QCOMPARE(c.value(QStringLiteral("dnssecAAAA")).toString(), QStringLiteral("secure"));
    QCOMPARE(c.value(QStringLiteral("rejected")).toString(), QStringLiteral("A bogus"));
    QVERIFY(c.value(QStringLiteral("addresses")).toArray().isEmpty());
    QVERIFY(!c.value(QStringLiteral("daneUsable")).toBool());
    QVERIFY(findingOf(j, QStringLiteral("DANE-ADDRESS-INSECURE")).isEmpty());
    QCOMPARE(
        findingOf(j, QStringLiteral("DNSSEC-BOGUS")).value(QStringLiteral("severity")).toString(),
        QStringLiteral("error"));
    const Test::CliResult r = Test::runCli(validating(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), QStringLiteral("badaddr.test")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("DNSSEC-BOGUS"));
    QVERIFY(r.json().value(QStringLiteral("attempts")).toArray().isEmpty());
}

void TestDnssec::withoutTrustAnchorsNothingIsValidated()
{
    // --dns-server without --trust-anchor: no answer is validated, none is called bogus.
    const Test::CliResult r =
        Test::runCli({QStringLiteral("dns"), QStringLiteral("broken.test"),
                      QStringLiteral("--dns-server"), m_nsd, QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(j.value(QStringLiteral("validation")).toString(), QStringLiteral("off"));
    QCOMPARE(j.value(QStringLiteral("dnssec")).toString(), QStringLiteral("unvalidated"));
    QCOMPARE(j.value(QStringLiteral("candidates")).toArray().size(), 1);
    QVERIFY(findingOf(j, QStringLiteral("DNSSEC-BOGUS")).isEmpty());
}

void TestDnssec::aResolverWithoutDnssecData()
{
    // The suite's dnsmasq serves no keys or signatures: with trust anchors, that is its own
    // status and finding, and the answers are still used (as unvalidated ones).
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("dns"), QStringLiteral("a.test"), QStringLiteral("--dns-server"),
         QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT")),
         QStringLiteral("--trust-anchor"), m_env.value(QStringLiteral("TRUST_ANCHORS")),
         QStringLiteral("--json")});
    const QJsonObject j = r.json();
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(j.value(QStringLiteral("validation")).toString(), QStringLiteral("stripped"));
    QCOMPARE(j.value(QStringLiteral("dnssec")).toString(), QStringLiteral("stripped"));
    QVERIFY(!j.value(QStringLiteral("candidates")).toArray().isEmpty());
    QCOMPARE(findingOf(j, QStringLiteral("DNSSEC-STRIPPED"))
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("warning"));
    QVERIFY(findingOf(j, QStringLiteral("DNSSEC-BOGUS")).isEmpty());
}

void TestDnssec::badTrustAnchor()
{
    for (const QString &file : {QStringLiteral("/nonexistent/anchors.ds"),
                                QStringLiteral(INSPECTOR_TEST_RUN_DIR "/peers/peers.env")}) {
        const Test::CliResult r =
            Test::runCli({QStringLiteral("dns"), QStringLiteral("signed.test"),
                          QStringLiteral("--trust-anchor"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--trust-anchor"), r.err.constData());
    }
}

void TestDnssec::srvSeedRepeatsARun()
{
    const QStringList args{QStringLiteral("dns"), QStringLiteral("srv.test"),
                           QStringLiteral("--dns-server"),
                           QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT")),
                           QStringLiteral("--json")};
    const QJsonObject seeded =
        Test::runCli(args + QStringList{QStringLiteral("--srv-seed"), QStringLiteral("12345")})
            .json();
    QCOMPARE(seeded.value(QStringLiteral("srvSeed")).toInteger(), 12345);
    // Without a seed one is drawn, and reported, so that the run can be repeated with it.
    const QJsonObject drawn = Test::runCli(args).json();
    QVERIFY(drawn.value(QStringLiteral("srvSeed")).isDouble());
    const QJsonObject again =
        Test::runCli(
            args + QStringList{QStringLiteral("--srv-seed"),
                               QString::number(drawn.value(QStringLiteral("srvSeed")).toInteger())})
            .json();
    QCOMPARE(again.value(QStringLiteral("candidates")), drawn.value(QStringLiteral("candidates")));
    QCOMPARE(Test::runCli(args + QStringList{QStringLiteral("--srv-seed"), QStringLiteral("-1")})
                 .exitCode,
             2);
}

void TestDnssec::payloadRoundTrip_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("client");
    QTest::newRow("secure") << "signed.test" << false;
    QTest::newRow("secure, client") << "signed.test" << true;
    QTest::newRow("stale TLSA") << "stale.test" << false;
    QTest::newRow("bogus") << "broken.test" << false;
    QTest::newRow("insecure") << "plain.test" << false;
}

void TestDnssec::payloadRoundTrip()
{
    // The DNS event's payload, read as a DnsFact and written again, is the same JSON: SRV,
    // address and TLSA answers, DNSSEC states, bogus answers.
    QFETCH(QString, domain);
    QFETCH(bool, client);
    DnsSettings settings;
    settings.server = QStringLiteral("127.0.0.1@") + m_env.value(QStringLiteral("NSD_PORT"));
    settings.trustAnchors = {m_env.value(QStringLiteral("TRUST_ANCHORS"))};
    settings.srvSeed = 7;
    DnsLookup lookup(domain, client, settings);
    QSignalSpy finished(&lookup, &DnsLookup::finished);
    lookup.start();
    QVERIFY(finished.wait(20000));
    const QJsonObject payload = lookup.result().toEventData();
    QVERIFY(payload.value(QStringLiteral("error")).isUndefined());
    QVERIFY(!payload.value(QStringLiteral("answers")).toArray().isEmpty());
    const DnsFact dns = DnsFact::fromEventData(payload);
    QCOMPARE(dns.toEventData(), payload);
    QCOMPARE(dns.answers.size(), payload.value(QStringLiteral("answers")).toArray().size());
}

QTEST_GUILESS_MAIN(TestDnssec)
#include "tst_dnssec.moc"
