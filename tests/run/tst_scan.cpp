// SPDX-License-Identifier: GPL-3.0-or-later
// A scan's list of domains, and how the scan runs them: at most so many at once, so many to
// one address, so many new ones a second; stopping starts none after.
#include "run/controller.h"
#include "run/scan.h"
#include "run/scanlist.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Inspector;

namespace {
/// Accepts connections and holds each `holdMs` before closing it (no XMPP: the session fails
/// when it closes); records how many were open at once, and when each came.
class HoldingPeer : public QTcpServer
{
public:
    HoldingPeer(const QHostAddress &address, int holdMs)
        : m_holdMs(holdMs)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                arrivals.append(clock.elapsed());
                maxOpen = qMax(maxOpen, ++open);
                QTimer::singleShot(m_holdMs, s, [this, s] {
                    --open;
                    s->disconnectFromHost();
                    s->deleteLater();
                });
            }
        });
        clock.start();
        listen(address, 0);
    }
    int open = 0;
    int maxOpen = 0;
    QVector<qint64> arrivals;
    QElapsedTimer clock;

private:
    int m_holdMs;
};

QVector<ScanList::Domain> domains(const QStringList &names)
{
    QVector<ScanList::Domain> out;
    for (const QString &n : names)
        out.append({n, int(out.size()) + 1});
    return out;
}

/// `count` domains named PREFIX0.test… that --resolve sends to `peer`.
QStringList atPeer(ScanOptions *o, const QString &prefix, int count, const QTcpServer &peer)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names << QStringLiteral("%1%2.test").arg(prefix).arg(i);
        o->s2s.resolve.insert(names.last(),
                              HostPort{peer.serverAddress().toString(), peer.serverPort()});
    }
    return names;
}

ScanOptions options()
{
    ScanOptions o;
    o.s2s.from = QStringLiteral("inspector.test");
    o.s2s.tls = S2sOptions::Tls::None;
    o.s2s.timeoutMs = 5000;
    return o;
}
} // namespace

class TestScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listSkipsWhatIsNoDomain();
    void boundsPerAddressAndInAll();
    void rateSpacesTheStarts();
    void stopStartsNoMore();
    void ctrlCInTheCliFlushesWhatIsDone();
};

void TestScan::listSkipsWhatIsNoDomain()
{
    const QByteArray text = "# servers our users talk to\n"
                            "Example.ORG\n"
                            "\n"
                            "jabber.example.  # with its trailing dot\r\n"
                            "example.org\n"
                            "192.0.2.7\n"
                            "[2001:db8::1]\n"
                            "2001:db8::2\n"
                            "two words.example\n"
                            "bad/char.example\n"
                            "\xff\xfe.example\n"
                            "   # only a comment\n"
                            "\tmüller.example\t\n" +
                            QByteArray(ScanList::MaxLineBytes + 1, 'a') + "\nlast.example";
    const ScanList list = ScanList::parse(text);
    QStringList listed;
    QVector<int> lines;
    for (const ScanList::Domain &d : list.domains) {
        listed << d.domain;
        lines << d.line;
    }
    QCOMPARE(listed,
             (QStringList{QStringLiteral("example.org"), QStringLiteral("jabber.example"),
                          QStringLiteral("müller.example"), QStringLiteral("last.example")}));
    QCOMPARE(lines, (QVector<int>{2, 4, 13, 15}));
    QVector<int> skipped;
    for (const ScanList::Skipped &s : list.skipped)
        skipped << s.line;
    QCOMPARE(skipped, (QVector<int>{5, 6, 7, 8, 9, 10, 11, 14}));
    QVERIFY(list.skipped.at(0).reason.contains(QLatin1String("line 2")));
    QVERIFY(list.skipped.at(1).reason.contains(QLatin1String("IP address")));
    QVERIFY(list.skipped.at(2).reason.contains(QLatin1String("IP address")));
    QVERIFY(list.skipped.at(3).reason.contains(QLatin1String("IP address")));
    QVERIFY(list.skipped.at(4).reason.contains(QLatin1String("one domain per line")));
    QVERIFY(list.skipped.at(6).reason.contains(QLatin1String("UTF-8")));
    QVERIFY(list.skipped.at(7).reason.contains(QLatin1String("longer than")));
    const QJsonObject json = list.skipped.at(1).toJson();
    QCOMPARE(json.value(u"record").toString(), QStringLiteral("skipped"));
    QCOMPARE(json.value(u"line").toInt(), 6);
    QCOMPARE(json.value(u"text").toString(), QStringLiteral("192.0.2.7"));
    QVERIFY(ScanList::parse("# nothing\n\n").domains.isEmpty());
}

