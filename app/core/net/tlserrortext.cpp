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
                                 "the first certificate cannot be verified (its issuer is "
                                 "missing)");
    case QSslError::UnableToDecodeIssuerPublicKey:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the issuer's public key cannot be read");
    case QSslError::UnableToDecryptCertificateSignature:
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
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the root is not trusted for this purpose");
    case QSslError::CertificateRejected:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the root is marked to reject this purpose");
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "a certificate does not belong to the issuer after it in "
                                 "the chain");
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
    case QAbstractSocket::AddressInUseError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "the address is already in use");
    case QAbstractSocket::SocketAddressNotAvailableError:
        return QT_TRANSLATE_NOOP("Inspector::TlsErrorText",
                                 "the address is not available on this machine");
    default:
        return nullptr;
    }
}
template<typename E> QString keyOf(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(value));
}

} // namespace

Phrase of(const QSslError &error)
{
    // Qt's text follows the loaded Qt translation: an unnamed error is shown by its code.
    const char *text = certificateText(error.error());
    return text ? Phrase(Context, text)
                : Phrase(Context,
                         QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "certificate error %1"),
                         {keyOf(error.error())});
}

Phrase ofRecorded(const QString &code, const QString &text)
{
    bool known = false;
    const int value =
        QMetaEnum::fromType<QSslError::SslError>().keyToValue(code.toLatin1().constData(), &known);
    const char *source = known ? certificateText(QSslError::SslError(value)) : nullptr;
    // Recorded before this tool named its errors, or another tool's words: shown as recorded.
    const Phrase named = source ? Phrase(Context, source) : Phrase(text);
    return named.english() == text ? named : Phrase(text);
}

Phrase of(QAbstractSocket::SocketError error, const QString &qtText)
{
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        // Qt's text is "<its words>: <OpenSSL's reason>"; the reason is OpenSSL's, in English.
        const qsizetype colon = qtText.indexOf(QLatin1String(": "));
        if (colon >= 0 && colon + 2 < qtText.size())
            return Phrase(Context, QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "TLS error: %1"),
                          {qtText.mid(colon + 2)});
    }
    // Qt's text follows the loaded Qt translation: an unnamed error is shown by its code.
    const char *text = socketText(error);
    return text ? Phrase(Context, text)
                : Phrase(Context, QT_TRANSLATE_NOOP("Inspector::TlsErrorText", "socket error %1"),
                         {keyOf(error)});
}

} // namespace Inspector::TlsErrorText
