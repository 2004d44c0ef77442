// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/inbounds2s.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>

namespace Inspector {

class EventLog;

/**
 * Accepts inbound server-to-server connections on one address (QTcpServer; TLS is started per
 * connection, for STARTTLS as for direct TLS) and gives each an InboundS2s. Accepting is
 * bounded: past maxConnections live connections, new ones are closed at once and noted (the
 * first one at once, the others together once a slot frees or the listener stops).
 */
class S2sListener : public QTcpServer
{
    Q_OBJECT
public:
    S2sListener(EventLog *log, const InboundS2sConfig &config, QObject *parent = nullptr);

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

protected:
    void incomingConnection(qintptr handle) override;

private:
    void noteRefusals();
    void note(const QString &text);

    EventLog *m_log;
    InboundS2sConfig m_config;
    QList<QPointer<InboundS2s>> m_connections;
    static constexpr int MaxConnections = 32; // live inbound connections at once
    int m_accepted = 0;
    int m_refusedUnnoted = 0; // refusals since the limit was last reached, the first noted
    int m_verifyAnsweredByFinished = 0;
};

} // namespace Inspector