void TestScan::boundsPerAddressAndInAll()
{
    // Six domains on one address and six on another: two at a time on each, four in all.
    HoldingPeer first(QHostAddress(QStringLiteral("127.0.0.1")), 300);
    HoldingPeer second(QHostAddress(QStringLiteral("127.0.0.2")), 300);
    QVERIFY(first.isListening() && second.isListening());
    ScanOptions o = options();
    o.concurrency = 4;
    o.perAddress = 2;
    o.rate = 1000;
    QStringList names;
    for (int i = 0; i < 6; ++i) {
        for (HoldingPeer *peer : {&first, &second}) {
            const QString name = QStringLiteral("d%1.%2.test").arg(i).arg(peer == &first ? 1 : 2);
            o.s2s.resolve.insert(name,
                                 HostPort{peer->serverAddress().toString(), peer->serverPort()});
            names << name;
        }
    }
    Scan scan(o, domains(names));
    QSignalSpy records(&scan, &Scan::domainFinished);
    QSignalSpy finished(&scan, &Scan::finished);
    int mostRunning = 0;
    connect(&scan, &Scan::domainFinished, this,
            [&] { mostRunning = qMax(mostRunning, scan.running() + 1); });
    scan.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(records.size(), 12);
    QCOMPARE(first.arrivals.size(), 6);
    QCOMPARE(second.arrivals.size(), 6);
    QCOMPARE(first.maxOpen, 2);
    QCOMPARE(second.maxOpen, 2);
    QVERIFY(mostRunning <= 4);
    QStringList seen;
    for (const QList<QVariant> &r : std::as_const(records)) {
        const QJsonObject record = r.at(0).toJsonObject();
        QCOMPARE(record.value(u"record").toString(), QStringLiteral("domain"));
        QVERIFY(!record.value(u"success").toBool()); // the peer speaks no XMPP
        QVERIFY(record.value(u"elapsedMs").toInteger() >= 250);
        seen << record.value(u"domain").toString();
    }
    seen.sort();
    names.sort();
    QCOMPARE(seen, names);
    const QJsonObject summary = scan.summary();
    QCOMPARE(summary.value(u"domains").toInt(), 12);
    QCOMPARE(summary.value(u"failed").toInt(), 12);
    QCOMPARE(summary.value(u"notScanned").toInt(), 0);
    int counted = 0;
    for (const QJsonValue v : summary.value(u"outcomes").toObject())
        counted += v.toInt();
    QCOMPARE(counted, 12);
}

void TestScan::rateSpacesTheStarts()
{
    HoldingPeer peer(QHostAddress(QStringLiteral("127.0.0.1")), 10);
    ScanOptions o = options();
    o.rate = 10; // one every 100 ms
    Scan scan(o, domains(atPeer(&o, QStringLiteral("r"), 5, peer)));
    QSignalSpy finished(&scan, &Scan::finished);
    scan.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(peer.arrivals.size(), 5);
    for (int i = 1; i < peer.arrivals.size(); ++i)
        QVERIFY2(peer.arrivals.at(i) - peer.arrivals.at(i - 1) >= 90,
                 qPrintable(QString::number(peer.arrivals.at(i) - peer.arrivals.at(i - 1))));
}

void TestScan::stopStartsNoMore()
{
    HoldingPeer peer(QHostAddress(QStringLiteral("127.0.0.1")), 400);
    ScanOptions o = options();
    o.concurrency = 2;
    o.rate = 1000;
    Scan scan(o, domains(atPeer(&o, QStringLiteral("s"), 8, peer)));
    QSignalSpy records(&scan, &Scan::domainFinished);
    QSignalSpy finished(&scan, &Scan::finished);
    scan.start();
    QTRY_COMPARE(peer.arrivals.size(), 2);
    scan.stop();
    QVERIFY(finished.wait(20000));
    // The two running were let finish and reported; none started after.
    QCOMPARE(records.size(), 2);
    QCOMPARE(peer.arrivals.size(), 2);
    const QJsonObject summary = scan.summary();
    QCOMPARE(summary.value(u"notScanned").toInt(), 6);
    QVERIFY(summary.value(u"stopped").toBool());
}

void TestScan::ctrlCInTheCliFlushesWhatIsDone()
{
    // Two domains answer at once (the peer closes), the others are held for seconds: Ctrl+C
    // once the first two are written lets the running ones end, starts no more, exits 130.
    HoldingPeer quick(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    HoldingPeer slow(QHostAddress(QStringLiteral("127.0.0.2")), 1500);
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("list.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    QStringList args{QStringLiteral("scan"),
                     QStringLiteral("--domains"),
                     list.fileName(),
                     QStringLiteral("--from"),
                     QStringLiteral("inspector.test"),
                     QStringLiteral("--tls"),
                     QStringLiteral("none"),
                     QStringLiteral("--concurrency"),
                     QStringLiteral("4"),
                     QStringLiteral("--rate"),
                     QStringLiteral("1000")};
    for (int i = 0; i < 10; ++i) {
        const HoldingPeer &peer = i < 2 ? quick : slow;
        const QString name = QStringLiteral("c%1.test").arg(i);
        list.write(name.toUtf8() + '\n');
        args << QStringLiteral("--resolve")
             << QStringLiteral("%1:%2:%3")
                    .arg(name, peer.serverAddress().toString())
                    .arg(peer.serverPort());
    }
    list.close();
    QProcess cli;
    cli.start(QStringLiteral(INSPECTOR_CLI_PATH), args);
    QVERIFY(cli.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).count('\n') >= 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(slow.arrivals.size(), 2, 10000);
    ::kill(cli.processId(), SIGINT);
    // The peers run in this process: its event loop turns while the CLI finishes.
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 10000);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 130);
    out += cli.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // the two quick, the two held, the summary
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(summary.value(u"record").toString(), QStringLiteral("summary"));
    QVERIFY(summary.value(u"stopped").toBool());
    QCOMPARE(summary.value(u"scanned").toInt(), 4);
    QCOMPARE(summary.value(u"notScanned").toInt(), 6);
    QCOMPARE(slow.arrivals.size(), 2); // none started after Ctrl+C
    QVERIFY(cli.readAllStandardError().contains("stopping"));
}

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
