// SPDX-License-Identifier: GPL-3.0-or-later
#include "phases.h"

#include "trace/eventlog.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Inspector::Phases {

namespace {
struct PhaseText
{
    Q_DECLARE_TR_FUNCTIONS(Phases)
};

// Every phase identifier any role records (outgoing and inbound S2S, client, and the sessions'
// own on connection 0): the role tables in session/phasetables.cpp, which a test holds to this.
const char *const Labels[][2] = {
    {"idle", QT_TRANSLATE_NOOP("Phases", "Idle")},
    {"connecting", QT_TRANSLATE_NOOP("Phases", "Connecting")},
    {"tcp_connected", QT_TRANSLATE_NOOP("Phases", "TCP connected")},
    {"accepted", QT_TRANSLATE_NOOP("Phases", "Connection accepted")},
    {"tls_handshake", QT_TRANSLATE_NOOP("Phases", "TLS handshake")},
    {"tls_established", QT_TRANSLATE_NOOP("Phases", "TLS established")},
    {"stream_opened", QT_TRANSLATE_NOOP("Phases", "Stream opened")},
    {"stream_restarted", QT_TRANSLATE_NOOP("Phases", "Stream restarted")},
    {"header_received", QT_TRANSLATE_NOOP("Phases", "Stream header received")},
    {"features_received", QT_TRANSLATE_NOOP("Phases", "Features received")},
    {"features_sent", QT_TRANSLATE_NOOP("Phases", "Features sent")},
    {"starttls_sent", QT_TRANSLATE_NOOP("Phases", "STARTTLS requested")},
    {"register_query_sent", QT_TRANSLATE_NOOP("Phases", "Registration form requested")},
    {"starttls_proceed", QT_TRANSLATE_NOOP("Phases", "STARTTLS accepted")},
    {"sasl_external_sent", QT_TRANSLATE_NOOP("Phases", "SASL EXTERNAL sent")},
    {"sasl_sent", QT_TRANSLATE_NOOP("Phases", "SASL authentication sent")},
    {"dialback_sent", QT_TRANSLATE_NOOP("Phases", "Dialback key sent")},
    {"verify_sent", QT_TRANSLATE_NOOP("Phases", "Dialback verification sent")},
    {"authenticated", QT_TRANSLATE_NOOP("Phases", "Authenticated")},
    {"bind_sent", QT_TRANSLATE_NOOP("Phases", "Resource binding requested")},
    {"resource_bound", QT_TRANSLATE_NOOP("Phases", "Resource bound")},
    {"session_established", QT_TRANSLATE_NOOP("Phases", "Session established")},
    {"roster_received", QT_TRANSLATE_NOOP("Phases", "Roster received")},
    {"message_sent", QT_TRANSLATE_NOOP("Phases", "Message sent")},
    {"ping_sent", QT_TRANSLATE_NOOP("Phases", "Ping sent")},
    {"online", QT_TRANSLATE_NOOP("Phases", "Online")},
    {"sm_enable_sent", QT_TRANSLATE_NOOP("Phases", "Stream management requested")},
    {"sm_enabled", QT_TRANSLATE_NOOP("Phases", "Stream management enabled")},
    {"sm_ack_requested", QT_TRANSLATE_NOOP("Phases", "Acknowledgement requested")},
    {"sm_resume_sent", QT_TRANSLATE_NOOP("Phases", "Resumption requested")},
    {"sm_resumed", QT_TRANSLATE_NOOP("Phases", "Session resumed")},
    {"sm_dropped", QT_TRANSLATE_NOOP("Phases", "Connection dropped to resume")},
    {"stream_closing", QT_TRANSLATE_NOOP("Phases", "Closing the stream")},
    {"stream_closed", QT_TRANSLATE_NOOP("Phases", "Stream closed")},
    {"failed", QT_TRANSLATE_NOOP("Phases", "Failed")},
    // The sessions' own phases (connection 0): server-to-server, listening, the lab.
    {"resolving", QT_TRANSLATE_NOOP("Phases", "Looking up DNS")},
    {"attempting", QT_TRANSLATE_NOOP("Phases", "Trying a server")},
    {"querying", QT_TRANSLATE_NOOP("Phases", "Waiting for replies")},
    {"staying_open", QT_TRANSLATE_NOOP("Phases", "Staying open")},
    {"wrapping_up", QT_TRANSLATE_NOOP("Phases", "Wrapping up")},
    {"listening", QT_TRANSLATE_NOOP("Phases", "Listening")},
    {"preparing", QT_TRANSLATE_NOOP("Phases", "Preparing")},
    {"running", QT_TRANSLATE_NOOP("Phases", "Running")},
    {"stopping", QT_TRANSLATE_NOOP("Phases", "Stopping")},
    {"finished", QT_TRANSLATE_NOOP("Phases", "Finished")},
    // The client's actions after binding.
    {"discovering", QT_TRANSLATE_NOOP("Phases", "Asking what the server offers")},
    {"sending_stanzas", QT_TRANSLATE_NOOP("Phases", "Sending the stanzas")},
    {"asking_roster", QT_TRANSLATE_NOOP("Phases", "Asking for the roster")},
    {"sending_message", QT_TRANSLATE_NOOP("Phases", "Sending the message")},
    {"pinging", QT_TRANSLATE_NOOP("Phases", "Pinging")},
    {"staying_online", QT_TRANSLATE_NOOP("Phases", "Staying online")},
    {"actions_done", QT_TRANSLATE_NOOP("Phases", "Actions done")},
};
} // namespace

