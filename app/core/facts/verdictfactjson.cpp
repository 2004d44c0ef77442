// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of verdict events and of texts: the only place their keys are spelt.
#include "eventfacts.h"
#include "textfact.h"
#include "verdictfact.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Inspector {

TextFact TextFact::fromJson(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isNull())
        return null();
    return TextFact(v.toString());
}

QStringList TextFact::strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonValue TextFact::toJson() const
{
    switch (state) {
    case State::Absent:
        return QJsonValue(QJsonValue::Undefined);
    case State::Null:
        return QJsonValue();
    case State::Value:
        break;
    }
    return value;
}

VerdictFact VerdictFact::fromEventData(const QJsonObject &d, int connection, double atMs)
{
    VerdictFact v;
    const auto text = [&d](const char *key) {
        return TextFact::fromJson(d.value(QLatin1String(key)));
    };
    v.what = d.value(QStringLiteral("what")).toString();
    v.result = text("result");
    v.connection = connection;
    v.atMs = atMs;
    v.condition = text("condition");
    v.text = text("text");
    v.explanation = text("explanation");
    v.textPhrase = storedPhrase(d, QLatin1String("text"));
    v.explanationPhrase = storedPhrase(d, QLatin1String("explanation"));
    v.mechanism = text("mechanism");
    v.as = text("as");
    v.method = text("method");
    if (d.contains(QStringLiteral("serverSignatureVerified")))
        v.serverSignatureVerified = d.value(QStringLiteral("serverSignatureVerified")).toBool();
    v.jid = text("jid");
    v.to = text("to");
    v.body = text("body");
    v.id = text("id");
    if (d.contains(QStringLiteral("rttMs")))
        v.rttMs = d.value(QStringLiteral("rttMs")).toDouble();
    v.from = text("from");
    if (d.contains(QStringLiteral("replyConnection")))
        v.replyConnection = d.value(QStringLiteral("replyConnection")).toInt();
    const QJsonValue features =
        d.value(QStringLiteral("disco")).toObject().value(QStringLiteral("features"));
    if (features.isArray()) {
        v.discoFeatures.emplace();
        for (const QJsonValue &f : features.toArray())
            *v.discoFeatures << f.toString();
    }
    const QJsonObject software = d.value(QStringLiteral("softwareVersion")).toObject();
    v.softwareName = TextFact::fromJson(software.value(QStringLiteral("name")));
    v.softwareVersion = TextFact::fromJson(software.value(QStringLiteral("version")));
    v.softwareOs = TextFact::fromJson(software.value(QStringLiteral("os")));
    v.rosterContacts = int(d.value(QStringLiteral("contacts")).toArray().size());
    v.expected = d.value(QStringLiteral("expected")).toString();
    v.received = d.value(QStringLiteral("received")).toString();
    v.offeredBeforeTls = d.value(QStringLiteral("offeredBeforeTls")).toBool();
    v.data = d;
    return v;
}

QJsonObject VerdictFact::toJson() const
{
    QJsonObject o = data;
    removePhrases(&o);
    o.insert(QStringLiteral("connection"), connection);
    o.insert(QStringLiteral("atMs"), atMs);
    return o;
}

VerdictFact VerdictFact::fromJson(const QJsonObject &o)
{
    QJsonObject d = o;
    d.remove(QStringLiteral("connection"));
    d.remove(QStringLiteral("atMs"));
    VerdictFact v = fromEventData(d, o.value(QStringLiteral("connection")).toInt(),
                                  o.value(QStringLiteral("atMs")).toDouble());
    return v;
}

} // namespace Inspector
