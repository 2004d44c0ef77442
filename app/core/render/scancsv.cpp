// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanreport.h"

#include "trace/scanresult.h"
#include "trace/scanrow.h"

#include <QStringList>

namespace Inspector::ScanReport {

namespace {
/// RFC 4180 §2: quoted when it holds a comma, a quote or a line break, quotes doubled. Text
/// from elsewhere that starts like a formula gets a leading quote (OWASP CSV injection).
QString field(QString text)
{
    static const QString FormulaStart = QStringLiteral("=+-@\t\r|\uFF1D\uFF0B\uFF0D\uFF20");
    if (!text.isEmpty() && FormulaStart.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString boolean(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString daneValue(ScanRow::Dane dane)
{
    switch (dane) {
    case ScanRow::Dane::Matched:
        return QStringLiteral("matched");
    case ScanRow::Dane::Mismatch:
        return QStringLiteral("mismatch");
    case ScanRow::Dane::NotUsable:
        return QStringLiteral("not-usable");
    case ScanRow::Dane::Bogus:
        return QStringLiteral("bogus");
    case ScanRow::Dane::None:
        break;
    }
    return {};
}

QString line(const ScanRow &r)
{
    QStringList codes;
    for (const Finding &f : r.findings)
        codes << f.codeName();
    const QStringList fields{
        field(r.domain),
        field(r.outcome),
        boolean(r.reachable),
        field(r.tlsVersion),
        r.certificateDaysLeft ? QString::number(*r.certificateDaysLeft) : QString(),
        field(r.dnssec),
        daneValue(r.dane),
        boolean(r.dialbackOffered),
        boolean(r.externalOffered),
        r.latencyMs ? QString::number(*r.latencyMs, 'f', 1) : QString(),
        QString::number(r.count(Finding::Severity::Error)),
        QString::number(r.count(Finding::Severity::Warning)),
        QString::number(r.count(Finding::Severity::Info)),
        field(codes.join(QLatin1Char(' '))),
        QString::number(r.elapsedMs),
        field(r.error),
        field(r.transcript),
    };
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
} // namespace

QByteArray csv(const ScanResult &scan)
{
    QString out = QStringLiteral(
        "domain,outcome,reachable,tls,certificateDaysLeft,dnssec,dane,dialbackOffered,"
        "saslExternalOffered,connectMs,errors,warnings,notes,findings,elapsedMs,error,"
        "transcript\r\n");
    for (const QJsonObject &record : scan.domains)
        out += line(ScanRow::fromRecord(record));
    return out.toUtf8();
}

} // namespace Inspector::ScanReport
