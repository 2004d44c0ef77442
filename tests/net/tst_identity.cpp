// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate identity (RFC 9525 for XMPP) and the TLS findings, through real TLS handshakes
// with a scripted peer presenting certificates made for each case.
#include "issuedcert.h"
#include "net/certfactory.h"
#include "net/identity.h"
#include "net/identitycheck.h"
#include "scriptedpeer.h"
#include "session/s2slistener.h"
#include "session/s2ssession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Inspector;
using Inspector::Test::issue;
using Inspector::Test::Issued;
using Inspector::Test::ScriptedPeer;

namespace {
QStringList codesOf(const QJsonObject &summary)
{
    QStringList out;
    for (const QJsonValue &f : summary.value(QStringLiteral("findings")).toArray())
        out << f.toObject().value(QStringLiteral("code")).toString();
    return out;
}
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wildcards_data();
    void wildcards();
    void identifiers_data();
    void identifiers();
    void handshakes_data();
    void handshakes();
    void strictTlsJudgesNamesByRfc9525_data();
    void strictTlsJudgesNamesByRfc9525();
    void clientCertificateWithoutClientAuth();
    void inboundExternalByRfc9525_data();
    void inboundExternalByRfc9525();

private:
    Issued m_root;
    Issued m_intermediate;
};

void TestIdentity::initTestCase()
{
    CertFactory::Spec root;
    root.commonName = QStringLiteral("Test Root");
    root.ca = true;
    root.notAfterDays = 365;
    m_root = issue(root);
    CertFactory::Spec intermediate;
    intermediate.commonName = QStringLiteral("Test Intermediate");
    intermediate.ca = true;
    intermediate.issuer = m_root.certificate;
    intermediate.issuerKey = m_root.key;
    m_intermediate = issue(intermediate);
}

void TestIdentity::wildcards_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << "example.org"
                           << "example.org" << true;
    QTest::newRow("case") << "Example.ORG"
                          << "example.org" << true;
    QTest::newRow("trailing-dot") << "example.org."
                                  << "example.org" << true;
    QTest::newRow("wildcard-one-label") << "*.example.org"
                                        << "conference.example.org" << true;
    QTest::newRow("wildcard-not-apex") << "*.example.org"
                                       << "example.org" << false;
    QTest::newRow("wildcard-not-two-labels") << "*.example.org"
                                             << "a.b.example.org" << false;
    QTest::newRow("partial-label") << "c*.example.org"
                                   << "conference.example.org" << false;
    QTest::newRow("wildcard-tld") << "*.org"
                                  << "example.org" << false;
    QTest::newRow("idn") << "xn--bcher-kva.example"
                         << QString::fromUtf8("b\xc3\xbc"
                                              "cher.example")
                         << true;
}

void TestIdentity::wildcards()
{
    QFETCH(QString, presented);
    QFETCH(QString, reference);
    QTEST(IdentityCheck::dnsIdMatches(presented, reference), "match");
}

void TestIdentity::identifiers_data()
{
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("srv");
    QTest::addColumn<QStringList>("xmpp");
    QTest::addColumn<QString>("cn");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QString>("by");
    QTest::addColumn<bool>("cnOnly");
    const QStringList none;
    QTest::newRow("dns-id") << QStringList{QStringLiteral("example.org")} << none << none << "x"
                            << true << "DNS-ID" << false;
    QTest::newRow("srv-id-only") << none << QStringList{QStringLiteral("_xmpp-server.example.org")}
                                 << none << "x" << true << "SRV-ID" << false;
    QTest::newRow("srv-id-other-service")
        << none << QStringList{QStringLiteral("_xmpp-client.example.org")} << none << "x" << false
        << "none" << false;
    QTest::newRow("xmppaddr-only") << none << none << QStringList{QStringLiteral("example.org")}
                                   << "x" << true << "XmppAddr" << false;
    QTest::newRow("wildcard-covers") << QStringList{QStringLiteral("*.org.example")} << none << none
                                     << "x" << false << "none" << false;
    QTest::newRow("cn-only") << none << none << none << "example.org" << false << "none" << true;
    QTest::newRow("srv-target-not-domain")
        << QStringList{QStringLiteral("xmpp.example.net")} << none << none << "xmpp.example.net"
        << false << "none" << false;
}

