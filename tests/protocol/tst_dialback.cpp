// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsehelper.h"
#include "protocol/dialback.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Inspector;

class TestDialback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyVectors_data();
    void keyVectors();
    void rawDigestKeyIsNotTheKey();
    void prosodyKeyFromItsSecret();
    void keysEqual();
    void parseRequestsAndAnswers();
    void parseErrors_data();
    void parseErrors();
    void roundTrip();
};

void TestDialback::keyVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("receiving");
    QTest::addColumn<QString>("originating");
    QTest::addColumn<QString>("streamId");
    QTest::addColumn<QString>("expected");
    // XEP-0185 §3
    QTest::newRow("xep0185") << QByteArray("s3cr3tf0rd14lb4ck") << "xmpp.example.com"
                             << "example.org"
                             << "D60000229F"
                             << "37c69b1cf07a3f67c04a5ef5902fa5114f2c76fe4a2686482ba5b89323075643";
    // XEP-0220 §2.1.1
    QTest::newRow("xep0220-2.1.1")
        << QByteArray("s3cr3tf0rd14lb4ck") << "montague.example"
        << "capulet.example"
        << "D60000229F"
        << "b4835385f37fe2895af6c196b59097b16862406db80559900d96bf6fa7d23df3";
    // XEP-0220 §2.2.2
    QTest::newRow("xep0220-2.2.2")
        << QByteArray("d14lb4ck43v3r") << "capulet.example"
        << "montague.example"
        << "417GAF25"
        << "225cc5aa6a071133249d25fef42ae516fc7a86c523aa1c6980a7f73e784c972d";
}

void TestDialback::keyVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, receiving);
    QFETCH(QString, originating);
    QFETCH(QString, streamId);
    QTEST(Dialback::key(secret, receiving, originating, streamId), "expected");
}

void TestDialback::rawDigestKeyIsNotTheKey()
{
    // Keying the HMAC with the raw 32-byte digest gives 4530485c…017f: the wrong answer.
    const QString k = Dialback::key("s3cr3tf0rd14lb4ck", QStringLiteral("xmpp.example.com"),
                                    QStringLiteral("example.org"), QStringLiteral("D60000229F"));
    QVERIFY(!k.startsWith(QLatin1String("4530485c")));
}

void TestDialback::prosodyKeyFromItsSecret()
{
    // Captured: Prosody (dialback_secret "inspector-test-secret") sent this db:result from
    // a.localhost to inspector.test on a stream whose id we had sent.
    QCOMPARE(Dialback::key("inspector-test-secret", QStringLiteral("inspector.test"),
                           QStringLiteral("a.localhost"),
                           QStringLiteral("909d4539ce82465b91b17a37c66e7a99")),
             QStringLiteral("abcc90a57eb4c3ad946cfc745b7ef56a75a4fc6a8a3dd03a03778de50f3e6613"));
}

void TestDialback::keysEqual()
{
    QVERIFY(Dialback::keysEqual(QStringLiteral("abc"), QStringLiteral("abc")));
    QVERIFY(!Dialback::keysEqual(QStringLiteral("abc"), QStringLiteral("abd")));
    QVERIFY(!Dialback::keysEqual(QStringLiteral("abc"), QStringLiteral("abcd")));
}

void TestDialback::parseRequestsAndAnswers()
{
    const QVector<ElementPtr> els = Test::topLevelElements(Test::inStream(
        "<db:result from='inspector.test' to='a.localhost'>3b92</db:result>"
        "<db:verify to='inspector.test' from='a.localhost' type='valid' "
        "id='69db07d8'>3b92</db:verify>"
        "<db:result to='inspector.test' from='a.localhost' type='invalid' id='b0de'/>"));
    QCOMPARE(els.size(), 3);
    const auto r = Dialback::Message::fromElement(*els[0]);
    QVERIFY(Dialback::Message::isDialback(*els[0]));
    QCOMPARE(r.kind, Dialback::Message::Kind::Result);
    QVERIFY(r.isRequest());
    QCOMPARE(r.key, QStringLiteral("3b92"));
    const auto v = Dialback::Message::fromElement(*els[1]);
    QCOMPARE(v.kind, Dialback::Message::Kind::Verify);
    QCOMPARE(v.type, QStringLiteral("valid"));
    QCOMPARE(v.id, QStringLiteral("69db07d8"));
    QCOMPARE(Dialback::Message::fromElement(*els[2]).type, QStringLiteral("invalid"));
}

void TestDialback::parseErrors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("type");
    // XEP-0220 §2.5, plus remote-connection-failed, which that section lists although RFC 6120
    // defines it only as a stream error.
    QTest::newRow("item-not-found") << "item-not-found"
                                    << "cancel";
    QTest::newRow("remote-connection-failed") << "remote-connection-failed"
                                              << "cancel";
    QTest::newRow("remote-server-not-found") << "remote-server-not-found"
                                             << "cancel";
    QTest::newRow("remote-server-timeout") << "remote-server-timeout"
                                           << "wait";
    QTest::newRow("policy-violation") << "policy-violation"
                                      << "modify";
    QTest::newRow("not-allowed") << "not-allowed"
                                 << "cancel";
    QTest::newRow("internal-server-error") << "internal-server-error"
                                           << "cancel";
}

void TestDialback::parseErrors()
{
    QFETCH(QString, condition);
    QFETCH(QString, type);
    const QByteArray xml =
        QStringLiteral("<db:result from='a.localhost' to='inspector.test' type='error'>"
                       "<error type='%1'><%2 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
                       "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Connection failed</text>"
                       "</error></db:result>")
            .arg(type, condition)
            .toUtf8();
    const QVector<ElementPtr> els = Test::topLevelElements(Test::inStream(xml));
    QCOMPARE(els.size(), 1);
    const auto m = Dialback::Message::fromElement(*els[0]);
    QCOMPARE(m.type, QStringLiteral("error"));
    QCOMPARE(m.error.condition, condition);
    QCOMPARE(m.error.type, type);
    QCOMPARE(m.error.text, QStringLiteral("Connection failed"));
    QCOMPARE(m.error.knownCondition, condition != QLatin1String("remote-connection-failed"));
}

void TestDialback::roundTrip()
{
    Dialback::Message m;
    m.kind = Dialback::Message::Kind::Verify;
    m.from = QStringLiteral("inspector.test");
    m.to = QStringLiteral("a.localhost");
    m.id = QStringLiteral("abc");
    m.key = QStringLiteral("0123");
    const Element e = m.toElement();
    QVERIFY(e.is(Ns::Dialback, u"verify"));
    const auto back = Dialback::Message::fromElement(e);
    QCOMPARE(back.from, m.from);
    QCOMPARE(back.id, m.id);
    QCOMPARE(back.key, m.key);
}

QTEST_GUILESS_MAIN(TestDialback)
#include "tst_dialback.moc"
