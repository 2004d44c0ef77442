// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Inspector {

class EventLog;
class FlushPacer;

/**
 * One row per recorded event, over the event log (never a copy of it). Appends are batched:
 * rows are inserted at most once per event-loop turn and, while events keep coming, at most
 * every FlushPacer::GapMs, so a fast stream does not make the views repaint after every read.
 */
class StreamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ConnectionColumn,
        DirectionColumn,
        SummaryColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role { EventIndexRole = Qt::UserRole + 1, RawBytesRole };

    explicit StreamModel(const EventLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A one-line description of an event: "iq get id=ping1", "phase tls_established", …
    static QString summarize(const EventLog &log, int index);
    /// Inserts any rows still pending (normally done on the next event-loop turn).
    void flush();

private:
    const EventLog *m_log;
    int m_rows = 0;
    FlushPacer *m_pacer;
    bool m_flushAsked = false;
};

} // namespace Inspector
