// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"
#include "textfact.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Inspector {

/// A session's configuration as its SessionStarted event recorded it.
struct SessionStartedFact
{
    TextFact mode, fromDomain, toDomain, host, tlsMode;
    std::optional<int> port;
    int connection = 0; // the main connection, when known at the start
    bool hasClientCertificate = false;
    QJsonValue clientCertificate; // null when configured without one
    static SessionStartedFact fromEventData(const QJsonObject &data);
    /// Whether our own client certificate lacks the clientAuth purpose, and why (XEP-0178).
    bool clientCertificateClientAuth() const;
    QString clientCertificateWarning() const;
};

/// How a session ended (its SessionFinished event).
struct SessionFinishedFact
{
    bool success = false;
    int exitCode = 1;
    TextFact code, error;
    Phrase errorPhrase; // the error to show in the interface's language
    static SessionFinishedFact fromEventData(const QJsonObject &data);
};

/// A connection opened (a Connection event).
struct ConnectionEventFact
{
    QString role, label, localDomain, localAddress, peerAddress;
    static ConnectionEventFact fromEventData(const QJsonObject &data);
};

/// A phase entered (a Phase event).
struct PhaseEventFact
{
    QString name;
    TextFact scope;
    static PhaseEventFact fromEventData(const QJsonObject &data);
};

/// An error on a connection (an Error event): its stable code and the phase it ended.
struct ErrorEventFact
{
    TextFact code, phase;
    QString message;      // in English, as stored
    Phrase messagePhrase; // to show in the interface's language
    static ErrorEventFact fromEventData(const QJsonObject &data);
};

/// Stores a text in English under `key` and, unless it is a literal, its phrase under
/// key + "Phrase" (a note's "text" has its phrase under "phrase").
void insertPhrase(QJsonObject *data, QLatin1String key, const Phrase &phrase);
/// The phrase stored with the text under `key`, used only when it renders to that text; a
/// literal of the text otherwise (a version 1 or 2 transcript, or a text that quotes a peer).
Phrase storedPhrase(const QJsonObject &data, QLatin1String key);

/// Leaves out the phrases stored next to texts (the summary's JSON keeps the English texts).
void removePhrases(QJsonObject *data);

/// The text of a Note event in English (as stored; also a version 1 or 2 transcript's text).
TextFact noteText(const QJsonObject &data);
/// A Note event's phrase, to show translated; a literal of its text when it has none (a
/// version 1 or 2 transcript, or a note that quotes the peer).
Phrase notePhrase(const QJsonObject &data);
/// A Note event's payload: the English text, and the phrase unless it is a literal.
QJsonObject noteData(const Phrase &phrase);

} // namespace Inspector
