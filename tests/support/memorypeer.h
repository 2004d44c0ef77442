// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorytransport.h"

#include <QVector>

namespace Inspector::Test {

/// The peer's side of one in-process connection, played from a script: when what it received
/// contains the next cue, it does that step (answers bytes, starts TLS, closes).
class MemoryPeer : public QObject
{
public:
    struct Step
    {
        QByteArray cue;
        QByteArray reply;
        enum class Then { Nothing, StartTls, Close } then = Then::Nothing;
    };
    MemoryPeer(MemoryTransport *end, QVector<Step> steps)
        : m_end(end)
        , m_steps(std::move(steps))
    {
        connect(end, &Transport::bytesReceived, this, [this] { advance(); });
    }
    bool done() const { return m_next == m_steps.size(); }

private:
    void advance()
    {
        while (m_next < m_steps.size()) {
            const Step &s = m_steps.at(m_next);
            const qsizetype at = m_end->received().indexOf(s.cue, m_matched);
            if (at < 0)
                return;
            m_matched = at + s.cue.size();
            ++m_next;
            if (!s.reply.isEmpty())
                m_end->write(s.reply);
            if (s.then == Step::Then::StartTls)
                m_end->startServerTls(TlsOptions());
            else if (s.then == Step::Then::Close)
                m_end->close();
        }
    }
    MemoryTransport *m_end;
    QVector<Step> m_steps;
    int m_next = 0;
    qsizetype m_matched = 0;
};

} // namespace Inspector::Test
