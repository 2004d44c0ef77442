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

/// Adds one record's data in the form of its type; false for a type not asked for or malformed.
bool addRecord(int type, const QByteArray &d, DnsAnswerFact *answer)
{
    if (type == SRV && d.size() >= 7) {
        answer->srv.append({wireName(d, 6), be16(d, 4), be16(d, 0), be16(d, 2)});
        return true;
    }
    if (type == A && d.size() == 4) {
        answer->addresses << QHostAddress(quint32((quint8(d[0]) << 24) | (quint8(d[1]) << 16) |
                                                  (quint8(d[2]) << 8) | quint8(d[3])))
                                 .toString();
        return true;
    }
    if (type == AAAA && d.size() == 16) {
        answer->addresses
            << QHostAddress(reinterpret_cast<const quint8 *>(d.constData())).toString();
        return true;
    }
    if (type == TLSA && d.size() >= 3) {
        answer->tlsa.append(
            {quint8(d[0]), quint8(d[1]), quint8(d[2]), QString::fromLatin1(d.mid(3).toHex())});
        return true;
    }
    return false;
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

void decode(const ::ub_result *result, int type, const QString &name, const QString &validation,
            DnsAnswerFact *answer)
{
    answer->answered = true;
    answer->rcode = result->rcode;
    answer->nxdomain = result->nxdomain;
    // DNSSEC (RFC 4033 §5, RFC 4035 §4.3): secure, insecure (no chain of trust), bogus.
    answer->dnssec = status(result, validation);
    if (answer->dnssec == QLatin1String("bogus"))
        answer->whyBogus = result->why_bogus ? QString::fromUtf8(result->why_bogus)
                                             : QStringLiteral("validation failure");
    for (int i = 0; result->havedata && result->data[i]; ++i) {
        if (!addRecord(type, QByteArray(result->data[i], result->len[i]), answer))
            ++answer->keys;
    }
    if (result->canonname &&
        name.compare(QString::fromUtf8(result->canonname).chopped(1), Qt::CaseInsensitive) != 0)
        answer->cname = QString::fromUtf8(result->canonname);
}

} // namespace Inspector::DnsAnswer
