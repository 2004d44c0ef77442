// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inspector {

/// An XMPP address (RFC 7622), with the basic validation an inspector needs to refuse input that
/// can never be valid. Full PRECIS profiles are not applied; the domain is lower-cased.
class Jid
{
public:
    Jid() = default;
    /// Parses and validates; on failure isValid() is false and error() says why.
    static Jid parse(const QString &text);
    /// Validates a bare domain (the domainpart alone).
    static Jid domain(const QString &text) { return parse(text).withResourceCheck(true); }

    bool isValid() const { return m_error.isEmpty() && !m_domain.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &local() const { return m_local; }
    const QString &domainPart() const { return m_domain; }
    const QString &resource() const { return m_resource; }
    bool isDomainOnly() const { return m_local.isEmpty() && m_resource.isEmpty(); }
    QString bare() const;
    QString full() const;

private:
    Jid withResourceCheck(bool domainOnly) const;
    static QString validateDomain(const QString &domain);

    QString m_local;
    QString m_domain;
    QString m_resource;
    QString m_error;
};

} // namespace Inspector