bool isResting(const QString &id)
{
    static const QStringList resting = {
        QStringLiteral("authenticated"),  QStringLiteral("online"),
        QStringLiteral("staying_online"), QStringLiteral("staying_open"),
        QStringLiteral("actions_done"),   QStringLiteral("listening"),
        QStringLiteral("running"),        QStringLiteral("idle")};
    return resting.contains(id);
}

QString label(const QString &id)
{
    static const QHash<QString, const char *> byId = [] {
        QHash<QString, const char *> h;
        for (const auto &entry : Labels)
            h.insert(QString::fromLatin1(entry[0]), entry[1]);
        return h;
    }();
    if (const auto it = byId.constFind(id); it != byId.constEnd())
        return PhaseText::tr(it.value());
    // The client names its SASL phase after the mechanism: sasl_scram-sha-1_sent.
    if (id.startsWith(QLatin1String("sasl_")) && id.endsWith(QLatin1String("_sent")))
        return PhaseText::tr("SASL %1 sent").arg(id.mid(5, id.size() - 10).toUpper());
    return id;
}

QString scopeLabel(const QString &scope)
{
    if (scope == QLatin1String("s2s"))
        return PhaseText::tr("server-to-server session");
    if (scope == QLatin1String("c2s"))
        return PhaseText::tr("client actions");
    if (scope == QLatin1String("listen"))
        return PhaseText::tr("listener");
    if (scope == QLatin1String("lab"))
        return PhaseText::tr("lab");
    return scope;
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("initiating"))
        return PhaseText::tr("initiating");
    if (role == QLatin1String("receiving"))
        return PhaseText::tr("receiving");
    if (role == QLatin1String("authoritative"))
        return PhaseText::tr("authoritative");
    if (role == QLatin1String("verify"))
        return PhaseText::tr("verifying");
    if (role == QLatin1String("client"))
        return PhaseText::tr("client");
    return role;
}

void Index::update(const EventLog &log)
{
    Q_ASSERT(log.size() >= m_scanned); // a log that only grows
    for (; m_scanned < log.size(); ++m_scanned) {
        const Event &e = log.at(m_scanned);
        if (e.kind == EventKind::Phase && e.connection != 0)
            m_events.push_back(m_scanned);
    }
}

int Index::lastUpTo(int eventIndex) const
{
    const auto after = std::upper_bound(m_events.begin(), m_events.end(), eventIndex);
    return after == m_events.begin() ? -1 : *(after - 1);
}

} // namespace Inspector::Phases
