// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog.h"

#include <QDateTime>

namespace Inspector {

EventLog::EventLog(QObject *parent)
    : QObject(parent)
    , m_startWallMs(QDateTime::currentMSecsSinceEpoch())
{
    m_clock.start();
}

int EventLog::append(Event event)
{
    event.monotonicNs = m_clock.nsecsElapsed();
    event.wallMs = m_startWallMs + event.monotonicNs / 1000000;
    m_events.append(std::move(event));
    const int index = m_events.size() - 1;
    Q_EMIT eventAppended(index);
    return index;
}

int EventLog::appendRecorded(Event event)
{
    m_events.append(std::move(event));
    const int index = m_events.size() - 1;
    Q_EMIT eventAppended(index);
    return index;
}

void EventLog::restoreConnection(const ConnectionInfo &info)
{
    if (info.id < 1)
        return;
    while (m_connections.size() < info.id) {
        ConnectionInfo placeholder;
        placeholder.id = m_connections.size() + 1;
        m_connections.append(placeholder);
    }
    m_connections[info.id - 1] = info;
    Q_EMIT connectionChanged(info.id);
}

int EventLog::addConnection(const QString &role, const QString &label, const QString &localDomain,
                            const QString &remoteDomain)
{
    ConnectionInfo info;
    info.localDomain = localDomain;
    info.remoteDomain = remoteDomain;
    info.id = m_connections.size() + 1;
    info.role = role;
    info.label = label;
    m_connections.append(info);
    Q_EMIT connectionChanged(info.id);
    return info.id;
}

void EventLog::updateConnection(const ConnectionInfo &info)
{
    if (info.id < 1 || info.id > m_connections.size())
        return;
    m_connections[info.id - 1] = info;
    Q_EMIT connectionChanged(info.id);
}

const ConnectionInfo *EventLog::connection(int id) const
{
    if (id < 1 || id > m_connections.size())
        return nullptr;
    return &m_connections.at(id - 1);
}

} // namespace Inspector

namespace Inspector {

int EventLog::otherEnd(int id) const
{
    const ConnectionInfo *c = connection(id);
    if (!c || c->peerAddress.isEmpty())
        return 0;
    for (const ConnectionInfo &o : m_connections) {
        if (o.id != id && o.localAddress == c->peerAddress && o.peerAddress == c->localAddress)
            return o.id;
    }
    return 0;
}

} // namespace Inspector