void TestIdentity::identifiers()
{
    QFETCH(QStringList, dns);
    QFETCH(QStringList, srv);
    QFETCH(QStringList, xmpp);
    QFETCH(QString, cn);
    CertFactory::Spec spec;
    spec.commonName = cn;
    spec.dnsNames = dns;
    spec.srvIds = srv;
    spec.xmppAddrs = xmpp;
    const Issued i = issue(spec);
    const QString domain = qstrcmp(QTest::currentDataTag(), "srv-target-not-domain") == 0
                               ? QStringLiteral("example.net")
                               : QStringLiteral("example.org");
    const IdentityCheck c = IdentityCheck::check(i.certificate, domain);
    QTEST(c.matched, "matched");
    QTEST(c.by, "by");
    QTEST(c.onlyCommonNameMatches, "cnOnly");
    QCOMPARE(c.srvIds, srv);
    QCOMPARE(c.xmppAddrs, xmpp);
}

void TestIdentity::handshakes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("finding"); // empty: none expected
    QTest::addColumn<bool>("verified");
    QTest::newRow("good") << "good"
                          << "" << true;
    QTest::newRow("expired") << "expired"
                             << "TLS-EXPIRED" << false;
    QTest::newRow("not-yet-valid") << "future"
                                   << "TLS-NOT-YET-VALID" << false;
    QTest::newRow("self-signed") << "self"
                                 << "TLS-SELF-SIGNED" << false;
    QTest::newRow("untrusted-chain") << "untrusted"
                                     << "TLS-CHAIN-INCOMPLETE" << false;
    QTest::newRow("unknown-ca") << "unknownca"
                                << "TLS-UNTRUSTED" << false;
    QTest::newRow("missing-intermediate") << "nointermediate"
                                          << "TLS-CHAIN-INCOMPLETE" << false;
    QTest::newRow("wrong-name") << "wrongname"
                                << "TLS-IDENTITY-MISMATCH" << false;
    QTest::newRow("cn-only") << "cnonly"
                             << "TLS-IDENTITY-CN-ONLY" << false;
    QTest::newRow("expires-soon") << "soon"
                                  << "TLS-EXPIRES-SOON" << true;
    QTest::newRow("srv-id-only") << "srvid"
                                 << "" << true;
    QTest::newRow("xmppaddr-only") << "xmppaddr"
                                   << "" << true;
    QTest::newRow("wildcard-covers") << "wildcard"
                                     << "" << true; // *.peer.localhost for conf.peer.localhost
    QTest::newRow("wildcard-too-deep") << "deepwildcard"
                                       << "TLS-IDENTITY-MISMATCH" << false;
    QTest::newRow("internationalised") << "idn"
                                       << "" << true; // U-label domain, A-label certificate
}

