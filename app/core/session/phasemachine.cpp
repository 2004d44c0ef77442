// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasemachine.h"

#include "trace/eventlog.h"

namespace Inspector {

PhaseMachine::PhaseMachine(EventLog *log, int connection, std::function<QString(int)> names,
                           QSet<Transition> allowed, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_connection(connection)
    , m_names(std::move(names))
    , m_allowed(std::move(allowed))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT timedOut(m_current); });
}

bool PhaseMachine::transition(int to, int timeoutMs)
{
    if (!m_allowed.contains({m_current, to}))
        return false;
    const int from = m_current;
    m_current = to;
    m_timer.stop();
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    Event e;
    e.kind = EventKind::Phase;
    e.connection = m_connection;
    e.data = QJsonObject{{QStringLiteral("name"), m_names(to)},
                         {QStringLiteral("previous"), m_names(from)},
                         {QStringLiteral("timeoutMs"), timeoutMs}};
    m_log->append(std::move(e));
    return true;
}

void PhaseMachine::allowEnds(QSet<Transition> *t, int idle, int firstLive, int lastLive,
                             int closing, int failed)
{
    for (int p = firstLive; p <= lastLive; ++p) {
        t->insert({p, closing});
        t->insert({p, failed});
    }
    t->insert({idle, failed});
}

} // namespace Inspector
