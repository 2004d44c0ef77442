// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamfiltermodel.h"

#include "models/streammodel.h"
#include "trace/eventlog.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace Inspector {

namespace {
/// ASCII case-insensitive search without copying the haystack; `needle` is already lower-case.
/// Bytes above 127 (UTF-8 sequences) compare exactly.
bool containsFolded(const QByteArray &haystack, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const qsizetype last = haystack.size() - n;
    if (last < 0)
        return false;
    const auto *h = reinterpret_cast<const uchar *>(haystack.constData());
    const auto *w = reinterpret_cast<const uchar *>(needle.constData());
    const auto fold = [](uchar c) -> uchar {
        return c >= 'A' && c <= 'Z' ? uchar(c + 32) : c;
    };
    // Candidates are found with memchr for both cases of the first byte (vectorised in libc);
    // each scan's next hit is kept until passed, so neither case is searched twice.
    const uchar lower = w[0];
    const uchar upper = lower >= 'a' && lower <= 'z' ? uchar(lower - 32) : lower;
    const auto next = [&](uchar c, qsizetype from) -> qsizetype {
        const void *p = std::memchr(h + from, c, size_t(last - from + 1));
        return p ? static_cast<const uchar *>(p) - h : last + 1;
    };
    qsizetype nextLower = next(lower, 0);
    qsizetype nextUpper = upper != lower ? next(upper, 0) : last + 1;
    while (true) {
        const qsizetype i = qMin(nextLower, nextUpper);
        if (i > last)
            return false;
        qsizetype k = 1;
        while (k < n && fold(h[i + k]) == w[k])
            ++k;
        if (k == n)
            return true;
        if (i == nextLower)
            nextLower = i < last ? next(lower, i + 1) : last + 1;
        if (i == nextUpper)
            nextUpper = i < last ? next(upper, i + 1) : last + 1;
    }
}
} // namespace

StreamFilterModel::StreamFilterModel(const EventLog *log, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_log(log)
{}

void StreamFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source)
        connectSource(source);
    rebuild();
    endResetModel();
}

void StreamFilterModel::connectSource(QAbstractItemModel *source)
{
    // The stream model appends rows and resets; anything else it might do one day is taken as a
    // reset, which is always right.
    const auto begin = [this] {
        beginResetModel();
    };
    const auto end = [this] {
        rebuild();
        endResetModel();
    };
    m_sourceConnections = {
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &parent, int first) {
                    // Rows before the end shift every row after them: taken as a reset.
                    m_insertingBefore = !parent.isValid() && first < sourceModel()->rowCount();
                    if (m_insertingBefore)
                        beginResetModel();
                }),
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (std::exchange(m_insertingBefore, false)) {
                        rebuild();
                        endResetModel();
                    } else if (!parent.isValid()) {
                        sourceRowsInserted(first, last);
                    }
                }),
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin),
        connect(source, &QAbstractItemModel::modelReset, this, end),
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
        connect(source, &QAbstractItemModel::layoutChanged, this, end),
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
        connect(source, &QAbstractItemModel::rowsRemoved, this, end),
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
        connect(source, &QAbstractItemModel::rowsMoved, this, end),
        connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, begin),
        connect(source, &QAbstractItemModel::columnsInserted, this, end),
        connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin),
        connect(source, &QAbstractItemModel::columnsRemoved, this, end),
        connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, begin),
        connect(source, &QAbstractItemModel::columnsMoved, this, end),
        connect(source, &QAbstractItemModel::dataChanged, this,
                &StreamFilterModel::sourceDataChanged),
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        Q_EMIT headerDataChanged(orientation, first, last);
                    else if (m_count > 0) // source rows: ours are not theirs when filtered
                        Q_EMIT headerDataChanged(orientation, 0, m_count - 1);
                }),
        // Qt's proxy base turns to an empty model without a word: the rows go with it.
        connect(source, &QObject::destroyed, this,
                [this] {
                    beginResetModel();
                    m_count = 0;
                    m_rows.clear();
                    endResetModel();
                }),
    };
}

void StreamFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    int first = topLeft.row();
    int last = bottomRight.row();
    if (m_filtered) {
        // A row shown that no longer matches, or the other way round: chosen again.
        for (int row = first; row <= last; ++row) {
            if ((rowOf(row) >= 0) != accepts(row)) {
                refilter();
                return;
            }
        }
        const auto shown = m_rows.begin() + m_count;
        const auto from = std::lower_bound(m_rows.begin(), shown, first);
        const auto to = std::upper_bound(from, shown, last);
        if (from == to)
            return;
        first = int(from - m_rows.begin());
        last = int(to - m_rows.begin()) - 1;
    }
    last = qMin(last, m_count - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                           roles);
}

