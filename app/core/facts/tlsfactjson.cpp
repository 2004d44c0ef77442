// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of TLS events and certificates: the only place their keys are spelt.
#include "jsonfields.h"
#include "tlsfact.h"

namespace Inspector {

namespace {
/// A field recorded only when it has a value (older recordings lack it; ours leave it out
/// where there is nothing to say, as our own certificate's PEM).
template<class V, class T> void unlessEmpty(V &v, const char *key, T &field)
{
    std::optional<T> value = field == T() ? std::nullopt : std::optional<T>(field);
    if constexpr (std::is_same_v<T, int>) {
        std::optional<qint64> n = value ? std::optional<qint64>(*value) : std::nullopt;
        v(key, n);
        if constexpr (V::Reading)
            field = int(n.value_or(0));
    } else {
        v(key, value);
        if constexpr (V::Reading)
            field = value.value_or(T());
    }
}
} // namespace

template<class V> void visitFields(CertificateFact &c, V &v)
{
    v("subject", c.subject);
    v("issuer", c.issuer);
    v("serial", c.serial);
    v("notBefore", c.notBefore);
    v("notAfter", c.notAfter);
    v("sha256", c.sha256);
    v("dnsNames", c.dnsNames);
    v("selfSigned", c.selfSigned);
    unlessEmpty(v, "keyAlgorithm", c.keyAlgorithm);
    unlessEmpty(v, "keyBits", c.keyBits);
    unlessEmpty(v, "pem", c.pem);
    v("keyUsage", c.keyUsage);
    v("extendedKeyUsage", c.extendedKeyUsage);
    v("clientAuth", c.clientAuth);
    v("signatureAlgorithm", c.signatureAlgorithm);
    v("warning", c.warning);
}

template<class V> void visitFields(IdentityFact &i, V &v)
{
    if constexpr (V::Reading)
        i.present = true;
    v("matched", i.matched);
    v("by", i.by);
    v("matchedIdentifier", i.matchedIdentifier);
    std::optional<bool> onlyCn = i.onlyCommonNameMatches ? std::optional<bool>(true) : std::nullopt;
    v("onlyCommonNameMatches", onlyCn);
    if constexpr (V::Reading)
        i.onlyCommonNameMatches = onlyCn.value_or(false);
    v("presentedIdentifiers", i.presentedIdentifiers);
}

template<class V> void visitFields(TlsFact &t, V &v)
{
    v("protocol", t.protocol);
    v("cipher", t.cipher);
    v("alpn", t.alpn);
    v("sni", t.sni);
    v.list("peerCertificates", t.peerCertificates);
    v("verified", t.verified);
    v("pkixVerified", t.pkixVerified);
    v("verifyErrors", t.verifyErrors);
    v("verifyErrorCodes", t.verifyErrorCodes);
    v("checkedAt", t.checkedAt);
    v("sessionResumed", t.sessionResumed);
}

CertificateFact CertificateFact::fromJson(const QJsonObject &o)
{
    return JsonReader::read<CertificateFact>(o);
}

QJsonObject CertificateFact::toJson() const
{
    return JsonWriter::write(*this);
}

TlsFact TlsFact::fromEventData(const QJsonObject &d)
{
    TlsFact t = JsonReader::read<TlsFact>(d);
    // The identity is null where it was not checked; DANE is there only when evaluated.
    const QJsonValue identity = d.value(QStringLiteral("identity"));
    if (identity.isObject())
        t.identity = JsonReader::read<IdentityFact>(identity.toObject());
    t.dane = DaneFact::fromJson(d.value(QStringLiteral("dane")).toObject());
    return t;
}

QJsonObject TlsFact::toEventData() const
{
    QJsonObject o = JsonWriter::write(*this);
    o.insert(QStringLiteral("identity"),
             identity.present ? QJsonValue(JsonWriter::write(identity)) : QJsonValue());
    if (dane.present)
        o.insert(QStringLiteral("dane"), dane.toJson());
    return o;
}

} // namespace Inspector
