// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/scram.h"

#include <QTest>

using namespace Inspector;

class TestScram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void wrongServerSignature();
    void foreignNonce();
    void usernameEscaping();
    void channelBindingHeader();
};

void TestScram::vectors_data()
{
    QTest::addColumn<int>("hash");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("c1");
    QTest::addColumn<QByteArray>("s1");
    QTest::addColumn<QByteArray>("c2");
    QTest::addColumn<QByteArray>("s2");
    // RFC 5802 §5
    QTest::newRow("rfc5802-sha1")
        << int(QCryptographicHash::Sha1) << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
        << QByteArray(
               "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    // RFC 7677 §3
    QTest::newRow("rfc7677-sha256")
        << int(QCryptographicHash::Sha256) << QByteArray("rOprNGfwEbeRWgbNEkqO")
        << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s="
                      "W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p="
                      "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
}

void TestScram::vectors()
{
    QFETCH(int, hash);
    QFETCH(QByteArray, nonce);
    ScramClient scram(QCryptographicHash::Algorithm(hash), QStringLiteral("user"),
                      QStringLiteral("pencil"));
    scram.setClientNonce(nonce);
    QTEST(scram.clientFirst(), "c1");
    QFETCH(QByteArray, s1);
    QByteArray c2;
    QVERIFY2(scram.serverFirst(s1, &c2), qPrintable(scram.error().english()));
    QTEST(c2, "c2");
    QFETCH(QByteArray, s2);
    QVERIFY2(scram.serverFinal(s2), qPrintable(scram.error().english()));
    QCOMPARE(scram.iterations(), 4096);
}

void TestScram::wrongServerSignature()
{
    ScramClient scram(QCryptographicHash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QByteArray c2;
    QVERIFY(scram.serverFirst(
        "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", &c2));
    QVERIFY(!scram.serverFinal("v=AAAApqV8S7suAoZWja4dJRkFsKQ="));
    QVERIFY(scram.error().english().contains(QLatin1String("signature")));
    QVERIFY(!scram.serverFinal("e=invalid-proof"));
    QVERIFY(scram.error().english().contains(QLatin1String("invalid-proof")));
}

void TestScram::foreignNonce()
{
    ScramClient scram(QCryptographicHash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("abc");
    scram.clientFirst();
    QByteArray c2;
    QVERIFY(!scram.serverFirst("r=xyzdef,s=QSXCR+Q6sek8bf92,i=4096", &c2));
    QVERIFY(!scram.serverFirst("garbage", &c2));
    QVERIFY(!scram.serverFirst("r=abcdef,s=QSXCR+Q6sek8bf92,i=0", &c2));
}

void TestScram::usernameEscaping()
{
    ScramClient scram(QCryptographicHash::Sha1, QStringLiteral("a,b=c"), QStringLiteral("p"));
    scram.setClientNonce("n");
    QCOMPARE(scram.clientFirst(), QByteArray("n,,n=a=2Cb=3Dc,r=n"));
}

void TestScram::channelBindingHeader()
{
    ScramClient plus(QCryptographicHash::Sha1, QStringLiteral("u"), QStringLiteral("p"),
                     ScramClient::Binding::ServerEndPoint, QByteArray(20, 'x'));
    plus.setClientNonce("n");
    QVERIFY(plus.clientFirst().startsWith("p=tls-server-end-point,,"));
    QByteArray c2;
    QVERIFY(plus.serverFirst("r=nX,s=QSXCR+Q6sek8bf92,i=4096", &c2));
    // c= carries the GS2 header and the binding data (RFC 5802 §7).
    QCOMPARE(QByteArray::fromBase64(c2.mid(2, c2.indexOf(',') - 2)),
             QByteArray("p=tls-server-end-point,,") + QByteArray(20, 'x'));
    ScramClient y(QCryptographicHash::Sha1, QStringLiteral("u"), QStringLiteral("p"),
                  ScramClient::Binding::NotOffered);
    QVERIFY(y.clientFirst().startsWith("y,,"));
    bool isPlus = false;
    QCryptographicHash::Algorithm h;
    QVERIFY(ScramClient::mechanismFor(QStringLiteral("SCRAM-SHA-256-PLUS"), &h, &isPlus));
    QVERIFY(isPlus);
    QCOMPARE(h, QCryptographicHash::Sha256);
    QVERIFY(!ScramClient::mechanismFor(QStringLiteral("PLAIN"), &h, &isPlus));
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
