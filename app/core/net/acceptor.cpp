// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptor.h"

#include <QTcpServer>

namespace Inspector {

namespace {
/// Hands each accepted descriptor on instead of queueing a QTcpSocket for it.
class DescriptorServer : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr handle) override { m_onIncoming(handle); }

private:
    std::function<void(qintptr)> m_onIncoming;
};
} // namespace

TcpAcceptor::TcpAcceptor(QObject *parent)
    : Acceptor(parent)
    , m_server(new DescriptorServer([this](qintptr handle) { Q_EMIT incoming(handle, {}); }, this))
{}

bool TcpAcceptor::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

bool TcpAcceptor::isListening() const
{
    return m_server->isListening();
}

QHostAddress TcpAcceptor::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 TcpAcceptor::serverPort() const
{
    return m_server->serverPort();
}

QString TcpAcceptor::errorString() const
{
    return m_server->errorString();
}

void TcpAcceptor::close()
{
    m_server->close();
}

} // namespace Inspector
