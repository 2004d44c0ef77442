// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsanswer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

#include <unbound.h>

namespace Inspector::DnsAnswer {

namespace {
QString wireName(const QByteArray &data, int offset)
{
    QStringList labels;
    while (offset < data.size()) {
        const int len = quint8(data.at(offset));
        if (len == 0 || offset + 1 + len > data.size())
            break;
        labels << QString::fromLatin1(data.mid(offset + 1, len));
        offset += 1 + len;
    }
    return labels.isEmpty() ? QStringLiteral(".") : labels.join(QLatin1Char('.'));
}

quint16 be16(const QByteArray &d, int at)
{
    return quint16((quint8(d.at(at)) << 8) | quint8(d.at(at + 1)));
}

QString status(const ::ub_result *r, const QString &validation)
{
    if (validation == QLatin1String("off"))
        return QStringLiteral("unvalidated");
    if (validation == QLatin1String("stripped"))
        return QStringLiteral("stripped");
    return r->secure  ? QStringLiteral("secure")
           : r->bogus ? QStringLiteral("bogus")
                      : QStringLiteral("insecure");
}

/// One record's data in the form of its type; null for a type not asked for or malformed.
QJsonValue record(int type, const QByteArray &d)
{
    if (type == SRV && d.size() >= 7) {
        return QJsonObject{{QStringLiteral("priority"), be16(d, 0)},
                           {QStringLiteral("weight"), be16(d, 2)},
                           {QStringLiteral("port"), be16(d, 4)},
                           {QStringLiteral("target"), wireName(d, 6)}};
    }
    if (type == A && d.size() == 4) {
        return QHostAddress(quint32((quint8(d[0]) << 24) | (quint8(d[1]) << 16) |
                                    (quint8(d[2]) << 8) | quint8(d[3])))
            .toString();
    }
    if (type == AAAA && d.size() == 16)
        return QHostAddress(reinterpret_cast<const quint8 *>(d.constData())).toString();
    if (type == TLSA && d.size() >= 3) {
        return QJsonObject{{QStringLiteral("usage"), quint8(d[0])},
                           {QStringLiteral("selector"), quint8(d[1])},
                           {QStringLiteral("matchingType"), quint8(d[2])},
                           {QStringLiteral("data"), QString::fromLatin1(d.mid(3).toHex())}};
    }
    return QJsonValue();
}
} // namespace

QString typeName(int type)
{
    switch (type) {
    case A:
        return QStringLiteral("A");
    case AAAA:
        return QStringLiteral("AAAA");
    case SRV:
        return QStringLiteral("SRV");
    case TLSA:
        return QStringLiteral("TLSA");
    }
    return QString::number(type);
}

QJsonArray decode(const ::ub_result *result, int type, const QString &name,
                  const QString &validation, QJsonObject *answer)
{
    answer->insert(QStringLiteral("rcode"), result->rcode);
    answer->insert(QStringLiteral("nxdomain"), bool(result->nxdomain));
    // DNSSEC (RFC 4033 §5, RFC 4035 §4.3): secure, insecure (no chain of trust), bogus.
    const QString dnssec = status(result, validation);
    answer->insert(QStringLiteral("dnssec"), dnssec);
    if (dnssec == QLatin1String("bogus"))
        answer->insert(QStringLiteral("whyBogus"), result->why_bogus
                                                       ? QString::fromUtf8(result->why_bogus)
                                                       : QStringLiteral("validation failure"));
    QJsonArray records;
    int keys = 0;
    for (int i = 0; result->havedata && result->data[i]; ++i) {
        const QJsonValue r = record(type, QByteArray(result->data[i], result->len[i]));
        if (r.isNull())
            ++keys;
        else
            records.append(r);
    }
    if (keys > 0)
        answer->insert(QStringLiteral("keys"), keys);
    if (result->canonname &&
        name.compare(QString::fromUtf8(result->canonname).chopped(1), Qt::CaseInsensitive) != 0)
        answer->insert(QStringLiteral("cname"), QString::fromUtf8(result->canonname));
    return records;
}

} // namespace Inspector::DnsAnswer
