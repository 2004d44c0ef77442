// SPDX-License-Identifier: GPL-3.0-or-later
#include "ending.h"

#include "session/phasemachine.h"
#include "session/streamconnection.h"

namespace Inspector {

Ending::Ending(StreamConnection *connection, PhaseMachineBase *phases, Phases ends, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_phases(phases)
    , m_ends(ends)
{
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        m_connection->transport()->abort();
        finish();
    });
}

bool Ending::fail(Outcome outcome, const QString &code, const Phrase &message,
                  const QString &condition)
{
    if (m_failed || m_finished) {
        m_connection->note(Phrase::of(
            staticMetaObject, QT_TR_NOOP("Later error (the first one decides): %1"), {message}));
        return false;
    }
    m_failed = true;
    m_outcome = outcome;
    m_error = message;
    m_errorCode = code;
    m_failedPhase = m_phases->currentName();
    m_connection->recordError(code, message, m_failedPhase, condition);
    if (m_phases->allows(m_ends.failed))
        m_phases->transitionTo(m_ends.failed);
    return true;
}

void Ending::hangUp(const QString &answerCondition, int graceMs)
{
    if (answerCondition.isEmpty())
        m_connection->closeStream();
    else
        m_connection->sendStreamError(answerCondition, QString());
    if (m_connection->transport()->isOpen())
        closeTransport(graceMs);
    else
        finish();
}

void Ending::closeTransport(int ms)
{
    m_connection->transport()->close();
    m_grace.start(ms);
}

void Ending::close(int timeoutMs)
{
    const int phase = m_phases->currentPhase();
    if (m_finished || phase == m_ends.closing || phase == m_ends.failed)
        return;
    if (!m_phases->allows(m_ends.closing)) {
        finish(); // nothing was started (a client stopped before it began)
        return;
    }
    m_closeWaitMs = qMin(timeoutMs, CloseWaitCapMs);
    m_phases->transitionTo(m_ends.closing, m_closeWaitMs);
    if (!m_connection->transport()->isOpen()) {
        m_phases->transitionTo(m_ends.closed);
        finish();
        return;
    }
    m_connection->closeStream();
    if (!m_connection->peerStreamOpen())
        m_connection->transport()->close();
}

void Ending::closeTimedOut()
{
    m_connection->note(
        Phrase::of(staticMetaObject,
                   QT_TR_NOOP("The peer did not close its stream within %1 ms; closing TCP."),
                   {QString::number(m_closeWaitMs)}));
    m_phases->transitionTo(m_ends.closed);
    m_connection->transport()->abort();
    finish();
}

void Ending::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_phases->cancelTimeout();
    m_grace.stop();
    Q_EMIT finished();
}

} // namespace Inspector