void TestIdentity::handshakes()
{
    QFETCH(QString, kind);
    QFETCH(QString, finding);
    QFETCH(bool, verified);
    const QString domain = kind == QLatin1String("wildcard") ? QStringLiteral("conf.peer.localhost")
                           : kind == QLatin1String("idn")    ? QString::fromUtf8("b\xc3\xbc"
                                                                                    "cher.peer.localhost")
                                                             : QStringLiteral("peer.localhost");
    const QString aLabel = QString::fromLatin1(QUrl::toAce(domain));
    CertFactory::Spec spec;
    spec.commonName = aLabel;
    spec.dnsNames = {aLabel};
    spec.issuer = m_intermediate.certificate;
    spec.issuerKey = m_intermediate.key;
    QList<QSslCertificate> chain{m_intermediate.certificate};
    QList<QSslCertificate> trust{m_root.certificate};
    if (kind == QLatin1String("expired")) {
        spec.notBeforeDays = -60;
        spec.notAfterDays = -1;
    } else if (kind == QLatin1String("future")) {
        spec.notBeforeDays = 2;
        spec.notAfterDays = 60;
    } else if (kind == QLatin1String("self")) {
        spec.issuer = QSslCertificate();
        chain.clear();
    } else if (kind == QLatin1String("untrusted")) {
        trust.clear();
    } else if (kind == QLatin1String("unknownca")) {
        chain << m_root.certificate; // the whole chain up to a root nobody here trusts
        trust.clear();
    } else if (kind == QLatin1String("nointermediate")) {
        chain.clear();
    } else if (kind == QLatin1String("wrongname")) {
        spec.commonName = QStringLiteral("other.localhost");
        spec.dnsNames = {QStringLiteral("other.localhost")};
    } else if (kind == QLatin1String("cnonly")) {
        spec.dnsNames.clear();
    } else if (kind == QLatin1String("soon")) {
        spec.notAfterDays = 3;
    } else if (kind == QLatin1String("srvid")) {
        spec.commonName = QStringLiteral("x");
        spec.dnsNames.clear();
        spec.srvIds = {QStringLiteral("_xmpp-server.peer.localhost")};
    } else if (kind == QLatin1String("xmppaddr")) {
        spec.commonName = QStringLiteral("x");
        spec.dnsNames.clear();
        spec.xmppAddrs = {domain};
    } else if (kind == QLatin1String("wildcard")) {
        spec.commonName = QStringLiteral("x");
        spec.dnsNames = {QStringLiteral("*.peer.localhost")};
    } else if (kind == QLatin1String("deepwildcard")) {
        spec.commonName = QStringLiteral("x");
        spec.dnsNames = {
            QStringLiteral("*.peer.localhost")}; // covers conf.peer.localhost, not peer.localhost
    }
    const Issued leaf = issue(spec);
    ScriptedPeer peer;
    peer.setIdentity(leaf.certificate, leaf.key);
    peer.setChain(chain);
    QVERIFY(peer.start(true));
    peer.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='t1' "
              "xmlns='jabber:server' version='1.0'><stream:features/>")
        .expect("</stream:stream>")
        .send("</stream:stream>")
        .close();
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = domain;
    o.host = QStringLiteral("127.0.0.1");
    o.port = peer.port();
    o.tls = S2sOptions::Tls::Direct;
    o.extraCa = trust;
    EventLog log;
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &S2sSession::finished);
    session.start();
    QVERIFY(finished.wait(10000));
    const QJsonObject s = Summary::build(log).toJson();
    QCOMPARE(s.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
             verified);
    const QStringList codes = codesOf(s);
    if (finding.isEmpty())
        QVERIFY2(codes.isEmpty(), qPrintable(codes.join(QLatin1Char(','))));
    else
        QVERIFY2(codes.contains(finding), qPrintable(codes.join(QLatin1Char(','))));
    if (kind == QLatin1String("unknownca")) {
        // A CA's chain is not a self-signed certificate: the text names the unknown root.
        QVERIFY2(!codes.contains(QStringLiteral("TLS-SELF-SIGNED")),
                 qPrintable(codes.join(QLatin1Char(','))));
        const QJsonObject untrusted =
            s.value(QStringLiteral("findings")).toArray().at(codes.indexOf(finding)).toObject();
        const QString explanation = untrusted.value(QStringLiteral("explanation")).toString();
        QVERIFY2(explanation.contains(m_root.certificate.subjectDisplayName()),
                 qPrintable(explanation));
    }
    const QJsonObject identity =
        s.value(QStringLiteral("tls")).toObject().value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("matched")).toBool(),
             kind != QLatin1String("wrongname") && kind != QLatin1String("cnonly") &&
                 kind != QLatin1String("deepwildcard"));
    const QJsonObject leafFacts = s.value(QStringLiteral("tls"))
                                      .toObject()
                                      .value(QStringLiteral("peerCertificates"))
                                      .toArray()
                                      .first()
                                      .toObject();
    QCOMPARE(leafFacts.value(QStringLiteral("signatureAlgorithm")).toString(),
             QStringLiteral("ecdsa-with-SHA256"));
    QCOMPARE(leafFacts.value(QStringLiteral("keyAlgorithm")).toString(), QStringLiteral("EC"));
    QVERIFY(leafFacts.value(QStringLiteral("extendedKeyUsage"))
                .toArray()
                .contains(QJsonValue(QStringLiteral("serverAuth"))));
    // RFC 6066 §3: SNI carries the A-label; the stream header keeps the domain as given.
    QCOMPARE(s.value(QStringLiteral("tls")).toObject().value(QStringLiteral("sni")).toString(),
             aLabel);
    QCOMPARE(s.value(QStringLiteral("toDomain")).toString(), domain);
    if (kind == QLatin1String("idn"))
        QCOMPARE(aLabel, QStringLiteral("xn--bcher-kva.peer.localhost"));
}

