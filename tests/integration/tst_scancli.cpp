// SPDX-License-Identifier: GPL-3.0-or-later
// `scan` from the command line against the suite's DNS server and the real Prosody and
// ejabberd: one JSON line per domain with its outcome, skipped lines, the summary, the exit
// status, transcripts, the HTML report, and usage errors.
#include "../render/htmlcheck.h"
#include "clirunner.h"
#include "peersenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

class TestScanCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outcomesOfAFederation();
    void everyDomainSucceeds();
    void diffOfTwoScans();
    void usageErrors_data();
    void usageErrors();

private:
    QString listFile(const QByteArray &text);
    QStringList common() const;
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
};

void TestScanCli::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("DNS_PORT")), "peers.env missing");
    QVERIFY(m_dir.isValid());
}

QString TestScanCli::listFile(const QByteArray &text)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("list%1.txt").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

QStringList TestScanCli::common() const
{
    return {QStringLiteral("--from"),
            QStringLiteral("inspector.test"),
            QStringLiteral("--dns-server"),
            QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("DNS_PORT")),
            QStringLiteral("--ca"),
            m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
            QStringLiteral("--timeout"),
            QStringLiteral("10")};
}

void TestScanCli::outcomesOfAFederation()
{
    const QString list = listFile("# the suite's federation\n"
                                  "a.test\n"
                                  "c.test   # ejabberd\n"
                                  "nosrv.test\n"
                                  "unknown.test\n"
                                  "dead.test\n"
                                  "127.0.0.1\n"
                                  "A.test.\n");
    const QString transcripts = m_dir.filePath(QStringLiteral("transcripts"));
    const QString report = m_dir.filePath(QStringLiteral("federation.html"));
    const Test::CliResult r =
        Test::runCli(QStringList{QStringLiteral("scan"), QStringLiteral("--domains"), list,
                                 QStringLiteral("--concurrency"), QStringLiteral("3"),
                                 QStringLiteral("--transcripts"), transcripts,
                                 QStringLiteral("--html"), report} +
                     common());
    QCOMPARE(r.exitCode, 1); // some failed
    QHash<QString, QJsonObject> domains;
    QVector<QJsonObject> skipped;
    QJsonObject summary;
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        const QString record = o.value(u"record").toString();
        if (record == QLatin1String("domain"))
            domains.insert(o.value(u"domain").toString(), o);
        else if (record == QLatin1String("skipped"))
            skipped << o;
        else
            summary = o;
    }
    QCOMPARE(lines.last(), QJsonDocument(summary).toJson(QJsonDocument::Compact));
    QCOMPARE(domains.size(), 5);
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0).value(u"line").toInt(), 7);
    QCOMPARE(skipped.at(1).value(u"line").toInt(), 8);
    QVERIFY(r.err.contains("skipped '127.0.0.1'"));
    // The same keys as s2s --json, and the outcome each domain really has.
    const QJsonObject a = domains.value(QStringLiteral("a.test"));
    for (const char *key :
         {"success", "exitCode", "tls", "features", "phases", "findings", "elapsedMs", "dns"})
        QVERIFY2(a.contains(QLatin1String(key)), key);
    QVERIFY(a.value(u"success").toBool());
    QCOMPARE(a.value(u"serverDomain").toString(), QStringLiteral("a.test"));
    QVERIFY(domains.value(QStringLiteral("c.test")).value(u"success").toBool());
    QCOMPARE(domains.value(QStringLiteral("nosrv.test")).value(u"errorCode").toString(),
             QStringLiteral("dns-no-service"));
    QCOMPARE(domains.value(QStringLiteral("unknown.test")).value(u"errorCode").toString(),
             QStringLiteral("dns-no-address"));
    const QJsonObject dead = domains.value(QStringLiteral("dead.test"));
    QVERIFY(!dead.value(u"success").toBool()); // the live candidate does not host dead.test
    // It failed on the candidate it reached, not on the dead one tried first.
    QCOMPARE(dead.value(u"errorCode").toString(), QStringLiteral("stream-error"));
    QVERIFY(dead.value(u"attempts").toArray().size() >= 2);
    QCOMPARE(summary.value(u"domains").toInt(), 5);
    QCOMPARE(summary.value(u"succeeded").toInt(), 2);
    QCOMPARE(summary.value(u"failed").toInt(), 3);
    QCOMPARE(summary.value(u"outcomes").toObject().value(u"success").toInt(), 2);
    QCOMPARE(summary.value(u"findings").toObject().value(u"DNS-NO-SERVICE").toInt(), 1);
    // One transcript per domain, read back with show.
    QCOMPARE(QDir(transcripts).entryList(QDir::Files).size(), 5);
    const Test::CliResult shown = Test::runCli(
        {QStringLiteral("show"), QDir(transcripts).filePath(QStringLiteral("c.test.xitrace"))});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("c.test"));
    // The report: one row per domain with the outcome of its record, in English plurals.
    QFile page(report);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    QVERIFY(html.contains("3 of 5 domains failed"));
    const QVector<QStringList> rows = HtmlCheck::tableRows(html, QStringLiteral("domains"));
    QCOMPARE(rows.size(), 1 + 2 * 5);
    QHash<QString, QString> outcomes;
    for (int i = 1; i < rows.size(); i += 2)
        outcomes.insert(rows.at(i).at(0).mid(2), rows.at(i).at(1)); // after the row's marker
    QCOMPARE(outcomes.value(QStringLiteral("a.test")), QStringLiteral("success"));
    QCOMPARE(outcomes.value(QStringLiteral("c.test")), QStringLiteral("success"));
    QCOMPARE(outcomes.value(QStringLiteral("nosrv.test")), QStringLiteral("dns-no-service"));
    QCOMPARE(outcomes.value(QStringLiteral("unknown.test")), QStringLiteral("dns-no-address"));
    QCOMPARE(outcomes.value(QStringLiteral("dead.test")), QStringLiteral("stream-error"));
    QVERIFY(HtmlCheck::tableRows(html, QStringLiteral("skipped")).size() == 3);
}

