// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"

#include <QJsonObject>
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
QJsonObject usage(const QSslCertificate &certificate);
/// Why a certificate without the clientAuth purpose may be refused for SASL EXTERNAL; usage()
/// records it (in English) as "warning".
Phrase clientAuthWarning();
/// Key usage, extended key usage, clientAuth and the signature algorithm, without the rest.
QJsonObject purposes(const QSslCertificate &certificate, bool *clientAuth = nullptr);

/// RFC 5929 §4.1 tls-server-end-point channel-binding data: the certificate's hash with the
/// hash of its signature algorithm (SHA-256 where that is MD5 or SHA-1). Empty if unknown.
QByteArray serverEndPoint(const QSslCertificate &certificate);

} // namespace Inspector::Identity
