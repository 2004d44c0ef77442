// SPDX-License-Identifier: GPL-3.0-or-later
// The phase table of every role, in one place: what each phase is called in the log, what may
// follow it, whether it may end the run, and whether --stop-after may name it.
#include "session/c2ssession.h"
#include "session/inbounds2s.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/outgoings2s.h"
#include "session/s2ssession.h"

namespace Inspector {

namespace {
constexpr auto Never = PhaseEnd::Never;
constexpr auto Fail = PhaseEnd::Fail;
constexpr auto Close = PhaseEnd::Close;
constexpr auto Any = PhaseEnd::CloseOrFail;
constexpr bool Stoppable = true;
} // namespace

const PhaseTable<OutgoingS2s::Phase> &OutgoingS2s::phaseTable()
{
    using P = Phase;
    static const PhaseTable<P> table(
        {
            {P::Idle, "idle", {P::Connecting}, Fail},
            {P::Connecting, "connecting", {P::TcpConnected}, Any},
            {P::TcpConnected, "tcp_connected", {P::StreamOpened, P::TlsHandshake}, Any, Stoppable},
            {P::TlsHandshake, "tls_handshake", {P::TlsEstablished}, Any},
            {P::TlsEstablished,
             "tls_established",
             {P::StreamOpened, P::StreamRestarted},
             Any,
             Stoppable},
            {P::StreamOpened, "stream_opened", {P::HeaderReceived}, Any},
            {P::StreamRestarted, "stream_restarted", {P::HeaderReceived}, Any},
            // A pre-1.0 peer sends no features (RFC 6120 §4.7.5): dialback right away.
            {P::HeaderReceived,
             "header_received",
             {P::FeaturesReceived, P::DialbackSent, P::VerifySent},
             Any,
             Stoppable},
            // Authenticated: the features after the SASL restart (XEP-0178 §3 step 11).
            {P::FeaturesReceived,
             "features_received",
             {P::StarttlsSent, P::SaslExternalSent, P::DialbackSent, P::VerifySent,
              P::Authenticated},
             Any,
             Stoppable},
            {P::StarttlsSent, "starttls_sent", {P::StarttlsProceed}, Any},
            {P::StarttlsProceed, "starttls_proceed", {P::TlsHandshake}, Any},
            // XEP-0178: dialback is the fallback after a SASL failure.
            {P::SaslExternalSent, "sasl_external_sent", {P::StreamRestarted, P::DialbackSent}, Any},
            {P::DialbackSent, "dialback_sent", {P::Authenticated}, Any},
            {P::VerifySent, "verify_sent", {}, Any},
            // XEP-0198 §4: an <r/> before closing, where stream management is on.
            {P::Authenticated, "authenticated", {P::SmAckRequested}, Any},
            {P::SmAckRequested, "sm_ack_requested", {}, Any},
            {P::Closing, "stream_closing", {P::Closed}, Never},
            {P::Closed, "stream_closed", {}, Never},
            {P::Failed, "failed", {}, Never},
        },
        P::Closing, P::Failed);
    return table;
}

const PhaseTable<InboundS2s::Phase> &InboundS2s::phaseTable()
{
    using P = Phase;
    static const PhaseTable<P> table(
        {
            {P::Idle, "idle", {P::Accepted}, Never},
            {P::Accepted, "accepted", {P::HeaderReceived, P::TlsHandshake}, Any},
            {P::TlsHandshake, "tls_handshake", {P::TlsEstablished}, Any},
            {P::TlsEstablished, "tls_established", {P::HeaderReceived}, Any},
            {P::HeaderReceived, "header_received", {P::FeaturesSent}, Any},
            // HeaderReceived: the peer restarts the stream (a pre-1.0 peer gets no features).
            {P::FeaturesSent,
             "features_sent",
             {P::StarttlsProceed, P::Authenticated, P::HeaderReceived},
             Any},
            {P::StarttlsProceed, "starttls_proceed", {P::TlsHandshake}, Any},
            // RFC 6120 §6.4.6: the stream restarts after SASL success.
            {P::Authenticated, "authenticated", {P::HeaderReceived}, Any},
            {P::Closing, "stream_closing", {P::Closed}, Never},
            {P::Closed, "stream_closed", {}, Never},
            {P::Failed, "failed", {}, Never},
        },
        P::Closing, P::Failed);
    return table;
}

const PhaseTable<C2sSession::Phase> &C2sSession::phaseTable()
{
    using P = Phase;
    // After binding, the actions asked for follow in a fixed order, each optional (nextAction).
    static const PhaseTable<P> table(
        {
            {P::Idle, "idle", {P::Connecting}, Fail},
            // Over BOSH the first request, the stream's opening, makes the connection.
            {P::Connecting, "connecting", {P::TcpConnected, P::StreamOpened}, Any},
            {P::TcpConnected, "tcp_connected", {P::StreamOpened, P::TlsHandshake}, Any},
            {P::TlsHandshake, "tls_handshake", {P::TlsEstablished}, Any},
            {P::TlsEstablished, "tls_established", {P::StreamOpened, P::StreamRestarted}, Any},
            {P::StreamOpened, "stream_opened", {P::HeaderReceived}, Any},
            {P::StreamRestarted, "stream_restarted", {P::HeaderReceived}, Any},
            {P::HeaderReceived, "header_received", {P::FeaturesReceived}, Any},
            {P::FeaturesReceived,
             "features_received",
             {P::RegisterQuerySent, P::StarttlsSent, P::SaslSent, P::BindSent, P::SmResumeSent},
             Any},
            // XEP-0077 §3.1: the form asked for, then the login (or the probe's end).
            {P::RegisterQuerySent, "register_query_sent", {P::SaslSent}, Any},
            {P::StarttlsSent, "starttls_sent", {P::StarttlsProceed}, Any},
            {P::StarttlsProceed, "starttls_proceed", {P::TlsHandshake}, Any},
            // RFC 6120 §6.4.2: each <challenge/> is answered in a new round of the same phase,
            // with its own timeout. Recorded after the mechanism: sasl_scram-sha-1_sent.
            {P::SaslSent, "sasl_sent", {P::SaslSent, P::Authenticated}, Any},
            {P::Authenticated, "authenticated", {P::StreamRestarted}, Any},
            {P::BindSent, "bind_sent", {P::ResourceBound}, Any},
            {P::ResourceBound,
             "resource_bound",
             {P::SessionEstablished, P::SmEnableSent, P::RosterReceived, P::MessageSent,
              P::PingSent, P::Online},
             Any},
            {P::SessionEstablished,
             "session_established",
             {P::SmEnableSent, P::RosterReceived, P::MessageSent, P::PingSent, P::Online},
             Any},
            // XEP-0198: once management is on, the last action is followed by an <r/>.
            {P::RosterReceived,
             "roster_received",
             {P::MessageSent, P::PingSent, P::Online, P::SmAckRequested},
             Any},
            {P::MessageSent, "message_sent", {P::PingSent, P::Online, P::SmAckRequested}, Any},
            {P::PingSent, "ping_sent", {P::Online, P::SmAckRequested}, Any},
            {P::Online, "online", {P::SmAckRequested}, Any},
            // XEP-0198 §3: a <failed/> answer leaves the stream as it was: the actions follow.
            {P::SmEnableSent,
             "sm_enable_sent",
             {P::SmEnabled, P::RosterReceived, P::MessageSent, P::PingSent, P::Online},
             Any},
            {P::SmEnabled,
             "sm_enabled",
             {P::RosterReceived, P::MessageSent, P::PingSent, P::Online, P::SmAckRequested,
              P::SmDropped},
             Any}, // the actions that change no phase (discovery, stanzas) wait here
            {P::SmAckRequested, "sm_ack_requested", {}, Any},
            // XEP-0198 §5: a resumed stream needs no binding; its resource is the old one's.
            {P::SmResumeSent, "sm_resume_sent", {P::SmResumed}, Any},
            {P::SmResumed, "sm_resumed", {P::SmAckRequested}, Never}, // passed through at once
            // A resumption test's first connection ends here, TCP dropped on purpose.
            {P::SmDropped, "sm_dropped", {}, Never},
            {P::Closing, "stream_closing", {P::Closed}, Never},
            {P::Closed, "stream_closed", {}, Never},
            {P::Failed, "failed", {}, Never},
        },
        P::Closing, P::Failed);
    return table;
}

const PhaseTable<C2sSession::Action> &C2sSession::actionTable()
{
    using A = Action;
    // The client's own steps after binding, each only if asked for, in this order.
    static const PhaseTable<A> table(
        {
            {A::Idle,
             "idle",
             {A::Discover, A::Stanzas, A::Roster, A::Message, A::Ping, A::StayOnline, A::Done}},
            {A::Discover,
             "discovering",
             {A::Stanzas, A::Roster, A::Message, A::Ping, A::StayOnline, A::Done}},
            {A::Stanzas,
             "sending_stanzas",
             {A::Roster, A::Message, A::Ping, A::StayOnline, A::Done}},
            {A::Roster, "asking_roster", {A::Message, A::Ping, A::StayOnline, A::Done}},
            {A::Message, "sending_message", {A::Ping, A::StayOnline, A::Done}},
            {A::Ping, "pinging", {A::StayOnline, A::Done}},
            {A::StayOnline, "staying_online", {A::Done}},
            {A::Done, "actions_done", {}},
        },
        A::Done, A::Done);
    return table;
}

const PhaseTable<S2sSession::Phase> &S2sSession::phaseTable()
{
    using P = Phase;
    // Ending a session is wrapping up (every connection closes); only a listener that cannot
    // start finishes it at once.
    static const PhaseTable<P> table(
        {
            {P::Idle, "idle", {P::Resolving, P::Attempting}, Any},
            {P::Resolving, "resolving", {P::Attempting}, Close},
            // RFC 6120 §3.2.1: each candidate address is a new attempt.
            {P::Attempting, "attempting", {P::Attempting, P::Querying}, Close},
            {P::Querying, "querying", {P::StayingOpen}, Close},
            {P::StayingOpen, "staying_open", {}, Close},
            {P::WrappingUp, "wrapping_up", {P::Finished}},
            {P::Finished, "finished", {}},
        },
        P::WrappingUp, P::Finished);
    return table;
}

const PhaseTable<ListenSession::Phase> &ListenSession::phaseTable()
{
    using P = Phase;
    static const PhaseTable<P> table(
        {
            {P::Idle, "idle", {P::Listening}, Any},
            {P::Listening, "listening", {}, Close},
            {P::Stopping, "stopping", {P::Finished}},
            {P::Finished, "finished", {}},
        },
        P::Stopping, P::Finished);
    return table;
}

const PhaseTable<LabSession::Phase> &LabSession::phaseTable()
{
    using P = Phase;
    static const PhaseTable<P> table(
        {
            {P::Idle, "idle", {P::Preparing}},
            {P::Preparing, "preparing", {P::Running}, Fail},
            {P::Running, "running", {}, Close},
            {P::Stopping, "stopping", {P::Finished}},
            {P::Finished, "finished", {}},
        },
        P::Stopping, P::Finished);
    return table;
}

} // namespace Inspector
