// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace Inspector::Queries {

inline const QString DiscoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString Version = QStringLiteral("jabber:iq:version");

/// `<iq type='get'>` with one empty payload element (XEP-0199 ping, XEP-0030, XEP-0092).
Element iqGet(const QString &contentNamespace, const QString &from, const QString &to,
              const QString &id, const QString &payloadNamespace, const QString &payloadName);
/// The answer this tool gives to an iq get/set addressed to it: a result for XEP-0199 ping,
/// XEP-0030 disco#info and XEP-0092 version, <service-unavailable/> otherwise (RFC 6120 §8.4).
/// A null element for anything that needs no answer (results, errors, other stanzas).
ElementPtr answer(const Element &stanza);

/// XEP-0030 §3.1: one identity of a disco#info result.
struct DiscoIdentity
{
    QString category, type, name;
};
/// XEP-0030 §3.1 result: identities and features.
struct DiscoInfoResult
{
    QVector<DiscoIdentity> identities;
    QStringList features;
};
/// XEP-0092 §2 result; each field only when the answer had it.
struct SoftwareVersionResult
{
    std::optional<QString> name, version, os;
};
/// RFC 6121 §2.1.3: one roster item.
struct RosterItem
{
    QString jid, name, subscription, ask;
    QStringList groups;
};

DiscoInfoResult discoInfo(const Element &iq);
SoftwareVersionResult softwareVersion(const Element &iq);
/// RFC 6121 §2.1.3 roster result: each item's jid, name, subscription, ask and groups.
QVector<RosterItem> rosterContacts(const Element &iq);

} // namespace Inspector::Queries
