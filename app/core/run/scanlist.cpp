// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanlist.h"

#include "net/dnslookup.h"
#include "protocol/jid.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

namespace Inspector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScanList)
};

bool isAddress(QString text)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    return QHostAddress().setAddress(text);
}

/// Why `text` (trimmed, no comment) is not a domain to scan; empty when it is one, with the
/// domain in its normal form and its A-label (what DNS is asked: the same server however
/// the domain is written).
QString problem(const QString &text, QString *domain, QString *ace)
{
    if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('\t')))
        return Tr::tr("More than one word: one domain per line.");
    const Jid jid = Jid::domain(text);
    if (isAddress(text) || (jid.isValid() && isAddress(jid.domainPart())))
        return Tr::tr("An IP address, not a domain: servers are found and checked by their "
                      "domain names.");
    if (!jid.isValid())
        return jid.error();
    *domain = jid.domainPart();
    *ace = DnsLookup::aLabel(*domain).toLower();
    // A host name (RFC 1123 §2.1, RFC 3696 §2): letters, digits and hyphens in A-labels, at
    // most 253 bytes, not all digits at the end.
    static const QRegularExpression hostName(QStringLiteral(
        "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}"
        "[a-z0-9])?)*$"));
    if (ace->isEmpty() || !hostName.match(*ace).hasMatch())
        return Tr::tr("Not a host name: letters, digits and hyphens between the dots.");
    if (ace->section(QLatin1Char('.'), -1).contains(QRegularExpression(QStringLiteral("^[0-9]+$"))))
        return Tr::tr("Not a host name: the last label is a number.");
    return {};
}
} // namespace

QJsonObject ScanList::Skipped::toJson() const
{
    return {{QStringLiteral("record"), QStringLiteral("skipped")},
            {QStringLiteral("line"), line},
            {QStringLiteral("text"), text},
            {QStringLiteral("reason"), reason}};
}

ScanList ScanList::parse(const QByteArray &text)
{
    ScanList list;
    QHash<QString, int> seen; // domain -> its line
    int number = 0;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        const QByteArrayView raw(text.constData() + from, end - from);
        from = end + 1;
        ++number;
        if (raw.size() > MaxLineBytes) {
            list.skipped.append({number, QString::fromUtf8(raw.first(60)) + QStringLiteral("…"),
                                 Tr::tr("The line is longer than %1 bytes.").arg(MaxLineBytes)});
            continue;
        }
        QString line = QString::fromUtf8(raw);
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!QByteArrayView(raw).isValidUtf8()) {
            list.skipped.append({number, line, Tr::tr("The line is not valid UTF-8.")});
            continue;
        }
        QString domain, ace;
        const QString why = problem(line, &domain, &ace);
        if (!why.isEmpty()) {
            list.skipped.append({number, line, why});
            continue;
        }
        const auto earlier = seen.constFind(ace);
        if (earlier != seen.cend()) {
            list.skipped.append(
                {number, line, Tr::tr("Listed before, on line %1.").arg(earlier.value())});
            continue;
        }
        if (list.domains.size() >= MaxDomains) {
            list.skipped.append(
                {number, line,
                 Tr::tr("More than %1 domains: the rest are not scanned.").arg(MaxDomains)});
            continue;
        }
        seen.insert(ace, number);
        list.domains.append({domain, number});
    }
    return list;
}

} // namespace Inspector