void TestIdentity::strictTlsJudgesNamesByRfc9525_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("success");
    QTest::newRow("srv-id-accepted") << "srvid" << true;   // Qt alone would refuse it
    QTest::newRow("cn-only-refused") << "cnonly" << false; // Qt alone would accept it
}

void TestIdentity::strictTlsJudgesNamesByRfc9525()
{
    QFETCH(QString, kind);
    QFETCH(bool, success);
    CertFactory::Spec spec;
    spec.commonName = QStringLiteral("peer.localhost");
    spec.issuer = m_intermediate.certificate;
    spec.issuerKey = m_intermediate.key;
    if (kind == QLatin1String("srvid")) {
        spec.commonName = QStringLiteral("x");
        spec.srvIds = {QStringLiteral("_xmpp-server.peer.localhost")};
    }
    const Issued leaf = issue(spec);
    ScriptedPeer peer;
    peer.setIdentity(leaf.certificate, leaf.key);
    peer.setChain({m_intermediate.certificate});
    QVERIFY(peer.start(true));
    peer.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='t2' "
              "xmlns='jabber:server' version='1.0'><stream:features/>")
        .expect("</stream:stream>")
        .send("</stream:stream>")
        .close();
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = peer.port();
    o.tls = S2sOptions::Tls::Direct;
    o.strictTls = true;
    o.extraCa = {m_root.certificate};
    EventLog log;
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &S2sSession::finished);
    session.start();
    QVERIFY(finished.wait(10000));
    const QJsonObject s = Summary::build(log).toJson();
    QCOMPARE(s.value(QStringLiteral("success")).toBool(), success);
    if (!success)
        QVERIFY(s.value(QStringLiteral("error")).toString().contains(QLatin1String("RFC 9525")));
}

void TestIdentity::clientCertificateWithoutClientAuth()
{
    CertFactory::Spec spec;
    spec.commonName = QStringLiteral("inspector.test");
    spec.dnsNames = {QStringLiteral("inspector.test")};
    spec.extendedKeyUsage = QStringLiteral("serverAuth");
    const Issued i = issue(spec);
    const CertificateFact usage = Identity::usage(i.certificate);
    QCOMPARE(usage.clientAuth, std::optional<bool>(false));
    QVERIFY(usage.warning.value_or(QString()).contains(
        QLatin1String("unsupported certificate purpose")));
    QVERIFY(usage.pem.isEmpty()); // the usage, not the certificate
    // A session that uses it says so among its findings, before anything is sent.
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = 1; // nothing listens: the finding comes from our own certificate
    o.certificate = i.certificate;
    o.privateKey = i.key;
    o.auth = S2sOptions::Auth::External;
    o.timeoutMs = 2000;
    EventLog log;
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &S2sSession::finished);
    session.start();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(codesOf(Summary::build(log).toJson())
                .contains(QStringLiteral("CLIENT-CERT-NO-CLIENTAUTH")));
}

