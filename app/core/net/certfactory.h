// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Inspector::CertFactory {

/// A fresh self-signed certificate for `domain` (subjectAltName DNS:domain, serverAuth and
/// clientAuth, EC P-256), made in memory with OpenSSL; for the built-in lab.
bool selfSigned(const QString &domain, int validDays, QSslCertificate *certificate, QSslKey *key,
                QString *error);

} // namespace Inspector::CertFactory
