// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include "identitycheck.h"

#include <algorithm>

namespace Inspector {

bool Transport::daneExcuses(const QSslError &error) const
{
    if (!dane().usable)
        return false;
    switch (dane().matchedUsage) {
    case 3:
        return true;
    case 2:
        switch (error.error()) {
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

bool Transport::provesIdentity(const QString &domain, const QString &service) const
{
    if (!isEncrypted() || domain.isEmpty())
        return false;
    if (dane().daneEeMatch())
        return true;
    const QList<QSslError> errors = verifyErrors();
    const bool chainVerified =
        std::all_of(errors.begin(), errors.end(), [this](const QSslError &e) {
            return e.error() == QSslError::HostNameMismatch || daneExcuses(e);
        });
    const QList<QSslCertificate> chain = peerCertificateChain();
    return chainVerified && !chain.isEmpty() &&
           IdentityCheck::check(chain.first(), domain, service).matched;
}

} // namespace Inspector
