// SPDX-License-Identifier: GPL-3.0-or-later
// inspector-test-slowpeer PORT: a deliberately slow XMPP server for the test federation, on
// 127.0.0.1:PORT. Every connection gets a stream header one byte at a time, a byte every
// 300 ms, and never more: a session must end on its own deadline, however long bytes keep
// coming. Runs until it is killed.
#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const uint port = argc == 2 ? QByteArray(argv[1]).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535) {
        std::fprintf(stderr, "usage: inspector-test-slowpeer PORT\n");
        return 2;
    }
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "slowpeer: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    static const QByteArray Header =
        "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
        "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
        "from='fed-slow.test' id='slow' version='1.0'>";
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, sent] {
                if (*sent < Header.size())
                    socket->write(Header.mid((*sent)++, 1));
                else
                    socket->write(" "); // whitespace: still bytes, never a step
            });
            timer->start(300);
        }
    });
    return app.exec();
}
