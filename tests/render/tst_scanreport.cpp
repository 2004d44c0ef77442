// SPDX-License-Identifier: GPL-3.0-or-later
// A scan's records as the reports show them: the table's row of each domain (ScanRow), the
// HTML page (one body per domain, hostile text kept as text, the script named by its hash
// in the page's policy), the CSV (quoting, no formula from a peer's text), and reading a
// scan's JSON lines back (a line cut short at the end, a bad line in the middle).
#include "htmlcheck.h"

#include "models/scanmodel.h"
#include "render/scanreport.h"
#include "run/scan.h"
#include "trace/scanresult.h"
#include "trace/scanrow.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Inspector;

class TestScanReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowOfADomain();
    void rowOfAnUnreachableDomain();
    void daneAsRecorded();
    void htmlTable();
    void htmlKeepsHostileTextAsText();
    void htmlScriptIsTheOnlyOneAllowed();
    void csv();
    void readBack();
};

namespace {
const QString Hostile = QStringLiteral("<img src=x onerror=alert(1)>&\"'");

/// A domain that answered: TLS 1.3, its certificate ending ten days and a half after the
/// check, DNSSEC secure, DANE matched, dialback and SASL EXTERNAL offered.
QJsonObject goodRecord(const QString &domain)
{
    SessionSummary s;
    s.success = true;
    s.finished = true;
    s.mode = QStringLiteral("s2s");
    s.toDomain = domain;
    s.features = {QStringLiteral("starttls"), QStringLiteral("dialback")};
    s.saslMechanisms = {QStringLiteral("EXTERNAL")};
    s.dialbackOffered = true;
    TlsFact tls;
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.checkedAt = QStringLiteral("2026-03-01T12:00:00Z");
    tls.verified = true;
    CertificateFact leaf;
    leaf.notAfter = QStringLiteral("2026-03-12T00:00:00Z");
    tls.peerCertificates = {leaf};
    tls.dane.present = true;
    tls.dane.usable = true;
    tls.dane.matched = true;
    tls.dane.dnssec = QStringLiteral("secure");
    tls.dane.matchedUsage = 3;
    s.tls = tls;
    DnsFact dns;
    dns.domain = domain;
    dns.dnssec = QStringLiteral("secure");
    s.dns = dns;
    s.timings.tcpConnectMs = 1.25;
    s.exitCode = 0;
    return Scan::record(domain, s.toJson(), 42);
}

/// A domain whose server did not answer, with a peer's text in its error.
QJsonObject badRecord(const QString &domain, const QString &error)
{
    SessionSummary s;
    s.finished = true;
    s.mode = QStringLiteral("s2s");
    s.toDomain = domain;
    s.errorCode = QStringLiteral("stream-error");
    s.error = error;
    return Scan::record(domain, s.toJson(), 7);
}

ScanResult sample()
{
    ScanResult r;
    r.add(ScanList::Skipped{3, QStringLiteral("127.0.0.1"), QStringLiteral("An IP address")}
              .toJson());
    r.add(goodRecord(QStringLiteral("good.example")));
    r.add(badRecord(QStringLiteral("bad.example"), QStringLiteral("=HYPERLINK(\"x\")")));
    r.add(QJsonObject{{QStringLiteral("record"), QStringLiteral("summary")},
                      {QStringLiteral("elapsedMs"), 1500}});
    return r;
}
} // namespace

void TestScanReport::rowOfADomain()
{
    const ScanRow r = ScanRow::fromRecord(goodRecord(QStringLiteral("good.example")));
    QCOMPARE(r.domain, QStringLiteral("good.example"));
    QVERIFY(r.success);
    QCOMPARE(r.outcome, QStringLiteral("success"));
    QVERIFY(r.reachable);
    QCOMPARE(r.tlsVersion, QStringLiteral("TLSv1.3"));
    // 10 days and 12 hours after the check, on the 11th calendar day (as the expiry finding
    // counts), counted from the check, not today.
    QCOMPARE(r.certificateDaysLeft, std::optional<int>(11));
    QCOMPARE(r.dnssec, QStringLiteral("secure"));
    QCOMPARE(r.dane, ScanRow::Dane::Matched);
    QVERIFY(r.dialbackOffered);
    QVERIFY(r.externalOffered);
    QCOMPARE(r.latencyMs, std::optional<double>(1.25));
    QCOMPARE(r.elapsedMs, 42);
    QCOMPARE(r.text(ScanRow::CertificateColumn), QStringLiteral("11"));
    QCOMPARE(r.sortKey(ScanRow::CertificateColumn).toDouble(), 11.0);
    QCOMPARE(r.text(ScanRow::ExternalColumn), QStringLiteral("offered"));
}

