// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasespanmodel.h"

#include "facts/eventfacts.h"
#include "models/flushpacer.h"
#include "trace/eventlog.h"
#include "trace/phases.h"

#include <utility>

namespace Inspector {

namespace {
/// A phase after which its track records nothing more.
bool isTerminal(const QString &phase)
{
    // sm_dropped: a resumption test's first connection, whose TCP was dropped on purpose.
    return phase == QLatin1String("stream_closed") || phase == QLatin1String("failed") ||
           phase == QLatin1String("finished") || phase == QLatin1String("sm_dropped");
}
} // namespace

PhaseSpanModel::PhaseSpanModel(const EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_pacer(FlushPacer::shared(this))
{
    connect(log, &EventLog::eventAppended, this, [this] {
        // Open spans grow with every event: under a flood they are redrawn with the other
        // models' rows, about 20 times a second, not after every read.
        if (std::exchange(m_flushAsked, true))
            return;
        m_pacer->request(this, [this] {
            m_flushAsked = false;
            flush();
        });
    });
    connect(log, &EventLog::truncated, this, &PhaseSpanModel::rebuild);
    connect(log, &EventLog::connectionChanged, this, [this] {
        if (!m_tracks.isEmpty())
            Q_EMIT tracksChanged(); // a label may have changed
    });
    rebuild();
}

int PhaseSpanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spans.size());
}

int PhaseSpanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseSpanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Span &s = m_spans.at(index.row());
    const qint64 end = spanEnd(s);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    case EventIndexRole:
        return s.event;
    case TrackRole:
        return s.track;
    case StartNsRole:
        return s.startNs;
    case EndNsRole:
        return end;
    case OpenRole:
        return s.endNs < 0 && !s.terminal;
    case SlowestRole:
        return index.row() == m_slowest;
    default:
        return {};
    }
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2\nstarted at %3 ms, took %4 ms")
            .arg(trackTitle(s.track), Phases::label(s.phase))
            .arg(double(s.startNs) / 1e6, 0, 'f', 1)
            .arg(double(end - s.startNs) / 1e6, 0, 'f', 1);
    switch (index.column()) {
    case TrackColumn:
        return trackTitle(s.track);
    case PhaseColumn:
        return Phases::label(s.phase);
    case StartColumn:
        return QString::number(double(s.startNs) / 1e6, 'f', 1);
    case DurationColumn:
        return QString::number(double(end - s.startNs) / 1e6, 'f', 1);
    default:
        return {};
    }
}

QVariant PhaseSpanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackColumn:
        return tr("Connection");
    case PhaseColumn:
        return tr("Phase");
    case StartColumn:
        return tr("Start (ms)");
    case DurationColumn:
        return tr("Duration (ms)");
    default:
        return {};
    }
}

QString PhaseSpanModel::shortTrackTitle(int track) const
{
    if (track < 0 || track >= m_tracks.size())
        return {};
    const Track &t = m_tracks.at(track);
    const ConnectionInfo *c = t.connection == 0 ? nullptr : m_log->connection(t.connection);
    if (!c || c->remoteDomain.isEmpty())
        return t.connection == 0 ? Phases::scopeLabel(t.scope) : trackTitle(track);
    return QStringLiteral("%1 · %2").arg(t.connection).arg(c->remoteDomain);
}

QString PhaseSpanModel::trackTitle(int track) const
{
    if (track < 0 || track >= m_tracks.size())
        return {};
    const Track &t = m_tracks.at(track);
    if (t.connection == 0)
        return tr("Session: %1").arg(Phases::scopeLabel(t.scope));
    const ConnectionInfo *c = m_log->connection(t.connection);
    if (!c)
        return tr("Connection %1").arg(t.connection);
    // The peer's domain is what tells the connections apart; the full label is in the event.
    return tr("%1 · %2 · %3", "connection number · role · peer domain")
        .arg(t.connection)
        .arg(Phases::roleLabel(c->role), c->remoteDomain.isEmpty() ? c->label : c->remoteDomain);
}

