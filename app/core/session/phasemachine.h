// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <cstddef>
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

    /// The opening every initiating role shares: connect, TLS (direct, or after STARTTLS and
    /// <proceed/>), the stream, the peer's header and features. P is the role's Phase enum.
    template<typename P> static QSet<Transition> initiatorOpening()
    {
        return {
            {int(P::Idle), int(P::Connecting)},
            {int(P::Connecting), int(P::TcpConnected)},
            {int(P::TcpConnected), int(P::StreamOpened)},
            {int(P::TcpConnected), int(P::TlsHandshake)},
            {int(P::TlsHandshake), int(P::TlsEstablished)},
            {int(P::TlsEstablished), int(P::StreamOpened)},
            {int(P::TlsEstablished), int(P::StreamRestarted)},
            {int(P::StreamOpened), int(P::HeaderReceived)},
            {int(P::StreamRestarted), int(P::HeaderReceived)},
            {int(P::HeaderReceived), int(P::FeaturesReceived)},
            {int(P::FeaturesReceived), int(P::StarttlsSent)},
            {int(P::StarttlsSent), int(P::StarttlsProceed)},
            {int(P::StarttlsProceed), int(P::TlsHandshake)},
            {int(P::Closing), int(P::Closed)},
        };
    }
    /// Any live phase (first to last) may close or fail; the first error wins, so failed is
    /// terminal; and a role may fail before it starts.
    static void allowEnds(QSet<Transition> *t, int idle, int firstLive, int lastLive, int closing,
                          int failed);
    /// names[phase], or "unknown".
    template<std::size_t N> static QString nameOf(const char *const (&names)[N], int phase)
    {
        return phase >= 0 && phase < int(N) ? QString::fromLatin1(names[phase])
                                            : QStringLiteral("unknown");
    }

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
