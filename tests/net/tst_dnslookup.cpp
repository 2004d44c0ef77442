// SPDX-License-Identifier: GPL-3.0-or-later
// A DNS server that never answers: the lookup ends at its deadline with a clear error, instead
// of libunbound's minutes of retries.
#include "net/dnslookup.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Inspector;

class TestDnsLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void silentServerEndsAtTheDeadline();
};

void TestDnsLookup::silentServerEndsAtTheDeadline()
{
    QUdpSocket silent; // bound, so no ICMP "unreachable" either: the questions just vanish
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    DnsSettings settings;
    settings.server = QStringLiteral("127.0.0.1@%1").arg(silent.localPort());
    settings.timeoutMs = 400;
    DnsLookup lookup(QStringLiteral("example.test"), false, settings);
    QSignalSpy finished(&lookup, &DnsLookup::finished);
    QElapsedTimer clock;
    clock.start();
    lookup.start();
    QVERIFY(finished.wait(10000));
    const QString error = lookup.result().value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("within 0.4 s")), qPrintable(error));
    QVERIFY2(error.contains(settings.server), qPrintable(error));
    QVERIFY(lookup.result().value(QStringLiteral("candidates")).toArray().isEmpty());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(silent.hasPendingDatagrams()); // the questions did go there
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestDnsLookup)
#include "tst_dnslookup.moc"
