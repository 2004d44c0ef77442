// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuresmodel.h"

#include "facts/verdictfact.h"
#include "models/flushpacer.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Inspector {

FeaturesModel::FeaturesModel(const EventLog *log, QObject *parent)
    : QAbstractItemModel(parent)
    , m_log(log)
    , m_pacer(FlushPacer::shared(this))
{
    connect(log, &EventLog::truncated, this, [this] {
        beginResetModel();
        m_stages.clear();
        m_scanned = 0;
        m_tlsSeen.clear();
        m_saslSeen.clear();
        endResetModel();
        flush();
    });
    connect(log, &EventLog::eventAppended, this, [this] {
        if (std::exchange(m_flushAsked, true))
            return;
        m_pacer->request(this, [this] {
            m_flushAsked = false;
            flush();
        });
    });
    flush();
}

void FeaturesModel::flush()
{
    const int total = m_log->size();
    QHash<int, int> lastStageOf; // connection -> stage index
    for (int s = 0; s < m_stages.size(); ++s)
        lastStageOf.insert(m_stages.at(s).connection, s);
    for (int i = m_scanned; i < total; ++i) {
        const Event &e = m_log->at(i);
        if (e.kind == EventKind::Tls)
            m_tlsSeen[e.connection] = true;
        if (e.kind == EventKind::Verdict) {
            const VerdictFact v = e.verdict();
            if (v.what.startsWith(QLatin1String("sasl")) && v.resultIs("success"))
                m_saslSeen[e.connection] = true;
        }
        if (e.kind != EventKind::Element)
            continue;
        // Features are never dropped from the log: no stanza is parsed again on the way.
        const ElementPtr tree = e.element;
        if (!tree || !tree->is(Ns::Streams, u"features"))
            continue;
        // Both ends in this log (the lab): show what was offered once, from the offering side.
        if (e.direction == Direction::Inbound && m_log->otherEnd(e.connection) != 0)
            continue;
        Stage stage;
        stage.event = i;
        stage.connection = e.connection;
        const ConnectionInfo *c = m_log->connection(e.connection);
        const QString sender = e.direction == Direction::Inbound ? (c ? c->remoteDomain : QString())
                                                                 : (c ? c->localDomain : QString());
        const QString when = m_saslSeen.value(e.connection)  ? tr("after SASL")
                             : m_tlsSeen.value(e.connection) ? tr("after TLS")
                                                             : tr("initial");
        stage.title = tr("Connection %1 · %2 · offered by %3")
                          .arg(e.connection)
                          .arg(when, sender.isEmpty() ? tr("the peer") : sender);
        const QVector<StreamFeatures::Entry> entries = StreamFeatures::fromElement(*tree).entries();
        QSet<QString> before;
        const int previous = lastStageOf.value(e.connection, -1);
        if (previous >= 0) {
            for (const Row &r : m_stages.at(previous).rows) {
                if (r.change != QLatin1String("removed"))
                    before.insert(r.entry.name);
            }
        }
        QSet<QString> now;
        for (const StreamFeatures::Entry &entry : entries) {
            now.insert(entry.name);
            stage.rows.append(Row{entry, previous >= 0 && !before.contains(entry.name)
                                             ? QStringLiteral("new")
                                             : QString()});
        }
        if (previous >= 0) {
            for (const Row &r : m_stages.at(previous).rows) {
                if (r.change != QLatin1String("removed") && !now.contains(r.entry.name))
                    stage.rows.append(Row{r.entry, QStringLiteral("removed")});
            }
        }
        beginInsertRows({}, m_stages.size(), m_stages.size());
        m_stages.append(stage);
        endInsertRows();
        lastStageOf.insert(e.connection, m_stages.size() - 1);
    }
    m_scanned = total;
}

QModelIndex FeaturesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_stages.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_stages.size())
        return {};
    if (row >= m_stages.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FeaturesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FeaturesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_stages.size();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_stages.value(parent.row()).rows.size();
}

int FeaturesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FeaturesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Stage &s = m_stages.at(index.row());
        if (role == EventIndexRole)
            return s.event;
        if (role == Qt::DisplayRole && index.column() == FeatureColumn)
            return s.title;
        return {};
    }
    const Stage &s = m_stages.at(int(index.internalId() - 1));
    const Row &r = s.rows.at(index.row());
    switch (role) {
    case EventIndexRole:
        return s.event;
    case ChangeRole:
        return r.change;
    case Qt::ToolTipRole:
        return r.entry.explanation;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FeatureColumn:
            return r.change.isEmpty()
                       ? r.entry.name
                       : QStringLiteral("%1 (%2)").arg(
                             r.entry.name,
                             r.change == QLatin1String("new") ? tr("new") : tr("removed"));
        case DetailColumn:
            return r.entry.detail;
        case NamespaceColumn:
            return r.entry.namespaceUri;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FeaturesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FeatureColumn:
        return tr("Feature");
    case DetailColumn:
        return tr("Details");
    case NamespaceColumn:
        return tr("Namespace");
    default:
        return {};
    }
}

} // namespace Inspector
