// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsfact.h"
#include "finding.h"
#include "protocol/streamerror.h"
#include "protocol/streamfeatures.h"
#include "text/phrase.h"
#include "textfact.h"
#include "tlsfact.h"
#include "verdictfact.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QVector>

#include <optional>

namespace Inspector {

/// A phase entered: by a connection, or (connection 0) by the session itself.
struct PhaseFact
{
    QString name;
    double atMs = 0;
    int connection = 0;
    TextFact scope; // the session's own phases: whose they are
};

struct NoteFact
{
    double atMs = 0;
    int connection = 0;
    TextFact text; // in English, as the summary's JSON has it
    Phrase phrase; // to show in the interface's language
};

/// One connection of the session, as the event log's connection table has it.
struct ConnectionFact
{
    int id = 0;
    QString role, label, local, remote;
    bool tls = false;
};

/// The stream features offered at one stage: initial, after-tls or restart.
struct FeatureStageFact
{
    QString stage;
    QString streamId;
    StreamFeatures features;
};

/// A stanza received on another connection than the main one (server namespace).
struct StanzaFact
{
    int connection = 0;
    double atMs = 0;
    QString kind, type, id, from, to; // empty: the attribute was not there
};

/// A message a client session received.
struct ReceivedMessageFact
{
    QString from, type, id;
    std::optional<QString> body;
};

struct ReceivedPresenceFact
{
    QString from, type; // type empty: available
};

/// Milliseconds between phases of the main connection (the first time each was entered).
struct TimingsFact
{
    std::optional<double> tcpConnectMs, firstFeaturesMs, tlsHandshakeMs, starttlsMs;
};

/// Our own client certificate, when one was configured (XEP-0178).
struct ClientCertificateFact
{
    bool clientAuth = true;
    QString warning;
    std::optional<CertificateFact> certificate; // none: configured without one
};

/**
 * Everything a session established, derived from its event log alone (Summary::build):
 * the fronts (report, summary pane, session diff, exports, the CLI's JSON) and the findings
 * read these fields. JSON exists only at the edge: toJson() writes the CLI's documented keys.
 */
struct SessionSummary
{
    bool success = false;
    bool finished = false;
    // The session's configuration (its SessionStarted event).
    TextFact mode, fromDomain, toDomain, host, tlsMode;
    TextFact url; // a client session over WebSocket or BOSH: its endpoint
    /// Whether the endpoint is BOSH's (http:, https:) rather than WebSocket's (ws:, wss:).
    bool overBosh() const { return url.text().startsWith(QLatin1String("http")); }
    std::optional<int> port;
    std::optional<ClientCertificateFact> clientCertificate;

    // The main connection's stream.
    QString streamId, serverDomain, version; // empty: not seen
    QStringList features, saslMechanisms;
    QVector<FeatureStageFact> featureStages;
    bool starttlsOffered = false, starttlsRequired = false, tlsUpgraded = false;
    bool directTls = false, dialbackOffered = false;
    std::optional<TlsFact> tls;
    std::optional<StreamError> streamError;

    // Verdicts about the main connection, and the queries' answers.
    std::optional<VerdictFact> dialback, sasl, authenticated, ping, disco, softwareVersion;
    QVector<VerdictFact> dialbackUnsolicited, stanzaReplies, verdicts;

    std::optional<DnsFact> dns;
    QVector<AttemptFact> attempts;

    // A client session (mode c2s).
    std::optional<VerdictFact> bound, roster, message, deliveryError;
    QVector<ReceivedMessageFact> messagesReceived;
    QVector<ReceivedPresenceFact> presenceReceived;

    QVector<StanzaFact> inboundStanzas;
    qint64 inboundStanzaCount = 0;
    QVector<PhaseFact> phases, sessionPhases;
    TimingsFact timings;
    double latencyMs = 0;
    QVector<ConnectionFact> connections;
    QVector<NoteFact> notes;

    TextFact error, errorCode, failedPhase;
    Phrase errorPhrase; // the error to show in the interface's language
    int exitCode = 1;

    QVector<Finding> findings;

    bool isClient() const { return mode.value == QLatin1String("c2s"); }
    /// The last verdict of this kind on any connection (sm-enable, sm-ack, …), or null.
    const VerdictFact *lastVerdict(QStringView what) const
    {
        for (auto it = verdicts.crbegin(); it != verdicts.crend(); ++it) {
            if (it->what == what)
                return &*it;
        }
        return nullptr;
    }
    /// Whether any features offered stream management (XEP-0198).
    bool streamManagementOffered() const
    {
        for (const FeatureStageFact &f : featureStages) {
            if (!f.features.streamManagement.isEmpty())
                return true;
        }
        return false;
    }
    /// The CLI's JSON summary (README documents its keys).
    QJsonObject toJson() const;
    /// Reads toJson()'s output back. The findings are not read: they follow from the facts
    /// (Findings::fromSummary).
    static SessionSummary fromJson(const QJsonObject &o);
};

} // namespace Inspector
