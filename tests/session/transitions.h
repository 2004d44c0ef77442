// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edgecoverage.h"
#include "memorypeer.h"
#include "session/c2ssession.h"
#include "session/inbounds2s.h"
#include "session/outcome.h"
#include "session/outgoings2s.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

namespace Inspector::Test {

/**
 * One scripted run of a connection's role over the in-memory transport: how the role is
 * set up, what the peer does, when the test stops the role (as a user would, from the event
 * loop), and the phase the connection must end in.
 */
template<typename Config> struct Scenario
{
    std::function<void(Config &, MemoryTransport &peer)> configure;
    QVector<MemoryPeer::Step> steps;
    QString stopAt; // stop() once this phase is recorded (or "verdict:WHAT", that verdict)
    bool peerStartsTls = false; // direct TLS: the peer starts its handshake once connected
    QString last;
};
using OutgoingScenario = Scenario<OutgoingS2sConfig>;
using InboundScenario = Scenario<InboundS2sConfig>;
using ClientScenario = Scenario<C2sOptions>;

/// One run of the s2s session with the test as the receiving server (peer.example).
struct SessionScenario
{
    std::function<void(S2sOptions &)> configure;
    QVector<MemoryPeer::Step> steps;
    QJsonObject dns; // set: what the lookup of peer.example gives (no --host)
    int refused = 0; // connections refused before the one to the peer
    QString stopAt;  // the session phase at which the user stops it
    Outcome outcome = Outcome::Success;
};

/// The name of the last phase the log holds for `connection` (or for `scope` on 0).
QString lastPhase(const EventLog &log, int connection, const QString &scope = {});
/// The illegal-transition errors the log holds, as messages.
QStringList illegalTransitions(const EventLog &log);
/// Calls `stop` from the event loop once the phase `phase` is recorded on `connection`.
void stopOnce(EventLog &log, int connection, const QString &phase, QObject *context,
              const std::function<void()> &stop);

} // namespace Inspector::Test

Q_DECLARE_METATYPE(Inspector::Test::OutgoingScenario)
Q_DECLARE_METATYPE(Inspector::Test::InboundScenario)
Q_DECLARE_METATYPE(Inspector::Test::ClientScenario)
Q_DECLARE_METATYPE(Inspector::Test::SessionScenario)

class TestTransitions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outgoing_data();
    void outgoing();
    void inbound_data();
    void inbound();
    void client_data();
    void client();
    void clientActions_data();
    void clientActions();
    void s2sSession_data();
    void s2sSession();
    /// The authoritative listener answers the peer's back-connection, whose own dialback
    /// goes over a verify connection.
    void s2sSessionAuthoritative();
    void listen();
    void sessionsWithoutSockets();
    /// Last: every edge of every table was taken by the scenarios above, or is exempt.
    void everyEdgeIsTaken();

private:
    void runClient(const Inspector::Test::ClientScenario &scenario);
    /// client_data()'s rows for stream management (XEP-0198).
    void smScenarios();
    Inspector::Test::EdgeCoverage m_coverage;
    QSslCertificate m_certificate; // peer.example's, self-signed
    QSslKey m_key;
};
