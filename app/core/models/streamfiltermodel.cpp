// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamfiltermodel.h"

#include "models/streammodel.h"
#include "trace/eventlog.h"

namespace Inspector {

StreamFilterModel::StreamFilterModel(const EventLog *log, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_log(log)
{
}

void StreamFilterModel::setConnection(int connection)
{
    m_connection = connection;
    invalidateFilter();
}

void StreamFilterModel::setDirection(int direction)
{
    m_direction = direction;
    invalidateFilter();
}

void StreamFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void StreamFilterModel::setText(const QString &text)
{
    m_text = text;
    m_textUtf8Lower = text.toLower().toUtf8();
    invalidateFilter();
}

bool StreamFilterModel::isFiltering() const
{
    return m_connection != 0 || m_direction >= 0 || m_show != Show::Everything || !m_text.isEmpty();
}

bool StreamFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (sourceRow >= m_log->size())
        return false;
    const Event &e = m_log->at(sourceRow);
    if (m_connection != 0 && e.connection != m_connection)
        return false;
    if (m_direction >= 0 && int(e.direction) != m_direction)
        return false;
    const bool stream = e.kind == EventKind::StreamHeader || e.kind == EventKind::Element
                        || e.kind == EventKind::StreamEnd || e.kind == EventKind::Whitespace
                        || e.kind == EventKind::DiscardedBytes;
    if (m_show == Show::StreamOnly && !stream)
        return false;
    if (m_show == Show::FactsOnly && stream)
        return false;
    if (m_text.isEmpty())
        return true;
    if (!e.raw.isEmpty() && e.raw.toLower().contains(m_textUtf8Lower))
        return true;
    return StreamModel::summarize(*m_log, sourceRow).contains(m_text, Qt::CaseInsensitive);
}

} // namespace Inspector
