// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of the session events the summary reads (their writers are the sessions).
#include "eventfacts.h"

namespace Inspector {

SessionStartedFact SessionStartedFact::fromEventData(const QJsonObject &d)
{
    SessionStartedFact f;
    const auto text = [&d](const char *key) {
        return TextFact::fromJson(d.value(QLatin1String(key)));
    };
    f.mode = text("mode");
    f.fromDomain = text("fromDomain");
    f.toDomain = text("toDomain");
    f.host = text("host");
    f.tlsMode = text("tlsMode");
    if (d.contains(QStringLiteral("port")))
        f.port = d.value(QStringLiteral("port")).toInt();
    f.connection = d.value(QStringLiteral("connection")).toInt();
    f.hasClientCertificate = d.contains(QStringLiteral("clientCertificate"));
    f.clientCertificate = d.value(QStringLiteral("clientCertificate"));
    return f;
}

bool SessionStartedFact::clientCertificateClientAuth() const
{
    return clientCertificate.toObject().value(QStringLiteral("clientAuth")).toBool(true);
}

QString SessionStartedFact::clientCertificateWarning() const
{
    return clientCertificate.toObject().value(QStringLiteral("warning")).toString();
}

SessionFinishedFact SessionFinishedFact::fromEventData(const QJsonObject &d)
{
    SessionFinishedFact f;
    f.success = d.value(QStringLiteral("success")).toBool(false);
    f.exitCode = d.value(QStringLiteral("exitCode")).toInt(1);
    f.code = TextFact::fromJson(d.value(QStringLiteral("code")));
    f.error = TextFact::fromJson(d.value(QStringLiteral("error")));
    f.errorPhrase = storedPhrase(d, QLatin1String("error"));
    return f;
}

ConnectionEventFact ConnectionEventFact::fromEventData(const QJsonObject &d)
{
    return {d.value(QStringLiteral("role")).toString(), d.value(QStringLiteral("label")).toString(),
            d.value(QStringLiteral("localDomain")).toString(),
            d.value(QStringLiteral("localAddress")).toString(),
            d.value(QStringLiteral("peerAddress")).toString()};
}

PhaseEventFact PhaseEventFact::fromEventData(const QJsonObject &d)
{
    return {d.value(QStringLiteral("name")).toString(),
            TextFact::fromJson(d.value(QStringLiteral("scope")))};
}

ErrorEventFact ErrorEventFact::fromEventData(const QJsonObject &d)
{
    return {TextFact::fromJson(d.value(QStringLiteral("code"))),
            TextFact::fromJson(d.value(QStringLiteral("phase"))),
            d.value(QStringLiteral("message")).toString(),
            storedPhrase(d, QLatin1String("message"))};
}

TextFact noteText(const QJsonObject &d)
{
    return TextFact::fromJson(d.value(QStringLiteral("text")));
}

Phrase notePhrase(const QJsonObject &d)
{
    return storedPhrase(d, QLatin1String("text"));
}

QJsonObject noteData(const Phrase &phrase)
{
    QJsonObject o;
    insertPhrase(&o, QLatin1String("text"), phrase);
    return o;
}

} // namespace Inspector
