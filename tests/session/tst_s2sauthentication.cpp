// SPDX-License-Identifier: GPL-3.0-or-later
// The originating server's choice between SASL EXTERNAL and dialback, and what each answer
// means, without a connection (the sessions against real servers are in tst_interop and
// tst_authentication).
#include "session/s2sauthentication.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Inspector;
using Auth = S2sOptions::Auth;
using Next = S2sAuthentication::Step::Next;

namespace {

StreamFeatures features(QStringList mechanisms, bool dialback)
{
    StreamFeatures f;
    f.saslMechanisms = std::move(mechanisms);
    f.dialback = dialback;
    return f;
}

Element saslFailure(const QString &condition, const QString &text = {})
{
    Element failure(Ns::Sasl, QStringLiteral("failure"));
    failure.appendChild(Element(Ns::Sasl, condition));
    if (!text.isEmpty())
        failure.appendChild(Element(Ns::Sasl, QStringLiteral("text")).appendText(text));
    return failure;
}

Dialback::Message request()
{
    Dialback::Message m;
    m.from = QStringLiteral("a.example");
    m.to = QStringLiteral("b.example");
    return m;
}

Dialback::Message answer(const QString &type)
{
    Dialback::Message m;
    m.from = QStringLiteral("b.example");
    m.to = QStringLiteral("a.example");
    m.type = type;
    return m;
}

} // namespace

class TestS2sAuthentication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choose_data();
    void choose();
    void externalRequestCarriesOurDomain();
    void externalFailureFallsBackToDialback();
    void externalFailureWithoutDialback();
    void externalSuccessRestarts();
    void unexpectedSaslElementIsNoted();
    void dialbackAnswers_data();
    void dialbackAnswers();
    void uncorrelatedAnswersDecideNothing_data();
    void uncorrelatedAnswersDecideNothing();
};

void TestS2sAuthentication::choose_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<bool>("key");
    QTest::addColumn<QStringList>("mechanisms");
    QTest::addColumn<bool>("dialbackFeature");
    QTest::addColumn<int>("next");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("noted");

    const QStringList external{QStringLiteral("EXTERNAL")};
    QTest::newRow("auto, certificate, EXTERNAL offered")
        << int(Auth::Auto) << true << true << external << true << int(Next::External) << QString()
        << false;
    QTest::newRow("auto, no certificate: dialback")
        << int(Auth::Auto) << false << true << external << true << int(Next::Dialback) << QString()
        << false;
    QTest::newRow("auto, EXTERNAL not offered: dialback")
        << int(Auth::Auto) << true << true << QStringList() << true << int(Next::Dialback)
        << QString() << false;
    QTest::newRow("auto, dialback not advertised: tried, noted")
        << int(Auth::Auto) << false << true << QStringList() << false << int(Next::Dialback)
        << QString() << true;
    QTest::newRow("auto, nothing to use")
        << int(Auth::Auto) << false << false << QStringList() << true << int(Next::Fail)
        << QStringLiteral("no-dialback-key") << false;
    QTest::newRow("external asked, not offered")
        << int(Auth::External) << true << true << QStringList() << true << int(Next::Fail)
        << QStringLiteral("external-not-offered") << false;
    QTest::newRow("external asked, offered") << int(Auth::External) << true << false << external
                                             << false << int(Next::External) << QString() << false;
    QTest::newRow("dialback asked, EXTERNAL offered too")
        << int(Auth::Dialback) << true << true << external << true << int(Next::Dialback)
        << QString() << false;
    QTest::newRow("none: close") << int(Auth::None) << true << true << external << true
                                 << int(Next::Close) << QString() << false;
}

void TestS2sAuthentication::choose()
{
    QFETCH(int, auth);
    QFETCH(bool, certificate);
    QFETCH(bool, key);
    QFETCH(QStringList, mechanisms);
    QFETCH(bool, dialbackFeature);
    QFETCH(int, next);
    QFETCH(QString, code);
    QFETCH(bool, noted);
    const S2sAuthentication a(Auth(auth), QStringLiteral("a.example"), certificate, key);
    const S2sAuthentication::Step s = a.choose(features(mechanisms, dialbackFeature), false);
    QCOMPARE(int(s.next), next);
    QCOMPARE(s.code, code);
    QCOMPARE(!s.note.isEmpty(), noted);
    if (s.next == Next::Fail)
        QVERIFY(!s.message.isEmpty());
    if (code == QLatin1String("no-dialback-key"))
        QCOMPARE(s.outcome, Outcome::UsageError);
    if (code == QLatin1String("external-not-offered")) {
        QCOMPARE(s.outcome, Outcome::ProtocolFailure);
        QCOMPARE(s.verdict.value().condition.text(), QStringLiteral("not-offered"));
        QVERIFY(s.message.english().contains(QLatin1String("did not accept our certificate")));
    }
    // The db namespace on the stream header counts as advertising dialback (XEP-0220 §2.4.1).
    if (noted)
        QVERIFY(a.choose(features(mechanisms, false), true).note.isEmpty());
}

