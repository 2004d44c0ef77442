// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of TLS events (net/tlsfacts.cpp writes them): the only place their keys are
// read.
#include "tlsfact.h"

#include "textfact.h"

namespace Inspector {

CertificateFact CertificateFact::fromJson(const QJsonObject &o)
{
    CertificateFact c;
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    c.notBefore = o.value(QStringLiteral("notBefore")).toString();
    c.notAfter = o.value(QStringLiteral("notAfter")).toString();
    c.sha256 = o.value(QStringLiteral("sha256")).toString();
    c.dnsNames = TextFact::strings(o.value(QStringLiteral("dnsNames")));
    c.serial = o.value(QStringLiteral("serial")).toString();
    c.keyAlgorithm = o.value(QStringLiteral("keyAlgorithm")).toString();
    c.keyBits = o.value(QStringLiteral("keyBits")).toInt();
    c.selfSigned = o.value(QStringLiteral("selfSigned")).toBool();
    c.pem = o.value(QStringLiteral("pem")).toString();
    if (o.contains(QStringLiteral("signatureAlgorithm")))
        c.signatureAlgorithm = o.value(QStringLiteral("signatureAlgorithm")).toString();
    if (o.contains(QStringLiteral("keyUsage")))
        c.keyUsage = TextFact::strings(o.value(QStringLiteral("keyUsage")));
    if (o.contains(QStringLiteral("extendedKeyUsage")))
        c.extendedKeyUsage = TextFact::strings(o.value(QStringLiteral("extendedKeyUsage")));
    c.recorded = o;
    return c;
}

TlsFact TlsFact::fromEventData(const QJsonObject &d)
{
    TlsFact t;
    t.protocol = d.value(QStringLiteral("protocol")).toString();
    t.cipher = d.value(QStringLiteral("cipher")).toString();
    t.sni = d.value(QStringLiteral("sni")).toString();
    t.checkedAt = d.value(QStringLiteral("checkedAt")).toString();
    if (d.value(QStringLiteral("alpn")).isString())
        t.alpn = d.value(QStringLiteral("alpn")).toString();
    t.verified = d.value(QStringLiteral("verified")).toBool();
    t.verifyErrors = TextFact::strings(d.value(QStringLiteral("verifyErrors")));
    t.verifyErrorCodes = TextFact::strings(d.value(QStringLiteral("verifyErrorCodes")));
    const QJsonObject identity = d.value(QStringLiteral("identity")).toObject();
    t.identity.present = !identity.isEmpty();
    t.identity.matched = identity.value(QStringLiteral("matched")).toBool();
    t.identity.onlyCommonNameMatches =
        identity.value(QStringLiteral("onlyCommonNameMatches")).toBool();
    t.identity.presentedIdentifiers =
        TextFact::strings(identity.value(QStringLiteral("presentedIdentifiers")));
    t.dane = DaneFact::fromJson(d.value(QStringLiteral("dane")).toObject());
    for (const QJsonValue &c : d.value(QStringLiteral("peerCertificates")).toArray())
        t.peerCertificates.append(CertificateFact::fromJson(c.toObject()));
    t.recorded = d;
    return t;
}

void TlsFact::setDane(const DaneFact &evaluation)
{
    recorded.insert(QStringLiteral("dane"), evaluation.toJson());
    dane = evaluation;
}

bool TlsFact::recordsDane() const
{
    return recorded.contains(QStringLiteral("dane"));
}

} // namespace Inspector
