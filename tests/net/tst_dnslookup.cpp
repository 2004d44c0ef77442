// SPDX-License-Identifier: GPL-3.0-or-later
// A DNS server that never answers: the lookup ends at its deadline with a clear error, instead
// of libunbound's minutes of retries. The payload a lookup records, read back as a DnsFact and
// written again, is the same JSON; a hostile payload reads as defaults.
#include "diagnose/findings.h"
#include "facts/dnsfact.h"
#include "net/dnscontext.h"
#include "net/dnslookup.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUdpSocket>

#include <memory>

using namespace Inspector;

class TestDnsLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void silentServerEndsAtTheDeadline();
    void failedSrvLookupIsNotAbsentRecords();
    void sharedContext();
    void hostilePayloadGivesDefaults();
};

namespace {
/// Marks every text it translates, so that a translated text shows where it went.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

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
    // The error is recorded in English although a translation is loaded, and shown translated.
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QElapsedTimer clock;
    clock.start();
    lookup.start();
    QVERIFY(finished.wait(10000));
    const QString error = lookup.result().error.english();
    QVERIFY2(error.contains(QLatin1String("within 0.4 s")), qPrintable(error));
    QVERIFY2(error.contains(settings.server), qPrintable(error));
    QVERIFY(lookup.result().candidates.isEmpty());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(silent.hasPendingDatagrams()); // the questions did go there
    QCOMPARE(finished.size(), 1);
    const QJsonObject recorded = lookup.result().toEventData();
    QCOMPARE(DnsFact::fromEventData(recorded).toEventData(), recorded);
    QVERIFY2(!error.contains(QStringLiteral("«")), qPrintable(error));
    const QString shown = DnsFact::fromEventData(recorded).error.display();
    QVERIFY2(shown.startsWith(QStringLiteral("«No complete DNS answer")), qPrintable(shown));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
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
    const DnsFact dns = DnsFact::fromEventData(lookup.result().toEventData());
    QCOMPARE(dns.toEventData(), lookup.result().toEventData());
    QCOMPARE(dns.srvFailures.size(), 2);
    QCOMPARE(dns.srvFailures.first().rcode, 2);
    QCOMPARE(dns.candidates.size(), 1);
    QCOMPARE(dns.candidates.first().source, QStringLiteral("fallback"));
    QVERIFY(!dns.answers.isEmpty());
    QCOMPARE(dns.srvFailed.size(), 2);
    QVERIFY2(dns.srvFailed.first().endsWith(QLatin1String(": SERVFAIL")),
             qPrintable(dns.srvFailed.first()));
    QStringList codes;
    for (const Finding &f : Findings::fromDns(dns))
        codes << f.codeName();
    QVERIFY2(codes.contains(QStringLiteral("DNS-SRV-FAILED")), qPrintable(codes.join(u' ')));
    QVERIFY2(!codes.contains(QStringLiteral("DNS-FALLBACK")), qPrintable(codes.join(u' ')));
}

void TestDnsLookup::sharedContext()
{
    // A scan's lookups ask through one context: each gets its own answers, and one deleted
    // with questions still out (its questions cancelled) leaves the others whole.
    ServfailServer server;
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    for (const quint16 port : {server.port(), silent.localPort()}) {
        DnsSettings settings;
        settings.server = QStringLiteral("127.0.0.1@%1").arg(port);
        settings.timeoutMs = 600;
        QString error;
        std::shared_ptr<DnsContext> shared = DnsContext::create(settings, {}, false, &error);
        QVERIFY2(shared, qPrintable(error));
        auto dropped =
            std::make_unique<DnsLookup>(QStringLiteral("a.example.test"), false, settings);
        DnsLookup kept(QStringLiteral("b.example.test"), false, settings);
        dropped->setSharedContext(shared);
        kept.setSharedContext(shared);
        QSignalSpy finished(&kept, &DnsLookup::finished);
        dropped->start();
        kept.start();
        dropped.reset();
        shared.reset(); // the lookup still asking holds it
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const DnsFact &dns = kept.result();
        if (port == server.port()) {
            QCOMPARE(dns.srvFailures.size(), 2); // b.example.test's own two SRV questions
            for (const SrvFailure &f : dns.srvFailures)
                QVERIFY2(f.name.contains(QStringLiteral("b.example.test")), qPrintable(f.name));
        } else {
            QVERIFY2(dns.error.english().contains(QStringLiteral("within 0.6 s")),
                     qPrintable(dns.error.english()));
        }
    }
}

void TestDnsLookup::hostilePayloadGivesDefaults()
{
    // Wrong value types and missing keys: defaults, never a crash or a usable candidate.
    const QJsonObject hostile{
        {QStringLiteral("domain"), 7},
        {QStringLiteral("candidates"),
         QJsonArray{QStringLiteral("x"),
                    QJsonObject{{QStringLiteral("target"), QJsonArray()},
                                {QStringLiteral("port"), QStringLiteral("5269")},
                                {QStringLiteral("addresses"), QStringLiteral("127.0.0.1")},
                                {QStringLiteral("tlsa"), QJsonArray{1, QJsonObject()}},
                                {QStringLiteral("daneUsable"), QStringLiteral("true")}}}},
        {QStringLiteral("answers"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("SRV")},
                                {QStringLiteral("rcode"), QStringLiteral("2")},
                                {QStringLiteral("records"), QJsonArray{5, QJsonObject()}}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("A")},
                                {QStringLiteral("records"), QJsonArray{QJsonObject()}}},
                    true}},
        {QStringLiteral("srvFailed"), QJsonArray{QJsonObject{{QStringLiteral("rcode"), true}}}},
        {QStringLiteral("srvSeed"), QStringLiteral("1")},
        {QStringLiteral("bogus"), 3}};
    const DnsFact dns = DnsFact::fromEventData(hostile);
    QVERIFY(dns.domain.isEmpty());
    QCOMPARE(dns.candidates.size(), 2);
    const DnsCandidateFact &c = dns.candidates.at(1);
    QVERIFY(c.target.isEmpty());
    QCOMPARE(c.port, 0);
    QVERIFY(!c.addresses);
    QCOMPARE(c.tlsa.size(), 2);
    QVERIFY(!c.tlsa.first().usable() && !c.tlsa.last().usable());
    QVERIFY(!c.daneUsable);
    QVERIFY(dns.attempts().isEmpty());
    QCOMPARE(dns.answers.size(), 3);
    QVERIFY(!dns.answers.first().answered && dns.answers.first().rcode == -1);
    QCOMPARE(dns.answers.first().srv.size(), 2);
    QCOMPARE(dns.answers.first().srv.first().port, 0);
    QCOMPARE(dns.answers.at(1).addresses, QStringList{QString()});
    QVERIFY(dns.answers.last().type.isEmpty());
    QCOMPARE(dns.srvFailures.size(), 1);
    QCOMPARE(dns.srvFailures.first().rcode, -1);
    QVERIFY(!dns.srvSeed);
    QVERIFY(dns.bogus.isEmpty());
    // Written again, every value has the type the lookup gives it.
    const QJsonObject again = dns.toEventData();
    QVERIFY(again.value(QStringLiteral("domain")).isString());
    const QJsonObject candidate =
        again.value(QStringLiteral("candidates")).toArray().at(1).toObject();
    QVERIFY(candidate.value(QStringLiteral("port")).isDouble());
    QVERIFY(!candidate.contains(QStringLiteral("addresses")));
    QCOMPARE(DnsFact::fromEventData(again).toEventData(), again);
}

QTEST_GUILESS_MAIN(TestDnsLookup)
#include "tst_dnslookup.moc"