void StreamFilterModel::rebuild()
{
    m_filtered = isFiltering();
    m_rows.clear();
    const QAbstractItemModel *source = sourceModel();
    const int total = source ? source->rowCount() : 0;
    m_count = m_filtered ? 0 : total;
    if (!m_filtered)
        return;
    for (int row = 0; row < total; ++row) {
        if (accepts(row))
            m_rows.push_back(row);
    }
    m_count = int(m_rows.size());
}

void StreamFilterModel::refilter()
{
    // As QSortFilterProxyModel's invalidate(): a layout change in one go, the persistent
    // indexes (the current row, the selection) moved to where their source rows now are.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &i : before)
        sourceRows.append(sourceRowOf(i.row()));
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row = rowOf(sourceRows.at(k));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void StreamFilterModel::sourceRowsInserted(int first, int last)
{
    const QAbstractItemModel *source = sourceModel();
    const int sourceTotal = source->rowCount();
    // Rows before the end were taken as a reset (rowsAboutToBeInserted); these are appended.
    if (last >= sourceTotal)
        return;
    if (!m_filtered) {
        beginInsertRows({}, m_count, m_count + (last - first));
        m_count += last - first + 1;
        endInsertRows();
        return;
    }
    const size_t old = m_rows.size();
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            m_rows.push_back(row);
    }
    const int added = int(m_rows.size() - old);
    if (added == 0)
        return;
    // The rows are in place before the signal, so that the views see them; m_count follows.
    beginInsertRows({}, m_count, m_count + added - 1);
    m_count += added;
    endInsertRows();
}

int StreamFilterModel::sourceRowOf(int row) const
{
    if (row < 0 || row >= m_count)
        return -1;
    return m_filtered ? m_rows[size_t(row)] : row;
}

int StreamFilterModel::rowOf(int sourceRow) const
{
    if (sourceRow < 0)
        return -1;
    if (!m_filtered)
        return sourceRow < m_count ? sourceRow : -1;
    const auto shown = m_rows.begin() + m_count;
    const auto it = std::lower_bound(m_rows.begin(), shown, sourceRow);
    return it != shown && *it == sourceRow ? int(it - m_rows.begin()) : -1;
}

QModelIndex StreamFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_count || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex StreamFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int StreamFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int StreamFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool StreamFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_count > 0 && columnCount() > 0;
}

QModelIndex StreamFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex StreamFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || !sourceModel())
        return {};
    const int row = sourceRowOf(proxyIndex.row());
    return row < 0 ? QModelIndex() : sourceModel()->index(row, proxyIndex.column());
}

QModelIndex StreamFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = rowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void StreamFilterModel::setConnection(int connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    refilter();
}

void StreamFilterModel::setDirection(int direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    refilter();
}

void StreamFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    refilter();
}

void StreamFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_textUtf8Lower = text.toUtf8().toLower();
    refilter();
}

bool StreamFilterModel::isFiltering() const
{
    return m_connection != 0 || m_direction >= 0 || m_show != Show::Everything || !m_text.isEmpty();
}

bool StreamFilterModel::accepts(int sourceRow) const
{
    if (sourceRow >= m_log->size())
        return false;
    const Event &e = m_log->at(sourceRow);
    if (m_connection != 0 && e.connection != m_connection)
        return false;
    if (m_direction >= 0 && int(e.direction) != m_direction)
        return false;
    const bool stream = e.kind == EventKind::StreamHeader || e.kind == EventKind::Element ||
                        e.kind == EventKind::StreamEnd || e.kind == EventKind::Whitespace ||
                        e.kind == EventKind::DiscardedBytes || e.kind == EventKind::Http;
    if (m_show == Show::StreamOnly && !stream)
        return false;
    if (m_show == Show::FactsOnly && stream)
        return false;
    return m_text.isEmpty() || matches(sourceRow, m_text, m_textUtf8Lower);
}

bool StreamFilterModel::textMatches(int sourceRow, const QString &text) const
{
    return sourceRow >= 0 && sourceRow < m_log->size() &&
           (text.isEmpty() || matches(sourceRow, text, text.toUtf8().toLower()));
}

bool StreamFilterModel::matches(int sourceRow, const QString &text,
                                const QByteArray &utf8Lower) const
{
    const Event &e = m_log->at(sourceRow);
    if (!e.raw.isEmpty() && containsFolded(e.raw, utf8Lower))
        return true;
    // An element's one-line summary is made of its name and attribute values, all of them in its
    // bytes: searching the bytes is enough, and a million rows filter without building a string
    // each. Headers and facts are searched in their text too.
    if (e.kind == EventKind::Element)
        return false;
    return StreamModel::summarize(*m_log, sourceRow).contains(text, Qt::CaseInsensitive);
}

} // namespace Inspector
