// SPDX-License-Identifier: GPL-3.0-or-later
// What `diff` reports about DNS: the candidate set and DNSSEC status, not the order RFC 2782's
// weighted draw gave targets of equal priority.
#include "facts/sessionsummary.h"
#include "trace/sessiondiff.h"

#include <QJsonArray>
#include <QTest>

using namespace Inspector;

namespace {
QJsonObject candidate(const QString &target, int priority, int weight)
{
    return QJsonObject{{QStringLiteral("target"), target},
                       {QStringLiteral("port"), 5269},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("weight"), weight},
                       {QStringLiteral("directTls"), false}};
}

QJsonObject session(const QJsonArray &candidates, const QString &dnssec = QStringLiteral("secure"))
{
    return QJsonObject{
        {QStringLiteral("success"), true},
        {QStringLiteral("dns"), QJsonObject{{QStringLiteral("domain"), QStringLiteral("x.example")},
                                            {QStringLiteral("candidates"), candidates},
                                            {QStringLiteral("dnssec"), dnssec},
                                            {QStringLiteral("srvSeed"), 1}}}};
}

QJsonArray differences(const QJsonObject &a, const QJsonObject &b)
{
    return SessionDiff::toJson(
        SessionDiff::differences(SessionSummary::fromJson(a), SessionSummary::fromJson(b)));
}

QStringList fields(const QJsonArray &differences)
{
    QStringList out;
    for (const QJsonValue &d : differences)
        out << d.toObject().value(QStringLiteral("field")).toString();
    return out;
}
} // namespace

class TestSessionDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalPriorityDrawIgnored();
    void otherCandidatesReported();
    void factsOnlyInTheSecondReported();
};

void TestSessionDiff::equalPriorityDrawIgnored()
{
    const QJsonObject a = candidate(QStringLiteral("a.example"), 0, 10),
                      b = candidate(QStringLiteral("b.example"), 0, 20),
                      backup = candidate(QStringLiteral("c.example"), 10, 0);
    QJsonObject second = session({b, a, backup});
    QJsonObject dns = second.value(QStringLiteral("dns")).toObject();
    dns.insert(QStringLiteral("srvSeed"), 2);
    second.insert(QStringLiteral("dns"), dns);
    QCOMPARE(differences(session({a, b, backup}), second), QJsonArray());
}

void TestSessionDiff::otherCandidatesReported()
{
    const QJsonObject a = candidate(QStringLiteral("a.example"), 0, 10),
                      b = candidate(QStringLiteral("b.example"), 0, 20);
    // A target that moved to another priority is a real difference, and so is the DNSSEC status.
    QCOMPARE(fields(differences(session({a, b}),
                                session({a, candidate(QStringLiteral("b.example"), 5, 20)}))),
             QStringList{QStringLiteral("dns.candidates")});
    QCOMPARE(fields(differences(session({a, b}), session({a, b}, QStringLiteral("bogus")))),
             QStringList{QStringLiteral("dns.dnssec")});
}

void TestSessionDiff::factsOnlyInTheSecondReported()
{
    // Before: a stream error. After a fix: none. Either way round, the fact only one session
    // has is a difference.
    const QJsonObject fine = session({candidate(QStringLiteral("a.example"), 0, 10)});
    QJsonObject refused = fine;
    refused.insert(QStringLiteral("streamError"),
                   QJsonObject{{QStringLiteral("condition"), QStringLiteral("host-unknown")},
                               {QStringLiteral("text"), QJsonValue()}});
    QCOMPARE(fields(differences(refused, fine)), QStringList{QStringLiteral("streamError")});
    QCOMPARE(fields(differences(fine, refused)), QStringList{QStringLiteral("streamError")});
}

QTEST_GUILESS_MAIN(TestSessionDiff)
#include "tst_sessiondiff.moc"
