// SPDX-License-Identifier: GPL-3.0-or-later
// The receiving server's dialback decisions on one stream (XEP-0220 §2.1.2, §2.2.1, §2.5).
#include "session/inbounddialback.h"

#include <QTest>

using namespace Inspector;
using Request = InboundDialback::Request;

class TestInboundDialback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validAuthorisesThePairOnly();
    void verdictForARestartedStreamIsStale();
    void invalidClosesOrKeepsOtherPairs();
    void errorIsRelayedWithTheGivenCondition();
    void oneVerificationPerPairAndALimit();
    void resetForgetsEverything();
};

void TestInboundDialback::validAuthorisesThePairOnly()
{
    InboundDialback d;
    QCOMPARE(d.request(QStringLiteral("Peer.Example."), QStringLiteral("us.example"),
                       QStringLiteral("s1")),
             Request::Verify);
    QVERIFY(d.hasPending());
    const auto a =
        d.verified(QStringLiteral("peer.example"), QStringLiteral("US.example"),
                   QStringLiteral("s1"), QStringLiteral("s1"), QStringLiteral("valid"), {});
    QVERIFY(!a.stale);
    QCOMPARE(a.type, QStringLiteral("valid"));
    QVERIFY(a.authorise);
    QVERIFY(!d.hasPending());
    d.authorise(
        InboundDialback::pair(QStringLiteral("peer.example"), QStringLiteral("us.example")));
    QVERIFY(d.isAuthorised(QStringLiteral("PEER.example"), QStringLiteral("us.example.")));
    // Per pair, not per sender.
    QVERIFY(!d.isAuthorised(QStringLiteral("peer.example"), QStringLiteral("other.example")));
    QCOMPARE(d.authorisedPairs(), QStringList{QStringLiteral("peer.example → us.example")});
}

void TestInboundDialback::verdictForARestartedStreamIsStale()
{
    InboundDialback d;
    QCOMPARE(d.request(QStringLiteral("peer.example"), QStringLiteral("us.example"),
                       QStringLiteral("s1")),
             Request::Verify);
    QVERIFY(d.verified(QStringLiteral("peer.example"), QStringLiteral("us.example"),
                       QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("valid"), {})
                .stale);
    // A verdict nothing asked for (wrong stream id or pair) is stale too.
    QVERIFY(d.verified(QStringLiteral("peer.example"), QStringLiteral("us.example"),
                       QStringLiteral("s2"), QStringLiteral("s2"), QStringLiteral("valid"), {})
                .stale);
    QVERIFY(!d.hasAuthorised());
}

void TestInboundDialback::invalidClosesOrKeepsOtherPairs()
{
    InboundDialback d;
    d.request(QStringLiteral("a.example"), QStringLiteral("us.example"), QStringLiteral("s"));
    auto a = d.verified(QStringLiteral("a.example"), QStringLiteral("us.example"),
                        QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("invalid"), {});
    QCOMPARE(a.type, QStringLiteral("invalid"));
    QVERIFY(a.closeStream);
    // With another pair authorised: <forbidden/>, and the liar's other pairs go too.
    InboundDialback e;
    e.authorise(InboundDialback::pair(QStringLiteral("b.example"), QStringLiteral("us.example")));
    e.authorise(
        InboundDialback::pair(QStringLiteral("a.example"), QStringLiteral("muc.us.example")));
    e.request(QStringLiteral("a.example"), QStringLiteral("us.example"), QStringLiteral("s"));
    a = e.verified(QStringLiteral("a.example"), QStringLiteral("us.example"), QStringLiteral("s"),
                   QStringLiteral("s"), QStringLiteral("invalid"), {});
    QCOMPARE(a.type, QStringLiteral("error"));
    QCOMPARE(a.condition, QStringLiteral("forbidden"));
    QVERIFY(a.keptOthers);
    QVERIFY(!a.closeStream);
    QVERIFY(!e.isAuthorised(QStringLiteral("a.example"), QStringLiteral("muc.us.example")));
    QVERIFY(e.isAuthorised(QStringLiteral("b.example"), QStringLiteral("us.example")));
}

void TestInboundDialback::errorIsRelayedWithTheGivenCondition()
{
    InboundDialback d;
    d.request(QStringLiteral("a.example"), QStringLiteral("us.example"), QStringLiteral("s"));
    const auto a = d.verified(QStringLiteral("a.example"), QStringLiteral("us.example"),
                              QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("error"),
                              QStringLiteral("remote-server-not-found"));
    QCOMPARE(a.type, QStringLiteral("error"));
    QCOMPARE(a.condition, QStringLiteral("remote-server-not-found"));
    QVERIFY(!a.authorise);
    QVERIFY(!a.closeStream);
}

void TestInboundDialback::oneVerificationPerPairAndALimit()
{
    InboundDialback d;
    QCOMPARE(
        d.request(QStringLiteral("a.example"), QStringLiteral("us.example"), QStringLiteral("s")),
        Request::Verify);
    QCOMPARE(
        d.request(QStringLiteral("A.example"), QStringLiteral("us.example"), QStringLiteral("s")),
        Request::AlreadyPending);
    for (int i = 1; i < InboundDialback::MaxPending; ++i)
        QCOMPARE(d.request(QStringLiteral("s%1.example").arg(i), QStringLiteral("us.example"),
                           QStringLiteral("s")),
                 Request::Verify);
    QCOMPARE(d.request(QStringLiteral("one-more.example"), QStringLiteral("us.example"),
                       QStringLiteral("s")),
             Request::TooMany);
    d.authorise(InboundDialback::pair(QStringLiteral("b.example"), QStringLiteral("us.example")));
    QCOMPARE(
        d.request(QStringLiteral("b.example"), QStringLiteral("us.example"), QStringLiteral("s")),
        Request::AlreadyAuthorised);
}

void TestInboundDialback::resetForgetsEverything()
{
    InboundDialback d;
    d.request(QStringLiteral("a.example"), QStringLiteral("us.example"), QStringLiteral("s"));
    d.authorise(InboundDialback::pair(QStringLiteral("b.example"), QStringLiteral("us.example")));
    d.reset();
    QVERIFY(!d.hasPending());
    QVERIFY(!d.hasAuthorised());
}

QTEST_GUILESS_MAIN(TestInboundDialback)
#include "tst_inbounddialback.moc"
