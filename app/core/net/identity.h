// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/tlsfact.h"
#include "text/phrase.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Inspector::Identity {

/// A certificate (with any chain after it) and its private key, read from PEM files; the key
/// must belong to the certificate. On failure, returns false and says why in one sentence.
bool load(const QString &certificateFile, const QString &keyFile, QSslCertificate *certificate,
          QSslKey *key, QString *error);

/// Key usage and extended key usage of a certificate, and whether it may authenticate a TLS
/// client (clientAuth), with the consequence spelled out when it may not.
CertificateFact usage(const QSslCertificate &certificate);
/// Why a certificate without the clientAuth purpose may be refused for SASL EXTERNAL; usage()
/// records it (in English) as "warning".
Phrase clientAuthWarning();
/// Fills in the key usage, extended key usage, clientAuth and the signature algorithm (none of
/// them when the certificate cannot be read); returns whether it may authenticate a client.
bool purposes(const QSslCertificate &certificate, CertificateFact *fact);

/// RFC 5929 §4.1 tls-server-end-point channel-binding data: the certificate's hash with the
/// hash of its signature algorithm (SHA-256 where that is MD5 or SHA-1). Empty if unknown.
QByteArray serverEndPoint(const QSslCertificate &certificate);

} // namespace Inspector::Identity
