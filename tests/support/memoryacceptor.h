// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorytransport.h"
#include "net/acceptor.h"

#include <QPointer>

namespace Inspector::Test {

/**
 * An acceptor without a socket: listen() takes the address as given (port 0 becomes 5269,
 * nothing is bound), and a test connects to it with connectFrom(), then drives its own end of
 * the connection like any MemoryTransport.
 */
class MemoryAcceptor : public Acceptor
{
public:
    using Acceptor::Acceptor;

    /// A factory for a listener's options; `made` points to the acceptor once it is made.
    static AcceptorFactory factory(QPointer<MemoryAcceptor> *made)
    {
        return [made](QObject *parent) {
            auto *acceptor = new MemoryAcceptor(parent);
            *made = acceptor;
            return acceptor;
        };
    }

    bool listen(const QHostAddress &address, quint16 port) override
    {
        m_address = address;
        m_port = port ? port : 5269;
        m_listening = true;
        return true;
    }
    bool isListening() const override { return m_listening; }
    QHostAddress serverAddress() const override { return m_address; }
    quint16 serverPort() const override { return m_port; }
    QString errorString() const override { return {}; }
    void close() override { m_listening = false; }

    /// A connection from `peer` (the test's end), as a remote server's connect makes one; in a
    /// handshake it presents `presented`. False when nothing listens.
    bool connectFrom(MemoryTransport *peer, const QList<QSslCertificate> &presented = {})
    {
        if (!m_listening)
            return false;
        Q_EMIT incoming(0, MemoryTransport::factory(peer, presented));
        return true;
    }

private:
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_listening = false;
};

} // namespace Inspector::Test
