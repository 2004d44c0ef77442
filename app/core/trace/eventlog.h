// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "event.h"
#include "eventstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>

#include <array>
#include <memory>
#include <utility>

namespace Inspector {

class StreamParser;

/// The single record every front end reads. Append-only.
class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(QObject *parent = nullptr);
    ~EventLog() override;

    /// Stamps the event with the log's clocks, stores it and announces it.
    /// Returns the new event's index.
    int append(Event event);
    int size() const { return m_events.size(); }
    const Event &at(int index) const { return m_events.at(index); }
    const EventStore &events() const { return m_events; }

    /// The parsed tree of element event `index` (null for other kinds, and for bytes that do
    /// not parse). The log keeps the trees of its newest events (TreeWindow) and of every
    /// element that is not a stanza (features, TLS, dialback, SASL, stream errors); an older
    /// stanza keeps only its bytes, and its tree is parsed again from them, in the namespaces
    /// of the stream header it came under, when asked for. Read trees through this, not
    /// through Event::element.
    ElementPtr element(int index) const;
    /// Whether event `index` holds its tree now (it is recent, or not a stanza).
    bool holdsTree(int index) const { return bool(m_events.at(index).element); }
    static constexpr int TreeWindow = 4096;

    /// Room for `count` events in all (reading a large transcript): the first chunk's at once,
    /// in huge pages, each later chunk's as it starts (EventStore). Room never used costs
    /// address space, not memory: its pages are never touched.
    void reserve(int count);
    /// Replay: keeps the event's own timestamps (from a transcript).
    int appendRecorded(Event event);
    /// A connection as recorded, with its own id (transcripts of the first format revision).
    void restoreConnection(const ConnectionInfo &info);
    void setStartWallMs(qint64 ms) { m_startWallMs = ms; }
    /// Holds the events and connections of `other`, sharing them until either log changes
    /// (a transcript read into the log a window shows becomes the replay's source).
    void shareEvents(const EventLog &other);
    /// Replay stepping backwards: keeps the first `count` events (connections stay).
    void truncate(int count);

    /// The ids of the iq requests sent on this log's connections (StreamConnection::send()):
    /// a reply to one gets its tree at once, whichever connection it arrives on. Past
    /// MaxAwaited ids, every reply counts as awaited.
    void awaitReply(const QString &id);
    bool awaitsReply(const QString &id) const { return m_awaitedFull || m_awaited.contains(id); }
    static constexpr int MaxAwaited = 4096;

    int addConnection(const QString &role, const QString &label, const QString &localDomain = {},
                      const QString &remoteDomain = {});
    void updateConnection(const ConnectionInfo &info);
    const QVector<ConnectionInfo> &connections() const { return m_connections; }
    const ConnectionInfo *connection(int id) const;
    /// The other end of connection `id` when both ends are in this log (the lab), else 0.
    int otherEnd(int id) const;

    qint64 startWallMs() const { return m_startWallMs; }
    qint64 elapsedNs() const { return m_clock.nsecsElapsed(); }

Q_SIGNALS:
    void eventAppended(int index);
    void connectionChanged(int id);
    /// Events were removed (replay): views rebuild from what is left.
    void truncated();

private:
    void applyConnection(const ConnectionInfo &info);
    void recordConnection(const ConnectionInfo &info);
    int stored(Event event);
    void retireTree(int index);
    int headerFor(int index) const;
    static quint64 streamKey(const Event &e)
    {
        return quint64(uint(e.connection)) << 2 | quint64(e.direction);
    }

    /// The stream headers of each connection and direction, by index, in order.
    QHash<quint64, QVector<int>> m_headers;
    /// The last trees parsed again, by index modulo the size (a view repaints the same rows).
    mutable std::array<std::pair<int, ElementPtr>, 256> m_reparsed;
    /// A parser kept inside the stream of the last header used, so that parsing an old stanza
    /// again costs only its own bytes.
    mutable std::unique_ptr<StreamParser> m_reparser;
    mutable int m_reparserHeader = -1;
    mutable ElementPtr m_reparsedTree;

    QElapsedTimer m_clock;
    qint64 m_startWallMs = 0;
    EventStore m_events;
    QVector<ConnectionInfo> m_connections;
    QSet<QString> m_awaited;
    bool m_awaitedFull = false;
    QVector<ConnectionInfo> m_restored; // restoreConnection()'s, kept across truncate()
};

} // namespace Inspector
