// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/outcome.h"
#include "session/phasemachine.h"
#include "session/session.h"
#include "text/phrase.h"

#include <QObject>
#include <QStringList>

namespace Inspector {

class EventLog;
class ListenSession;
class S2sSession;

/**
 * The built-in lab: a complete server-to-server session on loopback between two roles of this
 * tool, with nothing else installed. lab-a.localhost (originating, and authoritative for
 * itself) federates with lab-b.localhost (receiving, with STARTTLS on a certificate made at
 * startup): dialback verified over the back-connection, then a ping answered over lab-b's own
 * outgoing stream. Exactly the code paths of real sessions; variants show common failures.
 */
class LabSession : public Session
{
    Q_OBJECT
public:
    enum class Variant {
        Standard,
        WrongKey,
        SaslExternal,
        TlsRequiredNotOffered,
        WrongCertificateName
    };
    static QStringList variantNames();
    static bool parseVariant(const QString &name, Variant *variant);
    static QString variantName(Variant variant);  // the identifier (CLI, transcripts)
    static QString variantTitle(Variant variant); // in the interface's language
    static QString describe(Variant variant);
    static Phrase description(Variant variant);
    /// The lab's own phases, recorded on connection 0 (scope "lab").
    enum class Phase {
        Idle,
        Preparing,
        Running,
        Stopping,
        Finished,
    };
    static const PhaseTable<Phase> &phaseTable();

    LabSession(EventLog *log, Variant variant, QObject *parent = nullptr);
    ~LabSession() override;

    void start() override;
    void stop() override;
    bool isFinished() const override { return m_phases->current() == Phase::Finished; }
    Outcome outcome() const override { return m_outcome; }

private:
    void fail(const Phrase &message);
    void checkDone();

    EventLog *m_log;
    Variant m_variant;
    ListenSession *m_receiving = nullptr;
    S2sSession *m_originating = nullptr;
    PhaseMachine<Phase> *m_phases;
    Outcome m_outcome = Outcome::Success;
};

} // namespace Inspector
