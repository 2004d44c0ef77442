// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "danefact.h"
#include "textfact.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Inspector {

/// One certificate as recorded: a peer's (with its PEM, for the certificate dialog and DANE)
/// or our own client certificate (with the purposes that decide SASL EXTERNAL, XEP-0178).
struct CertificateFact
{
    QString subject, issuer, notBefore, notAfter, sha256;
    QStringList dnsNames;
    QString serial, keyAlgorithm;
    QString pem; // empty for our own certificate (its usage is recorded, not the certificate)
    int keyBits = 0;
    bool selfSigned = false;
    std::optional<QString> signatureAlgorithm;
    std::optional<QStringList> keyUsage, extendedKeyUsage; // none: not recorded
    std::optional<bool> clientAuth;                        // may authenticate a TLS client
    std::optional<QString> warning; // why a missing clientAuth purpose matters, in English

    static CertificateFact fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/// RFC 9525 identity check of the peer's certificate against the XMPP domain.
struct IdentityFact
{
    bool present = false; // false: not checked (no certificate, or no name to check)
    bool matched = false;
    QString by; // "DNS-ID", "SRV-ID", "XmppAddr" or "none"
    std::optional<QString> matchedIdentifier;
    bool onlyCommonNameMatches = false;
    QStringList presentedIdentifiers; // "DNS:…", "SRV:…", "XmppAddr:…", "CN:…"
};

/**
 * What a TLS handshake settled on one connection (a TLS event): protocol, cipher, ALPN, SNI,
 * the chain and its verification, the identity check and DANE.
 */
struct TlsFact
{
    QString protocol, cipher, sni, checkedAt;
    TextFact alpn; // null when none was negotiated
    bool verified = false;
    std::optional<bool> pkixVerified, sessionResumed; // none in older recordings
    QStringList verifyErrors, verifyErrorCodes;
    IdentityFact identity;
    DaneFact dane;
    QVector<CertificateFact> peerCertificates;

    static TlsFact fromEventData(const QJsonObject &data);
    QJsonObject toEventData() const;
    QJsonObject toJson() const { return toEventData(); }
    /// Adds a DANE evaluation made after the fact (sessions recorded before it was part of it).
    void setDane(const DaneFact &evaluation) { dane = evaluation; }
    /// Whether a handshake was recorded (every one names its protocol).
    bool isRecorded() const { return !protocol.isEmpty(); }
    /// Whether the handshake's record has a DANE evaluation of its own.
    bool recordsDane() const { return dane.present; }
};

} // namespace Inspector
