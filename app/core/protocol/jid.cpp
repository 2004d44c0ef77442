// SPDX-License-Identifier: GPL-3.0-or-later
#include "jid.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Inspector {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Jid)
};
} // namespace

namespace {
constexpr int MaxPartBytes = 1023; // RFC 7622 §3.2, §3.3, §3.4
}

Jid Jid::parse(const QString &text)
{
    Jid j;
    if (text.isEmpty()) {
        j.m_error = Tr::tr("The address is empty.");
        return j;
    }
    // RFC 7622 §3.1: the first '/' separates the resource; the first '@' before it the local part.
    QString rest = text;
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        j.m_resource = rest.mid(slash + 1);
        rest.truncate(slash);
        if (j.m_resource.isEmpty()) {
            j.m_error = Tr::tr("The resource after '/' is empty.");
            return j;
        }
        if (j.m_resource.toUtf8().size() > MaxPartBytes) {
            j.m_error = Tr::tr("The resource is longer than 1023 bytes.");
            return j;
        }
    }
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        j.m_local = rest.left(at);
        rest = rest.mid(at + 1);
        if (j.m_local.isEmpty()) {
            j.m_error = Tr::tr("The local part before '@' is empty.");
            return j;
        }
        if (j.m_local.toUtf8().size() > MaxPartBytes) {
            j.m_error = Tr::tr("The local part is longer than 1023 bytes.");
            return j;
        }
        // RFC 7622 §3.3.1: characters excluded from the localpart.
        static const QString forbidden = QStringLiteral("\"&'/:<>@");
        for (const QChar c : std::as_const(j.m_local)) {
            if (forbidden.contains(c) || c.isSpace() || c.category() == QChar::Other_Control) {
                j.m_error = Tr::tr("The local part contains the character '%1', which "
                                   "an XMPP address cannot contain.")
                                .arg(c);
                return j;
            }
        }
    }
    j.m_domain = rest.toLower();
    if (j.m_domain.endsWith(QLatin1Char('.')))
        j.m_domain.chop(1); // RFC 7622 §3.2: a trailing dot is stripped before comparison
    j.m_error = validateDomain(j.m_domain);
    return j;
}

Jid Jid::withResourceCheck(bool domainOnly) const
{
    Jid j = *this;
    if (domainOnly && j.m_error.isEmpty() && !j.isDomainOnly())
        j.m_error = Tr::tr("Expected a domain, without '@' or '/'.");
    return j;
}

QString Jid::validateDomain(const QString &domain)
{
    if (domain.isEmpty())
        return Tr::tr("The domain is empty.");
    if (domain.toUtf8().size() > MaxPartBytes)
        return Tr::tr("The domain is longer than 1023 bytes.");
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']'))) {
        QHostAddress a;
        if (!a.setAddress(domain.mid(1, domain.size() - 2)) ||
            a.protocol() != QAbstractSocket::IPv6Protocol)
            return Tr::tr("The bracketed domain is not an IPv6 address.");
        return {};
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Tr::tr("The domain has an empty label (two dots in a row, or a "
                          "leading dot).");
        if (label.toUtf8().size() > 63)
            return Tr::tr("The domain label '%1' is longer than 63 bytes.").arg(label);
        for (const QChar c : label) {
            if (c.isSpace() || c.category() == QChar::Other_Control ||
                QStringLiteral("/@:<>\"'&[]\\").contains(c))
                return Tr::tr("The domain contains the character '%1', which a domain "
                              "cannot contain.")
                    .arg(c);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return Tr::tr("The domain label '%1' starts or ends with a hyphen.").arg(label);
    }
    return {};
}

QString Jid::bare() const
{
    return m_local.isEmpty() ? m_domain : m_local + QLatin1Char('@') + m_domain;
}

QString Jid::full() const
{
    return m_resource.isEmpty() ? bare() : bare() + QLatin1Char('/') + m_resource;
}

} // namespace Inspector
