// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog.h"

#include "xml/namespaces.h"
#include "xml/streamparser.h"

#include <QDateTime>

#include <algorithm>

namespace Inspector {

EventLog::~EventLog() = default;

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
    return stored(std::move(event));
}

int EventLog::stored(Event event)
{
    m_events.append(std::move(event));
    const int index = m_events.size() - 1;
    if (m_events.at(index).kind == EventKind::StreamHeader)
        m_headers[streamKey(m_events.at(index))].append(index);
    if (index >= TreeWindow)
        retireTree(index - TreeWindow);
    Q_EMIT eventAppended(index);
    return index;
}

void EventLog::retireTree(int index)
{
    // Read first: writing detaches the chunk when it is shared with a replay's source.
    const Event &e = m_events.at(index);
    if (e.kind != EventKind::Element || !e.element || e.raw.isEmpty())
        return;
    // Stanzas are nearly all of a long session; the few protocol elements keep their trees.
    const QString &ns = e.element->namespaceUri();
    if (ns != Ns::Client && ns != Ns::Server)
        return;
    if (headerFor(index) < 0)
        return; // no namespaces to parse it in again
    m_events[index].element.reset();
}

int EventLog::headerFor(int index) const
{
    const auto it = m_headers.constFind(streamKey(m_events.at(index)));
    if (it == m_headers.constEnd())
        return -1;
    // The last header of the same connection and direction before the event.
    const auto after = std::upper_bound(it->cbegin(), it->cend(), index);
    return after == it->cbegin() ? -1 : *(after - 1);
}

void EventLog::awaitReply(const QString &id)
{
    if (id.isEmpty())
        return; // a reply without an id answers nothing of ours
    if (m_awaited.size() >= MaxAwaited)
        m_awaitedFull = true;
    else
        m_awaited.insert(id);
}

ElementPtr EventLog::element(int index) const
{
    if (index < 0 || index >= m_events.size())
        return {};
    const Event &e = m_events.at(index);
    if (e.element || e.kind != EventKind::Element || e.raw.isEmpty())
        return e.element;
    auto &slot = m_reparsed[size_t(index) % m_reparsed.size()];
    if (slot.first == index && slot.second)
        return slot.second;
    const int header = headerFor(index);
    if (header < 0)
        return {};
    if (!m_reparser || m_reparserHeader != header || m_reparser->hasFailed() ||
        !m_reparser->isStreamOpen()) {
        m_reparser = std::make_unique<StreamParser>();
        m_reparserHeader = header;
        connect(m_reparser.get(), &StreamParser::elementReceived, m_reparser.get(),
                [this](const ElementPtr &element, const QByteArray &, qint64) {
                    m_reparsedTree = element;
                });
        m_reparser->feed(m_events.at(header).raw);
    }
    m_reparser->feed(e.raw);
    ElementPtr tree = std::exchange(m_reparsedTree, {});
    if (!tree || !m_reparser->unreportedBytes().isEmpty())
        m_reparser.reset(); // not one whole element: the next one starts afresh
    slot = {index, tree};
    return tree;
}

void EventLog::recordConnection(const ConnectionInfo &info)
{
    // Connections change as a session runs (addresses once connected, the peer's domain once
    // its header arrives): each change is an event, so a replay sees them as they were.
    Event e;
    e.kind = EventKind::Connection;
    e.connection = info.id;
    e.payload = info;
    append(std::move(e));
}

void EventLog::applyConnection(const ConnectionInfo &info)
{
    if (info.id < 1 || info.id > 100000)
        return;
    while (m_connections.size() < info.id) {
        ConnectionInfo placeholder;
        placeholder.id = m_connections.size() + 1;
        m_connections.append(placeholder);
    }
    m_connections[info.id - 1] = info;
    Q_EMIT connectionChanged(info.id);
}

void EventLog::reserve(int count)
{
    m_events.reserve(count);
}

int EventLog::appendRecorded(Event event)
{
    if (event.kind == EventKind::Connection)
        applyConnection(event.payload.as<ConnectionInfo>());
    return stored(std::move(event));
}

void EventLog::shareEvents(const EventLog &other)
{
    m_events = other.m_events;
    m_headers = other.m_headers;
    m_connections = other.m_connections;
    m_restored = other.m_restored;
    m_startWallMs = other.m_startWallMs;
}

void EventLog::truncate(int count)
{
    if (count < 0 || count >= m_events.size())
        return;
    m_events.truncate(count); // shared with a replay's source: copies the last chunk only
    for (QVector<int> &headers : m_headers) {
        while (!headers.isEmpty() && headers.last() >= count)
            headers.removeLast();
    }
    m_reparsed.fill({});
    m_reparser.reset();
    m_reparserHeader = -1;
    // The connections as they stood after those events (and those of an early file's
    // connection records, which are no events).
    m_connections.clear();
    for (const ConnectionInfo &info : std::as_const(m_restored))
        applyConnection(info);
    for (const Event &e : std::as_const(m_events)) {
        if (e.kind == EventKind::Connection)
            applyConnection(e.payload.as<ConnectionInfo>());
    }
    Q_EMIT truncated();
}

void EventLog::restoreConnection(const ConnectionInfo &info)
{
    m_restored.append(info);
    applyConnection(info);
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
    recordConnection(info);
    return info.id;
}

void EventLog::updateConnection(const ConnectionInfo &info)
{
    if (info.id < 1 || info.id > m_connections.size())
        return;
    m_connections[info.id - 1] = info;
    Q_EMIT connectionChanged(info.id);
    recordConnection(info);
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
