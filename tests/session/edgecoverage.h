// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/phasetable.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Inspector {
class EventLog;
}

namespace Inspector::Test {

/**
 * Which transitions of which phase tables the phase events of a test's logs took. The edges
 * are read from the tables (every from → to that PhaseTableBase::allows), so an edge added
 * to a table counts as untaken until a scenario takes it; a taken pair the table does not
 * list, and any illegal-transition error, are problems of their own.
 */
class EdgeCoverage
{
public:
    /// Turns a recorded phase name back into the table's identifier (a role may rename a
    /// phase in its records: the client's sasl_scram-sha-1_sent is sasl_sent).
    using Normalize = std::function<QString(const QString &)>;

    /// `exempt`: edges ("from → to") no scenario can take, each with the reason.
    void addTable(const QString &name, const PhaseTableBase &table,
                  const QHash<QString, QString> &exempt = {}, Normalize normalize = {});

    /// The phase events of connection `connection` in `log` belong to table `name`.
    void recordConnection(const QString &name, const EventLog &log, int connection);
    /// The phase events on connection 0 with this scope belong to table `name`.
    void recordScope(const QString &name, const EventLog &log, const QString &scope);

    /// Every edge of the table, "from → to", in table order.
    QStringList edges(const QString &name) const;
    QStringList taken(const QString &name) const;
    /// Edges neither taken nor exempt.
    QStringList missing(const QString &name) const;
    /// Exempt edges that a scenario took after all: the exemption is out of date.
    QStringList takenExempt(const QString &name) const;
    QStringList exempt(const QString &name) const;
    /// Taken pairs the table does not allow, and illegal-transition errors, as recorded.
    QStringList problems() const { return m_problems; }
    QStringList tables() const { return m_order; }

    static QString edge(const QString &from, const QString &to)
    {
        return from + QStringLiteral(" → ") + to;
    }

private:
    struct Table
    {
        const PhaseTableBase *table = nullptr;
        QHash<QString, QString> exempt;
        Normalize normalize;
        QSet<QString> taken;
    };
    void record(const QString &name, const EventLog &log, int connection, const QString &scope);

    QMap<QString, Table> m_tables;
    QStringList m_order;
    QStringList m_problems;
};

} // namespace Inspector::Test
