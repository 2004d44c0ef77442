// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0115 §5: the verification string and the ver hash computed from a disco#info answer.
#include "protocol/caps.h"
#include "xml/fragment.h"

#include <QTest>

using namespace Inspector;

namespace {
/// The <query/> of a disco#info answer given as text.
ElementPtr query(const QByteArray &xml)
{
    QString error;
    QVector<ElementPtr> parsed;
    if (!Fragment::parse(xml, QStringLiteral("jabber:client"), &parsed, &error))
        qWarning() << error;
    return parsed.isEmpty() ? ElementPtr() : parsed.first();
}

const QByteArray Simple =
    "<query xmlns='http://jabber.org/protocol/disco#info' node='http://code.google.com/p/"
    "exodus#QgayPKawpkPSDYmwT/WM94uAlu0='><identity category='client' name='Exodus 0.9.1' "
    "type='pc'/><feature var='http://jabber.org/protocol/caps'/><feature "
    "var='http://jabber.org/protocol/disco#info'/><feature "
    "var='http://jabber.org/protocol/disco#items'/><feature "
    "var='http://jabber.org/protocol/muc'/></query>";
} // namespace

class TestCaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simpleExample();
    void orderDoesNotMatter();
    void formsSortedByFormType();
    void unknownHashFunction();
    void prefixSortsFirst();
    void illFormed_data();
    void illFormed();
};

void TestCaps::simpleExample()
{
    // XEP-0115 §5.2, the simple generation example.
    const ElementPtr q = query(Simple);
    QVERIFY(q);
    const QString s = Caps::verificationString(*q);
    QCOMPARE(s, QStringLiteral("client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<"
                               "http://jabber.org/protocol/disco#info<"
                               "http://jabber.org/protocol/disco#items<"
                               "http://jabber.org/protocol/muc<"));
    QCOMPARE(Caps::ver(s, QStringLiteral("sha-1")), QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="));
}

void TestCaps::orderDoesNotMatter()
{
    // The same features in another order hash the same; one feature more does not.
    QByteArray shuffled = Simple;
    shuffled.replace("<feature var='http://jabber.org/protocol/caps'/>", "");
    shuffled.replace("</query>", "<feature var='http://jabber.org/protocol/caps'/></query>");
    QCOMPARE(Caps::verificationString(*query(shuffled)), Caps::verificationString(*query(Simple)));
    QByteArray more = Simple;
    more.replace("</query>", "<feature var='urn:xmpp:ping'/></query>");
    QVERIFY(Caps::ver(Caps::verificationString(*query(more)), QStringLiteral("sha-1")) !=
            QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="));
}

void TestCaps::formsSortedByFormType()
{
    const QByteArray a = "<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' "
                         "type='hidden'><value>urn:a</value></field><field var='b'><value>2</value>"
                         "<value>1</value></field></x>";
    const QByteArray b = "<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' "
                         "type='hidden'><value>urn:b</value></field><field var='a'><value>x</value>"
                         "</field></x>";
    const QByteArray head = "<query xmlns='http://jabber.org/protocol/disco#info'><identity "
                            "category='server' type='im'/>";
    const QString ab = Caps::verificationString(*query(head + a + b + "</query>"));
    QCOMPARE(ab, Caps::verificationString(*query(head + b + a + "</query>")));
    // §5.1 steps 6-7: FORM_TYPE, then each field with its values sorted.
    QCOMPARE(ab, QStringLiteral("server/im//<urn:a<b<1<2<urn:b<a<x<"));
}

void TestCaps::unknownHashFunction()
{
    QVERIFY(!Caps::ver(QStringLiteral("x<"), QStringLiteral("sha3-256-made-up")));
    QVERIFY(Caps::ver(QStringLiteral("x<"), QStringLiteral("SHA-256")));
}

void TestCaps::prefixSortsFirst()
{
    // §5.1: the bare strings are sorted, then each gets its '<': "mam:2" before
    // "mam:2#extended" ('<' would sort after '#').
    const ElementPtr q = query("<query xmlns='http://jabber.org/protocol/disco#info'><identity "
                               "category='server' type='im' name='S'/><feature "
                               "var='urn:xmpp:mam:2#extended'/><feature var='urn:xmpp:mam:2'/>"
                               "</query>");
    QCOMPARE(Caps::verificationString(*q),
             QStringLiteral("server/im//S<urn:xmpp:mam:2<urn:xmpp:mam:2#extended<"));
}

void TestCaps::illFormed_data()
{
    QTest::addColumn<QByteArray>("inside");
    QTest::addColumn<bool>("ill");
    QTest::newRow("a feature twice") << QByteArray("<feature var='a'/><feature var='a'/>") << true;
    QTest::newRow("an identity twice")
        << QByteArray("<identity category='server' type='im'/><identity category='server' "
                      "type='im'/>")
        << true;
    QTest::newRow("two FORM_TYPE values")
        << QByteArray("<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE'><value>a"
                      "</value><value>b</value></field></x>")
        << true;
    QTest::newRow("two forms of a type")
        << QByteArray("<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE'><value>a"
                      "</value></field></x><x xmlns='jabber:x:data' type='result'><field "
                      "var='FORM_TYPE'><value>a</value></field></x>")
        << true;
    QTest::newRow("well formed") << QByteArray("<feature var='a'/><feature var='b'/>") << false;
}

void TestCaps::illFormed()
{
    QFETCH(QByteArray, inside);
    QFETCH(bool, ill);
    const ElementPtr q =
        query("<query xmlns='http://jabber.org/protocol/disco#info'>" + inside + "</query>");
    QVERIFY(q);
    QCOMPARE(!Caps::illFormed(*q).isEmpty(), ill);
    if (ill) // the reason, in English where no translation is loaded
        QVERIFY(!Caps::illFormed(*q).english().isEmpty());
}

QTEST_GUILESS_MAIN(TestCaps)
#include "tst_caps.moc"
