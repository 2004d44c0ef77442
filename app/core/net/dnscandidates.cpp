// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnscandidates.h"

namespace Inspector::DnsCandidates {

bool saysNoService(const QVector<DnsCandidateFact> &list)
{
    return list.size() == 1 && list.first().target == QLatin1String(".");
}

QVector<DnsCandidateFact> targets(const QVector<DnsCandidateFact> &direct,
                                  const QVector<DnsCandidateFact> &starttls, bool noService,
                                  bool bogusSrv, const QString &domain, bool client,
                                  const QString &srvDnssec)
{
    // RFC 7673 §3.1: a bogus SRV answer aborts the attempt; no fallback to the domain.
    if (bogusSrv || noService)
        return {};
    QVector<DnsCandidateFact> all;
    for (const QVector<DnsCandidateFact> *list : {&direct, &starttls}) {
        if (!saysNoService(*list))
            all += *list;
    }
    if (all.isEmpty()) {
        // RFC 6120 §3.2.2: no SRV record at all, so the domain itself on the default port.
        DnsCandidateFact c;
        c.target = domain;
        c.port = client ? 5222 : 5269;
        c.source = QStringLiteral("fallback");
        c.dnssecSrv = srvDnssec;
        all.append(c);
    }
    return all;
}

void addAddresses(DnsCandidateFact *c, bool ipv6, const QStringList &addresses,
                  const QString &dnssec)
{
    QStringList &list = c->addresses.emplace(c->addresses.value_or(QStringList()));
    // IPv6 first (RFC 6724 default), each family listed and tried.
    for (const QString &a : addresses)
        ipv6 ? list.prepend(a) : list.append(a);
    (ipv6 ? c->dnssecAAAA : c->dnssecA) = dnssec;
    // RFC 7673 §3.2: a returned address RRset that is secure (a secure "no such record" answer
    // returns none).
    if (dnssec == QLatin1String("secure") && !addresses.isEmpty())
        c->addressSecure = true;
}

void settle(DnsCandidateFact *c)
{
    // RFC 7673 §3.2, §3.3: a target whose address or TLSA answer is bogus is not connected to
    // at all, whatever its other address family says.
    const std::pair<const QString *, const char *> answers[] = {
        {&c->dnssecA, "A"}, {&c->dnssecAAAA, "AAAA"}, {&c->dnssecTlsa, "TLSA"}};
    for (const auto &[dnssec, type] : answers) {
        if (*dnssec == QLatin1String("bogus")) {
            c->rejected = QLatin1String(type) + QStringLiteral(" bogus");
            c->addresses = QStringList();
            break;
        }
    }
    // RFC 7673 §3.1-3.3: DANE applies when the SRV answer (or, without SRV, nothing to follow),
    // at least one of the target's address answers and the TLSA answer are all secure. An
    // address reached through a CNAME into an unsigned zone is not: its TLSA records are then
    // not relied upon (§3.2), however secure they are themselves.
    const bool secureAddress = c->addressSecure;
    c->addressSecure = false;
    const bool secureTlsa = c->dnssecTlsa == QLatin1String("secure") && !c->tlsa.isEmpty();
    const bool secureSrv =
        c->dnssecSrv == QLatin1String("secure") || c->source == QLatin1String("fallback");
    const bool rejected = !c->rejected.isEmpty();
    c->daneUsable = secureTlsa && secureSrv && secureAddress && !rejected;
    if (secureTlsa && secureSrv && !secureAddress && !rejected)
        c->daneNotApplied = QStringLiteral("address-insecure");
}

QString overallStatus(const QString &validation, const QStringList &statuses)
{
    QString dnssec = validation == QLatin1String("off")        ? QStringLiteral("unvalidated")
                     : validation == QLatin1String("stripped") ? QStringLiteral("stripped")
                                                               : QStringLiteral("insecure");
    for (const QString &s : statuses) {
        if (s == QLatin1String("bogus"))
            dnssec = s;
        else if (s == QLatin1String("secure") && dnssec == QLatin1String("insecure"))
            dnssec = s;
    }
    return dnssec;
}

} // namespace Inspector::DnsCandidates