void TestScanReport::rowOfAnUnreachableDomain()
{
    const ScanRow r = ScanRow::fromRecord(badRecord(QStringLiteral("bad.example"), Hostile));
    QVERIFY(!r.success);
    QCOMPARE(r.outcome, QStringLiteral("stream-error"));
    QVERIFY(!r.reachable);
    QCOMPARE(r.error, Hostile);
    QVERIFY(!r.certificateDaysLeft);
    QCOMPARE(r.dane, ScanRow::Dane::None);
    // Nothing offered is not "no": the server never said.
    QCOMPARE(r.text(ScanRow::DialbackColumn), QStringLiteral("—"));
    QCOMPARE(r.text(ScanRow::LatencyColumn), QStringLiteral("—"));
    // Not known sorts before every number.
    QVERIFY(r.sortKey(ScanRow::LatencyColumn).toDouble() < -1e100);
    // A certificate that ended an hour before the check has -1 days left.
    QJsonObject expired = goodRecord(QStringLiteral("old.example"));
    QJsonObject tls = expired.value(u"tls").toObject();
    QJsonArray chain = tls.value(u"peerCertificates").toArray();
    QJsonObject leaf = chain.at(0).toObject();
    leaf.insert(QStringLiteral("notAfter"), QStringLiteral("2026-03-01T11:00:00Z"));
    chain.replace(0, leaf);
    tls.insert(QStringLiteral("peerCertificates"), chain);
    expired.insert(QStringLiteral("tls"), tls);
    QCOMPARE(ScanRow::fromRecord(expired).certificateDaysLeft, std::optional<int>(-1));
}

void TestScanReport::daneAsRecorded()
{
    // What the DNS said decides the column, never a match alone: a bogus TLSA answer is not
    // "matched" (RFC 7673 §3.1), an insecure one does not count (RFC 7673 §3), a recorded
    // mismatch stays one.
    const auto rowWith = [](void (*change)(QJsonObject * dane)) {
        QJsonObject record = goodRecord(QStringLiteral("dane.example"));
        QJsonObject tls = record.value(u"tls").toObject();
        QJsonObject dane = tls.value(u"dane").toObject();
        change(&dane);
        tls.insert(QStringLiteral("dane"), dane);
        record.insert(QStringLiteral("tls"), tls);
        return ScanRow::fromRecord(record);
    };
    QCOMPARE(rowWith([](QJsonObject *) {}).dane, ScanRow::Dane::Matched);
    QCOMPARE(rowWith([](QJsonObject *d) {
                 d->insert(QStringLiteral("dnssec"), QStringLiteral("bogus"));
             }).dane,
             ScanRow::Dane::Bogus);
    QCOMPARE(rowWith([](QJsonObject *d) {
                 d->insert(QStringLiteral("dnssec"), QStringLiteral("insecure"));
                 d->insert(QStringLiteral("usable"), false);
             }).dane,
             ScanRow::Dane::NotUsable);
    QCOMPARE(rowWith([](QJsonObject *d) {
                 d->insert(QStringLiteral("matched"), false);
                 d->insert(QStringLiteral("mismatch"), true);
             }).dane,
             ScanRow::Dane::Mismatch);
}

