// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace Inspector {

/// `<stream:features/>` (RFC 6120 §4.3.2): known features typed, unknown ones kept raw.
struct StreamFeatures
{
    struct Unknown
    {
        QString namespaceUri;
        QString name;
        QByteArray xml;
    };

    bool starttls = false;
    bool starttlsRequired = false;
    bool saslOffered = false; // <mechanisms/> present, possibly empty (ejabberd before TLS)
    QStringList saslMechanisms;
    bool dialback = false;       // urn:xmpp:features:dialback (XEP-0220 §2.4)
    bool dialbackErrors = false; // with <errors/>
    bool bidi = false;           // XEP-0288
    QString streamManagement;    // XEP-0198 namespace offered, if any
    bool caps = false;           // XEP-0115
    QString capsNode;
    QString capsVer;
    QString capsHash;               // the hash function's IANA name (sha-1); empty: legacy caps
    QStringList compressionMethods; // XEP-0138 (obsolete)
    bool compression = false;
    bool bind = false;
    bool session = false;
    bool sessionOptional = false;
    bool rosterVersioning = false;
    bool preApproval = false;
    bool csi = false;
    bool registration = false;
    bool sasl2 = false;
    QStringList sasl2Mechanisms;
    QStringList channelBindings; // XEP-0440
    qint64 limitMaxBytes = -1;   // XEP-0478
    qint64 limitIdleSeconds = -1;
    QVector<Unknown> unknown;

    /// One offered feature, for display: a short name, its namespace, details and what it means.
    struct Entry
    {
        QString name;
        QString namespaceUri;
        QString detail;
        QString explanation;
    };

    static StreamFeatures fromElement(const Element &features);
    QVector<Entry> entries() const;
    /// Short names for the JSON summary: STARTTLS, DIALBACK, SASL-EXTERNAL, BIDI, …
    QStringList names() const;
    QJsonObject toJson() const;
};

} // namespace Inspector
