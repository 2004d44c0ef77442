// SPDX-License-Identifier: GPL-3.0-or-later
// The session summary's JSON (the CLI's --json, README documents it) stays key for key what it
// was: saved transcripts against the summary the tool printed for them before the summary had
// types (fixtures/*.summary.json, written by `xmpp-inspector-cli export --format json`).
#include "diagnose/findings.h"
#include "facts/sessionsummary.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Inspector;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(INSPECTOR_TEST_SOURCE_DIR "/facts/fixtures/") + name;
}

/// A transcript under tests/.
SessionSummary summaryOf(const QString &transcript)
{
    EventLog log;
    const Transcript::ReadResult r =
        Transcript::read(QStringLiteral(INSPECTOR_TEST_SOURCE_DIR "/") + transcript, &log);
    if (!r.ok)
        qWarning("%s: %s", qPrintable(transcript), qPrintable(r.error));
    return Summary::build(log);
}

QJsonObject expected(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The keys whose values differ (or that only one side has), for a readable failure.
QStringList differingKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList out;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()) || b.value(it.key()) != it.value())
            out << it.key();
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            out << it.key();
    }
    return out;
}
} // namespace

class TestSessionSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonAsBefore_data();
    void jsonAsBefore();
    void jsonReadBack_data() { jsonAsBefore_data(); }
    void jsonReadBack();
    void findingsAreFacts();
    void textFactKeepsAbsentAndNull();
    void dnsAttemptsInOrder();
};

void TestSessionSummary::jsonAsBefore_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("name");
    // Dialback over TLS with a certificate for another name; a dialback key the authoritative
    // side rejects; a peer that requires TLS and offers none.
    QTest::newRow("wrong certificate name")
        << QStringLiteral("facts/fixtures/lab-wrong-certificate-name.xitrace")
        << QStringLiteral("lab-wrong-certificate-name");
    QTest::newRow("wrong dialback key") << QStringLiteral("facts/fixtures/lab-wrong-key.xitrace")
                                        << QStringLiteral("lab-wrong-key");
    QTest::newRow("TLS required, not offered")
        << QStringLiteral("trace/fixtures/v2-tls-required-not-offered.xitrace")
        << QStringLiteral("v2-tls-required-not-offered");
}

void TestSessionSummary::jsonAsBefore()
{
    QFETCH(QString, transcript);
    QFETCH(QString, name);
    const QJsonObject json = summaryOf(transcript).toJson();
    const QJsonObject before = expected(name + QStringLiteral(".summary.json"));
    QVERIFY(!before.isEmpty());
    QCOMPARE(differingKeys(json, before), QStringList());
    QCOMPARE(json, before);
}

void TestSessionSummary::jsonReadBack()
{
    QFETCH(QString, name);
    const QJsonObject before = expected(name + QStringLiteral(".summary.json"));
    SessionSummary back = SessionSummary::fromJson(before);
    QVERIFY(back.findings.isEmpty()); // derived, not read
    back.findings = Findings::fromSummary(back);
    QCOMPARE(differingKeys(back.toJson(), before), QStringList());
    QCOMPARE(back.toJson(), before);
}

void TestSessionSummary::findingsAreFacts()
{
    const SessionSummary s =
        summaryOf(QStringLiteral("facts/fixtures/lab-wrong-certificate-name.xitrace"));
    QCOMPARE(s.findings.size(), 1);
    const Finding &f = s.findings.first();
    QCOMPARE(f.code, Finding::Code::TlsIdentityMismatch);
    QCOMPARE(f.severity, Finding::Severity::Error);
    // The facts the texts are made of, not the texts: the domain and what the certificate names.
    QCOMPARE(f.args.value(0), s.toDomain.text());
    QVERIFY(!f.args.value(1).isEmpty());
    QVERIFY(f.title().contains(s.toDomain.text()));
    QCOMPARE(f.toJson().value(QStringLiteral("code")).toString(),
             QStringLiteral("TLS-IDENTITY-MISMATCH"));
    QCOMPARE(f.toJson().value(QStringLiteral("explanation")).toString(), f.explanation());
    // Severity and code stay with the facts that gave them.
    const SessionSummary key = summaryOf(QStringLiteral("facts/fixtures/lab-wrong-key.xitrace"));
    QCOMPARE(key.findings.size(), 1);
    QCOMPARE(key.findings.first().codeName(), QStringLiteral("DIALBACK-INVALID"));
    QCOMPARE(key.findings.first().args, QStringList{key.fromDomain.text()});
}

void TestSessionSummary::textFactKeepsAbsentAndNull()
{
    for (const TextFact &t : {TextFact(), TextFact::null(), TextFact(QString()),
                              TextFact(QStringLiteral("host-unknown"))}) {
        QJsonObject o;
        o.insert(QStringLiteral("k"), t.toJson());
        QCOMPARE(o.contains(QStringLiteral("k")), !t.isAbsent());
        QCOMPARE(TextFact::fromJson(o.value(QStringLiteral("k"))), t);
    }
}

void TestSessionSummary::dnsAttemptsInOrder()
{
    // RFC 6120 §3.2.1: every address of the first candidate, then the next candidate's; a
    // candidate whose addresses were not looked up (or have none) gives no attempt.
    const QJsonObject data{
        {QStringLiteral("domain"), QStringLiteral("a.test")},
        {QStringLiteral("error"), QStringLiteral("partial")},
        {QStringLiteral("candidates"),
         QJsonArray{
             QJsonObject{{QStringLiteral("target"), QStringLiteral("one.a.test")},
                         {QStringLiteral("port"), 5269},
                         {QStringLiteral("addresses"),
                          QJsonArray{QStringLiteral("127.0.0.2"), QStringLiteral("::1")}},
                         {QStringLiteral("daneUsable"), true}},
             QJsonObject{{QStringLiteral("target"), QStringLiteral("none.a.test")},
                         {QStringLiteral("port"), 5270}},
             QJsonObject{{QStringLiteral("target"), QStringLiteral("two.a.test")},
                         {QStringLiteral("port"), 5271},
                         {QStringLiteral("directTls"), true},
                         {QStringLiteral("addresses"), QJsonArray{QStringLiteral("127.0.0.3")}}}}}};
    const DnsFact dns = DnsFact::fromEventData(data);
    QCOMPARE(dns.error, QStringLiteral("partial"));
    const QVector<DnsAttempt> attempts = dns.attempts();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).address, QStringLiteral("127.0.0.2"));
    QCOMPARE(attempts.at(1).address, QStringLiteral("::1"));
    QCOMPARE(attempts.at(1).candidate, 0);
    QCOMPARE(attempts.at(2).candidate, 2);
    QVERIFY(dns.candidates.at(0).daneUsable);
    QVERIFY(!dns.candidates.at(2).daneUsable);
    QVERIFY(dns.candidates.at(2).directTls);
}

QTEST_GUILESS_MAIN(TestSessionSummary)
#include "tst_sessionsummary.moc"
