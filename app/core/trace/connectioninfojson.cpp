// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of connections (the data of connection events).
#include "eventlog.h"

#include <QJsonObject>

namespace Inspector {

QJsonObject ConnectionInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("peerHost"), peerHost},
                       {QStringLiteral("peerPort"), int(peerPort)},
                       {QStringLiteral("localAddress"), localAddress},
                       {QStringLiteral("peerAddress"), peerAddress},
                       {QStringLiteral("localDomain"), localDomain},
                       {QStringLiteral("remoteDomain"), remoteDomain}};
}

ConnectionInfo ConnectionInfo::fromJson(const QJsonObject &o)
{
    ConnectionInfo c;
    c.id = o.value(QStringLiteral("id")).toInt();
    c.role = o.value(QStringLiteral("role")).toString();
    c.label = o.value(QStringLiteral("label")).toString();
    c.peerHost = o.value(QStringLiteral("peerHost")).toString();
    c.peerPort = quint16(o.value(QStringLiteral("peerPort")).toInt());
    c.localAddress = o.value(QStringLiteral("localAddress")).toString();
    c.peerAddress = o.value(QStringLiteral("peerAddress")).toString();
    c.localDomain = o.value(QStringLiteral("localDomain")).toString();
    c.remoteDomain = o.value(QStringLiteral("remoteDomain")).toString();
    return c;
}

} // namespace Inspector
