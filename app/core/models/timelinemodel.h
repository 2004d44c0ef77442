// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Inspector {

class EventLog;
class FlushPacer;

/**
 * The sequence diagram of a session, over the event log: one lane per party (this tool as
 * originating, authoritative, or verifying server; each remote domain), one row per arrow
 * (a header, element or stream end crossing a connection) or mark (phase, TLS, verdict, error
 * on a lane). When two connections of the log are the two ends of one TCP connection (the lab),
 * each message is drawn once. Appends are batched like the stream model's.
 *
 * Phase changes are left out unless setShowPhases(true): they are most of a session's marks
 * and say little that the arrows around them do not.
 */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FromColumn, ToColumn, LabelColumn, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1,
        FromLaneRole,
        ToLaneRole,
        IsArrowRole,
        ConnectionRole,
        TimeMsRole,
        /// For marks: 1 if it reports a success (a valid verdict), -1 a failure (an error, a
        /// negative verdict), 0 otherwise.
        OutcomeRole,
    };

    struct Lane
    {
        QString domain;
        QString function; // originating, receiving, authoritative, verifying; empty for remote
        bool thisTool = false;
        /// "domain · role" for this tool's lanes, the domain for a remote party's.
        QString title() const;
        /// What the party does, in the interface's language: this tool's function, else
        /// "remote server".
        QString roleTitle() const;
    };

    explicit TimelineModel(const EventLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Lane> &lanes() const { return m_lanes; }
    /// The row that shows this event, or the nearest earlier row; -1 if none.
    int rowForEvent(int eventIndex) const;
    int eventForRow(int row) const;
    void flush();

    bool showsPhases() const { return m_showPhases; }
    /// Adds or removes the phase changes' rows (a reset).
    void setShowPhases(bool show);

Q_SIGNALS:
    void lanesChanged();
    /// Rows came from the log, inserted or (when a connection changed) laid out again in a
    /// reset; not emitted for a reset the viewer asked for.
    void rowsArrived();

private:
    struct Item
    {
        int event;
        int from;
        int to;
        bool arrow;
    };
    struct Ends
    {
        int local = -1;
        int remote = -1;
    };
    void rebuild();
    void ingest(int from, int to, QVector<Item> *out);
    Ends endsFor(int connection);
    int laneFor(const Lane &lane);

    const EventLog *m_log;
    QVector<Lane> m_lanes;
    QVector<Item> m_items;
    QHash<int, Ends> m_ends;
    int m_ingested = 0;
    bool m_connectionsChanged = false;
    bool m_showPhases = false;
    FlushPacer *m_pacer;
    bool m_flushAsked = false;
};

} // namespace Inspector
