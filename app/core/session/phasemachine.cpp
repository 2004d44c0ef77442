// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasemachine.h"

#include "facts/eventfacts.h"
#include "trace/eventlog.h"

namespace Inspector {

PhaseMachineBase::PhaseMachineBase(EventLog *log, int connection, const PhaseTableBase *table,
                                   const QString &scope, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_connection(connection)
    , m_table(table)
    , m_scope(scope)
    , m_current(table->initial())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT timedOut(m_current); });
}

QString PhaseMachineBase::name(int phase) const
{
    const auto it = m_renamed.constFind(phase);
    return it != m_renamed.constEnd() ? it.value() : m_table->id(phase);
}

bool PhaseMachineBase::transitionTo(int to, int timeoutMs)
{
    if (!m_table->allows(m_current, to)) {
        recordIllegal(to);
        return false;
    }
    const int from = m_current;
    m_current = to;
    m_timer.stop();
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    Event e;
    e.kind = EventKind::Phase;
    e.connection = m_connection;
    PhaseEventFact phase;
    phase.name = name(to);
    phase.previous = name(from);
    phase.timeoutMs = timeoutMs;
    if (!m_scope.isEmpty())
        phase.scope = m_scope;
    e.payload = phase;
    m_log->append(std::move(e));
    return true;
}

void PhaseMachineBase::recordIllegal(int to)
{
    const QString from = currentName(), target = name(to);
    Event e;
    e.kind = EventKind::Error;
    e.connection = m_connection;
    ErrorEventFact error(
        QStringLiteral("illegal-transition"),
        Phrase::of(staticMetaObject,
                   QT_TR_NOOP("The phase table does not allow %1 → %2: the transition is "
                              "refused and the phase stays %1 (a bug in this tool; "
                              "please report it)."),
                   {from, target}));
    error.phase = from;
    error.from = from;
    error.to = target;
    if (!m_scope.isEmpty())
        error.scope = m_scope;
    e.payload = error;
    m_log->append(std::move(e));
    Q_ASSERT_X(!m_assertOnIllegal, "PhaseMachine", "a transition the phase table does not allow");
}

} // namespace Inspector
