// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"

#include "protocol/streamerror.h"

#include <QObject>

namespace Inspector {

/**
 * What a client does once its resource is bound, each only if asked for, in this order: raw
 * stanzas, the roster (RFC 6121 §2.1.3), a message watched for a delivery error (RFC 6120
 * §8.3), a ping to any JID (XEP-0199: an end-to-end federation test), staying online. Each is
 * recorded on the client's action machine, and the replies as verdicts; the connection's
 * phases move with them. The session matches iq replies to the id awaited.
 */
class ClientActions : public QObject
{
    Q_OBJECT
public:
    ClientActions(EventLog *log, const C2sOptions &options, StreamConnection *connection,
                  PhaseMachine<C2sSession::Phase> *phases, QObject *parent = nullptr);

    /// Starts the next action asked for; done() when none is left.
    void next();
    /// The reply to the iq awaited: recorded (roster, ping), and the next action follows.
    void replied(const Element &iq, const QString &type, const std::optional<StanzaError> &error);
    /// A <message type='error'/>: recorded when it bounces our message.
    void messageError(const Element &message);
    /// No reply to the ping within the timeout: recorded, and failed().
    void pingTimedOut();
    /// The entity capabilities the server's features announced (XEP-0115 §4), checked
    /// against its disco#info when discovery is asked for.
    void setServerCaps(const QString &node, const QString &ver, const QString &hash);

Q_SIGNALS:
    /// An action sent an iq and waits for the reply with this id.
    void awaiting(const QString &id);
    /// Every action asked for is done.
    void done();
    void failed(Inspector::Outcome outcome, const QString &code, const Inspector::Phrase &message);

private:
    /// Starts `action`; false if it was not asked for.
    bool start(C2sSession::Action action);
    void askRoster();
    /// XEP-0030: disco#info of the server (at its caps node) and then of the account.
    void discover(const QString &id, const QString &to, const QString &node = {});
    /// Records the answer of `asked`; for the server's, checks its capabilities hash.
    void discovered(const Element &iq, VerdictFact v, const QString &asked);
    void sendMessage();

    EventLog *m_log;
    C2sOptions m_options;
    StreamConnection *m_conn;
    PhaseMachine<C2sSession::Phase> *m_phases;
    PhaseMachine<C2sSession::Action> *m_actions;
    qint64 m_pingSentNs = 0;
    QString m_messageId;
    QString m_capsNode, m_capsVer, m_capsHash;
};

} // namespace Inspector