void TestScanCli::everyDomainSucceeds()
{
    const QString list = listFile("a.test\nb.test\nc.test\nd.test\n");
    const Test::CliResult r =
        Test::runCli(QStringList{QStringLiteral("scan"), QStringLiteral("--domains"), list,
                                 QStringLiteral("--per-address"), QStringLiteral("1")} +
                     common());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
    QCOMPARE(summary.value(u"succeeded").toInt(), 4);
}

void TestScanCli::diffOfTwoScans()
{
    // Before: every certificate checked against the test CA. After: the CA forgotten (as after
    // a change of the trust store), one domain dropped from the list and one added.
    const auto scanTo = [&](const QByteArray &domains, bool withCa, const QString &name) {
        QStringList args = common();
        if (!withCa)
            args.remove(args.indexOf(QStringLiteral("--ca")), 2);
        const Test::CliResult r = Test::runCli(
            QStringList{QStringLiteral("scan"), QStringLiteral("--domains"), listFile(domains)} +
            args);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(r.out) == r.out.size() ? path : QString();
    };
    const QString before = scanTo("a.test\nc.test\nnosrv.test\n", true, QStringLiteral("a.jsonl"));
    const QString after = scanTo("a.test\nc.test\nb.test\n", false, QStringLiteral("b.jsonl"));
    QVERIFY(!before.isEmpty() && !after.isEmpty());
    const Test::CliResult r =
        Test::runCli({QStringLiteral("diff"), before, after, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray changes = QJsonDocument::fromJson(r.out).array();
    QStringList seen;
    for (const QJsonValue v : changes) {
        const QJsonObject c = v.toObject();
        seen << c.value(u"domain").toString() + QLatin1Char(' ') + c.value(u"change").toString();
        if (c.value(u"change").toString() != QLatin1String("changed"))
            continue;
        QStringList fields;
        for (const QJsonValue d : c.value(u"differences").toArray())
            fields << d.toObject().value(u"field").toString();
        QVERIFY2(fields.contains(QStringLiteral("tls.verified")),
                 qPrintable(fields.join(QLatin1Char(','))));
        QVERIFY2(fields.contains(QStringLiteral("findings")),
                 qPrintable(fields.join(QLatin1Char(','))));
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("a.test changed"), QStringLiteral("b.test added"),
                          QStringLiteral("c.test changed"), QStringLiteral("nosrv.test removed")}));
    const Test::CliResult same = Test::runCli({QStringLiteral("diff"), before, before});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.contains("No domain changed"));
    // A scan is not compared with a transcript.
    const QString dir = m_dir.filePath(QStringLiteral("one"));
    QVERIFY(Test::runCli(QStringList{QStringLiteral("scan"), QStringLiteral("--domains"),
                                     listFile("a.test\n"), QStringLiteral("--transcripts"), dir} +
                         common())
                .exitCode == 0);
    const Test::CliResult mixed = Test::runCli(
        {QStringLiteral("diff"), before, QDir(dir).filePath(QStringLiteral("a.test.xitrace"))});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY(mixed.err.contains("not one of each"));
}

void TestScanCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    const QString good = listFile("a.test\n");
    const QString empty = listFile("# nothing yet\n\n");
    QTest::newRow("no list") << QStringList{} << QByteArray("--domains FILE is needed");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--domains"),
                                                 m_dir.filePath(QStringLiteral("none.txt"))}
                                  << QByteArray("cannot be read");
    QTest::newRow("empty list") << QStringList{QStringLiteral("--domains"), empty}
                                << QByteArray("lists no domain");
    QTest::newRow("--to") << QStringList{QStringLiteral("--domains"), good, QStringLiteral("--to"),
                                         QStringLiteral("x.test")}
                          << QByteArray("Unknown option 'to'");
    QTest::newRow("--transcript") << QStringList{QStringLiteral("--domains"), good,
                                                 QStringLiteral("--transcript"),
                                                 QStringLiteral("x.xitrace")}
                                  << QByteArray("Unknown option 'transcript'");
    QTest::newRow("concurrency 0")
        << QStringList{QStringLiteral("--domains"), good, QStringLiteral("--concurrency"),
                       QStringLiteral("0")}
        << QByteArray("--concurrency '0' is not a whole number");
    QTest::newRow("rate words") << QStringList{QStringLiteral("--domains"), good,
                                               QStringLiteral("--rate"), QStringLiteral("fast")}
                                << QByteArray("--rate 'fast'");
    QTest::newRow("no --from") << QStringList{QStringLiteral("--domains"), good,
                                              QStringLiteral("--auth"), QStringLiteral("dialback")}
                               << QByteArray("--from");
    QTest::newRow("--html in a missing folder")
        << QStringList{QStringLiteral("--domains"), good, QStringLiteral("--html"),
                       m_dir.filePath(QStringLiteral("no/such/folder/report.html"))}
        << QByteArray("is not a file that can be written");
    QTest::newRow("--html over the list")
        << QStringList{QStringLiteral("--domains"), good, QStringLiteral("--html"), good}
        << QByteArray("is the list of domains itself");
}

void TestScanCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Test::CliResult r = Test::runCli(QStringList{QStringLiteral("scan")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestScanCli)
#include "tst_scancli.moc"
