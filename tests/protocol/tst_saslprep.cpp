// SPDX-License-Identifier: GPL-3.0-or-later
// SASLprep (RFC 4013): the examples of RFC 4013 §3, and what a client meets in practice.
#include "protocol/saslprep.h"

#include <QTest>

using namespace Inspector;

class TestSaslPrep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
};

void TestSaslPrep::knownAnswers_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("out");
    // RFC 4013 §3, in its order.
    QTest::newRow("1 soft hyphen mapped to nothing") << QStringLiteral("I\u00ADX") << true << "IX";
    QTest::newRow("2 no transformation") << "user" << true << "user";
    QTest::newRow("3 case preserved") << "USER" << true << "USER";
    QTest::newRow("4 NFKC: feminine ordinal") << QStringLiteral("\u00AA") << true << "a";
    QTest::newRow("5 NFKC: roman numeral nine") << QStringLiteral("\u2168") << true << "IX";
    QTest::newRow("6 prohibited: BELL") << QStringLiteral("\u0007") << false << QString();
    QTest::newRow("7 bidi: RandALCat then a digit")
        << QStringLiteral("\u0627\u0031") << false << QString();
    // RFC 4013 §2.1: non-ASCII spaces map to SPACE; an accented name is left composed.
    QTest::newRow("no-break space") << QStringLiteral("a\u00A0b") << true << "a b";
    QTest::newRow("composed") << QStringLiteral("pa\u0301ss") << true
                              << QStringLiteral("p\u00E1ss");
    QTest::newRow("all right-to-left")
        << QStringLiteral("\u0627\u0628") << true << QStringLiteral("\u0627\u0628");
}

void TestSaslPrep::knownAnswers()
{
    QFETCH(QString, in);
    QFETCH(bool, ok);
    QFETCH(QString, out);
    QString prepared;
    Phrase error;
    QCOMPARE(SaslPrep::prepare(in, &prepared, &error), ok);
    if (ok) {
        QCOMPARE(prepared, out);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSaslPrep)
#include "tst_saslprep.moc"
