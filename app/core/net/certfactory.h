// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace Inspector::CertFactory {

/// A fresh self-signed certificate for `domain` (subjectAltName DNS:domain, serverAuth and
/// clientAuth, EC P-256), made in memory with OpenSSL; for the built-in lab.
bool selfSigned(const QString &domain, int validDays, QSslCertificate *certificate, QSslKey *key,
                QString *error);

/// Everything a test certificate can vary: names of each kind, validity, issuer, purpose.
struct Spec
{
    QString commonName;
    QStringList dnsNames;
    QStringList srvIds;     // otherName 1.3.6.1.5.5.7.8.7, e.g. "_xmpp-server.example.org"
    QStringList xmppAddrs;  // otherName 1.3.6.1.5.5.7.8.5
    int notBeforeDays = -1; // relative to now
    int notAfterDays = 30;
    bool ca = false;
    QString extendedKeyUsage = QStringLiteral("serverAuth,clientAuth"); // empty: none
    QSslCertificate issuer;                                             // null: self-signed
    QSslKey issuerKey;
};
bool make(const Spec &spec, QSslCertificate *certificate, QSslKey *key, QString *error);

} // namespace Inspector::CertFactory
