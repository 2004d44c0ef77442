// SPDX-License-Identifier: GPL-3.0-or-later
#include "queries.h"

namespace Inspector::Queries {

Element iqGet(const QString &contentNamespace, const QString &from, const QString &to,
              const QString &id, const QString &payloadNamespace, const QString &payloadName)
{
    Element iq(contentNamespace, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    if (!from.isEmpty())
        iq.setAttribute(QStringLiteral("from"), from);
    iq.setAttribute(QStringLiteral("to"), to);
    iq.setAttribute(QStringLiteral("id"), id);
    iq.appendChild(Element(payloadNamespace, payloadName));
    return iq;
}

ElementPtr answer(const Element &stanza)
{
    const QString type = stanza.attribute(u"type");
    if (stanza.name() != QLatin1String("iq") ||
        (type != QLatin1String("get") && type != QLatin1String("set")))
        return {};
    const QString ns = stanza.namespaceUri();
    Element reply(ns, QStringLiteral("iq"));
    reply.setAttribute(QStringLiteral("from"), stanza.attribute(u"to"));
    reply.setAttribute(QStringLiteral("to"), stanza.attribute(u"from"));
    reply.setAttribute(QStringLiteral("id"), stanza.attribute(u"id"));
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    const ElementPtr payload = stanza.firstChild();
    const bool get = type == QLatin1String("get");
    if (get && payload && payload->is(u"urn:xmpp:ping", u"ping"))
        return reply.share(); // XEP-0199 §4.2: an empty result
    if (get && payload && payload->is(DiscoInfo, u"query")) {
        Element query(DiscoInfo, QStringLiteral("query"));
        Element identity(DiscoInfo, QStringLiteral("identity"));
        identity.setAttribute(QStringLiteral("category"), QStringLiteral("server"));
        identity.setAttribute(QStringLiteral("type"), QStringLiteral("im"));
        identity.setAttribute(QStringLiteral("name"), QStringLiteral("XMPP Inspector"));
        query.appendChild(std::move(identity));
        for (const QString &var : {DiscoInfo, Version, QStringLiteral("urn:xmpp:ping")}) {
            Element feature(DiscoInfo, QStringLiteral("feature"));
            feature.setAttribute(QStringLiteral("var"), var);
            query.appendChild(std::move(feature));
        }
        reply.appendChild(std::move(query));
        return reply.share();
    }
    if (get && payload && payload->is(Version, u"query")) {
        Element query(Version, QStringLiteral("query"));
        Element name(Version, QStringLiteral("name"));
        name.appendText(QStringLiteral("XMPP Inspector"));
        Element version(Version, QStringLiteral("version"));
        version.appendText(QStringLiteral(INSPECTOR_VERSION));
        query.appendChild(std::move(name));
        query.appendChild(std::move(version));
        reply.appendChild(std::move(query));
        return reply.share();
    }
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("error"));
    Element error(ns, QStringLiteral("error"));
    error.setAttribute(QStringLiteral("type"), QStringLiteral("cancel"));
    error.appendChild(Element(QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas"),
                              QStringLiteral("service-unavailable")));
    reply.appendChild(std::move(error));
    return reply.share();
}

DiscoInfoResult discoInfo(const Element &iq)
{
    DiscoInfoResult r;
    if (const ElementPtr q = iq.firstChild(DiscoInfo, u"query")) {
        for (const ElementPtr &i : q->childrenNamed(DiscoInfo, u"identity")) {
            r.identities.append(
                {i->attribute(u"category"), i->attribute(u"type"), i->attribute(u"name")});
        }
        for (const ElementPtr &f : q->childrenNamed(DiscoInfo, u"feature"))
            r.features.append(f->attribute(u"var"));
    }
    return r;
}

SoftwareVersionResult softwareVersion(const Element &iq)
{
    SoftwareVersionResult r;
    if (const ElementPtr q = iq.firstChild(Version, u"query")) {
        const auto field = [&q](QStringView name) -> std::optional<QString> {
            if (const ElementPtr c = q->firstChild(Version, name))
                return c->text().trimmed();
            return std::nullopt;
        };
        r.name = field(u"name");
        r.version = field(u"version");
        r.os = field(u"os");
    }
    return r;
}

QVector<RosterItem> rosterContacts(const Element &iq)
{
    static const QString roster = QStringLiteral("jabber:iq:roster");
    QVector<RosterItem> contacts;
    const ElementPtr q = iq.firstChild(roster, u"query");
    if (!q)
        return contacts;
    for (const ElementPtr &item : q->childrenNamed(roster, u"item")) {
        RosterItem r{item->attribute(u"jid"),
                     item->attribute(u"name"),
                     item->attribute(u"subscription"),
                     item->attribute(u"ask"),
                     {}};
        for (const ElementPtr &g : item->childrenNamed(roster, u"group"))
            r.groups.append(g->text());
        contacts.append(r);
    }
    return contacts;
}

} // namespace Inspector::Queries
