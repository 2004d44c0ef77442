// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "danefact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Inspector {

/// One certificate of a peer's chain as recorded: the fields the summary, report and findings
/// show; `recorded` keeps all of them (PEM, extensions, key) for the certificate dialog and DANE.
struct CertificateFact
{
    QString subject, issuer, notBefore, notAfter, sha256;
    QStringList dnsNames;
    // What the certificate dialog shows besides.
    QString serial, keyAlgorithm, pem;
    int keyBits = 0;
    bool selfSigned = false;
    std::optional<QString> signatureAlgorithm;
    std::optional<QStringList> keyUsage, extendedKeyUsage; // none: not recorded
    QJsonObject recorded;

    static CertificateFact fromJson(const QJsonObject &o);
    QJsonObject toJson() const { return recorded; }
};

/// RFC 9525 identity check of the peer's certificate against the XMPP domain.
struct IdentityFact
{
    bool present = false;
    bool matched = false;
    bool onlyCommonNameMatches = false;
    QStringList presentedIdentifiers;
};

/**
 * What a TLS handshake settled on one connection (a TLS event): protocol, cipher, ALPN, SNI,
 * the chain and its verification. The payload stays as recorded for the JSON edge; setDane()
 * adds a DANE evaluation made after the fact (sessions recorded before it was part of it).
 */
struct TlsFact
{
    QString protocol, cipher, sni, checkedAt;
    std::optional<QString> alpn;
    bool verified = false;
    QStringList verifyErrors, verifyErrorCodes;
    IdentityFact identity;
    DaneFact dane;
    QVector<CertificateFact> peerCertificates;
    QJsonObject recorded;

    static TlsFact fromEventData(const QJsonObject &data);
    QJsonObject toJson() const { return recorded; }
    void setDane(const DaneFact &evaluation);
    /// Whether the handshake's record has a DANE evaluation of its own.
    bool recordsDane() const;
};

} // namespace Inspector
