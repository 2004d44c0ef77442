// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsehelper.h"
#include "protocol/streamerror.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Inspector;

namespace {
ElementPtr firstElement(const QByteArray &captured)
{
    const QVector<ElementPtr> els = Test::topLevelElements(Test::inStream(captured));
    return els.value(0);
}
} // namespace

class TestStreamError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDefinedCondition_data();
    void everyDefinedCondition();
    void prosodyHostUnknown();
    void ejabberdTextWithEntities();
    void applicationSpecific();
    void seeOtherHost();
    void unknownCondition();
    void stanzaErrors_data();
    void stanzaErrors();
};

void TestStreamError::everyDefinedCondition_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("section");
    const QStringList all = StreamError::definedConditions();
    QCOMPARE(all.size(), 25);
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i])) << all[i] << i + 1;
}

void TestStreamError::everyDefinedCondition()
{
    QFETCH(QString, condition);
    QFETCH(int, section);
    const ElementPtr e = firstElement(
        QStringLiteral("<stream:error><%1 xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                       "</stream:error>")
            .arg(condition)
            .toUtf8());
    QVERIFY(e);
    const StreamError se = StreamError::fromElement(*e);
    QCOMPARE(se.condition, condition);
    QVERIFY(se.knownCondition);
    QCOMPARE(StreamError::section(condition), QStringLiteral("RFC 6120 §4.9.3.%1").arg(section));
    QVERIFY(!StreamError::explanation(condition).isEmpty());
}

void TestStreamError::prosodyHostUnknown()
{
    const ElementPtr e = firstElement(
        "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
        "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>This host does not serve nosuch.example"
        "</text></stream:error>");
    const StreamError se = StreamError::fromElement(*e);
    QCOMPARE(se.condition, QStringLiteral("host-unknown"));
    QCOMPARE(se.text, QStringLiteral("This host does not serve nosuch.example"));
    const QJsonObject j = se.toJson();
    QCOMPARE(j.value(QStringLiteral("condition")).toString(), QStringLiteral("host-unknown"));
    QCOMPARE(j.value(QStringLiteral("spec")).toString(), QStringLiteral("RFC 6120 §4.9.3.6"));
}

void TestStreamError::ejabberdTextWithEntities()
{
    const ElementPtr e = firstElement(
        "<stream:error><invalid-xml xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
        "xml:lang='en' xmlns='urn:ietf:params:xml:ns:xmpp-streams'>Unknown tag "
        "&lt;stream:stream/&gt; qualified by namespace &apos;jabber:bogus&apos;</text>"
        "</stream:error>");
    const StreamError se = StreamError::fromElement(*e);
    QCOMPARE(se.condition, QStringLiteral("invalid-xml"));
    QCOMPARE(se.textLang, QStringLiteral("en"));
    QCOMPARE(se.text, QStringLiteral("Unknown tag <stream:stream/> qualified by namespace "
                                     "'jabber:bogus'"));
}

void TestStreamError::applicationSpecific()
{
    const ElementPtr e =
        firstElement("<stream:error><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                     "<stanza-too-big xmlns='urn:xmpp:errors'/></stream:error>");
    const StreamError se = StreamError::fromElement(*e);
    QCOMPARE(se.condition, QStringLiteral("policy-violation"));
    QCOMPARE(se.appNamespace, Ns::XmppErrors);
    QCOMPARE(se.appCondition, QStringLiteral("stanza-too-big"));
}

void TestStreamError::seeOtherHost()
{
    const ElementPtr e =
        firstElement("<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                     "[2001:db8::1]:5269</see-other-host></stream:error>");
    const StreamError se = StreamError::fromElement(*e);
    QCOMPARE(se.condition, QStringLiteral("see-other-host"));
    QCOMPARE(se.seeOtherHost, QStringLiteral("[2001:db8::1]:5269"));
}

void TestStreamError::unknownCondition()
{
    const ElementPtr e = firstElement(
        "<stream:error><made-up xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>");
    const StreamError se = StreamError::fromElement(*e);
    QCOMPARE(se.condition, QStringLiteral("made-up"));
    QVERIFY(!se.knownCondition);
    const ElementPtr empty = firstElement("<stream:error/>");
    QCOMPARE(StreamError::fromElement(*empty).condition, QStringLiteral("undefined-condition"));
}

void TestStreamError::stanzaErrors_data()
{
    QTest::addColumn<QString>("condition");
    const QStringList all = StanzaError::definedConditions();
    QCOMPARE(all.size(), 22);
    for (const QString &c : all)
        QTest::newRow(qPrintable(c)) << c;
}

void TestStreamError::stanzaErrors()
{
    QFETCH(QString, condition);
    const ElementPtr iq = firstElement(
        QStringLiteral("<iq type='error' id='p1' from='a.localhost' to='inspector.test'>"
                       "<error type='cancel' by='a.localhost'><%1 "
                       "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
                       "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>why</text></error></iq>")
            .arg(condition)
            .toUtf8());
    const ElementPtr error = iq->firstChild(Ns::Server, u"error");
    QVERIFY(error);
    const StanzaError se = StanzaError::fromElement(*error);
    QCOMPARE(se.condition, condition);
    QCOMPARE(se.type, QStringLiteral("cancel"));
    QCOMPARE(se.by, QStringLiteral("a.localhost"));
    QCOMPARE(se.text, QStringLiteral("why"));
    QVERIFY(se.knownCondition);
}

QTEST_GUILESS_MAIN(TestStreamError)
#include "tst_streamerror.moc"
