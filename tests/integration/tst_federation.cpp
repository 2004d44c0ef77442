// SPDX-License-Identifier: GPL-3.0-or-later
// `scan` over the test federation (tests/support/federation.h): a few hundred domains served
// by the suite's DNS server to the real Prosody and ejabberd with many virtual hosts, to
// servers that do not host them, to dead ports, to "." (no service), to nothing at all, to a
// server whose certificate names another domain and to a server that sends a byte at a time.
// Every domain's outcome is checked in the JSON lines and in the HTML report.
#include "../render/htmlcheck.h"
#include "clirunner.h"
#include "federation.h"
#include "peersenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

class TestFederation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDomainItsOutcome();
};

void TestFederation::everyDomainItsOutcome()
{
    const QHash<QString, QString> env = Test::peersEnv();
    QVERIFY2(env.contains(QStringLiteral("SLOW_PORT")), "peers.env without the federation");
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("federation.txt"));
    QFile f(list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Test::Federation::listText());
    f.close();
    const QString report = dir.filePath(QStringLiteral("federation.html"));
    QElapsedTimer clock;
    clock.start();
    const Test::CliResult r = Test::runCli(
        {QStringLiteral("scan"), QStringLiteral("--domains"), list, QStringLiteral("--from"),
         QStringLiteral("inspector.test"), QStringLiteral("--dns-server"),
         QStringLiteral("127.0.0.1:") + env.value(QStringLiteral("DNS_PORT")),
         QStringLiteral("--ca"), env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
         QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--concurrency"),
         QStringLiteral("64"), QStringLiteral("--per-address"), QStringLiteral("16"),
         QStringLiteral("--rate"), QStringLiteral("500"), QStringLiteral("--html"), report});
    qInfo("%d domains scanned in %lld ms", int(Test::Federation::domains().size()),
          clock.elapsed());
    QCOMPARE(r.exitCode, 1); // many fail, as they should
    QHash<QString, QJsonObject> records;
    int skipped = 0;
    QJsonObject summary;
    for (const QByteArray &line : r.out.trimmed().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString kind = o.value(u"record").toString();
        if (kind == QLatin1String("domain")) {
            QVERIFY2(!records.contains(o.value(u"domain").toString()), line.constData());
            records.insert(o.value(u"domain").toString(), o);
        } else if (kind == QLatin1String("skipped")) {
            ++skipped;
        } else {
            summary = o;
        }
    }
    QCOMPARE(skipped, Test::Federation::SkippedLines);
    const QStringList domains = Test::Federation::domains();
    QCOMPARE(records.size(), domains.size());
    QMap<QString, int> expectedCounts;
    for (const QString &d : domains) {
        const QJsonObject o = records.value(d);
        const QString outcome = o.value(u"success").toBool() ? QStringLiteral("success")
                                                             : o.value(u"errorCode").toString();
        QVERIFY2(outcome == Test::Federation::expectedOutcome(d),
                 qPrintable(
                     QStringLiteral("%1: %2 (%3)").arg(d, outcome, o.value(u"error").toString())));
        ++expectedCounts[outcome];
    }
    // The name the wrong certificate carries is a finding; the slow server ends on the step
    // deadline although its bytes keep coming.
    QJsonArray codes;
    for (const QJsonValue v :
         records.value(QStringLiteral("fed-wrong.test")).value(u"findings").toArray())
        codes.append(v.toObject().value(u"code"));
    QVERIFY2(codes.contains(QStringLiteral("TLS-IDENTITY-MISMATCH")),
             QJsonDocument(codes).toJson().constData());
    QVERIFY(records.value(QStringLiteral("fed-slow.test")).value(u"elapsedMs").toInt() < 10000);
    const QJsonObject outcomes = summary.value(u"outcomes").toObject();
    for (auto it = expectedCounts.cbegin(); it != expectedCounts.cend(); ++it)
        QCOMPARE(outcomes.value(it.key()).toInt(), it.value());

    // The report: one row per domain, with the outcome of its record.
    QFile page(report);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows =
        HtmlCheck::tableRows(page.readAll(), QStringLiteral("domains"));
    QCOMPARE(rows.size(), 1 + 2 * domains.size());
    for (int i = 1; i < rows.size(); i += 2) {
        const QString domain = rows.at(i).at(0).mid(2); // after the row's marker
        QCOMPARE(rows.at(i).at(1), Test::Federation::expectedOutcome(domain));
    }
}

QTEST_GUILESS_MAIN(TestFederation)
#include "tst_federation.moc"
