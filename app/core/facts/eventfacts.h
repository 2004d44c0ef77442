// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonfields.h"
#include "text/phrase.h"
#include "textfact.h"
#include "tlsfact.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Inspector {

/**
 * A session's configuration as its SessionStarted event recorded it (never secrets: a
 * password or dialback secret is recorded only as "[set]" or where it came from). Each kind
 * records the fields it has; the others stay absent.
 */
struct SessionStartedFact
{
    TextFact mode, fromDomain, toDomain, host, tlsMode, jid, domain;
    std::optional<qint64> port, timeoutMs, durationMs;
    std::optional<qint64> connection; // the main connection, when known at the start
    // How the session was asked to run.
    TextFact auth, authoritative, bind, caFile, certificate, dialbackSecret, dnsServer, mechanism,
        password, stanzasFile, stopAfter;
    TextFact url; // a client session over WebSocket (RFC 7395) or BOSH (XEP-0206): the endpoint
    std::optional<bool> bidi, client, disco, dns, ping, softwareVersion, strictTls;
    std::optional<bool> probeAll; // c2s --probe-all: every path a client may take
    std::optional<QStringList> trustAnchors;
    /// Our own client certificate's usage (s2s: recorded as null when there is none).
    bool recordsClientCertificate = false;
    std::optional<CertificateFact> clientCertificate;

    static SessionStartedFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
    /// Whether our own client certificate has the clientAuth purpose, and why it matters when
    /// it does not (XEP-0178).
    bool clientCertificateClientAuth() const
    {
        return !clientCertificate || clientCertificate->clientAuth.value_or(true);
    }
    QString clientCertificateWarning() const
    {
        return clientCertificate ? clientCertificate->warning.value_or(QString()) : QString();
    }
};

/// How a session ended (its SessionFinished event).
struct SessionFinishedFact
{
    bool success = false;
    int exitCode = 1;
    TextFact code, error;
    Phrase errorPhrase; // the error to show in the interface's language

    SessionFinishedFact() = default;
    /// A session's end: its outcome, and for a failure its code and error.
    SessionFinishedFact(bool succeeded, int exit, const QString &failureCode,
                        const Phrase &failure);
    static SessionFinishedFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
};

/// A phase entered (a Phase event): its name, the one before, the machine's scope (a
/// session's own phases), and the time it may last.
struct PhaseEventFact
{
    QString name;
    TextFact previous, scope;
    std::optional<qint64> timeoutMs;
    static PhaseEventFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
};

/// An error on a connection (an Error event): its stable code, what it says, and the phase
/// it ended; a parse error also names its XML condition and where its bytes began.
struct ErrorEventFact
{
    TextFact code, phase, condition, from, to, scope;
    TextFact message;     // in English, as stored
    Phrase messagePhrase; // to show in the interface's language
    std::optional<qint64> rawOffset;

    ErrorEventFact() = default;
    ErrorEventFact(const QString &errorCode, const Phrase &text);
    static ErrorEventFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
};

/// A teaching note (a Note event): its text in English and its phrase, shown translated.
struct NoteEventFact
{
    TextFact text;
    Phrase phrase; // a literal of the text when it has none (a version 1 or 2 transcript)

    NoteEventFact() = default;
    NoteEventFact(const Phrase &p) // NOLINT(google-explicit-constructor): a note is its phrase
        : text(p.english())
        , phrase(p)
    {}
    static NoteEventFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
};

/// Bytes that belong to no stream (a DiscardedBytes event) and why, when the reason is not
/// the usual one (bytes after <proceed/>): "unfinished" for an element the connection ended.
struct DiscardedFact
{
    TextFact reason;
    static DiscardedFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
};

/**
 * One HTTP message of a BOSH session (an Http event, XEP-0124): a request as it was posted, or
 * the response to one. The event's bytes are the <body/> wrapper's start tag (or the whole
 * body when it is empty); the elements it carries follow as events of their own.
 */
struct HttpFact
{
    TextFact method;                 // a request: POST
    TextFact url;                    // a request: the endpoint
    qint64 request = 0;              // the request's number in the session, from 1
    std::optional<qint64> rid;       // the request's rid (XEP-0124 §14)
    std::optional<qint64> status;    // a response: its HTTP status
    std::optional<qint64> elapsedMs; // a response: the time since its request was posted
    std::optional<qint64> bytes;     // the whole HTTP body's size
    std::optional<qint64> elements;  // how many elements the body carries
    TextFact purpose;   // a request: "create", "restart", "poll", "send" or "terminate"
    TextFact type;      // the body's type: "terminate"
    TextFact condition; // of a terminate: its condition (XEP-0124 §17.2)
    static HttpFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
};

/// Stores a text in English under `key` and, unless it is a literal, its phrase under
/// key + "Phrase" (a note's "text" has its phrase under "phrase").
void insertPhrase(QJsonObject *data, QLatin1String key, const Phrase &phrase);
/// The phrase stored with the text under `key`, used only when it renders to that text; a
/// literal of the text otherwise (a version 1 or 2 transcript, or a text that quotes a peer).
Phrase storedPhrase(const QJsonObject &data, QLatin1String key);

/// Leaves out the phrases stored next to texts (the summary's JSON keeps the English texts).
void removePhrases(QJsonObject *data);

} // namespace Inspector
