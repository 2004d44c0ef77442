// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of DNS events (net/dnslookup.cpp writes them) and connection attempts.
#include "dnsfact.h"

#include "eventfacts.h"
#include "textfact.h"

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

QVector<ClientPath> DnsFact::clientPaths() const
{
    QVector<ClientPath> out;
    for (const DnsCandidateFact &c : candidates) {
        out.append({c.directTls ? QStringLiteral("directtls") : QStringLiteral("starttls"),
                    QStringLiteral("%1:%2").arg(c.target).arg(c.port), c.source, true});
    }
    if (hostMeta) {
        for (const HostMetaLinkFact &l : hostMeta->endpoints())
            out.append({l.method, l.href, QStringLiteral("host-meta"), l.secure});
    }
    return out;
}

DnsFact DnsFact::fromEventData(const QJsonObject &d)
{
    DnsFact f;
    f.domain = d.value(QStringLiteral("domain")).toString();
    f.service = d.value(QStringLiteral("service")).toString();
    f.server = d.value(QStringLiteral("server")).toString();
    f.dnssec = d.value(QStringLiteral("dnssec")).toString();
    f.validation = d.value(QStringLiteral("validation")).toString();
    f.strippedReason = storedPhrase(d, QLatin1String("strippedReason"));
    f.noService = d.value(QStringLiteral("noService")).toBool();
    f.aLabel = d.value(QStringLiteral("aLabel")).toString();
    f.noDirectTls = d.value(QStringLiteral("noDirectTls")).toBool();
    f.trustAnchors = TextFact::strings(d.value(QStringLiteral("trustAnchors")));
    for (const QJsonValue &v : d.value(QStringLiteral("srvFailed")).toArray()) {
        const QJsonObject o = v.toObject();
        const SrvFailure s{o.value(QStringLiteral("name")).toString(),
                           o.value(QStringLiteral("rcode")).toInt(-1),
                           o.value(QStringLiteral("error")).toString()};
        f.srvFailures.append(s);
        const QString why = !s.error.isEmpty() ? s.error
                            : s.rcode == 2     ? QStringLiteral("SERVFAIL")
                            : s.rcode == 5     ? QStringLiteral("REFUSED")
                                               : QStringLiteral("rcode %1").arg(s.rcode);
        f.srvFailed << QStringLiteral("%1: %2").arg(s.name, why);
    }
    f.role = d.value(QStringLiteral("role")).toString();
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
    for (const QJsonValue &v : d.value(QStringLiteral("answers")).toArray())
        f.answers.append(DnsAnswerFact::fromJson(v.toObject()));
    f.error = storedPhrase(d, QLatin1String("error"));
    if (d.value(QStringLiteral("hostMeta")).isObject())
        f.hostMeta = HostMetaFact::fromJson(d.value(QStringLiteral("hostMeta")).toObject());
    return f;
}

QJsonObject DnsFact::toEventData() const
{
    QJsonArray list;
    for (const DnsCandidateFact &c : candidates)
        list.append(c.toJson());
    QJsonObject o{{QStringLiteral("domain"), domain}, {QStringLiteral("candidates"), list}};
    if (!role.isEmpty())
        o.insert(QStringLiteral("role"), role);
    if (hostMeta)
        o.insert(QStringLiteral("hostMeta"), hostMeta->toJson());
    if (!error.isEmpty()) {
        insertPhrase(&o, QLatin1String("error"), error);
        return o;
    }
    o.insert(QStringLiteral("service"), service);
    o.insert(QStringLiteral("server"), server);
    o.insert(QStringLiteral("trustAnchors"), QJsonArray::fromStringList(trustAnchors));
    o.insert(QStringLiteral("validation"), validation);
    o.insert(QStringLiteral("dnssec"), dnssec);
    o.insert(QStringLiteral("noService"), noService);
    o.insert(QStringLiteral("noDirectTls"), noDirectTls);
    if (srvSeed)
        o.insert(QStringLiteral("srvSeed"), *srvSeed);
    if (!aLabel.isEmpty())
        o.insert(QStringLiteral("aLabel"), aLabel);
    if (!strippedReason.isEmpty())
        insertPhrase(&o, QLatin1String("strippedReason"), strippedReason);
    QJsonArray bogusList, failed, answerList;
    for (const BogusAnswerFact &b : bogus) {
        bogusList.append(QJsonObject{{QStringLiteral("name"), b.name},
                                     {QStringLiteral("type"), b.type},
                                     {QStringLiteral("whyBogus"), b.whyBogus}});
    }
    for (const SrvFailure &s : srvFailures) {
        QJsonObject f{{QStringLiteral("name"), s.name}, {QStringLiteral("rcode"), s.rcode}};
        if (!s.error.isEmpty())
            f.insert(QStringLiteral("error"), s.error);
        failed.append(f);
    }
    for (const DnsAnswerFact &a : answers)
        answerList.append(a.toJson());
    if (!bogusList.isEmpty())
        o.insert(QStringLiteral("bogus"), bogusList);
    if (!failed.isEmpty())
        o.insert(QStringLiteral("srvFailed"), failed);
    o.insert(QStringLiteral("answers"), answerList);
    return o;
}

QJsonObject DnsFact::toJson() const
{
    QJsonObject o = toEventData();
    o.remove(QStringLiteral("answers"));
    removePhrases(&o);
    if (hostMeta)
        o.insert(QStringLiteral("hostMeta"), hostMeta->toJson(false));
    return o;
}

AttemptFact AttemptFact::fromVerdict(const VerdictFact &v)
{
    AttemptFact a;
    a.target = v.target.text();
    a.address = v.address.text();
    a.result = v.result.text();
    a.error = v.error.text();
    a.port = int(v.port.value_or(0));
    a.directTls = v.directTls.value_or(false);
    a.connection = v.connection;
    a.verdict = v;
    return a;
}

QJsonObject AttemptFact::toJson() const
{
    QJsonObject o = verdict.toJson();
    o.remove(QStringLiteral("what"));
    o.remove(QStringLiteral("atMs"));
    return o;
}

AttemptFact AttemptFact::fromJson(const QJsonObject &o)
{
    VerdictFact v = VerdictFact::fromJson(o);
    v.what = QStringLiteral("attempt");
    return fromVerdict(v);
}

VerdictFact attemptVerdict(const DnsCandidateFact &c, const QString &address, const QString &result)
{
    VerdictFact v(QStringLiteral("attempt"), result);
    v.target = c.target;
    v.address = address;
    v.port = c.port;
    v.directTls = c.directTls;
    v.source = c.source;
    return v;
}

} // namespace Inspector
