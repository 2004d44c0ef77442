// SPDX-License-Identifier: GPL-3.0-or-later
// The test federation that tests/peers/peers.sh serves from its DNS server: a few hundred
// domains, each a kind of server an admin meets, and the outcome a scan must give each one.
#pragma once

#include <QString>
#include <QStringList>

namespace Inspector::Test::Federation {

/// Every domain, in the order of the list.
inline QStringList domains()
{
    QStringList out;
    for (int i = 0; i < 10; ++i)
        out << QStringLiteral("fed-p%1.test").arg(i) << QStringLiteral("fed-e%1.test").arg(i);
    for (int i = 0; i < 100; ++i)
        out << QStringLiteral("fed-un%1.test").arg(i, 3, 10, QLatin1Char('0'));
    for (int i = 0; i < 50; ++i)
        out << QStringLiteral("fed-dead%1.test").arg(i, 2, 10, QLatin1Char('0'))
            << QStringLiteral("fed-none%1.test").arg(i, 2, 10, QLatin1Char('0'))
            << QStringLiteral("fed-miss%1.test").arg(i, 2, 10, QLatin1Char('0'));
    out << QStringLiteral("fed-wrong.test") << QStringLiteral("fed-slow.test");
    return out;
}

/// The list as an admin keeps it: comments, blank lines, and lines that are not domains.
inline QByteArray listText()
{
    QByteArray text = "# the test federation\n\n";
    for (const QString &d : domains())
        text += d.toUtf8() + '\n';
    text += "127.0.0.1\nfed-p0.test   # listed twice\nnot a domain\n";
    return text;
}

/// How many lines of listText() are skipped: an IP address, a repeat, two words.
constexpr int SkippedLines = 3;

/// The outcome the scan must give the domain: "success" or the session's error code.
inline QString expectedOutcome(const QString &domain)
{
    if (domain.startsWith(QLatin1String("fed-p")) || domain.startsWith(QLatin1String("fed-e")) ||
        domain == QLatin1String("fed-wrong.test"))
        return QStringLiteral("success"); // a probe: the wrong name is a finding, not a failure
    if (domain.startsWith(QLatin1String("fed-un")))
        return QStringLiteral("stream-error"); // <host-unknown/>
    if (domain.startsWith(QLatin1String("fed-dead")))
        return QStringLiteral("connect-failed");
    if (domain.startsWith(QLatin1String("fed-none")))
        return QStringLiteral("dns-no-service");
    if (domain.startsWith(QLatin1String("fed-miss")))
        return QStringLiteral("dns-no-address");
    return QStringLiteral("timeout"); // fed-slow.test
}

} // namespace Inspector::Test::Federation
