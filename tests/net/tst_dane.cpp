// SPDX-License-Identifier: GPL-3.0-or-later
// DANE (RFC 6698, RFC 7671, RFC 7673): every usage × selector × matching type against a chain
// made here (root CA, intermediate CA, server), records that must not match, unusable records,
// and the DNSSEC condition under which the records decide.
#include "diagnose/findings.h"
#include "facts/sessionsummary.h"
#include "issuedcert.h"
#include "net/certfactory.h"
#include "net/dane.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Inspector;
using Inspector::Test::issue;
using Inspector::Test::Issued;

namespace {
Issued ca(const QString &name, const Issued *issuer = nullptr)
{
    CertFactory::Spec s;
    s.commonName = name;
    s.ca = true;
    s.extendedKeyUsage.clear();
    if (issuer) {
        s.issuer = issuer->certificate;
        s.issuerKey = issuer->key;
    }
    return issue(s);
}

/// The record's association data, computed independently of the code under test.
QJsonObject record(int usage, int selector, int matchingType, const QSslCertificate &c)
{
    const QByteArray data = selector == 0 ? c.toDer() : c.publicKey().toDer();
    const QByteArray hashed =
        matchingType == 1   ? QCryptographicHash::hash(data, QCryptographicHash::Sha256)
        : matchingType == 2 ? QCryptographicHash::hash(data, QCryptographicHash::Sha512)
                            : data;
    return QJsonObject{{QStringLiteral("usage"), usage},
                       {QStringLiteral("selector"), selector},
                       {QStringLiteral("matchingType"), matchingType},
                       {QStringLiteral("data"), QString::fromLatin1(hashed.toHex())}};
}

/// Dane::evaluate on records as DNS events record them, its result as the TLS facts do.
QJsonObject evaluate(const QJsonArray &records, const QList<QByteArray> &chain, bool pkixValid,
                     const QString &dnssec, bool applies)
{
    return Dane::evaluate(TlsaRecord::listFromJson(records), chain, pkixValid, dnssec, applies)
        .toJson();
}

bool usable(const QJsonObject &record)
{
    return TlsaRecord::fromJson(record).usable();
}

QList<QByteArray> der(const QList<QSslCertificate> &chain)
{
    QList<QByteArray> out;
    for (const QSslCertificate &c : chain)
        out << c.toDer();
    return out;
}
} // namespace

class TestDane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void wrongCertificates_data();
    void wrongCertificates();
    void daneTaNeedsAnUnbrokenChain();
    void daneTaAsABareKey();
    void pkixUsagesNeedAValidChain();
    void pkixTaNeedsTheChainToLeadThere();
    void caLinksMustBeCas();
    void unusableRecordsLeaveItToPkix();
    void oneUsableRecordDecides();
    void onlySecureRecordsDecide();
    void strongestMatchDecidesInAnyOrder();
    void resultRoundTrip();
    void hostileJsonGivesDefaults();

private:
    Issued m_root, m_intermediate, m_server, m_otherRoot, m_otherServer;
    QList<QByteArray> m_chain; // server, intermediate (the root is not sent)
};

void TestDane::initTestCase()
{
    m_root = ca(QStringLiteral("DANE Test Root"));
    m_intermediate = ca(QStringLiteral("DANE Test Intermediate"), &m_root);
    CertFactory::Spec s;
    s.commonName = QStringLiteral("xmpp.dane.test");
    s.dnsNames = {QStringLiteral("dane.test")};
    s.issuer = m_intermediate.certificate;
    s.issuerKey = m_intermediate.key;
    m_server = issue(s);
    m_otherRoot = ca(QStringLiteral("Someone Else's Root"));
    s.issuer = m_otherRoot.certificate;
    s.issuerKey = m_otherRoot.key;
    m_otherServer = issue(s);
    m_chain = der({m_server.certificate, m_intermediate.certificate});
}

void TestDane::matrix_data()
{
    QTest::addColumn<int>("usage");
    QTest::addColumn<int>("selector");
    QTest::addColumn<int>("matchingType");
    QTest::addColumn<bool>(
        "ofServer"); // the record names the server's certificate, else the intermediate's
    for (int usage = 0; usage <= 3; ++usage) {
        for (int selector = 0; selector <= 1; ++selector) {
            for (int type = 0; type <= 2; ++type)
                QTest::addRow("%d %d %d", usage, selector, type)
                    << usage << selector << type << (usage == 1 || usage == 3);
        }
    }
}

