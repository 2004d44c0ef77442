// SPDX-License-Identifier: GPL-3.0-or-later
#include "dane.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Inspector::Dane {

namespace {
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr parse(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

QByteArray spki(X509 *x)
{
    unsigned char *out = nullptr;
    const int n = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &out);
    if (n <= 0)
        return {};
    const QByteArray result(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return result;
}

QByteArray associated(const QByteArray &der, X509 *x, int selector, int matchingType)
{
    const QByteArray data = selector == 1 ? spki(x) : der;
    switch (matchingType) {
    case 0:
        return data;
    case 1:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    case 2:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    }
    return {};
}

/// `subject` is issued and signed by `issuer`, and `issuer` may issue certificates (a CA:
/// basicConstraints, keyUsage keyCertSign where present).
bool signedBy(X509 *subject, X509 *issuer)
{
    return X509_check_issued(issuer, subject) == X509_V_OK && X509_check_ca(issuer) > 0 &&
           X509_verify(subject, X509_get0_pubkey(issuer)) == 1;
}

/// Whether one usable record matches the chain (RFC 6698 §2.1.1, RFC 7671 §5).
bool matches(const TlsaRecord &r, const QList<QByteArray> &der, const std::vector<X509Ptr> &chain,
             bool pkixValid)
{
    const int selector = r.selector;
    const int matchingType = r.matchingType;
    const QByteArray wanted = QByteArray::fromHex(r.data.toLatin1());
    if (wanted.isEmpty() || chain.empty() || !chain.front())
        return false;
    const auto at = [&](size_t i) {
        return chain[i] &&
               associated(der.at(qsizetype(i)), chain[i].get(), selector, matchingType) == wanted;
    };
    switch (r.usage) {
    case 3: // DANE-EE: the server's own certificate or key; names and dates do not matter.
        return at(0);
    case 1: // PKIX-EE: the server's certificate, which must also pass PKIX validation.
        return pkixValid && at(0);
    case 0: // PKIX-TA: a CA certificate of the (PKIX-valid) chain, reached from the server's
            // certificate link by verified link: a certificate merely appended proves nothing.
        if (!pkixValid)
            return false;
        for (size_t i = 1; i < chain.size(); ++i) {
            if (!(chain[i] && signedBy(chain[i - 1].get(), chain[i].get())))
                return false;
            if (at(i))
                return true;
        }
        return false;
    case 2: { // DANE-TA: the chain must lead, link by verified link, to the matching certificate.
        for (size_t i = 0; i < chain.size(); ++i) {
            if (i > 0 && !(chain[i] && signedBy(chain[i - 1].get(), chain[i].get())))
                return false;
            if (at(i))
                return true;
        }
        // RFC 7671 §5.2.2: a trust anchor published as a full key (1 0) need not be sent;
        // then the last certificate sent must be signed by that key.
        if (selector == 1 && matchingType == 0) {
            const unsigned char *p = reinterpret_cast<const unsigned char *>(wanted.constData());
            std::unique_ptr<EVP_PKEY, PkeyDeleter> key(
                d2i_PUBKEY(nullptr, &p, long(wanted.size())));
            return key && chain.back() && X509_verify(chain.back().get(), key.get()) == 1;
        }
        return false;
    }
    }
    return false;
}
} // namespace

namespace {
int usageRank(int usage)
{
    return usage == 3 ? 3 : usage == 2 ? 2 : 1;
}
} // namespace

DaneFact evaluate(const QVector<TlsaRecord> &tlsaRecords, const QList<QByteArray> &chainDer,
                  bool pkixValid, const QString &dnssec, bool applies)
{
    std::vector<X509Ptr> chain;
    for (const QByteArray &der : chainDer)
        chain.push_back(parse(der));
    DaneFact out;
    out.present = true;
    out.dnssec = dnssec;
    out.usableRecords = 0;
    bool matched = false;
    // Usages 0 and 1 (PKIX-TA, PKIX-EE): RFC 7672 §3.1.3 makes them unusable for SMTP, whose
    // opportunistic TLS has no agreed set of trusted CAs. RFC 7673 (DANE with SRV, which XMPP
    // uses) does not exclude them, and XMPP servers do authenticate with PKIX (RFC 6120
    // §13.7.2), so they are honoured here as RFC 6698 §2.1.1 defines them: a match counts
    // only with a PKIX-valid chain.
    for (const TlsaRecord &r : tlsaRecords) {
        const bool use = r.usable();
        const bool ok = use && matches(r, chainDer, chain, pkixValid);
        out.usableRecords += use ? 1 : 0;
        // The strongest usage that matched decides (DANE-EE over DANE-TA over PKIX), whatever
        // order the records came in: the verdict must not depend on the resolver's shuffle.
        if (ok && (!matched || usageRank(r.usage) > usageRank(out.matchedUsage)))
            out.matchedUsage = r.usage;
        matched = matched || ok;
        out.records.append({r, use, ok});
    }
    if (!tlsaRecords.isEmpty())
        out.matched = matched;
    // RFC 7673 §3: TLSA records are relied upon only when DNSSEC says secure; RFC 7671 §4.1:
    // with no usable record, PKIX authentication applies as if there were no TLSA records.
    out.usable = applies && out.usableRecords > 0;
    out.mismatch = out.usable && !matched;
    return out;
}

DaneFact match(const QVector<TlsaRecord> &tlsaRecords,
               const QVector<CertificateFact> &peerCertificates, const QString &dnssec,
               bool pkixValid)
{
    QList<QByteArray> chain;
    for (const CertificateFact &c : peerCertificates)
        chain << QSslCertificate(c.pem.toLatin1(), QSsl::Pem).toDer();
    return evaluate(tlsaRecords, chain, pkixValid, dnssec, dnssec == QLatin1String("secure"));
}

} // namespace Inspector::Dane
