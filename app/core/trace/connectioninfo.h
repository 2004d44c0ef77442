// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Inspector {

/// One connection of a session: the outgoing stream, a back-connection, a verify connection…
/// (the payload of a Connection event).
struct ConnectionInfo
{
    int id = 0;
    QString role;  // "initiating", "authoritative", "receiving", "verify", "client"
    QString label; // human-readable, e.g. "inspector.test → a.localhost"
    QString peerHost;
    quint16 peerPort = 0;
    QString localAddress;
    QString peerAddress;
    QString localDomain;  // the domain this tool speaks for on this connection
    QString remoteDomain; // the peer's domain, once known

    QJsonObject toJson() const;
    static ConnectionInfo fromJson(const QJsonObject &o);
};

} // namespace Inspector
