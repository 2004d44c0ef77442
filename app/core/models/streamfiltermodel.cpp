// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamfiltermodel.h"

#include "models/streammodel.h"
#include "trace/eventlog.h"

#include <cstring>

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
    : QSortFilterProxyModel(parent)
    , m_log(log)
{}

void StreamFilterModel::setConnection(int connection)
{
    m_connection = connection;
    invalidate();
}

void StreamFilterModel::setDirection(int direction)
{
    m_direction = direction;
    invalidate();
}

void StreamFilterModel::setShow(Show show)
{
    m_show = show;
    invalidate();
}

void StreamFilterModel::setText(const QString &text)
{
    m_text = text;
    m_textUtf8Lower = text.toUtf8().toLower();
    invalidate();
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
