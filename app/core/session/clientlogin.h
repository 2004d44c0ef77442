// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"

#include <QObject>

#include <memory>

namespace Inspector {

class ClientSasl;

/**
 * The client's SASL login on its stream (RFC 6120 §6): ClientSasl's exchange sent, its steps
 * and result recorded on the connection's phases and as verdicts, and the credentials
 * withheld, with <abort/> once the exchange has started (§6.4.4), where the server's
 * certificate does not prove its domain (§13.7.2) unless the user insists.
 */
class ClientLogin : public QObject
{
    Q_OBJECT
public:
    ClientLogin(const C2sOptions &options, StreamConnection *connection,
                PhaseMachine<C2sSession::Phase> *phases, Ending *end, QObject *parent = nullptr);
    ~ClientLogin() override;

    /// Chooses the mechanism from the features and sends <auth/>.
    void start(const StreamFeatures &features);
    /// The server's <challenge/>, <success/> or <failure/>.
    void onSasl(const Element &element);
    /// Whether `element` is the server's answer to our <abort/> (then the stream is closed).
    bool abortAnswered(const Element &element);
    bool isAuthenticated() const { return m_authenticated; }

Q_SIGNALS:
    /// <success/>, and the server proved itself where the mechanism can: the stream restarts.
    void authenticated();
    void failed(Inspector::Outcome outcome, const QString &code, const Inspector::Phrase &message);

private:
    void onChallenge(const Element &challenge);
    void onSuccess(const Element &success);
    /// Why credentials may not go to this server now, or empty.
    Phrase credentialRisk() const;
    /// Ends the session before credential material is sent: <abort/> when the exchange has
    /// started, then, after the server's <failure><aborted/>, our stream.
    void withhold(const QString &code, const Phrase &message, bool exchangeStarted);
    void note(const Phrase &text);

    C2sOptions m_options;
    StreamConnection *m_conn;
    PhaseMachine<C2sSession::Phase> *m_phases;
    Ending *m_end;
    std::unique_ptr<ClientSasl> m_sasl;
    bool m_authenticated = false;
    bool m_abortPending = false; // <abort/> sent, waiting for the server's <failure/>
};

} // namespace Inspector
