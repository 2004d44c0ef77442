// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Inspector {

/// Whether a phase may end its machine's run, by closing (the table's closing phase: a graceful
/// end) or failing (its failed phase), or both.
enum class PhaseEnd {
    Never,
    Fail,
    Close,
    CloseOrFail,
};

/**
 * A role's phases, one row each in protocol order: the identifier recorded in phase events
 * and transcripts, the phases that may follow it, whether it may end the run (moving to the
 * table's closing or failed phase), and whether --stop-after may name it. This is the part
 * that does not depend on the role's enum; PhaseTable<P> is how a role writes it.
 */
class PhaseTableBase
{
public:
    struct Row
    {
        int phase;
        QString id;
        QList<int> next;
        PhaseEnd end;
        bool stoppable;
    };

    const QList<Row> &rows() const { return m_rows; }
    int closing() const { return m_closing; }
    int failed() const { return m_failed; }
    /// The first row's phase: where every machine of the table starts.
    int initial() const { return m_rows.isEmpty() ? 0 : m_rows.first().phase; }
    /// The identifier of `phase`, or "unknown".
    QString id(int phase) const;
    /// The phase recorded as `id`, or -1.
    int phaseOf(const QString &id) const;
    bool allows(int from, int to) const;
    /// The identifiers --stop-after may name, in protocol order.
    QStringList stoppable() const;
    /// Every identifier, in protocol order.
    QStringList ids() const;
    /// What is wrong with the table (empty if nothing): rows out of enum order, empty or
    /// repeated identifiers, successors or end phases that are not phases of the table, and
    /// phases that cannot be reached from the first.
    QStringList problems() const;

protected:
    PhaseTableBase(QList<Row> rows, int closing, int failed);
    const Row *row(int phase) const;

private:
    QList<Row> m_rows;
    int m_closing;
    int m_failed;
};

/// A role's phase table over its own `enum class Phase`.
template<typename P> class PhaseTable : public PhaseTableBase
{
public:
    struct Spec
    {
        P phase;
        const char *id;
        QList<P> next;
        PhaseEnd end = PhaseEnd::Never;
        bool stoppable = false;
    };

    PhaseTable(std::initializer_list<Spec> specs, P closing, P failed)
        : PhaseTableBase(toRows(specs), int(closing), int(failed))
    {}

    QString id(P phase) const { return PhaseTableBase::id(int(phase)); }
    bool allows(P from, P to) const { return PhaseTableBase::allows(int(from), int(to)); }
    bool isStoppable(P phase) const
    {
        const Row *r = row(int(phase));
        return r && r->stoppable;
    }

private:
    static QList<Row> toRows(std::initializer_list<Spec> specs)
    {
        QList<Row> rows;
        for (const Spec &s : specs) {
            QList<int> next;
            for (P p : s.next)
                next.append(int(p));
            rows.append(Row{int(s.phase), QString::fromLatin1(s.id), next, s.end, s.stoppable});
        }
        return rows;
    }
};

} // namespace Inspector
