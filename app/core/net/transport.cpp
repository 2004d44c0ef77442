// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

namespace Inspector {

bool Transport::daneExcuses(const QSslError &error) const
{
    if (!dane().value(QStringLiteral("usable")).toBool())
        return false;
    switch (dane().value(QStringLiteral("matchedUsage")).toInt(-1)) {
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

} // namespace Inspector