void TestScanReport::htmlTable()
{
    const QByteArray html = ScanReport::html(sample());
    QString error;
    const QVector<HtmlCheck::Node> nodes = HtmlCheck::parse(html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QVector<HtmlCheck::Node> bodies =
        HtmlCheck::named(nodes, QStringLiteral("tbody"), QStringLiteral("domains"));
    QCOMPARE(bodies.size(), 2); // one per domain, the detail row inside
    const QVector<QStringList> rows = HtmlCheck::tableRows(html, QStringLiteral("domains"));
    QCOMPARE(rows.size(), 1 + 2 * 2); // header, then a main and a detail row per domain
    QCOMPARE(rows.at(0).size(), int(ScanRow::ColumnCount));
    QCOMPARE(rows.at(0).at(ScanRow::TlsColumn), QStringLiteral("TLS"));
    QVERIFY(rows.at(1).at(ScanRow::DomainColumn).endsWith(QStringLiteral("good.example")));
    QCOMPARE(rows.at(1).at(ScanRow::OutcomeColumn), QStringLiteral("success"));
    QCOMPARE(rows.at(1).at(ScanRow::CertificateColumn), QStringLiteral("11"));
    QCOMPARE(rows.at(1).at(ScanRow::DaneColumn), QStringLiteral("matched"));
    QCOMPARE(rows.at(3).at(ScanRow::OutcomeColumn), QStringLiteral("stream-error"));
    QVERIFY(rows.at(4).at(0).contains(QStringLiteral("=HYPERLINK"))); // its error, in its detail
    // The columns that sort as numbers say so, and their cells carry the number.
    const QVector<HtmlCheck::Node> heads = HtmlCheck::named(nodes, QStringLiteral("th"));
    QVERIFY(
        heads.at(ScanRow::CertificateColumn).attributes.contains(QStringLiteral("data-number=1")));
    QVERIFY(!heads.at(ScanRow::DomainColumn).attributes.contains(QStringLiteral("data-number=1")));
    const QVector<HtmlCheck::Node> cells = HtmlCheck::named(nodes, QStringLiteral("td"));
    QVERIFY(
        cells.at(ScanRow::CertificateColumn).attributes.contains(QStringLiteral("data-sort=11")));
    // Successes sort before every failure, whatever the words in the interface's language.
    QVERIFY(cells.at(ScanRow::OutcomeColumn).attributes.contains(QStringLiteral("data-sort=0")));
    // The filter finds the finding codes and the error too.
    QVERIFY(bodies.at(1)
                .attributes.filter(QStringLiteral("data-find="))
                .value(0)
                .contains(QStringLiteral("HYPERLINK")));
    // The outcome, the outcomes and the skipped line.
    QVERIFY(HtmlCheck::withClass(nodes, QStringLiteral("outcome"))
                .at(0)
                .text.contains(QStringLiteral("1 of 2 domain")));
    QVERIFY(HtmlCheck::sectionText(nodes, QStringLiteral("skipped"))
                .contains(QStringLiteral("127.0.0.1")));
    const QVector<QStringList> outcomes = HtmlCheck::tableRows(html, QStringLiteral("outcomes"));
    QCOMPARE(outcomes.size(), 3);
}

void TestScanReport::htmlKeepsHostileTextAsText()
{
    ScanResult scan;
    scan.add(badRecord(Hostile, Hostile));
    const QByteArray html = ScanReport::html(scan);
    QString error;
    const QVector<HtmlCheck::Node> nodes = HtmlCheck::parse(html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(HtmlCheck::named(nodes, QStringLiteral("img")).isEmpty());
    QCOMPARE(HtmlCheck::named(nodes, QStringLiteral("script")).size(), 1); // the page's own
    QVERIFY(!html.contains("<img"));
    // The window's tooltip shows it as text too.
    ScanModel model;
    model.add(badRecord(Hostile, Hostile));
    const QString tip = model.index(0, ScanRow::OutcomeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("<qt>")) && tip.contains(QStringLiteral("&lt;img")) &&
                 !tip.contains(QStringLiteral("<img")),
             qPrintable(tip));
    QVERIFY(HtmlCheck::sectionText(nodes, QStringLiteral("domains")).contains(Hostile));
}

void TestScanReport::htmlScriptIsTheOnlyOneAllowed()
{
    const QByteArray html = ScanReport::html(sample());
    QString error;
    const QVector<HtmlCheck::Node> nodes = HtmlCheck::parse(html, &error);
    const QVector<HtmlCheck::Node> scripts = HtmlCheck::named(nodes, QStringLiteral("script"));
    QCOMPARE(scripts.size(), 1);
    const QString script = scripts.first().text;
    QVERIFY(script.contains(QStringLiteral("scan-table")));
    // Written as is: nothing the writer would escape.
    for (const QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('&'), QLatin1Char('"')})
        QVERIFY2(!script.contains(c), qPrintable(QString(c)));
    // The policy allows that script by its hash, and nothing from elsewhere.
    QString policy;
    for (const HtmlCheck::Node &meta : HtmlCheck::named(nodes, QStringLiteral("meta"))) {
        if (meta.attributes.contains(QStringLiteral("http-equiv=Content-Security-Policy")))
            policy = meta.attributes.filter(QStringLiteral("content=")).value(0);
    }
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toBase64());
    QVERIFY2(policy.contains(QStringLiteral("script-src 'sha256-%1'").arg(hash)),
             qPrintable(policy));
    QVERIFY(policy.contains(QStringLiteral("default-src 'none'")));
}

