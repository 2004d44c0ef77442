// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonfields.h"
#include "protocol/queries.h"
#include "protocol/streamerror.h"
#include "text/phrase.h"
#include "textfact.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Inspector {

/**
 * One verdict event: what was decided (dialback, sasl, ping, disco, attempt, …), its result
 * and the facts that go with it. Each kind fills the fields it has and leaves the others
 * absent; the JSON edge (visitFields in verdictfactjson.cpp) writes only what is there, so the
 * transcript and the summary's "verdicts" list have the same keys as before the types.
 */
struct VerdictFact
{
    QString what;
    TextFact result;
    int connection = 0; // not part of the payload: the event's connection
    double atMs = 0;    // not part of the payload: the event's time
    // Errors and explanations (dialback, SASL): XEP-0220 §2.5, RFC 6120 §6.5, §4.9.
    TextFact condition, text, explanation, errorType;
    Phrase textPhrase, explanationPhrase; // to show in the interface's language
    std::optional<bool> streamError;      // the error was a stream error
    // Dialback (XEP-0220) and the authentication that followed.
    TextFact domain, localDomain, sent, streamId, originating, receiving;
    TextFact mechanism, as, method;
    FlagFact serverSignatureVerified; // SCRAM (RFC 5802 §5.1); null when not applicable
    // Client session: the bound JID, the message sent.
    TextFact jid, to, body, id, from;
    // Queries: ping (XEP-0199), disco#info (XEP-0030), software version (XEP-0092), roster.
    std::optional<double> rttMs;
    std::optional<qint64> replyConnection;
    std::optional<bool> unexpectedSender;
    std::optional<Queries::DiscoInfoResult> disco;
    std::optional<Queries::SoftwareVersionResult> softwareVersion;
    std::optional<QVector<Queries::RosterItem>> contacts;
    // An error: a text (a failed attempt; null for a query answered without one) with its
    // phrase, or a stanza's <error/> (RFC 6120 §8.3).
    TextFact error;
    Phrase errorPhrase;
    std::optional<StanzaError> stanzaError;
    // An answer that correlates to no request (XEP-0220 §3.1).
    TextFact expected, received;
    // XEP-0288: the offer and its use.
    std::optional<bool> offeredBeforeTls, encrypted, certificateProves;
    std::optional<QStringList> authorised;
    // A connection attempt to a DNS candidate (RFC 6120 §3.2).
    TextFact target, address, source, role;
    std::optional<qint64> candidate, port;
    std::optional<bool> directTls;
    // Stream management (XEP-0198): the counters at the verdict (stanzas the peer says it
    // handled, stanzas we sent, sent again after a resumption, sent again by the peer), what
    // <enabled/> said, and what became of the message a resumption test sent before the drop.
    std::optional<qint64> handled, sentCount, resent, peerResent, max;
    std::optional<bool> resume;
    TextFact location, testMessage;
    // In-band registration (XEP-0077): the form's fields, and whether it has a CAPTCHA.
    std::optional<QStringList> fields;
    std::optional<bool> captcha;

    VerdictFact() = default;
    VerdictFact(QString kind, TextFact outcome)
        : what(std::move(kind))
        , result(std::move(outcome))
    {}

    /// Reads a verdict event's payload.
    static VerdictFact fromEventData(const QJsonObject &data, int connection, double atMs);
    /// The payload as recorded in a transcript (texts with their phrases).
    QJsonObject toEventData() const;
    /// The payload with its connection and time, as the summary's "verdicts" list has it.
    QJsonObject toJson() const;
    static VerdictFact fromJson(const QJsonObject &o);

    bool resultIs(const char *value) const { return result.value == QLatin1String(value); }
    int rosterContacts() const { return contacts ? int(contacts->size()) : 0; }
    /// The disco#info features, none when the answer had no disco#info.
    std::optional<QStringList> discoFeatures() const
    {
        return disco ? std::optional<QStringList>(disco->features) : std::nullopt;
    }
    /// A field of the XEP-0092 answer (absent when it had none).
    TextFact softwareName() const { return software(&Queries::SoftwareVersionResult::name); }
    TextFact softwareRelease() const { return software(&Queries::SoftwareVersionResult::version); }
    TextFact softwareOs() const { return software(&Queries::SoftwareVersionResult::os); }
    /// A text stored with its phrase: `text` in English, `phrase` to show.
    void setText(const Phrase &phrase);
    void setError(const Phrase &phrase);

private:
    TextFact software(std::optional<QString> Queries::SoftwareVersionResult::*field) const
    {
        return softwareVersion && *softwareVersion.*field ? TextFact(*(*softwareVersion.*field))
                                                          : TextFact();
    }
};

} // namespace Inspector
