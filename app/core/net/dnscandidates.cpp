// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnscandidates.h"

namespace Inspector::DnsCandidates {

bool saysNoService(const QJsonArray &list)
{
    return list.size() == 1 &&
           list.first().toObject().value(QStringLiteral("target")).toString() == QLatin1String(".");
}

QJsonArray targets(const QJsonArray &direct, const QJsonArray &starttls, bool noService,
                   bool bogusSrv, const QString &domain, bool client, const QString &srvDnssec)
{
    // RFC 7673 §3.1: a bogus SRV answer aborts the attempt; no fallback to the domain.
    if (bogusSrv || noService)
        return {};
    QJsonArray all;
    for (const QJsonArray *list : {&direct, &starttls}) {
        if (saysNoService(*list))
            continue;
        for (const QJsonValue &v : *list)
            all.append(v);
    }
    if (all.isEmpty()) {
        // RFC 6120 §3.2.2: no SRV record at all, so the domain itself on the default port.
        all.append(QJsonObject{{QStringLiteral("target"), domain},
                               {QStringLiteral("port"), client ? 5222 : 5269},
                               {QStringLiteral("priority"), 0},
                               {QStringLiteral("weight"), 0},
                               {QStringLiteral("directTls"), false},
                               {QStringLiteral("source"), QStringLiteral("fallback")},
                               {QStringLiteral("dnssecSrv"), srvDnssec}});
    }
    return all;
}

void addAddresses(QJsonObject *c, bool ipv6, const QJsonObject &answer)
{
    QJsonArray addresses = c->value(QStringLiteral("addresses")).toArray();
    // IPv6 first (RFC 6724 default), each family listed and tried.
    for (const QJsonValue &a : answer.value(QStringLiteral("records")).toArray())
        ipv6 ? addresses.prepend(a) : addresses.append(a);
    c->insert(QStringLiteral("addresses"), addresses);
    c->insert(ipv6 ? QStringLiteral("dnssecAAAA") : QStringLiteral("dnssecA"),
              answer.value(QStringLiteral("dnssec")));
    // RFC 7673 §3.2: a returned address RRset that is secure (a secure "no such record" answer
    // returns none).
    if (answer.value(QStringLiteral("dnssec")).toString() == QLatin1String("secure") &&
        !answer.value(QStringLiteral("records")).toArray().isEmpty())
        c->insert(QStringLiteral("addressSecure"), true);
}

void settle(QJsonObject *c)
{
    // RFC 7673 §3.2, §3.3: a target whose address or TLSA answer is bogus is not connected to
    // at all, whatever its other address family says.
    for (const char *key : {"dnssecA", "dnssecAAAA", "dnssecTlsa"}) {
        if (c->value(QLatin1String(key)).toString() == QLatin1String("bogus")) {
            c->insert(QStringLiteral("rejected"),
                      QString(QString::fromLatin1(key + 6).toUpper() + QStringLiteral(" bogus")));
            c->insert(QStringLiteral("addresses"), QJsonArray());
            break;
        }
    }
    // RFC 7673 §3.1-3.3: DANE applies when the SRV answer (or, without SRV, nothing to follow),
    // at least one of the target's address answers and the TLSA answer are all secure. An
    // address reached through a CNAME into an unsigned zone is not: its TLSA records are then
    // not relied upon (§3.2), however secure they are themselves.
    const QString srv = c->value(QStringLiteral("dnssecSrv")).toString();
    const bool secureAddress = c->value(QStringLiteral("addressSecure")).toBool();
    c->remove(QStringLiteral("addressSecure"));
    const bool secureTlsa =
        c->value(QStringLiteral("dnssecTlsa")).toString() == QLatin1String("secure") &&
        !c->value(QStringLiteral("tlsa")).toArray().isEmpty();
    const bool secureSrv =
        srv == QLatin1String("secure") ||
        c->value(QStringLiteral("source")).toString() == QLatin1String("fallback");
    const bool rejected = c->contains(QStringLiteral("rejected"));
    c->insert(QStringLiteral("daneUsable"), secureTlsa && secureSrv && secureAddress && !rejected);
    if (secureTlsa && secureSrv && !secureAddress && !rejected)
        c->insert(QStringLiteral("daneNotApplied"), QStringLiteral("address-insecure"));
}

QString overallStatus(const QString &validation, const QJsonArray &answers)
{
    QString dnssec = validation == QLatin1String("off")        ? QStringLiteral("unvalidated")
                     : validation == QLatin1String("stripped") ? QStringLiteral("stripped")
                                                               : QStringLiteral("insecure");
    for (const QJsonValue &v : answers) {
        const QString s = v.toObject().value(QStringLiteral("dnssec")).toString();
        if (s == QLatin1String("bogus"))
            dnssec = s;
        else if (s == QLatin1String("secure") && dnssec == QLatin1String("insecure"))
            dnssec = s;
    }
    return dnssec;
}

} // namespace Inspector::DnsCandidates
