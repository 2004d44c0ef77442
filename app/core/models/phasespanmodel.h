// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Inspector {

class EventLog;
class FlushPacer;

/**
 * The phase timeline of a session, over the event log: one track per connection (and one per
 * session scope on connection 0: the lab, its listener, the server-to-server session), one row
 * per phase span. A span runs from its phase event to the track's next phase; the last span of
 * a track that has not ended runs until the newest event. A track ends with its terminal phase
 * (stream closed, failed, finished), which is a span of no length. Appends are batched like the
 * other models'.
 */
class PhaseSpanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TrackColumn, PhaseColumn, StartColumn, DurationColumn, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1,
        TrackRole,   // the track's index in tracks()
        StartNsRole, // since the log began
        EndNsRole,
        /// The span is its track's last and the track has not ended.
        OpenRole,
        /// The longest ended span of the session: what a person looks at first.
        SlowestRole,
    };

    struct Track
    {
        int connection = 0;
        QString scope; // on connection 0: whose phases these are
    };

    explicit PhaseSpanModel(const EventLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Track> &tracks() const { return m_tracks; }
    /// What a person reads for track `track`: the connection's number, role and label, or
    /// whose session it is; in the interface's language.
    QString trackTitle(int track) const;
    /// The same without the role, for narrow space: "5 · b.example".
    QString shortTrackTitle(int track) const;
    /// The time of the newest event, in ns since the log began.
    qint64 endNs() const { return m_endNs; }
    /// The span in which event `eventIndex` happened, on the event's own track (for an event of
    /// connection 0, the first session track); -1 if there is none.
    int spanForEvent(int eventIndex) const;
    /// The row with the longest ended span, -1 if none.
    int slowestRow() const { return m_slowest; }
    void flush();

Q_SIGNALS:
    void tracksChanged();

private:
    struct Span
    {
        int event;
        int track;
        QString phase;
        qint64 startNs;
        qint64 endNs = -1; // -1 while open
        bool terminal = false;
    };
    void rebuild();
    void ingest(int from, int to, QVector<Span> *out);
    int trackFor(int connection, const QString &scope);
    qint64 spanEnd(const Span &s) const { return s.endNs >= 0 ? s.endNs : m_endNs; }
    void findSlowest();

    const EventLog *m_log;
    QVector<Track> m_tracks;
    QVector<Span> m_spans;
    QHash<int, int> m_lastSpanOfTrack; // track → row of its last span
    int m_ingested = 0;
    qint64 m_endNs = 0;
    int m_slowest = -1;
    FlushPacer *m_pacer;
    bool m_flushAsked = false;
};

} // namespace Inspector
