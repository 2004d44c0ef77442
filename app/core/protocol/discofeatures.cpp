// SPDX-License-Identifier: GPL-3.0-or-later
#include "discofeatures.h"

#include <QHash>

namespace Inspector::DiscoFeatures {

QString specification(const QString &feature)
{
    // The specifications' own titles (names, not translated).
    static const QHash<QString, const char *> known{
        {QStringLiteral("http://jabber.org/protocol/disco#info"), "XEP-0030 Service Discovery"},
        {QStringLiteral("http://jabber.org/protocol/disco#items"), "XEP-0030 Service Discovery"},
        {QStringLiteral("urn:xmpp:ping"), "XEP-0199 XMPP Ping"},
        {QStringLiteral("jabber:iq:version"), "XEP-0092 Software Version"},
        {QStringLiteral("jabber:iq:last"), "XEP-0012 Last Activity"},
        {QStringLiteral("urn:xmpp:time"), "XEP-0202 Entity Time"},
        {QStringLiteral("jabber:iq:roster"), "RFC 6121 Roster Management"},
        {QStringLiteral("jabber:iq:register"), "XEP-0077 In-Band Registration"},
        {QStringLiteral("jabber:iq:private"), "XEP-0049 Private XML Storage"},
        {QStringLiteral("vcard-temp"), "XEP-0054 vcard-temp"},
        {QStringLiteral("urn:xmpp:carbons:2"), "XEP-0280 Message Carbons"},
        {QStringLiteral("urn:xmpp:mam:2"), "XEP-0313 Message Archive Management"},
        {QStringLiteral("urn:xmpp:mam:2#extended"), "XEP-0313 Message Archive Management"},
        {QStringLiteral("urn:xmpp:blocking"), "XEP-0191 Blocking Command"},
        {QStringLiteral("jabber:iq:privacy"), "XEP-0016 Privacy Lists (deprecated)"},
        {QStringLiteral("jabber:iq:auth"), "XEP-0078 Non-SASL Authentication (obsolete)"},
        {QStringLiteral("http://jabber.org/protocol/commands"), "XEP-0050 Ad-Hoc Commands"},
        {QStringLiteral("urn:xmpp:http:upload:0"), "XEP-0363 HTTP File Upload"},
        {QStringLiteral("urn:xmpp:extdisco:2"), "XEP-0215 External Service Discovery"},
        {QStringLiteral("urn:xmpp:push:0"), "XEP-0357 Push Notifications"},
        {QStringLiteral("msgoffline"), "XEP-0160 Offline Messages"},
        {QStringLiteral("urn:xmpp:sic:1"), "XEP-0279 Server IP Check"},
        {QStringLiteral("http://jabber.org/protocol/rsm"), "XEP-0059 Result Set Management"},
        {QStringLiteral("http://jabber.org/protocol/amp"), "XEP-0079 Advanced Message Processing"},
        {QStringLiteral("urn:xmpp:csi:0"), "XEP-0352 Client State Indication"},
        {QStringLiteral("urn:xmpp:invite"), "XEP-0401 Easy User Onboarding"},
        {QStringLiteral("urn:xmpp:bookmarks-conversion:0"), "XEP-0411 Bookmarks Conversion"},
        {QStringLiteral("http://jabber.org/protocol/shim"), "XEP-0131 Stanza Headers"},
        {QStringLiteral("http://jabber.org/protocol/caps"), "XEP-0115 Entity Capabilities"},
        {QStringLiteral("urn:xmpp:sid:0"), "XEP-0359 Unique and Stable Stanza IDs"},
    };
    if (const auto it = known.constFind(feature); it != known.cend())
        return QString::fromLatin1(*it);
    // XEP-0060: each publish-subscribe capability is a feature of its own.
    if (feature.startsWith(QLatin1String("http://jabber.org/protocol/pubsub")))
        return QStringLiteral("XEP-0060 Publish-Subscribe");
    return {};
}

} // namespace Inspector::DiscoFeatures