void TestS2sAuthentication::externalRequestCarriesOurDomain()
{
    const S2sAuthentication a(Auth::External, QStringLiteral("a.example"), true, false);
    const Element auth = a.externalRequest();
    QVERIFY(auth.is(Ns::Sasl, u"auth"));
    QCOMPARE(auth.attribute(u"mechanism"), QStringLiteral("EXTERNAL"));
    QCOMPARE(QByteArray::fromBase64(auth.text().toLatin1()), QByteArray("a.example"));
}

void TestS2sAuthentication::externalFailureFallsBackToDialback()
{
    S2sAuthentication a(Auth::Auto, QStringLiteral("a.example"), true, true);
    const StreamFeatures offered = features({QStringLiteral("EXTERNAL")}, true);
    QCOMPARE(a.choose(offered, false).next, Next::External);
    const S2sAuthentication::Step s =
        a.saslAnswer(saslFailure(QStringLiteral("not-authorized"), QStringLiteral("bad cert")));
    QCOMPARE(s.next, Next::Dialback);
    QCOMPARE(s.verdict.value().result.text(), QStringLiteral("failure"));
    QCOMPARE(s.verdict.value().condition.text(), QStringLiteral("not-authorized"));
    QCOMPARE(s.verdict.value().text.text(), QStringLiteral("bad cert"));
    QVERIFY(s.note.english().contains(QLatin1String("<not-authorized/>: bad cert")));
    QVERIFY(s.note.english().contains(QLatin1String("Falling back to dialback")));
    // After the restart the same features do not lead to EXTERNAL again.
    QCOMPARE(a.choose(offered, false).next, Next::Dialback);
}

void TestS2sAuthentication::externalFailureWithoutDialback()
{
    S2sAuthentication a(Auth::External, QStringLiteral("a.example"), true, true);
    const S2sAuthentication::Step s = a.saslAnswer(saslFailure(QStringLiteral("invalid-authzid")));
    QCOMPARE(s.next, Next::Fail);
    QCOMPARE(s.code, QStringLiteral("sasl-failure"));
    QCOMPARE(s.message.english(), QStringLiteral("SASL EXTERNAL failed with <invalid-authzid/>."));
    QCOMPARE(s.verdict.value().condition.text(), QStringLiteral("invalid-authzid"));
}

void TestS2sAuthentication::externalSuccessRestarts()
{
    S2sAuthentication a(Auth::Auto, QStringLiteral("a.example"), true, true);
    const S2sAuthentication::Step s = a.saslAnswer(Element(Ns::Sasl, QStringLiteral("success")));
    QCOMPARE(s.next, Next::Restart);
    QCOMPARE(s.verdict.value().result.text(), QStringLiteral("success"));
    QCOMPARE(s.verdict.value().mechanism.text(), QStringLiteral("EXTERNAL"));
}

void TestS2sAuthentication::unexpectedSaslElementIsNoted()
{
    S2sAuthentication a(Auth::Auto, QStringLiteral("a.example"), true, true);
    const S2sAuthentication::Step s = a.saslAnswer(Element(Ns::Sasl, QStringLiteral("challenge")));
    QCOMPARE(s.next, Next::Nothing);
    QVERIFY(!s.verdict);
    QCOMPARE(s.note.english(), QStringLiteral("Unexpected SASL element <challenge/>."));
}

void TestS2sAuthentication::dialbackAnswers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("next");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<bool>("noted");
    QTest::newRow("valid") << "valid" << int(Next::Authenticated) << QString() << "valid" << false;
    QTest::newRow("invalid") << "invalid" << int(Next::Fail) << "dialback-invalid"
                             << "invalid" << false;
    QTest::newRow("error") << "error" << int(Next::Fail) << "dialback-error"
                           << "error" << false;
    QTest::newRow("undefined type") << "maybe" << int(Next::Fail) << "dialback-invalid"
                                    << "invalid" << true;
}

