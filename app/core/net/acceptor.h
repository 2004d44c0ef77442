// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace Inspector {

/**
 * Where a server's inbound connections come from: a bound TCP port (TcpAcceptor), or
 * connections made in process (tests of the roles' state machines). Each new connection is
 * announced with its socket descriptor and, when it is not a socket, the factory of its
 * transport (InboundS2sConfig::transport).
 */
class Acceptor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool listen(const QHostAddress &address, quint16 port) = 0;
    virtual bool isListening() const = 0;
    virtual QHostAddress serverAddress() const = 0;
    /// The port listened on (the one chosen when 0 was asked for).
    virtual quint16 serverPort() const = 0;
    virtual QString errorString() const = 0;
    /// Stops accepting; connections accepted before are not affected.
    virtual void close() = 0;

Q_SIGNALS:
    /// `transport` empty: `socketDescriptor` is an accepted TCP connection.
    void incoming(qintptr socketDescriptor, const Inspector::TransportFactory &transport);
};

/// Makes a listener's acceptor, owned by `parent`; empty: a TcpAcceptor.
using AcceptorFactory = std::function<Acceptor *(QObject *parent)>;

/// A listening TCP socket (QTcpServer): each connection is handed on as its descriptor.
class TcpAcceptor : public Acceptor
{
    Q_OBJECT
public:
    explicit TcpAcceptor(QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port) override;
    bool isListening() const override;
    QHostAddress serverAddress() const override;
    quint16 serverPort() const override;
    QString errorString() const override;
    void close() override;

private:
    QTcpServer *m_server;
};

} // namespace Inspector
