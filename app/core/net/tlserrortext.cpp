// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlserrortext.h"

#include <QMetaEnum>

namespace Inspector::TlsErrorText {

namespace {
const char *const Context = "Inspector::TlsErrorText";

const char *certificateText(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the issuer's certificate cannot be found (an intermediate "
                                 "is missing, or the root is not trusted)");
    case QSslError::UnableToVerifyFirstCertificate:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "no certificate in the chain could be verified");
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::CertificateSignatureFailed:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the certificate's signature does not verify");
    case QSslError::CertificateNotYetValid:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the certificate is not yet valid");
    case QSslError::CertificateExpired:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the certificate has expired");
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the certificate's validity dates cannot be read");
    case QSslError::SelfSignedCertificate:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the certificate is self-signed and not trusted");
    case QSslError::SelfSignedCertificateInChain:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the chain ends in a self-signed certificate that is not "
                                 "trusted");
    case QSslError::CertificateRevoked:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the certificate has been revoked");
    case QSslError::InvalidCaCertificate:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "a certificate in the chain may not issue certificates");
    case QSslError::PathLengthExceeded:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the chain is longer than an issuer allows");
    case QSslError::InvalidPurpose:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the certificate is not meant for this purpose");
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the trusted root does not accept this purpose");
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "a certificate does not belong to the issuer before it");
    case QSslError::NoPeerCertificate:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the peer presented no certificate");
    case QSslError::HostNameMismatch:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the certificate does not name the host");
    case QSslError::CertificateBlacklisted:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the certificate is blacklisted");
    default:
        return nullptr;
    }
}

const char *socketText(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "connection refused");
    case QAbstractSocket::RemoteHostClosedError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the peer closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "host not found");
    case QAbstractSocket::SocketTimeoutError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the connection timed out");
    case QAbstractSocket::NetworkError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "network error (unreachable?)");
    case QAbstractSocket::SocketAccessError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "permission denied");
    default:
        return nullptr;
    }
}
} // namespace

Phrase of(const QSslError &error)
{
    const char *text = certificateText(error.error());
    return text ? Phrase(Context, text) : Phrase(error.errorString());
}

Phrase ofRecorded(const QString &code, const QString &text)
{
    bool known = false;
    const int value =
        QMetaEnum::fromType<QSslError::SslError>().keyToValue(code.toLatin1().constData(), &known);
    const char *source = known ? certificateText(QSslError::SslError(value)) : nullptr;
    return source ? Phrase(Context, source) : Phrase(text);
}

Phrase of(QAbstractSocket::SocketError error, const QString &qtText)
{
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        // Qt's text is "<its words>: <OpenSSL's reason>"; the reason is OpenSSL's, in English.
        const qsizetype colon = qtText.indexOf(QLatin1String(": "));
        if (colon >= 0)
            return Phrase(Context, QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "TLS error: %1"),
                          {qtText.mid(colon + 2)});
    }
    const char *text = socketText(error);
    return text ? Phrase(Context, text) : Phrase(qtText);
}

} // namespace Inspector::TlsErrorText
