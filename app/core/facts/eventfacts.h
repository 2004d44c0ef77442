// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phrase.h"
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
    QString message;
    static ErrorEventFact fromEventData(const QJsonObject &data);
};

/// The text of a Note event in English (as stored; also a version 1 or 2 transcript's text).
TextFact noteText(const QJsonObject &data);
/// A Note event's phrase, to show translated; a literal of its text when it has none (a
/// version 1 or 2 transcript, or a note that quotes the peer).
Phrase notePhrase(const QJsonObject &data);
/// A Note event's payload: the English text, and the phrase unless it is a literal.
QJsonObject noteData(const Phrase &phrase);

} // namespace Inspector
