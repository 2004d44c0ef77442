// SPDX-License-Identifier: GPL-3.0-or-later
// The socket transport keeps the Transport contract where QSslSocket alone would not: a close
// while the connection is still being made gives the attempt up and reports closed(), never
// connected() after it (a role that stopped would otherwise write its stream header).
#include "net/sockettransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Inspector;

class TestSocketTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closeWhileConnectingGivesTheAttemptUp_data();
    void closeWhileConnectingGivesTheAttemptUp();
};

void TestSocketTransport::closeWhileConnectingGivesTheAttemptUp_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("while looking the name up") << QStringLiteral("localhost");
    QTest::newRow("while connecting") << QStringLiteral("127.0.0.1");
}

void TestSocketTransport::closeWhileConnectingGivesTheAttemptUp()
{
    QFETCH(QString, host);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    SocketTransport t;
    QSignalSpy connected(&t, &Transport::connected);
    QSignalSpy closed(&t, &Transport::closed);
    t.connectToHost(host, server.serverPort(), false, TlsOptions());
    t.close();
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.size(), 1);
    // Had the attempt gone on, its connected() would come with the socket events of this turn
    // or the next: a second connection made through the same loop and seen connected proves
    // those turns have passed.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(probe.state() == QAbstractSocket::ConnectedState, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
    QVERIFY(connected.isEmpty());
    QVERIFY(!t.isOpen());
}

QTEST_GUILESS_MAIN(TestSocketTransport)
#include "tst_sockettransport.moc"
