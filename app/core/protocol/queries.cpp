// SPDX-License-Identifier: GPL-3.0-or-later
#include "queries.h"

#include <QJsonArray>

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

QJsonObject discoInfo(const Element &iq)
{
    QJsonArray identities;
    QJsonArray features;
    if (const ElementPtr q = iq.firstChild(DiscoInfo, u"query")) {
        for (const ElementPtr &i : q->childrenNamed(DiscoInfo, u"identity")) {
            identities.append(QJsonObject{{QStringLiteral("category"), i->attribute(u"category")},
                                          {QStringLiteral("type"), i->attribute(u"type")},
                                          {QStringLiteral("name"), i->attribute(u"name")}});
        }
        for (const ElementPtr &f : q->childrenNamed(DiscoInfo, u"feature"))
            features.append(f->attribute(u"var"));
    }
    return QJsonObject{{QStringLiteral("identities"), identities},
                       {QStringLiteral("features"), features}};
}

QJsonObject softwareVersion(const Element &iq)
{
    QJsonObject o;
    if (const ElementPtr q = iq.firstChild(Version, u"query")) {
        for (const char *field : {"name", "version", "os"}) {
            const QString name = QString::fromLatin1(field);
            if (const ElementPtr c = q->firstChild(Version, name))
                o.insert(name, c->text().trimmed());
        }
    }
    return o;
}

} // namespace Inspector::Queries
