// SPDX-License-Identifier: GPL-3.0-or-later
#include "streammanagement.h"

#include "facts/verdictfact.h"
#include "session/streamconnection.h"
#include "xml/namespaces.h"
#include "xml/streamparser.h"

namespace Inspector {

namespace {

constexpr qint64 Modulus = qint64(1) << 32; // XEP-0198 §4: h wraps at 2^32

/// An h attribute: an unsigned 32-bit integer, or -1.
qint64 parseH(const Element &e)
{
    bool ok = false;
    const qint64 h = e.attribute(u"h").toLongLong(&ok);
    return ok && h >= 0 && h < Modulus ? h : -1;
}

Element sm(const char *name)
{
    return Element(Ns::Sm3, QString::fromLatin1(name));
}

bool isTrue(const QString &v)
{
    return v == QLatin1String("true") || v == QLatin1String("1");
}

/// The defined condition of a <failed/> (XEP-0198 §3, §5): its child in the stanzas namespace.
QString failedCondition(const Element &e)
{
    for (const ElementPtr &c : e.children()) {
        if (c->namespaceUri() == Ns::StanzaErrors)
            return c->name();
    }
    return {};
}

} // namespace

StreamManagement::StreamManagement(StreamConnection *connection, QObject *parent)
    : QObject(parent)
    , m_conn(connection)
{
    connect(m_conn, &StreamConnection::stanzaSent, this, &StreamManagement::onSent);
}

void StreamManagement::enable(bool resume)
{
    m_enableSent = true;
    m_resumeAsked = resume;
    m_counting = true;
    m_sent = m_acked = 0;
    m_unacked.clear();
    Element request = sm("enable");
    if (resume)
        request.setAttribute(QStringLiteral("resume"), QStringLiteral("true"));
    m_conn->send(request);
}

void StreamManagement::resume(const SmResumePoint &from)
{
    m_resumeSent = true;
    m_id = from.id;
    m_handled = from.handled;
    m_sent = from.sent;
    m_acked = from.acked;
    m_unacked = from.unacked;
    m_conn->send(sm("resume")
                     .setAttribute(QStringLiteral("previd"), from.id)
                     .setAttribute(QStringLiteral("h"), QString::number(from.handled % Modulus)));
}

void StreamManagement::requestAck()
{
    if (!m_enabled)
        return;
    m_ackRequested = true;
    m_sentAtRequest = m_sent;
    m_conn->send(sm("r"));
}

void StreamManagement::acknowledge()
{
    if (m_enabled)
        m_conn->send(
            sm("a").setAttribute(QStringLiteral("h"), QString::number(m_handled % Modulus)));
}

void StreamManagement::watch(const QString &id, const QString &from, int seenBefore)
{
    m_watchId = id;
    m_watchFrom = from;
    m_watchSeen = seenBefore;
}

bool StreamManagement::handle(const Element &e)
{
    if (e.namespaceUri() != Ns::Sm3) {
        if (m_enabled && StreamParser::isStanza(e)) {
            ++m_handled;
            if (m_resumedAwaitingAck)
                ++m_sinceResume;
            if (!m_watchId.isEmpty() && e.name() == QLatin1String("message") &&
                e.attribute(u"id") == m_watchId && e.attribute(u"from") == m_watchFrom &&
                e.attribute(u"type") != QLatin1String("error"))
                ++m_watchSeen;
        }
        return false;
    }
    const QString name = e.name();
    if (name == QLatin1String("r")) {
        if (!m_enabled)
            m_conn->noteRepeated(
                QStringLiteral("sm-early-r"),
                Phrase::of(staticMetaObject, QT_TR_NOOP("Stream management: an <r/> while "
                                                        "it is not enabled is not answered "
                                                        "(XEP-0198 §4).")));
        acknowledge();
    } else if (name == QLatin1String("a")) {
        onAck(e);
    } else if (name == QLatin1String("enabled") && m_enableSent && !m_enabled) {
        onEnabled(e);
    } else if (name == QLatin1String("resumed") && m_resumeSent && !m_enabled) {
        onResumed(e);
    } else if (name == QLatin1String("failed")) {
        onFailed(e);
    } else {
        m_conn->noteRepeated(QStringLiteral("sm-unexpected"),
                             Phrase::of(staticMetaObject,
                                        QT_TR_NOOP("Stream management: <%1/> where none was "
                                                   "expected (XEP-0198); ignored."),
                                        {name}));
    }
    return true;
}

void StreamManagement::onEnabled(const Element &e)
{
    m_enabled = true;
    VerdictFact v(QStringLiteral("sm-enable"), QStringLiteral("enabled"));
    const bool resume = isTrue(e.attribute(u"resume"));
    v.resume = resume;
    // The id names the session for <resume/>: without resumption it has no use (§3). One
    // granted though not asked for is not used either.
    if (resume && m_resumeAsked)
        m_id = e.attribute(u"id");
    else if (resume)
        m_conn->note(Phrase::of(staticMetaObject,
                                QT_TR_NOOP("Stream management: <enabled/> grants resumption, "
                                           "which was not asked for (XEP-0198 §3); not used.")));
    m_location = e.attribute(u"location");
    v.id = e.attribute(u"id");
    if (!m_location.isEmpty())
        v.location = m_location;
    bool ok = false;
    const qint64 max = e.attribute(u"max").toLongLong(&ok);
    if (ok)
        v.max = max;
    m_conn->verdict(v);
    if (resume && m_resumeAsked && m_id.isEmpty())
        m_conn->note(Phrase::of(staticMetaObject,
                                QT_TR_NOOP("Stream management: <enabled resume='true'/> without "
                                           "an id: the session cannot be resumed (XEP-0198 §3).")));
    Q_EMIT enabled(isResumable());
}

void StreamManagement::onResumed(const Element &e)
{
    const qint64 sentBefore = m_sent;
    const qint64 h = parseH(e);
    VerdictFact v(QStringLiteral("sm-resume"), QStringLiteral("resumed"));
    v.id = e.attribute(u"previd");
    v.sentCount = sentBefore;
    if (h >= 0)
        v.handled = h;
    if (e.attribute(u"previd") != m_id) {
        violate(QStringLiteral("sm-resumed-wrong-id"),
                Phrase::of(staticMetaObject,
                           QT_TR_NOOP("<resumed/> names the session '%1'; we resumed '%2' "
                                      "(XEP-0198 §5)."),
                           {e.attribute(u"previd"), m_id}));
        return;
    }
    if (h < 0) {
        violate(QStringLiteral("sm-bad-h"),
                Phrase::of(staticMetaObject,
                           QT_TR_NOOP("<resumed/> has no valid h (XEP-0198 §5): '%1'."),
                           {e.attribute(u"h")}));
        return;
    }
    if (!takeAck(h, "resumed"))
        return;
    // §5: what the server did not handle is sent again, and counted again from its h; what
    // fell out of the queue is said, not sent.
    const qint64 unqueued = m_sent - m_acked - m_unacked.size();
    if (unqueued > 0)
        m_conn->note(Phrase::of(staticMetaObject,
                                QT_TR_NOOP("Stream management: %1 unacknowledged stanzas were "
                                           "older than the %2 kept, and are not sent again."),
                                {unqueued, MaxQueued}));
    const QVector<ElementPtr> again = m_unacked;
    m_unacked.clear();
    m_sent = m_acked;
    m_enabled = true;
    m_counting = true;
    m_resumedAwaitingAck = true;
    m_sinceResume = 0;
    v.resent = again.size();
    m_conn->verdict(v);
    for (const ElementPtr &s : again)
        m_conn->send(*s);
    Q_EMIT resumed();
}

void StreamManagement::onFailed(const Element &e)
{
    const QString condition = failedCondition(e);
    if (m_resumeSent && !m_enabled) {
        VerdictFact v(QStringLiteral("sm-resume"), QStringLiteral("failed"));
        v.condition = condition;
        v.id = m_id;
        const qint64 h = parseH(e);
        if (h >= 0)
            v.handled = h;
        m_conn->verdict(v);
        if (h >= 0)
            noteFailedCount(h);
        m_resumeSent = false;
        Q_EMIT resumeFailed(condition);
        return;
    }
    if (m_enableSent && !m_enabled) {
        VerdictFact v(QStringLiteral("sm-enable"), QStringLiteral("failed"));
        v.condition = condition;
        m_conn->verdict(v);
        m_enableSent = false;
        m_counting = false;
        Q_EMIT enableFailed();
        return;
    }
    m_conn->note(Phrase::of(staticMetaObject,
                            QT_TR_NOOP("Stream management: <failed/> (%1) answering nothing we "
                                       "sent (XEP-0198)."),
                            {condition}));
}

void StreamManagement::noteFailedCount(qint64 h)
{
    // §5: the h of a <failed/> tells which of the dropped stream's stanzas arrived. It cannot
    // go back, nor count more than was sent; the session is not resumed either way, so a
    // wrong one is said, not answered with a stream error.
    const qint64 newly = (h - m_acked % Modulus + Modulus) % Modulus;
    if (newly >= Modulus / 2 || m_acked + newly > m_sent) {
        m_conn->note(Phrase::of(staticMetaObject,
                                QT_TR_NOOP("Stream management: <failed h='%1'/> cannot be right: "
                                           "%2 stanzas were sent on the dropped stream, %3 "
                                           "acknowledged (XEP-0198 §5)."),
                                {h, m_sent, m_acked}));
        return;
    }
    const qint64 handled = m_acked + newly;
    m_conn->note(Phrase::of(staticMetaObject,
                            QT_TR_NOOP("Stream management: by its <failed h='%1'/>, the server "
                                       "handled %2 of the %3 stanzas sent on the dropped stream; "
                                       "%4 never arrived (XEP-0198 §5)."),
                            {h, handled, m_sent, m_sent - handled}));
}

void StreamManagement::onAck(const Element &e)
{
    const qint64 h = parseH(e);
    if (!m_enabled || h < 0) {
        m_conn->note(!m_enabled ? Phrase::of(staticMetaObject,
                                             QT_TR_NOOP("Stream management: an <a/> before "
                                                        "<enabled/> is ignored (XEP-0198 §4)."))
                                : Phrase::of(staticMetaObject,
                                             QT_TR_NOOP("Stream management: an <a/> without a "
                                                        "valid h ('%1') is ignored (XEP-0198 §4)."),
                                             {e.attribute(u"h")}));
        return;
    }
    const bool answer = m_ackRequested;
    m_ackRequested = false;
    if (!takeAck(h, "a"))
        return;
    // §4: the answer counts what the server handled when it read our <r/>: what we sent
    // after it (answers to its requests, say) is not in it yet.
    VerdictFact v(QStringLiteral("sm-ack"), answer && m_acked < m_sentAtRequest
                                                ? QStringLiteral("behind")
                                                : QStringLiteral("ok"));
    v.handled = h;
    v.sentCount = answer ? m_sentAtRequest : m_sent;
    if (m_resumedAwaitingAck) {
        v.peerResent = m_sinceResume;
        m_resumedAwaitingAck = false;
    }
    m_conn->verdict(v);
    Q_EMIT acknowledged(h);
}

bool StreamManagement::takeAck(qint64 h, const char *what)
{
    const qint64 newly = (h - m_acked % Modulus + Modulus) % Modulus;
    // Half the counter's range ahead is behind: h never goes back (§4).
    if (newly >= Modulus / 2) {
        violate(QStringLiteral("sm-h-went-back"),
                Phrase::of(staticMetaObject,
                           QT_TR_NOOP("The server's <%1/> says it handled %2 stanzas, fewer than "
                                      "the %3 it had acknowledged before (XEP-0198 §4)."),
                           {QString::fromLatin1(what), h, m_acked % Modulus}));
        return false;
    }
    if (m_acked + newly > m_sent) {
        VerdictFact v(QStringLiteral("sm-ack"), QStringLiteral("too-high"));
        v.handled = h;
        v.sentCount = m_sent;
        m_conn->verdict(v);
        // §4: undefined-condition, with what each side counted.
        Element tooHigh = sm("handled-count-too-high");
        tooHigh.setAttribute(QStringLiteral("h"), QString::number(h));
        tooHigh.setAttribute(QStringLiteral("send-count"), QString::number(m_sent % Modulus));
        violate(QStringLiteral("sm-handled-count-too-high"),
                Phrase::of(staticMetaObject,
                           QT_TR_NOOP("The server's <%1/> says it handled %2 stanzas; we sent %3 "
                                      "(XEP-0198 §4: handled-count-too-high)."),
                           {QString::fromLatin1(what), h, m_sent}),
                tooHigh);
        return false;
    }
    m_acked += newly;
    // The queue holds the last MaxQueued unacknowledged stanzas: drop what is acknowledged.
    const qint64 unackedTotal = m_sent - m_acked;
    const qint64 drop = m_unacked.size() - qMin<qint64>(unackedTotal, m_unacked.size());
    m_unacked.remove(0, drop);
    return true;
}

void StreamManagement::onSent(const ElementPtr &stanza)
{
    if (!m_counting)
        return;
    ++m_sent;
    m_unacked.append(stanza);
    if (m_unacked.size() > MaxQueued)
        m_unacked.removeFirst();
}

void StreamManagement::violate(const QString &code, const Phrase &message,
                               const std::optional<Element> &applicationCondition)
{
    m_conn->sendStreamError(QStringLiteral("undefined-condition"), message.english(),
                            applicationCondition);
    Q_EMIT violated(code, message);
}

SmResumePoint StreamManagement::point(const QString &testId) const
{
    SmResumePoint p;
    p.id = m_id;
    p.location = m_location;
    p.handled = m_handled;
    p.sent = m_sent;
    p.acked = m_acked;
    p.unacked = m_unacked;
    p.testMessageId = testId;
    p.testMessageSeen = arrivals(testId);
    return p;
}

} // namespace Inspector
