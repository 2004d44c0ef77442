// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

namespace Inspector {

QString Event::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::SessionStarted:
        return QStringLiteral("session-started");
    case EventKind::Phase:
        return QStringLiteral("phase");
    case EventKind::StreamHeader:
        return QStringLiteral("stream-header");
    case EventKind::Element:
        return QStringLiteral("element");
    case EventKind::Whitespace:
        return QStringLiteral("whitespace");
    case EventKind::StreamEnd:
        return QStringLiteral("stream-end");
    case EventKind::DiscardedBytes:
        return QStringLiteral("discarded-bytes");
    case EventKind::Tls:
        return QStringLiteral("tls");
    case EventKind::Note:
        return QStringLiteral("note");
    case EventKind::Error:
        return QStringLiteral("error");
    case EventKind::Verdict:
        return QStringLiteral("verdict");
    case EventKind::Connection:
        return QStringLiteral("connection");
    case EventKind::Dns:
        return QStringLiteral("dns");
    case EventKind::Http:
        return QStringLiteral("http");
    case EventKind::SessionFinished:
        return QStringLiteral("session-finished");
    }
    return QStringLiteral("unknown");
}

bool Event::kindFromName(const QString &name, EventKind *kind)
{
    for (int k = int(EventKind::SessionStarted); k <= int(EventKind::SessionFinished); ++k) {
        if (kindName(EventKind(k)) == name) {
            *kind = EventKind(k);
            return true;
        }
    }
    return false;
}

bool Event::directionFromName(const QString &name, Direction *direction)
{
    for (Direction d : {Direction::Local, Direction::Inbound, Direction::Outbound}) {
        if (directionName(d) == name) {
            *direction = d;
            return true;
        }
    }
    return false;
}

QString Event::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Local:
        return QStringLiteral("local");
    case Direction::Inbound:
        return QStringLiteral("in");
    case Direction::Outbound:
        return QStringLiteral("out");
    }
    return QStringLiteral("local");
}

VerdictFact Event::verdict() const
{
    VerdictFact v = payload.as<VerdictFact>();
    v.connection = connection;
    v.atMs = double(monotonicNs / 1000) / 1000.0;
    return v;
}

} // namespace Inspector
