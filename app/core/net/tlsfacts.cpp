// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfacts.h"

#include <QCryptographicHash>
#include <QSslCipher>
#include <QSslConfiguration>
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

QJsonObject describeCertificate(const QSslCertificate &c)
{
    QJsonArray dns;
    const auto sans = c.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            dns.append(it.value());
    }
    return QJsonObject{
        {QStringLiteral("subject"), distinguishedName(c, false)},
        {QStringLiteral("issuer"), distinguishedName(c, true)},
        {QStringLiteral("serial"), QString::fromLatin1(c.serialNumber())},
        {QStringLiteral("notBefore"), c.effectiveDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), c.expiryDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"),
         QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("dnsNames"), dns},
        {QStringLiteral("selfSigned"), c.isSelfSigned()},
        {QStringLiteral("pem"), QString::fromLatin1(c.toPem())},
    };
}

QJsonObject describeSession(const QSslSocket &socket, const QString &sni,
                            const QList<QSslError> &verifyErrors)
{
    QJsonArray chain;
    const QList<QSslCertificate> certs = socket.peerCertificateChain();
    for (const QSslCertificate &c : certs)
        chain.append(describeCertificate(c));
    QJsonArray errors;
    for (const QSslError &e : verifyErrors)
        errors.append(e.errorString());
    const QByteArray alpn = socket.sslConfiguration().nextNegotiatedProtocol();
    return QJsonObject{
        {QStringLiteral("protocol"), protocolName(socket.sessionProtocol())},
        {QStringLiteral("cipher"), socket.sessionCipher().name()},
        {QStringLiteral("alpn"), alpn.isEmpty() ? QJsonValue() : QString::fromLatin1(alpn)},
        {QStringLiteral("sni"), sni},
        {QStringLiteral("peerCertificates"), chain},
        {QStringLiteral("verified"), verifyErrors.isEmpty()},
        {QStringLiteral("verifyErrors"), errors},
    };
}

} // namespace Inspector::TlsFacts
