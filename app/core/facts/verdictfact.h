// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"
#include "textfact.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Inspector {

/**
 * One verdict event: what was decided (dialback, sasl, ping, disco, …), its result and the
 * facts the summary, the findings and the report read from it. The payload itself stays as
 * recorded (`data`): the summary's JSON lists verdicts as they were logged.
 */
struct VerdictFact
{
    QString what;
    TextFact result;
    int connection = 0;
    double atMs = 0;
    // Errors and explanations (dialback, SASL): XEP-0220 §2.5, RFC 6120 §6.5.
    TextFact condition, text, explanation;
    Phrase textPhrase, explanationPhrase; // to show in the interface's language
    // SASL (client) and the authentication that followed.
    TextFact mechanism, as, method;
    std::optional<bool> serverSignatureVerified;
    // Client session: the bound JID, the message sent.
    TextFact jid, to, body, id;
    // Queries: ping (XEP-0199), disco#info (XEP-0030), software version (XEP-0092).
    std::optional<double> rttMs;
    TextFact from;
    std::optional<int> replyConnection;
    std::optional<QStringList> discoFeatures; // none when the answer had no disco#info
    TextFact softwareName, softwareVersion, softwareOs;
    int rosterContacts = 0;
    // An answer that correlates to no request (XEP-0220 §3.1).
    QString expected, received;
    // XEP-0288: the offer was made only before TLS (a "bidi" verdict).
    bool offeredBeforeTls = false;
    /// The payload as recorded, for the JSON edge.
    QJsonObject data;

    /// Reads a verdict event's payload.
    static VerdictFact fromEventData(const QJsonObject &data, int connection, double atMs);
    /// The payload with its connection and time, as the summary's "verdicts" list has it.
    QJsonObject toJson() const;
    static VerdictFact fromJson(const QJsonObject &o);

    bool resultIs(const char *value) const { return result.value == QLatin1String(value); }
};

} // namespace Inspector
