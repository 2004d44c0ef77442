// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanlist.h"

#include "protocol/jid.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

namespace Inspector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScanList)
};

/// Why `text` (trimmed, no comment) is not a domain to scan; empty when it is one.
QString problem(const QString &text, QString *domain)
{
    if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('\t')))
        return Tr::tr("More than one word: one domain per line.");
    QString bare = text;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress().setAddress(bare))
        return Tr::tr("An IP address, not a domain: servers are found and checked by their "
                      "domain names.");
    const Jid jid = Jid::domain(text);
    if (!jid.isValid())
        return jid.error();
    *domain = jid.domainPart();
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
        QString domain;
        const QString why = problem(line, &domain);
        if (!why.isEmpty()) {
            list.skipped.append({number, line, why});
            continue;
        }
        const auto earlier = seen.constFind(domain);
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
        seen.insert(domain, number);
        list.domains.append({domain, number});
    }
    return list;
}

} // namespace Inspector
