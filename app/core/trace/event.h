// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/eventpayload.h"
#include "xml/element.h"

#include <QByteArray>
#include <QString>

namespace Inspector {

enum class EventKind : quint8 {
    SessionStarted,  // the session's configuration (never secrets)
    Phase,           // name, previous
    StreamHeader,    // raw + the header's attributes
    Element,         // raw + element
    Whitespace,      // raw: a keepalive
    StreamEnd,       // raw: </stream:stream>
    DiscardedBytes,  // raw: bytes that belong to no XML stream (e.g. after <proceed/>)
    Tls,             // protocol, cipher, chain, verification
    Note,            // a teaching note
    Error,           // code, message, phase
    Verdict,         // what (dialback, sasl, verify, ping, …), result, details
    Connection,      // the connection's facts as they are now (role, addresses, domains)
    Dns,             // the candidates found in DNS, their addresses, TLSA, DNSSEC status
    Http,            // raw: a BOSH <body/> start tag; the HTTP request's or response's facts
    SessionFinished, // success, exitCode, error; keep last (kindFromName)
};

enum class Direction : quint8 { Local, Inbound, Outbound };

/// One timestamped record. Small on purpose: an element keeps its exact wire bytes, and the
/// log drops the trees of old stanzas (EventLog::element() parses them again on request), so
/// a long session costs little beyond the bytes themselves.
struct Event
{
    qint64 monotonicNs = 0; // since the log was created
    qint64 wallMs = 0;      // milliseconds since the Unix epoch
    int connection = 0;     // 0: the session itself
    Direction direction = Direction::Local;
    EventKind kind = EventKind::Note;
    QByteArray raw;
    ElementPtr
        element; // the parsed tree while the log holds it; read it through EventLog::element()
    /// Where `raw` began among the bytes received on the connection; -1 when not recorded.
    qint64 offset = -1;
    /// What the event says besides its bytes, typed by its kind (see EventPayload).
    EventPayload payload;

    /// The verdict of a Verdict event, with its connection and time (milliseconds since the
    /// log began).
    VerdictFact verdict() const;

    static QString kindName(EventKind kind);
    static bool kindFromName(const QString &name, EventKind *kind);
    static QString directionName(Direction direction);
    static bool directionFromName(const QString &name, Direction *direction);
};

} // namespace Inspector

// A log of a long session holds hundreds of thousands of events: when its list grows they are
// moved as bytes (every member, the shared pointers included, holds no pointer to itself).
Q_DECLARE_TYPEINFO(Inspector::Event, Q_RELOCATABLE_TYPE);
