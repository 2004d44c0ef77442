// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanrow.h"

#include "diagnose/findings.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Inspector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScanRow)
};

/// Whole days from `at` until the certificate's notAfter (negative once it has expired).
std::optional<int> daysLeft(const TlsFact &tls)
{
    if (tls.peerCertificates.isEmpty())
        return std::nullopt;
    const QDateTime notAfter =
        QDateTime::fromString(tls.peerCertificates.first().notAfter, Qt::ISODate);
    QDateTime at = QDateTime::fromString(tls.checkedAt, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::currentDateTimeUtc();
    if (!notAfter.isValid())
        return std::nullopt;
    // Calendar days, as the expiry finding counts them; one that has ended has -1 at most.
    const qint64 days = at.daysTo(notAfter);
    return int(notAfter > at ? days : qMin<qint64>(-1, days));
}

ScanRow::Dane daneOf(const DaneFact &dane)
{
    if (!dane.present)
        return ScanRow::Dane::None;
    if (dane.dnssec == QLatin1String("bogus"))
        return ScanRow::Dane::Bogus; // RFC 7673 §3.1: not used, and no connection should be
    if (!dane.usable)
        return ScanRow::Dane::NotUsable;
    if (dane.mismatch)
        return ScanRow::Dane::Mismatch;
    return dane.matched.value_or(false) ? ScanRow::Dane::Matched : ScanRow::Dane::NotUsable;
}
} // namespace

QString ScanRow::header(Column column)
{
    switch (column) {
    case DomainColumn:
        return Tr::tr("Domain");
    case OutcomeColumn:
        return Tr::tr("Outcome");
    case ReachableColumn:
        return Tr::tr("Reachable");
    case TlsColumn:
        return Tr::tr("TLS");
    case CertificateColumn:
        return Tr::tr("Certificate days left");
    case DnssecColumn:
        return Tr::tr("DNSSEC");
    case DaneColumn:
        return Tr::tr("DANE");
    case DialbackColumn:
        return Tr::tr("Dialback");
    case ExternalColumn:
        return Tr::tr("SASL EXTERNAL");
    case LatencyColumn:
        return Tr::tr("Connect");
    case FindingsColumn:
        return Tr::tr("Findings");
    case ColumnCount:
        break;
    }
    return {};
}

bool ScanRow::isNumeric(Column column)
{
    return column == CertificateColumn || column == LatencyColumn;
}

namespace {
const QString None = QStringLiteral("—");

QString offered(bool yes)
{
    return yes ? Tr::tr("offered") : Tr::tr("no");
}
} // namespace

QString ScanRow::text(Column column) const
{
    switch (column) {
    case DomainColumn:
        return domain;
    case OutcomeColumn:
        return success ? Tr::tr("success") : outcome;
    case ReachableColumn:
        return reachable ? Tr::tr("yes") : Tr::tr("no");
    case TlsColumn:
        return tlsVersion.isEmpty() ? None : tlsVersion;
    case CertificateColumn:
        return certificateDaysLeft ? QString::number(*certificateDaysLeft) : None;
    case DnssecColumn:
        return dnssec.isEmpty() ? None : dnssec;
    case DaneColumn:
        return dane == Dane::None ? None : daneLabel(dane);
    case DialbackColumn:
        return featuresSeen ? offered(dialbackOffered) : None;
    case ExternalColumn:
        return featuresSeen ? offered(externalOffered) : None;
    case LatencyColumn:
        return latencyMs ? Tr::tr("%1 ms").arg(*latencyMs, 0, 'f', 1) : None;
    case FindingsColumn:
        return findingsText();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScanRow::sortKey(Column column) const
{
    switch (column) {
    case CertificateColumn:
        return certificateDaysLeft ? double(*certificateDaysLeft) : -1e300;
    case LatencyColumn:
        return latencyMs.value_or(-1e300);
    case FindingsColumn:
        // Errors first, then warnings, then notes.
        return double(count(Finding::Severity::Error)) * 1e6 +
               count(Finding::Severity::Warning) * 1e3 + count(Finding::Severity::Info);
    case OutcomeColumn:
        // The successes together, first; then the failures by their codes.
        return success ? QStringLiteral("0") : QStringLiteral("1") + outcome;
    default:
        return text(column);
    }
}

QString ScanRow::countText(Finding::Severity severity, int n)
{
    switch (severity) {
    case Finding::Severity::Error:
        return Tr::tr("%n error(s)", nullptr, n);
    case Finding::Severity::Warning:
        return Tr::tr("%n warning(s)", nullptr, n);
    case Finding::Severity::Info:
        break;
    }
    return Tr::tr("%n note(s)", nullptr, n);
}

QString ScanRow::findingsText() const
{
    QStringList parts;
    for (const auto severity :
         {Finding::Severity::Error, Finding::Severity::Warning, Finding::Severity::Info}) {
        if (const int n = count(severity))
            parts << countText(severity, n);
    }
    return parts.isEmpty() ? Tr::tr("none") : parts.join(QStringLiteral(", "));
}

int ScanRow::count(Finding::Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

QString ScanRow::daneLabel(Dane dane)
{
    switch (dane) {
    case Dane::Matched:
        return Tr::tr("matched");
    case Dane::Mismatch:
        return Tr::tr("mismatch");
    case Dane::NotUsable:
        return Tr::tr("not usable");
    case Dane::Bogus:
        return Tr::tr("bogus");
    case Dane::None:
        break;
    }
    return {};
}

ScanRow ScanRow::fromRecord(const QJsonObject &record)
{
    const SessionSummary s = SessionSummary::fromJson(record);
    ScanRow row;
    row.domain = record.value(u"domain").toString();
    row.success = s.success;
    row.outcome = s.success                ? QStringLiteral("success")
                  : s.errorCode.isAbsent() ? QStringLiteral("failure")
                                           : s.errorCode.value;
    row.latencyMs = s.timings.tcpConnectMs;
    row.reachable = s.timings.tcpConnectMs.has_value();
    if (s.tls && s.tls->isRecorded()) {
        row.tlsVersion = s.tls->protocol;
        row.certificateDaysLeft = daysLeft(*s.tls);
        row.dane = daneOf(s.tls->dane);
    }
    if (s.dns)
        row.dnssec = s.dns->dnssec;
    row.featuresSeen = !s.featureStages.isEmpty() || !s.features.isEmpty();
    row.dialbackOffered = s.dialbackOffered;
    row.externalOffered = s.saslMechanisms.contains(QLatin1String("EXTERNAL"));
    row.elapsedMs = record.value(u"elapsedMs").toInteger();
    if (!s.success)
        row.error = s.errorPhrase.isEmpty() ? s.error.text() : s.errorPhrase.display();
    row.transcript = record.value(u"transcript").toString();
    row.findings = Findings::fromSummary(s);
    row.phases = s.phases;
    return row;
}

} // namespace Inspector
