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
    const QByteArray text = "\xEF\xBB\xBF" // a byte order mark, as some editors write
                            "Example.ORG\n"
                            "\n"
                            "jabber.example.  # with its trailing dot\r\n"
                            "example.org\n"
                            "127.0.0.9\n"
                            "[::1]\n"
                            "::1\n"
                            "two words.example\n"
                            "bad/char.example\n"
                            "\xff\xfe.example\n"
                            "   # only a comment\n"
                            "\tm\xC3\xBCller.example\t\n" +
                            QByteArray(ScanList::MaxLineBytes + 1, 'a') +
                            "\n"
                            "127.0.0.9.\n"
                            "*.example.org\n"
                            "example.123\n"
                            "xn--mller-kva.example\n" // the same name as line 12, as DNS asks it
                            "last.example";
    const ScanList list = ScanList::parse(text);
    QStringList listed;
    QVector<int> lines;
    for (const ScanList::Domain &d : list.domains) {
        listed << d.domain;
        lines << d.line;
    }
    QCOMPARE(listed,
             (QStringList{QStringLiteral("example.org"), QStringLiteral("jabber.example"),
                          QStringLiteral("m\u00fcller.example"), QStringLiteral("last.example")}));
    QCOMPARE(lines, (QVector<int>{1, 3, 12, 18}));
    QVector<int> skipped;
    QStringList reasons;
    for (const ScanList::Skipped &s : list.skipped) {
        skipped << s.line;
        reasons << s.reason;
    }
    QCOMPARE(skipped, (QVector<int>{4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17}));
    const auto says = [&](int i, const char *what) {
        return reasons.at(i).contains(QLatin1String(what));
    };
    QVERIFY(says(0, "line 1"));
    QVERIFY(says(1, "IP address") && says(2, "IP address") && says(3, "IP address"));
    QVERIFY(says(4, "one domain per line"));
    QVERIFY(says(6, "UTF-8"));
    QVERIFY(says(7, "longer than"));
    QVERIFY(says(8, "IP address"));
    QVERIFY(says(9, "host name"));
    QVERIFY(says(10, "number"));
    QVERIFY(says(11, "line 12"));
    const QJsonObject json = list.skipped.at(1).toJson();
    QCOMPARE(json.value(u"record").toString(), QStringLiteral("skipped"));
    QCOMPARE(json.value(u"line").toInt(), 5);
    QCOMPARE(json.value(u"text").toString(), QStringLiteral("127.0.0.9"));
    QVERIFY(ScanList::parse("# nothing\n\n").domains.isEmpty());
}

void TestScan::boundsPerAddressAndInAll()
{
    // Six domains on one address, then six on another, four at a time in all: two at a time
    // on each address, and the second address served while the first is full.
    HoldingPeer first(QHostAddress(QStringLiteral("127.0.0.1")), 300);
    HoldingPeer second(QHostAddress(QStringLiteral("127.0.0.2")), 300);
    QVERIFY(first.isListening() && second.isListening());
    ScanOptions o = options();
    o.concurrency = 4;
    o.perAddress = 2;
    o.rate = 1000;
    QStringList names = atPeer(&o, QStringLiteral("a"), 6, first);
    names += atPeer(&o, QStringLiteral("b"), 6, second);
    Scan scan(o, domains(names));
    QSignalSpy records(&scan, &Scan::domainFinished);
    QSignalSpy finished(&scan, &Scan::finished);
    scan.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(records.size(), 12);
    QCOMPARE(first.arrivals.size(), 6);
    QCOMPARE(second.arrivals.size(), 6);
    QCOMPARE(first.maxOpen, 2);
    QCOMPARE(second.maxOpen, 2);
    QVERIFY2(second.arrivals.first() < first.arrivals.at(2) - 150,
             "the second address waited for the first");
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
    // Four gaps of 100 ms at the least (measured where the peer accepts: a late accept may
    // shorten one gap, never the whole span).
    QVERIFY2(peer.arrivals.last() - peer.arrivals.first() >= 380,
             qPrintable(QString::number(peer.arrivals.last() - peer.arrivals.first())));
    // A rate above 100 a second is kept too (not rounded to whole milliseconds).
    HoldingPeer fast(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    ScanOptions quick = options();
    quick.rate = 400;
    quick.concurrency = 64;
    quick.perAddress = 64;
    Scan many(quick, domains(atPeer(&quick, QStringLiteral("f"), 41, fast)));
    QSignalSpy done(&many, &Scan::finished);
    many.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(fast.arrivals.size(), 41);
    QVERIFY2(fast.arrivals.last() - fast.arrivals.first() >= 95, // 40 gaps of 2.5 ms
             qPrintable(QString::number(fast.arrivals.last() - fast.arrivals.first())));
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
    QVERIFY(quick.isListening() && slow.isListening());
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
