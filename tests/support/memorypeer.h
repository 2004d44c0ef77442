// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorytransport.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <type_traits>

namespace Inspector::Test {

/**
 * The peer's side of one in-memory connection, played from a script: when what its end has
 * received contains the next step's cue (after the previous cue), it does that step: writes
 * the reply (fixed bytes, or bytes made from what it received, for a SCRAM nonce), then starts
 * TLS, closes or aborts. A step with an empty cue follows the previous one at once.
 */
class MemoryPeer : public QObject
{
public:
    struct Reply
    {
        Reply() = default;
        /// Fixed bytes: a literal, a QByteArray or a concatenation of them.
        template<typename T,
                 typename = std::enable_if_t<std::is_convertible_v<const T &, QByteArray>>>
        Reply(const T &bytes)
            : fixed(QByteArray(bytes))
        {}
        Reply(std::function<QByteArray(const QByteArray &received)> f)
            : make(std::move(f))
        {}
        QByteArray fixed;
        std::function<QByteArray(const QByteArray &)> make;
    };
    enum class Then { Nothing, StartTls, Close, Abort };
    struct Step
    {
        QByteArray cue;
        Reply reply;
        Then then = Then::Nothing;
    };

    /// `answerClose`: once the script is done or waits, a closing tag from the other side is
    /// answered with ours, then TCP is closed (RFC 6120 §4.4).
    MemoryPeer(MemoryTransport *end, QVector<Step> steps, bool answerClose = true)
        : m_end(end)
        , m_steps(std::move(steps))
        , m_answerClose(answerClose)
    {
        connect(end, &Transport::bytesReceived, this, [this] { advance(); });
        connect(end, &Transport::tlsEstablished, this, [this] {
            m_waitingForTls = false;
            advance();
        });
    }
    bool done() const { return m_next == m_steps.size(); }
    /// Takes the steps whose cue is already there (a peer that speaks first: empty cue).
    /// After starting TLS, the next step waits for the handshake to complete.
    void advance()
    {
        while (!m_waitingForTls && m_next < m_steps.size()) {
            const Step &s = m_steps.at(m_next);
            const qsizetype at = m_end->received().indexOf(s.cue, m_matched);
            if (at < 0)
                return;
            m_matched = at + s.cue.size();
            ++m_next;
            const QByteArray reply = s.reply.make ? s.reply.make(m_end->received()) : s.reply.fixed;
            if (!reply.isEmpty())
                m_end->write(reply);
            switch (s.then) {
            case Then::StartTls:
                m_waitingForTls = true;
                m_end->startServerTls(TlsOptions());
                break;
            case Then::Close:
                m_closed = true;
                m_end->close();
                break;
            case Then::Abort:
                m_closed = true;
                m_end->abort();
                break;
            case Then::Nothing:
                break;
            }
        }
        if (m_answerClose && !m_closed &&
            m_end->received().indexOf("</stream:stream>", m_matched) >= 0) {
            m_closed = true;
            m_end->write("</stream:stream>");
            m_end->close();
        }
    }

private:
    MemoryTransport *m_end;
    QVector<Step> m_steps;
    bool m_answerClose;
    int m_next = 0;
    qsizetype m_matched = 0;
    bool m_waitingForTls = false;
    bool m_closed = false;
};

} // namespace Inspector::Test
