// SPDX-License-Identifier: GPL-3.0-or-later
#include "certfactory.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Inspector::CertFactory {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CertFactory)
};
} // namespace

namespace {
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}
} // namespace

bool selfSigned(const QString &domain, int validDays, QSslCertificate *certificate, QSslKey *key,
                QString *error)
{
    Spec spec;
    spec.commonName = domain;
    spec.dnsNames = {domain};
    spec.notAfterDays = validDays;
    return make(spec, certificate, key, error);
}

namespace {
EVP_PKEY *readKey(const QSslKey &key)
{
    const QByteArray pem = key.toPem();
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
}

X509 *readCertificate(const QSslCertificate &certificate)
{
    const QByteArray pem = certificate.toPem();
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
}
} // namespace

bool make(const Spec &spec, QSslCertificate *certificate, QSslKey *key, QString *error)
{
    std::unique_ptr<EVP_PKEY, PkeyDeleter> pkey(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Deleter> x(X509_new());
    if (!pkey || !x) {
        *error = Tr::tr("OpenSSL could not create a key.");
        return false;
    }
    const bool selfSigned = spec.issuer.isNull();
    std::unique_ptr<X509, X509Deleter> issuer(selfSigned ? nullptr : readCertificate(spec.issuer));
    std::unique_ptr<EVP_PKEY, PkeyDeleter> issuerKey(selfSigned ? nullptr
                                                                : readKey(spec.issuerKey));
    if (!selfSigned && (!issuer || !issuerKey)) {
        *error = Tr::tr("The issuer's certificate or key cannot be read.");
        return false;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x.get()));
    BN_free(bn);
    X509_set_version(x.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), long(spec.notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), long(spec.notAfterDays) * 86400);
    X509_set_pubkey(x.get(), pkey.get());
    X509_NAME *name = X509_get_subject_name(x.get());
    const QByteArray cn = spec.commonName.toUtf8();
    if (!cn.isEmpty())
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                                   0);
    X509_set_issuer_name(x.get(), selfSigned ? name : X509_get_subject_name(issuer.get()));
    QStringList sans;
    for (const QString &d : spec.dnsNames)
        sans << QStringLiteral("DNS:") + d;
    for (const QString &s : spec.srvIds)
        sans << QStringLiteral("otherName:1.3.6.1.5.5.7.8.7;IA5STRING:") + s;
    for (const QString &j : spec.xmppAddrs)
        sans << QStringLiteral("otherName:1.3.6.1.5.5.7.8.5;UTF8:") + j;
    X509 *signer = selfSigned ? x.get() : issuer.get();
    const auto add = [&](int nid, const QByteArray &value) {
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, signer, x.get(), nullptr, nullptr, 0);
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
        if (!ext)
            return false;
        const bool ok = X509_add_ext(x.get(), ext, -1) == 1;
        X509_EXTENSION_free(ext);
        return ok;
    };
    bool ok = add(NID_basic_constraints, spec.ca ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
              add(NID_key_usage,
                  spec.ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature") &&
              add(NID_subject_key_identifier, "hash");
    if (ok && !selfSigned)
        ok = add(NID_authority_key_identifier, "keyid:always");
    if (ok && !spec.ca && !spec.extendedKeyUsage.isEmpty())
        ok = add(NID_ext_key_usage, spec.extendedKeyUsage.toLatin1());
    if (ok && !sans.isEmpty())
        ok = add(NID_subject_alt_name, sans.join(QLatin1Char(',')).toUtf8());
    if (!ok || X509_sign(x.get(), selfSigned ? pkey.get() : issuerKey.get(), EVP_sha256()) == 0) {
        *error = Tr::tr("OpenSSL could not make the certificate for %1.").arg(spec.commonName);
        return false;
    }
    std::unique_ptr<BIO, BioDeleter> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioDeleter> keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), x.get());
    PEM_write_bio_PrivateKey(keyBio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    *certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    *key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certificate->isNull() || key->isNull()) {
        *error = Tr::tr("Qt could not read the generated certificate or key.");
        return false;
    }
    return true;
}

} // namespace Inspector::CertFactory
