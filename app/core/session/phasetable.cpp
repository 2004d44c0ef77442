// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasetable.h"

#include <QSet>

namespace Inspector {

PhaseTableBase::PhaseTableBase(QList<Row> rows, int closing, int failed)
    : m_rows(std::move(rows))
    , m_closing(closing)
    , m_failed(failed)
{}

const PhaseTableBase::Row *PhaseTableBase::row(int phase) const
{
    // Rows are in enum order (problems() checks it), so the phase is the index.
    if (phase < 0 || phase >= m_rows.size() || m_rows.at(phase).phase != phase)
        return nullptr;
    return &m_rows.at(phase);
}

QString PhaseTableBase::id(int phase) const
{
    const Row *r = row(phase);
    return r ? r->id : QStringLiteral("unknown");
}

int PhaseTableBase::phaseOf(const QString &id) const
{
    for (const Row &r : m_rows) {
        if (r.id == id)
            return r.phase;
    }
    return -1;
}

bool PhaseTableBase::allows(int from, int to) const
{
    const Row *r = row(from);
    if (!r || !row(to))
        return false;
    if (r->next.contains(to))
        return true;
    if (to == m_failed && (r->end == PhaseEnd::Fail || r->end == PhaseEnd::CloseOrFail))
        return true;
    if (to == m_closing && (r->end == PhaseEnd::Close || r->end == PhaseEnd::CloseOrFail))
        return true;
    return false;
}

QStringList PhaseTableBase::stoppable() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        if (r.stoppable)
            out.append(r.id);
    }
    return out;
}

QStringList PhaseTableBase::ids() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.id);
    return out;
}

QStringList PhaseTableBase::problems() const
{
    QStringList out;
    QSet<QString> seen;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.phase != i)
            out.append(
                QStringLiteral("row %1 is phase %2 (rows go in enum order)").arg(i).arg(r.phase));
        if (r.id.isEmpty() || seen.contains(r.id))
            out.append(
                QStringLiteral("row %1 has an empty or repeated identifier '%2'").arg(i).arg(r.id));
        seen.insert(r.id);
        for (int n : r.next) {
            if (!row(n))
                out.append(QStringLiteral("%1 is followed by %2, not a phase of the table")
                               .arg(r.id)
                               .arg(n));
        }
    }
    if (!row(m_closing) || !row(m_failed))
        out.append(QStringLiteral("the closing or failed phase is not a phase of the table"));
    // Reachability from the first phase, over successors and ends alike.
    QSet<int> reached{initial()};
    QList<int> todo{initial()};
    while (!todo.isEmpty()) {
        const int from = todo.takeLast();
        for (const Row &r : m_rows) {
            if (!reached.contains(r.phase) && allows(from, r.phase)) {
                reached.insert(r.phase);
                todo.append(r.phase);
            }
        }
    }
    for (const Row &r : m_rows) {
        if (!reached.contains(r.phase))
            out.append(QStringLiteral("%1 cannot be reached from %2").arg(r.id, id(initial())));
    }
    return out;
}

} // namespace Inspector
