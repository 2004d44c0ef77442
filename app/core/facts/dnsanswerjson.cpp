// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of DNS answers (the "answers" of a DNS event, net/dnslookup.cpp makes them).
#include "dnsfact.h"

namespace Inspector {

namespace {
QJsonObject srvToJson(const SrvRecord &r)
{
    return QJsonObject{{QStringLiteral("priority"), r.priority},
                       {QStringLiteral("weight"), r.weight},
                       {QStringLiteral("port"), r.port},
                       {QStringLiteral("target"), r.target}};
}
} // namespace

SrvRecord SrvRecord::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("target")).toString(), o.value(QStringLiteral("port")).toInt(),
            o.value(QStringLiteral("priority")).toInt(), o.value(QStringLiteral("weight")).toInt()};
}

DnsAnswerFact DnsAnswerFact::fromJson(const QJsonObject &o)
{
    DnsAnswerFact a;
    a.name = o.value(QStringLiteral("name")).toString();
    a.type = o.value(QStringLiteral("type")).toString();
    if (o.value(QStringLiteral("ms")).isDouble())
        a.ms = o.value(QStringLiteral("ms")).toDouble();
    a.error = o.value(QStringLiteral("error")).toString();
    a.answered = o.value(QStringLiteral("rcode")).isDouble();
    a.rcode = o.value(QStringLiteral("rcode")).toInt(-1);
    a.nxdomain = o.value(QStringLiteral("nxdomain")).toBool();
    a.dnssec = o.value(QStringLiteral("dnssec")).toString();
    a.whyBogus = o.value(QStringLiteral("whyBogus")).toString();
    a.cname = o.value(QStringLiteral("cname")).toString();
    a.keys = std::max(o.value(QStringLiteral("keys")).toInt(), 0);
    a.discarded = std::max(o.value(QStringLiteral("discarded")).toInt(), 0);
    const QJsonArray records = o.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &r : records) {
        if (a.type == QLatin1String("SRV"))
            a.srv.append(SrvRecord::fromJson(r.toObject()));
        else if (a.type == QLatin1String("A") || a.type == QLatin1String("AAAA"))
            a.addresses << r.toString();
        else if (a.type == QLatin1String("TLSA"))
            a.tlsa.append(TlsaRecord::fromJson(r.toObject()));
    }
    return a;
}

QJsonObject DnsAnswerFact::toJson() const
{
    QJsonArray records;
    for (const SrvRecord &r : srv)
        records.append(srvToJson(r));
    for (const QString &a : addresses)
        records.append(a);
    for (const TlsaRecord &r : tlsa)
        records.append(r.toJson());
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("records"), records}};
    if (ms)
        o.insert(QStringLiteral("ms"), *ms);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (answered) {
        o.insert(QStringLiteral("rcode"), rcode);
        o.insert(QStringLiteral("nxdomain"), nxdomain);
        o.insert(QStringLiteral("dnssec"), dnssec);
    }
    const std::pair<const char *, const QString *> texts[] = {{"whyBogus", &whyBogus},
                                                              {"cname", &cname}};
    for (const auto &[key, value] : texts) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    if (keys > 0)
        o.insert(QStringLiteral("keys"), keys);
    if (discarded > 0)
        o.insert(QStringLiteral("discarded"), discarded);
    return o;
}

} // namespace Inspector