void TestScanReport::csv()
{
    const QStringList lines =
        QString::fromUtf8(ScanReport::csv(sample())).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two domains, and the empty rest after the last break
    QVERIFY(lines.at(0).startsWith(QStringLiteral("domain,outcome,reachable,tls,")));
    const int columns = int(lines.at(0).split(QLatin1Char(',')).size());
    QCOMPARE(lines.at(1).split(QLatin1Char(',')).size(), columns);
    QVERIFY(lines.at(1).startsWith(
        QStringLiteral("good.example,success,true,TLSv1.3,11,secure,matched,true,true,1.3,")));
    // The peer's text that a spreadsheet would run as a formula is quoted text.
    QVERIFY2(lines.at(2).contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\"")),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).isEmpty());
}

void TestScanReport::readBack()
{
    const ScanResult original = sample();
    QByteArray bytes = original.toJsonLines();
    ScanResult back;
    int bad = 0;
    QVERIFY(ScanResult::parse(bytes, &back, &bad));
    QCOMPARE(back.domains, original.domains);
    QCOMPARE(back.skipped, original.skipped);
    QCOMPARE(back.summary, original.summary);
    QVERIFY(!back.truncated);
    // A scan killed while writing: its last line is cut short, the rest is kept.
    bytes.chop(bytes.size() - bytes.lastIndexOf('\n', bytes.size() - 2) - 20);
    ScanResult cut;
    QVERIFY(ScanResult::parse(bytes, &cut, &bad));
    QVERIFY(cut.truncated);
    QCOMPARE(cut.domains.size(), 2);
    QVERIFY(cut.summary.isEmpty());
    // A line in the middle that is not a scan's is an error, with its number.
    ScanResult wrong;
    QVERIFY(!ScanResult::parse("{\"record\":\"domain\",\"domain\":\"a.example\"}\n"
                               "not json\n{\"record\":\"summary\"}\n",
                               &wrong, &bad));
    QCOMPARE(bad, 2);
    QVERIFY(!ScanResult::parse("{\"record\":\"event\"}\n", &wrong, &bad));
    // Two parts of one scan, joined with cat: one scan, the summaries added up.
    ScanResult joined;
    QVERIFY(
        ScanResult::parse("{\"record\":\"domain\",\"domain\":\"a.example\"}\n"
                          "{\"record\":\"summary\",\"domains\":1,\"failed\":1,\"elapsedMs\":900,"
                          "\"outcomes\":{\"timeout\":1}}\n"
                          "{\"record\":\"domain\",\"domain\":\"b.example\"}\n"
                          "{\"record\":\"summary\",\"domains\":1,\"succeeded\":1,\"elapsedMs\":700,"
                          "\"outcomes\":{\"success\":1}}\n",
                          &joined, &bad));
    QCOMPARE(joined.domains.size(), 2);
    QCOMPARE(joined.summary.value(u"domains").toInt(), 2);
    QCOMPARE(joined.summary.value(u"failed").toInt(), 1);
    QCOMPARE(joined.summary.value(u"elapsedMs").toInt(), 900);
    QCOMPARE(joined.summary.value(u"parts").toInt(), 2);
    QCOMPARE(joined.summary.value(u"outcomes").toObject().size(), 2);
    QVERIFY(ScanResult::isScanLine("{\"record\":\"skipped\",\"line\":1}"));
    QVERIFY(!ScanResult::isScanLine("{\"kind\":\"SessionStarted\"}"));
}

QTEST_GUILESS_MAIN(TestScanReport)
#include "tst_scanreport.moc"
