// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

namespace Inspector {

/// One connection of a session: the outgoing stream, a back-connection, a verify connection…
struct ConnectionInfo
{
    int id = 0;
    QString role;  // "initiating", "authoritative", "receiving", "verify", "client"
    QString label; // human-readable, e.g. "inspector.test → a.localhost"
    QString peerHost;
    quint16 peerPort = 0;
    QString localAddress;
    QString peerAddress;
    QString localDomain;  // the domain this tool speaks for on this connection
    QString remoteDomain; // the peer's domain, once known

    QJsonObject toJson() const;
    static ConnectionInfo fromJson(const QJsonObject &o);
};

/// The single record every front end reads. Append-only.
class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(QObject *parent = nullptr);

    /// Stamps the event with the log's clocks, stores it and announces it.
    /// Returns the new event's index.
    int append(Event event);
    int size() const { return m_events.size(); }
    const Event &at(int index) const { return m_events.at(index); }
    const QVector<Event> &events() const { return m_events; }

    /// Replay: keeps the event's own timestamps (from a transcript).
    int appendRecorded(Event event);
    /// A connection as recorded, with its own id (transcripts of the first format revision).
    void restoreConnection(const ConnectionInfo &info);
    void setStartWallMs(qint64 ms) { m_startWallMs = ms; }
    /// Replay stepping backwards: keeps the first `count` events (connections stay).
    void truncate(int count);

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

    QElapsedTimer m_clock;
    qint64 m_startWallMs = 0;
    QVector<Event> m_events;
    QVector<ConnectionInfo> m_connections;
};

} // namespace Inspector
