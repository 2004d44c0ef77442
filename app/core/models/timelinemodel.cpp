// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "facts/verdictfact.h"
#include "models/flushpacer.h"
#include "models/streammodel.h"
#include "trace/eventlog.h"

#include <algorithm>
#include <utility>

namespace Inspector {

namespace {
QString localFunction(const QString &role)
{
    if (role == QLatin1String("initiating"))
        return QStringLiteral("originating");
    if (role == QLatin1String("verify"))
        return QStringLiteral("verifying");
    return role; // authoritative, receiving, client
}

int outcome(const Event &e)
{
    if (e.kind == EventKind::Error)
        return -1;
    if (e.kind != EventKind::Verdict)
        return 0;
    const QString result = e.verdict().result.text();
    for (const char *good : {"valid", "success", "result"}) {
        if (result == QLatin1String(good))
            return 1;
    }
    for (const char *bad : {"invalid", "error", "failure", "failed", "timeout"}) {
        if (result == QLatin1String(bad))
            return -1;
    }
    return 0;
}

} // namespace

QString TimelineModel::Lane::title() const
{
    if (!thisTool)
        return domain.isEmpty() ? TimelineModel::tr("peer") : domain;
    return TimelineModel::tr("%1 · %2", "lane title: domain · role").arg(domain, roleTitle());
}

QString TimelineModel::Lane::roleTitle() const
{
    if (!thisTool)
        return TimelineModel::tr("remote server");
    // What this tool plays on the lane, in the interface's language.
    static const char *const functions[] = {
        QT_TRANSLATE_NOOP("Inspector::TimelineModel", "originating"),
        QT_TRANSLATE_NOOP("Inspector::TimelineModel", "verifying"),
        QT_TRANSLATE_NOOP("Inspector::TimelineModel", "authoritative"),
        QT_TRANSLATE_NOOP("Inspector::TimelineModel", "receiving"),
        QT_TRANSLATE_NOOP("Inspector::TimelineModel", "client"),
    };
    for (const char *f : functions) {
        if (function == QLatin1String(f))
            return TimelineModel::tr(f);
    }
    return function;
}

TimelineModel::TimelineModel(const EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_pacer(FlushPacer::shared(this))
{
    const auto schedule = [this] {
        // Batched as the stream pane's rows are, in the same turns of the event loop.
        if (std::exchange(m_flushAsked, true))
            return;
        m_pacer->request(this, [this] {
            m_flushAsked = false;
            flush();
        });
    };
    connect(log, &EventLog::eventAppended, this, schedule);
    connect(log, &EventLog::truncated, this, &TimelineModel::rebuild);
    connect(log, &EventLog::connectionChanged, this, [this, schedule] {
        m_connectionsChanged = true;
        schedule();
    });
    rebuild();
}

int TimelineModel::laneFor(const Lane &lane)
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &l = m_lanes.at(i);
        if (l.domain == lane.domain && l.function == lane.function && l.thisTool == lane.thisTool)
            return i;
    }
    m_lanes.append(lane);
    return m_lanes.size() - 1;
}

TimelineModel::Ends TimelineModel::endsFor(int connection)
{
    const auto cached = m_ends.constFind(connection);
    if (cached != m_ends.cend())
        return cached.value();
    const ConnectionInfo *c = m_log->connection(connection);
    if (!c)
        return {};
    Ends ends;
    ends.local = laneFor(Lane{c->localDomain, localFunction(c->role), true});
    if (const ConnectionInfo *o = m_log->connection(m_log->otherEnd(connection)))
        ends.remote = laneFor(Lane{o->localDomain, localFunction(o->role), true});
    else
        ends.remote = laneFor(Lane{c->remoteDomain, QString(), false});
    // Cache only once the far end is known for sure.
    if (!c->remoteDomain.isEmpty() && !c->peerAddress.isEmpty())
        m_ends.insert(connection, ends);
    return ends;
}

void TimelineModel::ingest(int from, int to, QVector<Item> *out)
{
    for (int i = from; i < to; ++i) {
        const Event &e = m_log->at(i);
        if (e.connection == 0)
            continue;
        switch (e.kind) {
        case EventKind::StreamHeader:
        case EventKind::Element:
        case EventKind::StreamEnd:
        case EventKind::Whitespace:
        case EventKind::DiscardedBytes:
        case EventKind::Http: {
            // Both ends in this log: draw each message once, from the sender's side.
            if (e.direction == Direction::Inbound && m_log->otherEnd(e.connection) != 0)
                break;
            const Ends ends = endsFor(e.connection);
            if (e.direction == Direction::Outbound)
                out->append(Item{i, ends.local, ends.remote, true});
            else
                out->append(Item{i, ends.remote, ends.local, true});
            break;
        }
        case EventKind::Phase:
            if (!m_showPhases)
                break;
            Q_FALLTHROUGH();
        case EventKind::Tls:
        case EventKind::Verdict:
        case EventKind::Error: {
            const Ends ends = endsFor(e.connection);
            out->append(Item{i, ends.local, ends.local, false});
            break;
        }
        default:
            break;
        }
    }
}

void TimelineModel::rebuild()
{
    beginResetModel();
    const int lanesBefore = m_lanes.size();
    m_lanes.clear();
    m_ends.clear();
    m_items.clear();
    m_ingested = m_log->size();
    ingest(0, m_ingested, &m_items);
    m_connectionsChanged = false;
    endResetModel();
    if (lanesBefore != m_lanes.size() || lanesBefore == 0)
        Q_EMIT lanesChanged();
}

void TimelineModel::flush()
{
    if (m_connectionsChanged) {
        rebuild();
        Q_EMIT rowsArrived();
        return;
    }
    const int total = m_log->size();
    if (total <= m_ingested)
        return;
    const int lanesBefore = m_lanes.size();
    QVector<Item> fresh;
    ingest(m_ingested, total, &fresh);
    m_ingested = total;
    if (!fresh.isEmpty()) {
        beginInsertRows({}, m_items.size(), m_items.size() + fresh.size() - 1);
        m_items += fresh;
        endInsertRows();
        Q_EMIT rowsArrived();
    }
    if (m_lanes.size() != lanesBefore)
        Q_EMIT lanesChanged();
}

void TimelineModel::setShowPhases(bool show)
{
    if (show == m_showPhases)
        return;
    m_showPhases = show;
    rebuild();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_items.size();
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    const Event &e = m_log->at(item.event);
    switch (role) {
    case EventIndexRole:
        return item.event;
    case FromLaneRole:
        return item.from;
    case ToLaneRole:
        return item.to;
    case IsArrowRole:
        return item.arrow;
    case ConnectionRole:
        return e.connection;
    case TimeMsRole:
        return double(e.monotonicNs) / 1e6;
    case OutcomeRole:
        return item.arrow ? 0 : outcome(e);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::number(double(e.monotonicNs) / 1e6, 'f', 1);
        case FromColumn:
            return m_lanes.value(item.from).title();
        case ToColumn:
            return m_lanes.value(item.to).title();
        case LabelColumn:
            return StreamModel::summarize(*m_log, item.event);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case LabelColumn:
        return tr("What");
    default:
        return {};
    }
}

int TimelineModel::rowForEvent(int eventIndex) const
{
    const auto it = std::upper_bound(m_items.cbegin(), m_items.cend(), eventIndex,
                                     [](int e, const Item &item) { return e < item.event; });
    return int(it - m_items.cbegin()) - 1;
}

int TimelineModel::eventForRow(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).event : -1;
}

} // namespace Inspector
