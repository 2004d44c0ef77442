// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/s2soptions.h"
#include "text/phrase.h"
#include "xml/element.h"

#include <QHash>
#include <QObject>

namespace Inspector {

class EventLog;
class OutgoingS2s;

/**
 * What a server-to-server session sends once its outgoing stream is authenticated: the ping
 * (XEP-0199), disco#info (XEP-0030) and software version (XEP-0092) queries and the stanzas
 * asked for, later the console's. Each iq get/set waits for its reply by id on whichever
 * connection it arrives (a reply addressed to our domain may come back on the remote's own
 * stream to us); each reply, and each one missing at the timeout, is recorded as a verdict.
 */
class S2sQueries : public QObject
{
    Q_OBJECT
public:
    S2sQueries(EventLog *log, const S2sOptions &options, QObject *parent = nullptr);

    /// Sends what was asked for on `stream`; `listening`: our authoritative listener runs, so
    /// replies addressed to our domain can reach us.
    void start(OutgoingS2s *stream, bool listening);
    /// Sends a stanza with 'from' and 'to' filled in (RFC 6120 §8.1.1.1, §8.1.2.1); an iq
    /// get/set waits for its reply.
    void send(Element stanza);
    /// A stanza that arrived on `connection`: recorded if it is an awaited reply.
    void received(int connection, const Element &stanza, bool authorized);
    /// The replies' timeout: those still awaited are recorded as missing.
    void timedOut();
    /// Whether the remote domain answered the ping.
    bool pingAnswered() const { return m_pingAnswered; }

Q_SIGNALS:
    /// No reply is awaited any more.
    void allAnswered();

private:
    struct Pending
    {
        QString kind;
        qint64 sentNs = 0;
    };

    void ask(const QString &kind, const QString &ns, const QString &name);
    void note(const Phrase &text);

    EventLog *m_log;
    S2sOptions m_options;
    OutgoingS2s *m_stream = nullptr;
    QHash<QString, Pending> m_pending;
    int m_queryCount = 0;
    int m_stanzaCount = 0;
    bool m_pingAnswered = false;
};

} // namespace Inspector