void TestS2sAuthentication::dialbackAnswers()
{
    QFETCH(QString, type);
    QFETCH(int, next);
    QFETCH(QString, code);
    QFETCH(QString, recorded);
    QFETCH(bool, noted);
    const S2sAuthentication a(Auth::Auto, QStringLiteral("a.example"), false, true);
    Dialback::Message m = answer(type);
    m.error.type = QStringLiteral("cancel");
    m.error.condition = QStringLiteral("remote-server-not-found");
    const S2sAuthentication::Step s = a.dialbackAnswer(request(), m, QStringLiteral("stream-1"));
    QCOMPARE(int(s.next), next);
    QCOMPARE(s.code, code);
    QCOMPARE(!s.note.isEmpty(), noted);
    QCOMPARE(s.verdict.value().result.text(), recorded);
    QCOMPARE(s.verdict.value().streamId.text(), QStringLiteral("stream-1"));
    QCOMPARE(s.verdict.value().from.text(), QStringLiteral("b.example"));
    if (type == QLatin1String("error")) {
        QCOMPARE(s.verdict.value().condition.text(), QStringLiteral("remote-server-not-found"));
        QCOMPARE(s.verdict.value().errorType.text(), QStringLiteral("cancel"));
        QVERIFY(s.message.english().contains(QLatin1String("<remote-server-not-found/>")));
    }
    if (code == QLatin1String("dialback-invalid"))
        QVERIFY(s.message.english().contains(QLatin1String("for a.example did not confirm it")));
}

void TestS2sAuthentication::uncorrelatedAnswersDecideNothing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<bool>("correlates");
    // XEP-0220 §2.1.1: the answer's from/to are the request's, swapped.
    QTest::newRow("valid, right pair") << "b.example"
                                       << "a.example"
                                       << "valid" << false << true;
    QTest::newRow("valid, case differs") << "B.Example"
                                         << "A.EXAMPLE"
                                         << "valid" << false << true;
    QTest::newRow("valid from another domain") << "c.example"
                                               << "a.example"
                                               << "valid" << false << false;
    QTest::newRow("valid to another domain") << "b.example"
                                             << "c.example"
                                             << "valid" << false << false;
    QTest::newRow("valid, pair not swapped") << "a.example"
                                             << "b.example"
                                             << "valid" << false << false;
    QTest::newRow("valid, no addresses") << ""
                                         << ""
                                         << "valid" << false << false;
    QTest::newRow("invalid from another domain") << "c.example"
                                                 << "a.example"
                                                 << "invalid" << false << false;
    QTest::newRow("error from another domain") << "c.example"
                                               << "a.example"
                                               << "error" << false << false;
    QTest::newRow("db:verify for a db:result") << "b.example"
                                               << "a.example"
                                               << "valid" << true << false;
}

void TestS2sAuthentication::uncorrelatedAnswersDecideNothing()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, type);
    QFETCH(bool, verify);
    QFETCH(bool, correlates);
    const S2sAuthentication a(Auth::Auto, QStringLiteral("a.example"), false, true);
    Dialback::Message m;
    m.kind = verify ? Dialback::Message::Kind::Verify : Dialback::Message::Kind::Result;
    m.from = from;
    m.to = to;
    m.type = type;
    const S2sAuthentication::Step s = a.dialbackAnswer(request(), m, QStringLiteral("stream-1"));
    if (correlates) {
        QCOMPARE(s.next, Next::Authenticated);
        QCOMPARE(s.verdict.value().what, QStringLiteral("dialback"));
        return;
    }
    QCOMPARE(s.next, Next::Nothing);
    QCOMPARE(s.verdict.value().what, QStringLiteral("dialback-unsolicited"));
    QCOMPARE(s.verdict.value().expected.text(),
             QStringLiteral("db:result from='b.example' to='a.example'"));
    QVERIFY(s.verdict.value().received.text().contains(type));
    QVERIFY2(s.note.english().contains(QStringLiteral("XEP-0220 §2.1, §3.1")),
             qPrintable(s.note.english()));
}

QTEST_GUILESS_MAIN(TestS2sAuthentication)
#include "tst_s2sauthentication.moc"