void TestIdentity::inboundExternalByRfc9525_data()
{
    QTest::addColumn<QString>("kind"); // how the certificate names the peer
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted"); // SASL EXTERNAL offered and succeeds
    QTest::newRow("no-certificate") << "none"
                                    << "" << false;
    QTest::newRow("dns-id") << "dns"
                            << "peer.localhost" << true;
    QTest::newRow("wildcard-one-label") << "dns"
                                        << "*.localhost" << false; // like *.com
    QTest::newRow("wildcard-left-label") << "dns"
                                         << "*.peer.localhost" << false;
    QTest::newRow("srv-id") << "srv"
                            << "_xmpp-server.peer.localhost" << true;
    QTest::newRow("srv-id-client-service") << "srv"
                                           << "_xmpp-client.peer.localhost" << false;
    QTest::newRow("xmppaddr") << "xmpp"
                              << "peer.localhost" << true;
    QTest::newRow("another-domain") << "dns"
                                    << "other.localhost" << false;
    QTest::newRow("common-name-only") << "cn"
                                      << "peer.localhost" << false;
}

void TestIdentity::inboundExternalByRfc9525()
{
    // This tool as the receiving server: the peer's certificate must prove the domain of its
    // stream header by the same RFC 9525 rules as a server we connect to.
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    CertFactory::Spec ours;
    ours.commonName = QStringLiteral("inspector.test");
    ours.dnsNames = {QStringLiteral("inspector.test")};
    ours.issuer = m_root.certificate;
    ours.issuerKey = m_root.key;
    const Issued server = issue(ours);
    EventLog log;
    InboundS2sConfig config;
    config.role = QStringLiteral("receiving");
    config.localDomains = {QStringLiteral("inspector.test")};
    config.certificate = server.certificate;
    config.privateKey = server.key;
    config.extraCa = {m_root.certificate};
    config.timeoutMs = 3000;
    S2sListener listener(&log, config);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    ScriptedPeer peer;
    if (kind != QLatin1String("none")) {
        CertFactory::Spec spec;
        spec.commonName = kind == QLatin1String("cn") ? name : QStringLiteral("Some Server");
        if (kind == QLatin1String("dns"))
            spec.dnsNames = {name};
        else if (kind == QLatin1String("srv"))
            spec.srvIds = {name};
        else if (kind == QLatin1String("xmpp"))
            spec.xmppAddrs = {name};
        spec.issuer = m_root.certificate;
        spec.issuerKey = m_root.key;
        const Issued client = issue(spec);
        peer.setIdentity(client.certificate, client.key);
    }
    const QByteArray header =
        "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
        "from='peer.localhost' to='inspector.test' version='1.0' xmlns='jabber:server'>";
    peer.send(header)
        .expect("</stream:features>")
        .send("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
        .expect("<proceed")
        .startTls()
        .send(header)
        .expect("</stream:features>")
        .send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='EXTERNAL'>=</auth>")
        .expect("xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"")
        .stall();
    peer.connectTo(listener.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        peer.received().contains("<success") || peer.received().contains("<failure"), 5000);
    const QByteArray got = peer.received();
    const QByteArray afterTls = got.mid(got.lastIndexOf("<stream:features"));
    QCOMPARE(afterTls.contains("EXTERNAL"), accepted);
    QCOMPARE(got.contains("<success"), accepted);
    // The TLS facts of the inbound connection: verified only with a certificate that verified.
    const Event *tls = nullptr;
    for (const Event &e : log.events()) {
        if (e.kind == EventKind::Tls)
            tls = &e;
    }
    QVERIFY(tls);
    if (kind == QLatin1String("none")) {
        const TlsFact &facts = tls->payload.as<TlsFact>();
        QCOMPARE(facts.verified, false);
        QCOMPARE(facts.pkixVerified, std::optional<bool>(false));
        QVERIFY(facts.peerCertificates.isEmpty());
    } else {
        QCOMPARE(tls->payload.as<TlsFact>().pkixVerified, std::optional<bool>(true));
    }
    listener.stopAll();
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
