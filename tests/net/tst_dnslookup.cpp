// SPDX-License-Identifier: GPL-3.0-or-later
// A DNS server that never answers: the lookup ends at its deadline with a clear error, instead
// of libunbound's minutes of retries.
#include "diagnose/findings.h"
#include "facts/dnsfact.h"
#include "net/dnslookup.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Inspector;

class TestDnsLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void silentServerEndsAtTheDeadline();
    void failedSrvLookupIsNotAbsentRecords();
};

namespace {
/// A DNS server that answers every question with SERVFAIL (RFC 1035 §4.1.1, rcode 2).
class ServfailServer : public QObject
{
public:
    ServfailServer()
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_socket.receiveDatagram();
                const QByteArray q = query.data();
                if (q.size() < 12)
                    continue;
                qsizetype end = 12; // the question: QNAME's labels, then QTYPE and QCLASS
                while (end < q.size() && q.at(end) != 0)
                    end += 1 + quint8(q.at(end));
                end += 5;
                QByteArray reply = q.left(end);
                reply[2] = char(0x80 | (q.at(2) & 0x01)); // QR, RD copied
                reply[3] = char(0x80 | 2);                // RA, SERVFAIL
                reply[6] = reply[7] = reply[8] = reply[9] = reply[10] = reply[11] = 0;
                reply[4] = 0;
                reply[5] = 1;
                m_socket.writeDatagram(reply, query.senderAddress(), quint16(query.senderPort()));
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }

private:
    QUdpSocket m_socket;
};
} // namespace

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

void TestDnsLookup::failedSrvLookupIsNotAbsentRecords()
{
    // SERVFAIL for every question: the candidates fall back to the domain itself (RFC 6120
    // §3.2.2), but the findings must not say "no SRV records".
    ServfailServer server;
    DnsSettings settings;
    settings.server = QStringLiteral("127.0.0.1@%1").arg(server.port());
    settings.timeoutMs = 5000;
    DnsLookup lookup(QStringLiteral("example.test"), false, settings);
    QSignalSpy finished(&lookup, &DnsLookup::finished);
    lookup.start();
    QVERIFY(finished.wait(10000));
    const DnsFact dns = DnsFact::fromEventData(lookup.result());
    QCOMPARE(dns.srvFailed.size(), 2);
    QVERIFY2(dns.srvFailed.first().endsWith(QLatin1String(": SERVFAIL")),
             qPrintable(dns.srvFailed.first()));
    QStringList codes;
    for (const Finding &f : Findings::fromDns(dns))
        codes << f.codeName();
    QVERIFY2(codes.contains(QStringLiteral("DNS-SRV-FAILED")), qPrintable(codes.join(u' ')));
    QVERIFY2(!codes.contains(QStringLiteral("DNS-FALLBACK")), qPrintable(codes.join(u' ')));
}

QTEST_GUILESS_MAIN(TestDnsLookup)
#include "tst_dnslookup.moc"