int PhaseSpanModel::spanForEvent(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= m_log->size())
        return -1;
    const int connection = m_log->at(eventIndex).connection;
    // The track's last span that began at or before the event.
    int found = -1;
    for (int row = 0; row < m_spans.size() && m_spans.at(row).event <= eventIndex; ++row) {
        if (m_tracks.at(m_spans.at(row).track).connection == connection)
            found = row;
    }
    return found;
}

void PhaseSpanModel::rebuild()
{
    beginResetModel();
    m_tracks.clear();
    m_spans.clear();
    m_lastSpanOfTrack.clear();
    m_ingested = 0;
    m_endNs = 0;
    m_slowest = -1;
    QVector<Span> spans;
    ingest(0, m_log->size(), &spans);
    m_spans = std::move(spans);
    m_ingested = m_log->size();
    findSlowest();
    endResetModel();
    Q_EMIT tracksChanged();
}

int PhaseSpanModel::trackFor(int connection, const QString &scope)
{
    for (int i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks.at(i).connection == connection && m_tracks.at(i).scope == scope)
            return i;
    }
    m_tracks.append({connection, scope});
    return int(m_tracks.size()) - 1;
}

void PhaseSpanModel::ingest(int from, int to, QVector<Span> *out)
{
    const int committed = int(m_spans.size());
    for (int i = from; i < to; ++i) {
        const Event &e = m_log->at(i);
        m_endNs = qMax(m_endNs, e.monotonicNs);
        if (e.kind != EventKind::Phase)
            continue;
        const PhaseEventFact phase = e.payload.as<PhaseEventFact>();
        const int track =
            trackFor(e.connection, e.connection == 0 ? phase.scope.text() : QString());
        if (const auto last = m_lastSpanOfTrack.constFind(track);
            last != m_lastSpanOfTrack.constEnd()) {
            Span &previous = *last < committed ? m_spans[*last] : (*out)[*last - committed];
            if (previous.endNs < 0 && !previous.terminal) {
                previous.endNs = e.monotonicNs;
                if (*last < committed)
                    Q_EMIT dataChanged(index(*last, 0), index(*last, ColumnCount - 1));
            }
        }
        Span span{i, track, phase.name, e.monotonicNs};
        span.terminal = isTerminal(phase.name);
        if (span.terminal)
            span.endNs = e.monotonicNs;
        m_lastSpanOfTrack.insert(track, committed + int(out->size()));
        out->append(span);
    }
}

void PhaseSpanModel::findSlowest()
{
    qint64 longest = -1;
    m_slowest = -1;
    for (int row = 0; row < m_spans.size(); ++row) {
        const Span &s = m_spans.at(row);
        // The session's own phases span its connections' and would always win; a connection
        // resting once authenticated is not slow.
        if (s.endNs < 0 || m_tracks.at(s.track).connection == 0 || Phases::isResting(s.phase))
            continue;
        if (s.endNs - s.startNs > longest) {
            longest = s.endNs - s.startNs;
            m_slowest = row;
        }
    }
}

void PhaseSpanModel::flush()
{
    const int to = m_log->size();
    if (to <= m_ingested)
        return;
    const int tracksBefore = int(m_tracks.size());
    const int slowestBefore = m_slowest;
    QVector<Span> spans;
    ingest(m_ingested, to, &spans);
    m_ingested = to;
    if (!spans.isEmpty()) {
        beginInsertRows({}, int(m_spans.size()), int(m_spans.size() + spans.size()) - 1);
        m_spans += spans;
        endInsertRows();
    }
    findSlowest();
    if (slowestBefore >= 0 && slowestBefore != m_slowest)
        Q_EMIT dataChanged(index(slowestBefore, 0), index(slowestBefore, ColumnCount - 1));
    // Open spans grow with every event.
    for (auto it = m_lastSpanOfTrack.cbegin(); it != m_lastSpanOfTrack.cend(); ++it) {
        if (m_spans.at(*it).endNs < 0)
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
    if (m_slowest >= 0)
        Q_EMIT dataChanged(index(m_slowest, 0), index(m_slowest, ColumnCount - 1));
    if (m_tracks.size() != tracksBefore)
        Q_EMIT tracksChanged();
}

} // namespace Inspector
