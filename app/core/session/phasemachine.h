// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/phasetable.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Inspector {

class EventLog;

/**
 * The part of a phase machine that does not depend on the role's enum: the timer and its
 * signal (a QObject cannot be a template), the check against the table, and the record.
 * Roles use PhaseMachine<P>; Ending works on this.
 */
class PhaseMachineBase : public QObject
{
    Q_OBJECT
public:
    int currentPhase() const { return m_current; }
    QString currentName() const { return name(m_current); }
    /// The identifier recorded for `phase` (the table's, unless the role renamed it).
    QString name(int phase) const;
    bool allows(int to) const { return m_table->allows(m_current, to); }
    /**
     * Moves to `to`, records a phase event and arms its timeout. A transition the table does
     * not allow is a bug of this tool: it is recorded as an "illegal-transition" error, the
     * phase stays, false comes back, and Q_ASSERT stops a build with assertions.
     */
    bool transitionTo(int to, int timeoutMs = 0);
    void cancelTimeout() { m_timer.stop(); }
    /// Waits again, in the same phase (a new request was sent).
    void rearm(int timeoutMs) { m_timer.start(timeoutMs); }
    /// For the machine's own tests: an illegal transition is recorded and refused without the
    /// assertion, so that path can be checked in builds with assertions too.
    void setAssertOnIllegal(bool on) { m_assertOnIllegal = on; }

Q_SIGNALS:
    void timedOut(int phase);

protected:
    PhaseMachineBase(EventLog *log, int connection, const PhaseTableBase *table,
                     const QString &scope, QObject *parent);
    void rename(int phase, const QString &id) { m_renamed.insert(phase, id); }

private:
    void recordIllegal(int to);

    EventLog *m_log;
    int m_connection;
    const PhaseTableBase *m_table;
    QString m_scope;
    QHash<int, QString> m_renamed;
    int m_current;
    QTimer m_timer;
    bool m_assertOnIllegal = true;
};

/**
 * The transition function of one role over its Phase enum P and its PhaseTable<P>. A
 * connection's machine records on that connection; a session's machine (the orchestrators)
 * records on connection 0 with a scope ("s2s", "listen", …) that tells them apart.
 */
template<typename P> class PhaseMachine : public PhaseMachineBase
{
public:
    PhaseMachine(EventLog *log, int connection, const PhaseTable<P> &table,
                 QObject *parent = nullptr)
        : PhaseMachineBase(log, connection, &table, QString(), parent)
    {}
    PhaseMachine(EventLog *log, const QString &scope, const PhaseTable<P> &table,
                 QObject *parent = nullptr)
        : PhaseMachineBase(log, 0, &table, scope, parent)
    {}

    P current() const { return P(currentPhase()); }
    QString name(P phase) const { return PhaseMachineBase::name(int(phase)); }
    bool allows(P to) const { return PhaseMachineBase::allows(int(to)); }
    bool transition(P to, int timeoutMs = 0) { return transitionTo(int(to), timeoutMs); }
    /// Records `phase` as `id` from now on (the client names its SASL phase after the
    /// mechanism: sasl_scram-sha-1_sent).
    void rename(P phase, const QString &id) { PhaseMachineBase::rename(int(phase), id); }
};

} // namespace Inspector
