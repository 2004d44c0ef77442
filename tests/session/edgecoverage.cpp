// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgecoverage.h"
#include "trace/eventjson.h"

#include "trace/eventlog.h"

namespace Inspector::Test {

void EdgeCoverage::addTable(const QString &name, const PhaseTableBase &table,
                            const QHash<QString, QString> &exempt, Normalize normalize)
{
    Table t;
    t.table = &table;
    t.exempt = exempt;
    t.normalize = std::move(normalize);
    m_tables.insert(name, t);
    m_order.append(name);
    const QStringList all = edges(name);
    for (auto it = exempt.cbegin(); it != exempt.cend(); ++it) {
        if (!all.contains(it.key()))
            m_problems.append(name + QStringLiteral(": the exempt edge ") + it.key() +
                              QStringLiteral(" is not in the table"));
    }
}

QStringList EdgeCoverage::edges(const QString &name) const
{
    QStringList out;
    const PhaseTableBase *table = m_tables.value(name).table;
    if (!table)
        return out;
    for (const PhaseTableBase::Row &from : table->rows()) {
        for (const PhaseTableBase::Row &to : table->rows()) {
            if (table->allows(from.phase, to.phase))
                out.append(edge(from.id, to.id));
        }
    }
    return out;
}

void EdgeCoverage::recordConnection(const QString &name, const EventLog &log, int connection)
{
    record(name, log, connection, QString());
}

void EdgeCoverage::recordScope(const QString &name, const EventLog &log, const QString &scope)
{
    record(name, log, 0, scope);
}

void EdgeCoverage::record(const QString &name, const EventLog &log, int connection,
                          const QString &scope)
{
    Table &t = m_tables[name];
    Q_ASSERT(t.table);
    const auto id = [&t](const QString &recorded) {
        return t.normalize ? t.normalize(recorded) : recorded;
    };
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.connection != connection ||
            EventJson::data(e).value(QStringLiteral("scope")).toString() != scope)
            continue;
        if (e.kind == EventKind::Error &&
            EventJson::data(e).value(QStringLiteral("code")).toString() ==
                QLatin1String("illegal-transition")) {
            m_problems.append(name + QStringLiteral(": illegal transition recorded: ") +
                              EventJson::data(e).value(QStringLiteral("message")).toString());
            continue;
        }
        if (e.kind != EventKind::Phase)
            continue;
        const QString from = id(EventJson::data(e).value(QStringLiteral("previous")).toString());
        const QString to = id(EventJson::data(e).value(QStringLiteral("name")).toString());
        const int f = t.table->phaseOf(from), n = t.table->phaseOf(to);
        if (f < 0 || n < 0 || !t.table->allows(f, n)) {
            m_problems.append(name + QStringLiteral(": taken, but not in the table: ") +
                              edge(from, to));
            continue;
        }
        t.taken.insert(edge(from, to));
    }
}

QStringList EdgeCoverage::taken(const QString &name) const
{
    QStringList out;
    const QSet<QString> taken = m_tables.value(name).taken;
    for (const QString &e : edges(name)) {
        if (taken.contains(e))
            out.append(e);
    }
    return out;
}

QStringList EdgeCoverage::missing(const QString &name) const
{
    QStringList out;
    const Table t = m_tables.value(name);
    for (const QString &e : edges(name)) {
        if (!t.taken.contains(e) && !t.exempt.contains(e))
            out.append(e);
    }
    return out;
}

QStringList EdgeCoverage::takenExempt(const QString &name) const
{
    QStringList out;
    const Table t = m_tables.value(name);
    for (const QString &e : edges(name)) {
        if (t.taken.contains(e) && t.exempt.contains(e))
            out.append(e);
    }
    return out;
}

QStringList EdgeCoverage::exempt(const QString &name) const
{
    QStringList out;
    const Table t = m_tables.value(name);
    for (const QString &e : edges(name)) {
        if (t.exempt.contains(e))
            out.append(e + QStringLiteral(" (") + t.exempt.value(e) + QLatin1Char(')'));
    }
    return out;
}

} // namespace Inspector::Test
