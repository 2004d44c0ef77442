// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/tlsfact.h"

#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Inspector {

/**
 * Does a certificate prove an XMPP domain? RFC 9525 §6 with RFC 6120 §13.7.1.2: the reference
 * identifier is the XMPP domain (never the SRV target), matched against DNS-IDs (a wildcard
 * only as the whole left-most label, covering exactly one label), SRV-IDs
 * (_xmpp-server.DOMAIN or _xmpp-client.DOMAIN, OID 1.3.6.1.5.5.7.8.7) and XmppAddr
 * (OID 1.3.6.1.5.5.7.8.5). The CN is never used; when only the CN would have matched, the
 * result says so (RFC 6125 allowed it, RFC 9525 does not).
 */
struct IdentityCheck
{
    bool matched = false;
    QString by; // "DNS-ID", "SRV-ID", "XmppAddr" or "none"
    QString matchedIdentifier;
    QStringList dnsIds;
    QStringList srvIds;
    QStringList xmppAddrs;
    QStringList commonNames;
    bool onlyCommonNameMatches = false;

    static IdentityCheck check(const QSslCertificate &certificate, const QString &domain,
                               const QString &service = QStringLiteral("xmpp-server"));
    /// RFC 9525 §6.3 wildcard rules.
    static bool dnsIdMatches(const QString &presented, const QString &reference);
    /// The result as the TLS facts record it.
    IdentityFact fact() const;
};

} // namespace Inspector
