// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/outcome.h"
#include "text/phrase.h"

#include <QObject>
#include <QTimer>

namespace Inspector {

class PhaseMachineBase;
class StreamConnection;

/**
 * How one connection of a session ends, the same for every role: the first failure decides
 * (recorded with the phase it happened in; a later one is only noted), our stream is closed
 * (with a stream error when the peer's fault calls for one, RFC 6120 §4.9) and TCP after it,
 * and a peer that does not close within a grace period is cut off. finished() comes once.
 */
class Ending : public QObject
{
    Q_OBJECT
public:
    static constexpr int GraceMs = 2000;
    /// RFC 6120 §4.4: how long at most to wait for the peer's closing tag before closing TCP.
    static constexpr int CloseWaitCapMs = 5000;

    /// The phases of the phase machine that a connection ends in.
    struct Phases
    {
        int closing;
        int closed;
        int failed;
    };
    Ending(StreamConnection *connection, PhaseMachineBase *phases, Phases ends,
           QObject *parent = nullptr);

    bool hasFailed() const { return m_failed; }
    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }
    /// The first failure's message (its English text is what transcripts and the CLI keep).
    const Phrase &error() const { return m_error; }
    const QString &errorCode() const { return m_errorCode; }
    /// The phase the failure happened in.
    const QString &failedPhase() const { return m_failedPhase; }

    /// Records the failure if it is the first (with the stream error's `condition` in its
    /// record, when there was one) and moves the
    /// phase machine to the failed phase (a connection already closing stays in that phase);
    /// returns false, after noting it, for a later one.
    bool fail(Outcome outcome, const QString &code, const Phrase &message,
              const QString &condition = {});
    /// After fail(): closes our stream, with <answerCondition/> first if given, then TCP; the
    /// peer has `graceMs` to close its side. Finishes at once when TCP is already closed.
    void hangUp(const QString &answerCondition = {}, int graceMs = GraceMs);
    /// Closes TCP and cuts it off after `ms` unless it closes first.
    void closeTransport(int ms = GraceMs);
    /// Ends a connection that did not fail (RFC 6120 §4.4): our closing tag, then TCP once the
    /// peer has closed its stream too, within the session's timeout (at most CloseWaitCapMs).
    void close(int timeoutMs);
    /// The peer did not close its stream in time: noted, and TCP cut.
    void closeTimedOut();
    /// Stops the phase's timeout and the grace period, and says finished() (once).
    void finish();

Q_SIGNALS:
    void finished();

private:
    StreamConnection *m_connection;
    PhaseMachineBase *m_phases;
    Phases m_ends;
    int m_closeWaitMs = 0;
    QTimer m_grace;
    bool m_failed = false;
    bool m_finished = false;
    Outcome m_outcome = Outcome::Success;
    Phrase m_error;
    QString m_errorCode;
    QString m_failedPhase;
};

} // namespace Inspector
