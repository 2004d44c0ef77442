// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Inspector {

class EventLog;

/**
 * The transition function shared by every role: a role declares its Phase enum,
 * the names and the allowed transitions; this checks each transition against that table,
 * records a phase event and arms the phase's timeout.
 */
class PhaseMachine : public QObject
{
    Q_OBJECT
public:
    using Transition = QPair<int, int>;

    PhaseMachine(EventLog *log, int connection, std::function<QString(int)> names,
                 QSet<Transition> allowed, QObject *parent = nullptr);

    int current() const { return m_current; }
    QString currentName() const { return m_names(m_current); }
    /// False (and nothing recorded) if the table does not allow it.
    bool transition(int to, int timeoutMs = 0);
    void cancelTimeout() { m_timer.stop(); }
    /// Waits again, in the same phase (a new request was sent).
    void rearm(int timeoutMs) { m_timer.start(timeoutMs); }

Q_SIGNALS:
    void timedOut(int phase);

private:
    EventLog *m_log;
    int m_connection;
    std::function<QString(int)> m_names;
    QSet<Transition> m_allowed;
    int m_current = 0;
    QTimer m_timer;
};

} // namespace Inspector
