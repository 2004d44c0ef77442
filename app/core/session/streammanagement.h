// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"
#include "xml/element.h"

#include <QObject>
#include <QVector>

#include <optional>

namespace Inspector {

class StreamConnection;

/// Where a resumption starts from (XEP-0198 §5): what the dropped stream's management knew.
struct SmResumePoint
{
    QString id;         // <enabled id=''/>: the previd of <resume/>
    QString location;   // <enabled location=''/>: where to reconnect; empty: the same server
    qint64 handled = 0; // stanzas we handled from the server (our h)
    qint64 sent = 0;    // stanzas we sent
    qint64 acked = 0;   // what the server last acknowledged
    /// The stanzas sent after `acked`, oldest first (at most StreamManagement::MaxQueued).
    QVector<ElementPtr> unacked;
    QString jid;             // the full JID bound, which the resumed session keeps
    QString testMessageId;   // the message to ourselves sent just before the drop
    int testMessageSeen = 0; // how often it arrived before the drop

    bool isValid() const { return !id.isEmpty(); }
};

/**
 * XEP-0198 stream management on one connection: <enable/> and its answer, the counts of
 * stanzas sent and handled both ways (h, modulo 2^32), <r/> answered and asked, <a/> checked
 * against what was sent, and <resume/> from a dropped stream's point with the unacknowledged
 * stanzas sent again. Each answer is recorded as a verdict (sm-enable, sm-ack, sm-resume);
 * the session decides what to do next from the signals.
 */
class StreamManagement : public QObject
{
    Q_OBJECT
public:
    /// Stanzas kept for sending again; older unacknowledged ones are only counted.
    static constexpr int MaxQueued = 1000;

    explicit StreamManagement(StreamConnection *connection, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    /// <enable/> sent, neither <enabled/> nor <failed/> yet.
    bool isEnablePending() const { return m_enableSent && !m_enabled; }
    bool isResumable() const { return m_enabled && !m_id.isEmpty(); }
    /// Whether an <a/> answering our <r/> is awaited.
    bool isAckPending() const { return m_ackRequested; }
    qint64 sent() const { return m_sent; }
    qint64 handled() const { return m_handled; }

    /// <enable resume='true'/> (§3), or <enable/> where nothing is resumed (between servers):
    /// our count of stanzas sent starts here.
    void enable(bool resume = true);
    /// <resume previd h/> (§5) from a dropped stream's point; the counts go on from it.
    void resume(const SmResumePoint &from);
    /// <r/> (§4): the server answers with <a h/>.
    void requestAck();
    /// <a h/> with what we handled, unasked (before closing, §7).
    void acknowledge();
    /// A top-level element from the server: a stanza is counted once management is on, an
    /// element of urn:xmpp:sm:3 is handled. True when it was stream management's own.
    bool handle(const Element &element);
    /// What a resumption needs, with the message `testId` sent to ourselves just before.
    SmResumePoint point(const QString &testId = {}) const;
    /// How often the watched message arrived.
    int arrivals(const QString &id) const { return id == m_watchId ? m_watchSeen : 0; }
    /// Counts the arrivals of our own message with this id from `from` (our full JID): not
    /// an error bounce, not a stanza from anyone else with the same id.
    void watch(const QString &id, const QString &from, int seenBefore = 0);
    /// Stanzas received between <resumed/> and the first <a/> after it: what the server sent
    /// again, and anything new it sent meanwhile.
    qint64 receivedSinceResume() const { return m_sinceResume; }

Q_SIGNALS:
    void enabled(bool resumable);
    void enableFailed();
    void acknowledged(qint64 h);
    void resumed();
    void resumeFailed(const QString &condition);
    /// The server broke the protocol (an h above what we sent, a wrong previd); the stream
    /// error is sent, and the session should end.
    void violated(const QString &code, const Inspector::Phrase &message);

private:
    void onEnabled(const Element &e);
    void onAck(const Element &e);
    void onResumed(const Element &e);
    void onFailed(const Element &e);
    /// The h of a <failed/> answering <resume/>: checked, and what it says was delivered.
    void noteFailedCount(qint64 h);
    void onSent(const ElementPtr &stanza);
    /// Checks the server's h against what we sent and drops what it acknowledged; false (and
    /// violated()) when it says it handled more than we sent.
    bool takeAck(qint64 h, const char *what);
    /// Ends the stream with <undefined-condition/> (XEP-0198 §4), then violated().
    void violate(const QString &code, const Phrase &message,
                 const std::optional<Element> &applicationCondition = std::nullopt);

    StreamConnection *m_conn;
    bool m_enableSent = false, m_enabled = false, m_resumeSent = false, m_counting = false;
    bool m_resumeAsked = false;
    bool m_ackRequested = false, m_resumedAwaitingAck = false;
    QString m_id, m_location;
    qint64 m_sent = 0, m_handled = 0, m_acked = 0, m_sinceResume = 0;
    QVector<ElementPtr> m_unacked;
    QString m_watchId, m_watchFrom;
    int m_watchSeen = 0;
    qint64 m_sentAtRequest = 0; // what the server's answer to our <r/> must count (§4)
};

} // namespace Inspector
