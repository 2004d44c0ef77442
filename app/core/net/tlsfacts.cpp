// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfacts.h"

#include "net/identity.h"
#include "net/identitycheck.h"
#include "net/tlserrortext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMetaEnum>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace Inspector::TlsFacts {

namespace {
QString distinguishedName(const QSslCertificate &c, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attrs = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    for (const QByteArray &a : attrs) {
        const QStringList values = issuer ? c.issuerInfo(a) : c.subjectInfo(a);
        for (const QString &v : values)
            parts.append(QString::fromLatin1(a) + QLatin1Char('=') + v);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString protocolName(int protocol)
{
    switch (static_cast<QSsl::SslProtocol>(protocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    case QSsl::UnknownProtocol:
        return QStringLiteral("unknown");
    default:
        break;
    }
    return QStringLiteral("legacy (%1)").arg(protocol); // TLS 1.0/1.1: deprecated enumerators
}

namespace {
QString keyAlgorithm(const QSslKey &key)
{
    switch (key.algorithm()) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        break;
    }
    return QStringLiteral("other");
}

QString errorName(QSslError::SslError error)
{
    const QMetaEnum e = QMetaEnum::fromType<QSslError::SslError>();
    return QString::fromLatin1(e.valueToKey(error));
}
} // namespace

CertificateFact describeCertificate(const QSslCertificate &c)
{
    CertificateFact f;
    const auto sans = c.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            f.dnsNames.append(it.value());
    }
    f.subject = distinguishedName(c, false);
    f.issuer = distinguishedName(c, true);
    f.serial = QString::fromLatin1(c.serialNumber());
    f.notBefore = c.effectiveDate().toUTC().toString(Qt::ISODate);
    f.notAfter = c.expiryDate().toUTC().toString(Qt::ISODate);
    f.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
    f.selfSigned = c.isSelfSigned();
    f.keyAlgorithm = keyAlgorithm(c.publicKey());
    f.keyBits = c.publicKey().length();
    f.pem = QString::fromLatin1(c.toPem());
    Identity::purposes(c, &f);
    return f;
}

TlsFact describeSession(const QSslSocket &socket, const QString &sni,
                        const QList<QSslError> &verifyErrors, const QString &service)
{
    return describeSession(Handshake{socket.peerCertificateChain(), socket.sessionProtocol(),
                                     socket.sessionCipher().name(),
                                     socket.sslConfiguration().nextNegotiatedProtocol()},
                           sni, verifyErrors, service);
}

TlsFact describeSession(const Handshake &handshake, const QString &sni,
                        const QList<QSslError> &verifyErrors, const QString &service)
{
    TlsFact t;
    const QList<QSslCertificate> &certs = handshake.peerChain;
    for (const QSslCertificate &c : certs)
        t.peerCertificates.append(describeCertificate(c));
    bool chainOk = true;
    for (const QSslError &e : verifyErrors) {
        t.verifyErrors.append(TlsErrorText::of(e).english());
        t.verifyErrorCodes.append(errorName(e.error()));
        // The name is judged by the RFC 9525 check below, not by Qt's (which knows no SRV-ID
        // or XmppAddr, and still accepts a CN).
        chainOk = chainOk && e.error() == QSslError::HostNameMismatch;
    }
    if (!certs.isEmpty() && !sni.isEmpty())
        t.identity = IdentityCheck::check(certs.first(), sni, service).fact();
    t.protocol = protocolName(handshake.protocol);
    t.cipher = handshake.cipher;
    t.alpn =
        handshake.alpn.isEmpty() ? TextFact::null() : TextFact(QString::fromLatin1(handshake.alpn));
    t.sni = sni;
    // Qt's own name check still accepts a matching CN; RFC 9525 does not: "verified" needs
    // both the chain (pkixVerified) and the identity check.
    // No certificate (an inbound peer that sent none) verifies nothing; without a reference
    // name (an inbound peer before its header) the identity is not checked here, so the
    // session is not "verified" either.
    t.verified = !certs.isEmpty() && chainOk && t.identity.present && t.identity.matched;
    t.pkixVerified = !certs.isEmpty() && chainOk;
    t.checkedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Every connection does a full handshake: this tool offers no session to resume (Qt keeps
    // session persistence off unless asked).
    t.sessionResumed = false;
    return t;
}

} // namespace Inspector::TlsFacts
