// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/jid.h"

#include <QTest>

using namespace Inspector;

class TestJid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void domainOnly_data();
    void domainOnly();
};

void TestJid::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");
    QTest::newRow("domain") << "Example.ORG" << true << ""
                            << "example.org"
                            << "";
    QTest::newRow("bare") << "juliet@example.com" << true << "juliet"
                          << "example.com"
                          << "";
    QTest::newRow("full") << "juliet@example.com/balcony/2" << true << "juliet"
                          << "example.com"
                          << "balcony/2";
    QTest::newRow("resource-with-at") << "example.com/a@b" << true << ""
                                      << "example.com"
                                      << "a@b";
    QTest::newRow("trailing-dot") << "example.com." << true << ""
                                  << "example.com"
                                  << "";
    QTest::newRow("ipv4") << "127.0.0.1" << true << ""
                          << "127.0.0.1"
                          << "";
    QTest::newRow("ipv6") << "[::1]" << true << ""
                          << "[::1]"
                          << "";
    QTest::newRow("unicode") << QString::fromUtf8("\xc3\xa9x.example") << true << ""
                             << QString::fromUtf8("\xc3\xa9x.example") << "";
    QTest::newRow("empty") << "" << false << ""
                           << ""
                           << "";
    QTest::newRow("empty-local") << "@example.com" << false << ""
                                 << ""
                                 << "";
    QTest::newRow("empty-resource") << "a@example.com/" << false << ""
                                    << ""
                                    << "";
    QTest::newRow("bad-local-char") << "a:b@example.com" << false << ""
                                    << ""
                                    << "";
    QTest::newRow("space-in-domain") << "exa mple.com" << false << ""
                                     << ""
                                     << "";
    QTest::newRow("double-dot") << "example..com" << false << ""
                                << ""
                                << "";
    QTest::newRow("long-label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << false
                                << ""
                                << ""
                                << "";
    QTest::newRow("bad-ipv6") << "[nope]" << false << ""
                              << ""
                              << "";
    QTest::newRow("hyphen") << "-a.example" << false << ""
                            << ""
                            << "";
    QTest::newRow("long-local") << QString(1024, QLatin1Char('a')) + QStringLiteral("@x.org")
                                << false << ""
                                << ""
                                << "";
}

void TestJid::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const Jid j = Jid::parse(input);
    QCOMPARE(j.isValid(), valid);
    if (!valid) {
        QVERIFY(!j.error().isEmpty());
        return;
    }
    QTEST(j.local(), "local");
    QTEST(j.domainPart(), "domain");
    QTEST(j.resource(), "resource");
}

void TestJid::domainOnly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("domain") << "a.localhost" << true;
    QTest::newRow("with-local") << "user@a.localhost" << false;
    QTest::newRow("with-resource") << "a.localhost/res" << false;
}

void TestJid::domainOnly()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(Jid::domain(input).isValid(), valid);
}

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
