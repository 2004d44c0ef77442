// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of stream headers (the data of stream-header events).
#include "streamheader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Inspector {

QJsonObject StreamHeader::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), from);
    o.insert(QStringLiteral("to"), to);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("lang"), lang);
    o.insert(QStringLiteral("contentNamespace"), contentNamespace);
    o.insert(QStringLiteral("streamNamespace"), streamNamespace);
    QJsonObject ns;
    for (auto it = prefixedNamespaces.cbegin(); it != prefixedNamespaces.cend(); ++it)
        ns.insert(it.key(), it.value());
    o.insert(QStringLiteral("namespaces"), ns);
    QJsonArray attrs;
    for (const XmlAttribute &a : attributes) {
        attrs.append(QJsonObject{{QStringLiteral("ns"), a.namespaceUri},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("value"), a.value}});
    }
    o.insert(QStringLiteral("attributes"), attrs);
    return o;
}

StreamHeader StreamHeader::fromJson(const QJsonObject &o)
{
    StreamHeader h;
    h.from = o.value(QStringLiteral("from")).toString();
    h.to = o.value(QStringLiteral("to")).toString();
    h.id = o.value(QStringLiteral("id")).toString();
    h.version = o.value(QStringLiteral("version")).toString();
    h.lang = o.value(QStringLiteral("lang")).toString();
    h.contentNamespace = o.value(QStringLiteral("contentNamespace")).toString();
    h.streamNamespace = o.value(QStringLiteral("streamNamespace")).toString();
    const QJsonObject ns = o.value(QStringLiteral("namespaces")).toObject();
    for (auto it = ns.begin(); it != ns.end(); ++it)
        h.prefixedNamespaces.insert(it.key(), it.value().toString());
    const QJsonArray attrs = o.value(QStringLiteral("attributes")).toArray();
    for (const QJsonValue &v : attrs) {
        const QJsonObject a = v.toObject();
        h.attributes.append({a.value(QStringLiteral("ns")).toString(),
                             a.value(QStringLiteral("name")).toString(),
                             a.value(QStringLiteral("value")).toString()});
    }
    return h;
}

} // namespace Inspector
