// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of stanza errors (a query's or a message's <error/>, in verdicts).
#include "streamerror.h"

#include <QJsonObject>

namespace Inspector {

QJsonObject StanzaError::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("condition"), condition},
                  {QStringLiteral("text"), text.isEmpty() ? QJsonValue() : QJsonValue(text)},
                  {QStringLiteral("known"), knownCondition}};
    if (!by.isEmpty())
        o.insert(QStringLiteral("by"), by);
    if (!appCondition.isEmpty()) {
        o.insert(QStringLiteral("application"),
                 QJsonObject{{QStringLiteral("namespace"), appNamespace},
                             {QStringLiteral("condition"), appCondition}});
    }
    return o;
}

StanzaError StanzaError::fromJson(const QJsonObject &o)
{
    StanzaError e;
    e.type = o.value(QStringLiteral("type")).toString();
    e.condition = o.value(QStringLiteral("condition")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.knownCondition = o.value(QStringLiteral("known")).toBool();
    e.by = o.value(QStringLiteral("by")).toString();
    const QJsonObject app = o.value(QStringLiteral("application")).toObject();
    e.appNamespace = app.value(QStringLiteral("namespace")).toString();
    e.appCondition = app.value(QStringLiteral("condition")).toString();
    return e;
}

} // namespace Inspector
