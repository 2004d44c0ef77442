// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of DNS events (net/dnslookup.cpp writes them) and connection attempts.
#include "dnsfact.h"

namespace Inspector {

DnsCandidateFact DnsCandidateFact::fromJson(const QJsonObject &c)
{
    DnsCandidateFact f;
    f.target = c.value(QStringLiteral("target")).toString();
    f.port = c.value(QStringLiteral("port")).toInt();
    f.directTls = c.value(QStringLiteral("directTls")).toBool();
    f.priority = c.value(QStringLiteral("priority")).toInt();
    f.weight = c.value(QStringLiteral("weight")).toInt();
    f.source = c.value(QStringLiteral("source")).toString();
    f.dnssecSrv = c.value(QStringLiteral("dnssecSrv")).toString();
    f.dnssecA = c.value(QStringLiteral("dnssecA")).toString();
    f.dnssecAAAA = c.value(QStringLiteral("dnssecAAAA")).toString();
    f.rejected = c.value(QStringLiteral("rejected")).toString();
    if (c.value(QStringLiteral("addresses")).isArray()) {
        f.addresses.emplace();
        for (const QJsonValue &a : c.value(QStringLiteral("addresses")).toArray())
            *f.addresses << a.toString();
    }
    f.tlsa = TlsaRecord::listFromJson(c.value(QStringLiteral("tlsa")));
    f.dnssecTlsa = c.value(QStringLiteral("dnssecTlsa")).toString();
    f.daneUsable = c.value(QStringLiteral("daneUsable")).toBool();
    f.daneNotApplied = c.value(QStringLiteral("daneNotApplied")).toString();
    return f;
}

QJsonObject DnsCandidateFact::toJson() const
{
    QJsonObject o{{QStringLiteral("target"), target},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("priority"), priority},
                  {QStringLiteral("weight"), weight},
                  {QStringLiteral("directTls"), directTls},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("dnssecSrv"), dnssecSrv},
                  {QStringLiteral("tlsa"), TlsaRecord::listToJson(tlsa)},
                  {QStringLiteral("daneUsable"), daneUsable}};
    if (addresses)
        o.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(*addresses));
    // Absent where the question failed (no status) or nothing was found.
    const std::pair<const char *, const QString *> optional[] = {
        {"dnssecA", &dnssecA},
        {"dnssecAAAA", &dnssecAAAA},
        {"dnssecTlsa", &dnssecTlsa},
        {"rejected", &rejected},
        {"daneNotApplied", &daneNotApplied}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    return o;
}

DnsFact DnsFact::fromEventData(const QJsonObject &d)
{
    DnsFact f;
    f.domain = d.value(QStringLiteral("domain")).toString();
    f.service = d.value(QStringLiteral("service")).toString();
    f.server = d.value(QStringLiteral("server")).toString();
    f.dnssec = d.value(QStringLiteral("dnssec")).toString();
    f.validation = d.value(QStringLiteral("validation")).toString();
    f.strippedReason = d.value(QStringLiteral("strippedReason")).toString();
    f.noService = d.value(QStringLiteral("noService")).toBool();
    for (const QJsonValue &v : d.value(QStringLiteral("srvFailed")).toArray()) {
        const QJsonObject o = v.toObject();
        const int rcode = o.value(QStringLiteral("rcode")).toInt(-1);
        const QString why = !o.value(QStringLiteral("error")).toString().isEmpty()
                                ? o.value(QStringLiteral("error")).toString()
                            : rcode == 2 ? QStringLiteral("SERVFAIL")
                            : rcode == 5 ? QStringLiteral("REFUSED")
                                         : QStringLiteral("rcode %1").arg(rcode);
        f.srvFailed << QStringLiteral("%1: %2").arg(o.value(QStringLiteral("name")).toString(),
                                                    why);
    }
    f.forOtherRole = d.contains(QStringLiteral("role"));
    if (d.value(QStringLiteral("srvSeed")).isDouble())
        f.srvSeed = qint64(d.value(QStringLiteral("srvSeed")).toDouble());
    for (const QJsonValue &v : d.value(QStringLiteral("candidates")).toArray())
        f.candidates.append(DnsCandidateFact::fromJson(v.toObject()));
    for (const QJsonValue &v : d.value(QStringLiteral("bogus")).toArray()) {
        const QJsonObject b = v.toObject();
        f.bogus.append({b.value(QStringLiteral("name")).toString(),
                        b.value(QStringLiteral("type")).toString(),
                        b.value(QStringLiteral("whyBogus")).toString()});
    }
    f.error = d.value(QStringLiteral("error")).toString();
    f.recorded = d;
    return f;
}

QJsonObject DnsFact::toJson() const
{
    QJsonObject o = recorded;
    o.remove(QStringLiteral("answers"));
    return o;
}

AttemptFact AttemptFact::fromEventData(const QJsonObject &d, int connection)
{
    QJsonObject o = d;
    o.remove(QStringLiteral("what"));
    o.insert(QStringLiteral("connection"), connection);
    return fromJson(o);
}

AttemptFact AttemptFact::fromJson(const QJsonObject &o)
{
    AttemptFact a;
    a.target = o.value(QStringLiteral("target")).toString();
    a.address = o.value(QStringLiteral("address")).toString();
    a.result = o.value(QStringLiteral("result")).toString();
    a.error = o.value(QStringLiteral("error")).toString();
    a.port = o.value(QStringLiteral("port")).toInt();
    a.directTls = o.value(QStringLiteral("directTls")).toBool();
    a.connection = o.value(QStringLiteral("connection")).toInt();
    a.recorded = o;
    return a;
}

QJsonObject attemptData(const DnsCandidateFact &c, const QString &address)
{
    return QJsonObject{{QStringLiteral("target"), c.target},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("port"), c.port},
                       {QStringLiteral("directTls"), c.directTls},
                       {QStringLiteral("source"), c.source}};
}

} // namespace Inspector
