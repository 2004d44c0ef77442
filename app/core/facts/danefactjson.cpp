// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of TLSA records (in DNS events) and of DANE evaluations (the TLS facts' "dane").
#include "danefact.h"

namespace Inspector {

QString TlsaRecord::usageName() const
{
    static const char *const names[] = {"PKIX-TA", "PKIX-EE", "DANE-TA", "DANE-EE"};
    return QLatin1String(usage >= 0 && usage < 4 ? names[usage] : "unknown");
}

TlsaRecord TlsaRecord::fromJson(const QJsonObject &o)
{
    TlsaRecord r;
    // Anything but a number in 0..255 (what a TLSA field can hold) is no value at all.
    const auto field = [&o](const char *key) {
        const int v = o.value(QLatin1String(key)).toInt(-1);
        return v >= 0 && v <= 255 ? v : -1;
    };
    r.usage = field("usage");
    r.selector = field("selector");
    r.matchingType = field("matchingType");
    r.data = o.value(QStringLiteral("data")).toString();
    return r;
}

QJsonObject TlsaRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("data"), data}};
    if (usage >= 0)
        o.insert(QStringLiteral("usage"), usage);
    if (selector >= 0)
        o.insert(QStringLiteral("selector"), selector);
    if (matchingType >= 0)
        o.insert(QStringLiteral("matchingType"), matchingType);
    return o;
}

QVector<TlsaRecord> TlsaRecord::listFromJson(const QJsonValue &v)
{
    QVector<TlsaRecord> out;
    for (const QJsonValue &r : v.toArray())
        out.append(fromJson(r.toObject()));
    return out;
}

QJsonArray TlsaRecord::listToJson(const QVector<TlsaRecord> &records)
{
    QJsonArray out;
    for (const TlsaRecord &r : records)
        out.append(r.toJson());
    return out;
}

DaneFact DaneFact::fromJson(const QJsonObject &o)
{
    DaneFact d;
    d.present = !o.isEmpty();
    for (const QJsonValue &v : o.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        d.records.append({TlsaRecord::fromJson(r), r.value(QStringLiteral("usable")).toBool(),
                          r.value(QStringLiteral("matched")).toBool()});
    }
    if (o.value(QStringLiteral("matched")).isBool())
        d.matched = o.value(QStringLiteral("matched")).toBool();
    d.matchedUsage = o.value(QStringLiteral("matchedUsage")).toInt(-1);
    if (d.matchedUsage < 0 || d.matchedUsage > 255)
        d.matchedUsage = -1;
    d.dnssec = o.value(QStringLiteral("dnssec")).toString();
    d.usable = o.value(QStringLiteral("usable")).toBool();
    d.usableRecords = std::max(o.value(QStringLiteral("usableRecords")).toInt(-1), -1);
    d.mismatch = o.value(QStringLiteral("mismatch")).toBool();
    return d;
}

QJsonObject DaneFact::toJson() const
{
    if (!present)
        return {};
    QJsonArray results;
    for (const DaneRecordResult &r : records) {
        QJsonObject o = r.record.toJson();
        o.insert(QStringLiteral("usageName"), r.record.usageName());
        o.insert(QStringLiteral("usable"), r.usable);
        o.insert(QStringLiteral("matched"), r.matched);
        results.append(o);
    }
    QJsonObject o{{QStringLiteral("records"), results},
                  {QStringLiteral("matched"), matched ? QJsonValue(*matched) : QJsonValue()},
                  {QStringLiteral("matchedUsage"),
                   matchedUsage >= 0 ? QJsonValue(matchedUsage) : QJsonValue()},
                  {QStringLiteral("dnssec"), dnssec},
                  {QStringLiteral("usable"), usable},
                  {QStringLiteral("mismatch"), mismatch}};
    if (usableRecords >= 0)
        o.insert(QStringLiteral("usableRecords"), usableRecords);
    return o;
}

} // namespace Inspector
