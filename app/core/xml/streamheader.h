// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Inspector {

/// The attributes of a `<stream:stream>` start tag (RFC 6120 §4.7).
struct StreamHeader
{
    QString from;
    QString to;
    QString id;
    QString version;          // empty when absent: a pre-1.0 peer (RFC 6120 §4.7.5)
    QString lang;             // xml:lang
    QString contentNamespace; // default namespace: jabber:server / jabber:client
    QMap<QString, QString> prefixedNamespaces; // prefix -> URI, besides the stream prefix
    QString streamNamespace;                   // namespace of the root element itself
    QVector<XmlAttribute> attributes;          // every attribute as received

    /// XEP-0220 §2.4.1: traditional dialback advertisement is the xmlns:db declaration.
    bool declaresDialback() const;
    QJsonObject toJson() const;
    static StreamHeader fromJson(const QJsonObject &o);
};

} // namespace Inspector