void TestDane::matrix()
{
    QFETCH(int, usage);
    QFETCH(int, selector);
    QFETCH(int, matchingType);
    QFETCH(bool, ofServer);
    const QSslCertificate &named = ofServer ? m_server.certificate : m_intermediate.certificate;
    const QJsonObject r = evaluate({record(usage, selector, matchingType, named)}, m_chain, true,
                                   QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matched")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("matchedUsage")).toInt(), usage);
    QCOMPARE(r.value(QStringLiteral("usable")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("usageName"))
                 .toString(),
             QStringList({QStringLiteral("PKIX-TA"), QStringLiteral("PKIX-EE"),
                          QStringLiteral("DANE-TA"), QStringLiteral("DANE-EE")})
                 .at(usage));
}

void TestDane::wrongCertificates_data()
{
    // The rows name which certificate the record is made from (made in initTestCase).
    QTest::addColumn<QString>("what");
    for (const char *row : {"EE of another key", "EE naming the intermediate", "TA of another root",
                            "TA naming a certificate not sent", "truncated hash"})
        QTest::newRow(row) << QString::fromLatin1(row);
}

void TestDane::wrongCertificates()
{
    QFETCH(QString, what);
    QJsonObject tlsa;
    if (what == QLatin1String("EE of another key"))
        tlsa = record(3, 1, 1, m_otherServer.certificate);
    else if (what == QLatin1String("EE naming the intermediate"))
        tlsa = record(3, 0, 1,
                      m_intermediate.certificate); // usage 3 is about the server's own certificate
    else if (what == QLatin1String("TA of another root"))
        tlsa = record(2, 1, 1, m_otherRoot.certificate);
    else if (what == QLatin1String("TA naming a certificate not sent"))
        tlsa = record(2, 0, 2, m_otherServer.certificate);
    else {
        tlsa = record(3, 1, 1, m_server.certificate);
        tlsa.insert(QStringLiteral("data"), tlsa.value(QStringLiteral("data")).toString().left(62));
    }
    const QJsonObject r = evaluate({tlsa}, m_chain, true, QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matched")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), true);
}

void TestDane::daneTaNeedsAnUnbrokenChain()
{
    // The record names a CA that is sent, but the server's certificate is not issued by it:
    // RFC 7671 §5.2.2, the chain must lead to the trust anchor.
    const QList<QByteArray> chain = der({m_server.certificate, m_otherRoot.certificate});
    const QJsonObject r = evaluate({record(2, 0, 1, m_otherRoot.certificate)}, chain, true,
                                   QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matched")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), true);
    // And through the intermediate to the root, when the root is sent.
    const QJsonObject full =
        evaluate({record(2, 1, 1, m_root.certificate)},
                 der({m_server.certificate, m_intermediate.certificate, m_root.certificate}), false,
                 QStringLiteral("secure"), true);
    QCOMPARE(full.value(QStringLiteral("matched")).toBool(), true);
}

void TestDane::daneTaAsABareKey()
{
    // RFC 7671 §5.2.2: a trust anchor published as its full key (2 1 0) need not be sent.
    const QJsonObject r = evaluate({record(2, 1, 0, m_root.certificate)}, m_chain, false,
                                   QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matched")).toBool(), true);
    // Its hash alone (2 1 1) cannot be checked against a certificate that is not there.
    const QJsonObject hashed = evaluate({record(2, 1, 1, m_root.certificate)}, m_chain, false,
                                        QStringLiteral("secure"), true);
    QCOMPARE(hashed.value(QStringLiteral("matched")).toBool(), false);
}

void TestDane::pkixUsagesNeedAValidChain()
{
    for (const QJsonObject &tlsa :
         {record(1, 1, 1, m_server.certificate), record(0, 0, 1, m_intermediate.certificate)}) {
        const QJsonObject r = evaluate({tlsa}, m_chain, false, QStringLiteral("secure"), true);
        QCOMPARE(r.value(QStringLiteral("matched")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), true);
    }
    // DANE-EE does not care.
    const QJsonObject ee = evaluate({record(3, 1, 1, m_server.certificate)}, m_chain, false,
                                    QStringLiteral("secure"), true);
    QCOMPARE(ee.value(QStringLiteral("matched")).toBool(), true);
}

void TestDane::pkixTaNeedsTheChainToLeadThere()
{
    // A PKIX-valid chain with the named CA merely appended: it proves nothing.
    const QList<QByteArray> appended =
        der({m_server.certificate, m_intermediate.certificate, m_otherRoot.certificate});
    const QJsonObject r = evaluate({record(0, 0, 1, m_otherRoot.certificate)}, appended, true,
                                   QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matched")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), true);
    // The CA the chain really leads to matches.
    const QJsonObject real = evaluate({record(0, 0, 1, m_intermediate.certificate)}, m_chain, true,
                                      QStringLiteral("secure"), true);
    QCOMPARE(real.value(QStringLiteral("matched")).toBool(), true);
}

void TestDane::caLinksMustBeCas()
{
    // A certificate that is not a CA (the server's own) signing another one: no DANE-TA link.
    CertFactory::Spec s;
    s.commonName = QStringLiteral("evil.dane.test");
    s.dnsNames = {QStringLiteral("evil.dane.test")};
    s.issuer = m_server.certificate;
    s.issuerKey = m_server.key;
    const Issued underLeaf = issue(s);
    const QJsonObject r = evaluate({record(2, 0, 1, m_root.certificate)},
                                   der({underLeaf.certificate, m_server.certificate,
                                        m_intermediate.certificate, m_root.certificate}),
                                   false, QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matched")).toBool(), false);
}

void TestDane::unusableRecordsLeaveItToPkix()
{
    QJsonObject usage = record(3, 1, 1, m_otherServer.certificate), selector = usage, type = usage;
    usage.insert(QStringLiteral("usage"), 4);
    selector.insert(QStringLiteral("selector"), 2);
    type.insert(QStringLiteral("matchingType"), 3);
    const QJsonObject r =
        evaluate({usage, selector, type}, m_chain, true, QStringLiteral("secure"), true);
    // RFC 7671 §4.1: no usable record is as good as no record: PKIX applies, no DANE failure.
    QCOMPARE(r.value(QStringLiteral("usable")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), false);
    for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("usable")).toBool(), false);
    QVERIFY(!usable(usage) && !usable(selector) && !usable(type));
    QVERIFY(usable(record(0, 0, 0, m_root.certificate)));
    // And no DANE-MISMATCH finding for it either, where a usable record that does not match
    // gives one (the control: the same summary shape reaches the finding).
    const auto daneMismatchFound = [](const QJsonObject &evaluation) {
        // DANE findings belong to a session that looked its peer up in DNS.
        const QJsonObject summary{
            {QStringLiteral("dns"),
             QJsonObject{{QStringLiteral("domain"), QStringLiteral("dane.test")}}},
            {QStringLiteral("tls"), QJsonObject{{QStringLiteral("dane"), evaluation}}}};
        for (const Finding &f : Findings::fromSummary(SessionSummary::fromJson(summary))) {
            if (f.code == Finding::Code::DaneMismatch)
                return true;
        }
        return false;
    };
    const QJsonObject mismatch = evaluate({record(3, 1, 1, m_otherServer.certificate)}, m_chain,
                                          true, QStringLiteral("secure"), true);
    QVERIFY(daneMismatchFound(mismatch));
    QVERIFY(!daneMismatchFound(r));
}

void TestDane::oneUsableRecordDecides()
{
    QJsonObject unknown = record(3, 1, 1, m_server.certificate);
    unknown.insert(QStringLiteral("usage"), 7); // would match, but is not usable
    const QJsonObject r = evaluate({unknown, record(3, 1, 1, m_otherServer.certificate)}, m_chain,
                                   true, QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), true);
    // Any one matching record is enough (RFC 6698 §4.1, RFC 7671 §5).
    const QJsonObject rollover = evaluate(
        {record(3, 1, 1, m_otherServer.certificate), record(3, 1, 2, m_server.certificate)},
        m_chain, true, QStringLiteral("secure"), true);
    QCOMPARE(rollover.value(QStringLiteral("matched")).toBool(), true);
    QCOMPARE(rollover.value(QStringLiteral("mismatch")).toBool(), false);
}

void TestDane::strongestMatchDecidesInAnyOrder()
{
    // A DANE-TA and a DANE-EE record that both match: DANE-EE decides (it needs no name
    // check), whichever the resolver listed first.
    const QJsonObject ta = record(2, 1, 1, m_intermediate.certificate);
    const QJsonObject ee = record(3, 1, 1, m_server.certificate);
    const QJsonObject pkix = record(1, 1, 1, m_server.certificate);
    for (const QJsonArray &records :
         {QJsonArray{ta, ee, pkix}, QJsonArray{pkix, ee, ta}, QJsonArray{ee, ta}}) {
        const QJsonObject r = evaluate(records, m_chain, true, QStringLiteral("secure"), true);
        QCOMPARE(r.value(QStringLiteral("matchedUsage")).toInt(), 3);
    }
    const QJsonObject r = evaluate({pkix, ta}, m_chain, true, QStringLiteral("secure"), true);
    QCOMPARE(r.value(QStringLiteral("matchedUsage")).toInt(), 2);
}

void TestDane::onlySecureRecordsDecide()
{
    const QJsonArray stale{record(3, 1, 1, m_otherServer.certificate)};
    for (const char *status : {"insecure", "unvalidated", "stripped"}) {
        const QJsonObject r = evaluate(stale, m_chain, true, QLatin1String(status), false);
        QCOMPARE(r.value(QStringLiteral("matched")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("usable")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("mismatch")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("dnssec")).toString(), QLatin1String(status));
    }
}

void TestDane::resultRoundTrip()
{
    // What the TLS facts record ("dane"), read back and written again, is the same JSON: with
    // records that match, do not match and are not usable, and with none at all.
    QJsonObject unknown = record(3, 1, 1, m_server.certificate);
    unknown.insert(QStringLiteral("usage"), 7);
    const QJsonArray sets[] = {{record(2, 1, 1, m_intermediate.certificate),
                                record(3, 0, 2, m_otherServer.certificate), unknown},
                               {record(3, 1, 1, m_otherServer.certificate)},
                               {}};
    for (const QJsonArray &records : sets) {
        for (const bool applies : {true, false}) {
            const DaneFact d = Dane::evaluate(TlsaRecord::listFromJson(records), m_chain, true,
                                              QStringLiteral("secure"), applies);
            const QJsonObject json = d.toJson();
            QCOMPARE(json.value(QStringLiteral("records")).toArray().size(), records.size());
            QCOMPARE(DaneFact::fromJson(json).toJson(), json);
            QCOMPARE(TlsaRecord::listToJson(TlsaRecord::listFromJson(records)), records);
        }
    }
    const QJsonObject first = evaluate({record(2, 1, 1, m_intermediate.certificate)}, m_chain, true,
                                       QStringLiteral("secure"), true);
    const DaneFact read = DaneFact::fromJson(first);
    QVERIFY(read.present && read.usable && !read.mismatch);
    QCOMPARE(read.matched, std::optional<bool>(true));
    QCOMPARE(read.matchedUsage, 2);
    QCOMPARE(read.usableRecords, 1);
    QCOMPARE(read.records.size(), 1);
    QCOMPARE(read.records.first().record.usageName(), QStringLiteral("DANE-TA"));
    QVERIFY(read.records.first().usable && read.records.first().matched);
    // Not present: nothing is written.
    QVERIFY(DaneFact().toJson().isEmpty());
    QVERIFY(!DaneFact::fromJson({}).present);
}

void TestDane::hostileJsonGivesDefaults()
{
    // Wrong value types and missing keys read as "no value", never as a usable record.
    const QJsonObject record{{QStringLiteral("usage"), QStringLiteral("3")},
                             {QStringLiteral("selector"), 1.5},
                             {QStringLiteral("matchingType"), 300},
                             {QStringLiteral("data"), 17}};
    const TlsaRecord r = TlsaRecord::fromJson(record);
    QCOMPARE(r.usage, -1);
    QCOMPARE(r.selector, -1);
    QCOMPARE(r.matchingType, -1);
    QVERIFY(r.data.isEmpty());
    QVERIFY(!r.usable());
    QCOMPARE(r.usageName(), QStringLiteral("unknown"));
    QVERIFY(TlsaRecord::listFromJson(QStringLiteral("not a list")).isEmpty());
    const DaneFact bad =
        Dane::evaluate({r, TlsaRecord()}, m_chain, true, QStringLiteral("secure"), true);
    QVERIFY(!bad.usable && !bad.mismatch);
    QCOMPARE(bad.usableRecords, 0);
    QCOMPARE(bad.matched, std::optional<bool>(false));

    const QJsonObject dane{{QStringLiteral("records"), QStringLiteral("x")},
                           {QStringLiteral("matched"), QStringLiteral("yes")},
                           {QStringLiteral("matchedUsage"), QStringLiteral("3")},
                           {QStringLiteral("dnssec"), 5},
                           {QStringLiteral("usable"), 1},
                           {QStringLiteral("usableRecords"), -7},
                           {QStringLiteral("mismatch"), QJsonArray{true}}};
    const DaneFact d = DaneFact::fromJson(dane);
    QVERIFY(d.present);
    QVERIFY(d.records.isEmpty());
    QVERIFY(!d.matched);
    QCOMPARE(d.matchedUsage, -1);
    QVERIFY(d.dnssec.isEmpty());
    QVERIFY(!d.usable && !d.mismatch && !d.daneEeMatch());
    QCOMPARE(d.usableRecords, -1);
    const DaneFact records = DaneFact::fromJson(
        {{QStringLiteral("records"), QJsonArray{7, QStringLiteral("x"), QJsonObject()}}});
    QCOMPARE(records.records.size(), 3);
    QVERIFY(!records.records.at(0).usable && !records.records.at(0).matched);
    QCOMPARE(records.records.at(0).record.usage, -1);
}

QTEST_GUILESS_MAIN(TestDane)
#include "tst_dane.moc"
