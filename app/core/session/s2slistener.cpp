// SPDX-License-Identifier: GPL-3.0-or-later
#include "s2slistener.h"

#include "facts/eventfacts.h"

#include "trace/eventlog.h"

#include <QTcpSocket>

namespace Inspector {

S2sListener::S2sListener(EventLog *log, const InboundS2sConfig &config, QObject *parent,
                         const AcceptorFactory &acceptor)
    : QObject(parent)
    , m_log(log)
    , m_config(config)
    , m_acceptor(acceptor ? acceptor(this) : new TcpAcceptor(this))
{
    connect(
        m_acceptor, &Acceptor::incoming, this,
        [this](qintptr handle, const TransportFactory &transport) { adopt(handle, transport); });
}

bool S2sListener::listen(const QHostAddress &address, quint16 port)
{
    return m_acceptor->listen(address, port);
}

bool S2sListener::adopt(qintptr handle, const TransportFactory &transport)
{
    int live = 0;
    for (const auto &c : std::as_const(m_connections))
        live += (c && !c->isFinished()) ? 1 : 0;
    if (live >= MaxConnections) {
        refuse(handle, transport);
        return false;
    }
    noteRefusals();
    InboundS2sConfig config = m_config;
    if (transport)
        config.transport = transport;
    auto *connection = new InboundS2s(m_log, config, this);
    if (!connection->accept(handle)) {
        delete connection;
        return false;
    }
    ++m_accepted;
    m_connections.append(connection);
    connect(connection, &InboundS2s::finished, this, [this, connection] {
        Q_EMIT connectionFinished(connection);
        // Its events are in the log; the object (socket, TLS state, parser) would otherwise
        // stay until the listener goes, some 60 KiB for each connection ever accepted.
        m_verifyAnsweredByFinished += connection->verifyRequestsAnswered();
        m_connections.removeAll(connection);
        connection->deleteLater();
    });
    Q_EMIT connectionAccepted(connection);
    return true;
}

void S2sListener::refuse(qintptr handle, const TransportFactory &transport)
{
    QString peer;
    if (transport) {
        Transport *refused = transport(this);
        refused->attach(handle, false, TlsOptions());
        peer = refused->peerAddress();
        refused->abort();
        refused->deleteLater();
    } else {
        QTcpSocket refused;
        refused.setSocketDescriptor(handle);
        peer = refused.peerAddress().toString();
        refused.abort();
    }
    // A flood must not flood the log: the first refusal at the limit is noted, the others are
    // counted and noted together once the limit is no longer reached.
    if (m_refusedUnnoted++ == 0) {
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("Refused an inbound connection from %1: %2 connections are "
                                   "already open (the limit)."),
                        {peer, QString::number(MaxConnections)}));
    }
}

int S2sListener::verifyRequestsAnswered() const
{
    int n = m_verifyAnsweredByFinished;
    for (const auto &c : m_connections)
        n += c ? c->verifyRequestsAnswered() : 0;
    return n;
}

QList<InboundS2s *> S2sListener::connections() const
{
    QList<InboundS2s *> out;
    for (const auto &c : m_connections) {
        if (c)
            out.append(c);
    }
    return out;
}

void S2sListener::stopAll()
{
    noteRefusals();
    for (InboundS2s *c : connections())
        c->stop();
}

void S2sListener::noteRefusals()
{
    if (m_refusedUnnoted > 1) {
        note(Phrase::of(staticMetaObject,
                        QT_TR_N_NOOP("Refused %n more inbound connection(s) while %1 were open "
                                     "(the limit)."),
                        {QString::number(MaxConnections)}, m_refusedUnnoted - 1));
    }
    m_refusedUnnoted = 0;
}

void S2sListener::note(const Phrase &text)
{
    Event e;
    e.kind = EventKind::Note;
    e.payload = NoteEventFact(text);
    m_log->append(std::move(e));
}

bool S2sListener::allFinished() const
{
    for (const auto &c : m_connections) {
        if (c && !c->isFinished())
            return false;
    }
    return true;
}

} // namespace Inspector
