// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/tlsfact.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace Inspector::TlsFacts {

/// One certificate as recorded: subject, issuer, validity, SHA-256 fingerprint, names, PEM.
CertificateFact describeCertificate(const QSslCertificate &certificate);
/// What the handshake negotiated and what the peer presented, plus the verification outcome.
/// What a TLS handshake settled, whatever carried it.
struct Handshake
{
    QList<QSslCertificate> peerChain;
    int protocol = -1; // QSsl::SslProtocol
    QString cipher;
    QByteArray alpn;
};
TlsFact describeSession(const Handshake &handshake, const QString &sni,
                        const QList<QSslError> &verifyErrors, const QString &service);
TlsFact describeSession(const QSslSocket &socket, const QString &sni,
                        const QList<QSslError> &verifyErrors,
                        const QString &service = QStringLiteral("xmpp-server"));
QString protocolName(int protocol);

} // namespace Inspector::TlsFacts
