// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/acceptor.h"
#include "session/inbounds2s.h"

#include <QList>
#include <QPointer>

namespace Inspector {

class EventLog;

/**
 * Accepts inbound server-to-server connections on one address (an Acceptor, TCP unless another
 * is given; TLS is started per connection, for STARTTLS as for direct TLS) and gives each an
 * InboundS2s. Accepting is
 * bounded: past maxConnections live connections, new ones are closed at once and noted (the
 * first one at once, the others together once a slot frees or the listener stops).
 */
class S2sListener : public QObject
{
    Q_OBJECT
public:
    /// `acceptor` empty: a TCP port (TcpAcceptor).
    S2sListener(EventLog *log, const InboundS2sConfig &config, QObject *parent = nullptr,
                const AcceptorFactory &acceptor = {});

    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const { return m_acceptor->isListening(); }
    QHostAddress serverAddress() const { return m_acceptor->serverAddress(); }
    quint16 serverPort() const { return m_acceptor->serverPort(); }
    QString errorString() const { return m_acceptor->errorString(); }
    /// Stops accepting; the connections accepted are not affected.
    void close() { m_acceptor->close(); }
    /// Takes over one new connection (the acceptor's): its socket descriptor, or the factory
    /// of its transport. Refused past the limit; false when refused or not attached.
    bool adopt(qintptr socketDescriptor, const TransportFactory &transport = {});

    int acceptedCount() const { return m_accepted; }
    int verifyRequestsAnswered() const;
    /// The connections not finished yet (finished ones are deleted once their end is told).
    QList<InboundS2s *> connections() const;
    /// Closes every live connection gracefully (and notes the refusals not noted yet).
    void stopAll();
    bool allFinished() const;

Q_SIGNALS:
    void connectionAccepted(Inspector::InboundS2s *connection);
    void connectionFinished(Inspector::InboundS2s *connection);

private:
    void refuse(qintptr socketDescriptor, const TransportFactory &transport);
    void noteRefusals();
    void note(const Phrase &text);

    EventLog *m_log;
    InboundS2sConfig m_config;
    Acceptor *m_acceptor;
    QList<QPointer<InboundS2s>> m_connections;
    static constexpr int MaxConnections = 32; // live inbound connections at once
    int m_accepted = 0;
    int m_refusedUnnoted = 0; // refusals since the limit was last reached, the first noted
    int m_verifyAnsweredByFinished = 0;
};

} // namespace Inspector
