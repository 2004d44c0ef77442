// SPDX-License-Identifier: GPL-3.0-or-later
#include "certfactory.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Inspector::CertFactory {

namespace {
struct PkeyDeleter { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct X509Deleter { void operator()(X509 *x) const { X509_free(x); } };
struct BioDeleter { void operator()(BIO *b) const { BIO_free(b); } };

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

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
    std::unique_ptr<EVP_PKEY, PkeyDeleter> pkey(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Deleter> x(X509_new());
    if (!pkey || !x) {
        *error = QStringLiteral("OpenSSL could not create a key.");
        return false;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x.get()));
    BN_free(bn);
    X509_set_version(x.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), long(validDays) * 86400);
    X509_set_pubkey(x.get(), pkey.get());
    X509_NAME *name = X509_get_subject_name(x.get());
    const QByteArray cn = domain.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x.get(), name);
    const bool extensions = addExtension(x.get(), NID_basic_constraints, "critical,CA:FALSE")
                            && addExtension(x.get(), NID_key_usage, "critical,digitalSignature")
                            && addExtension(x.get(), NID_ext_key_usage, "serverAuth,clientAuth")
                            && addExtension(x.get(), NID_subject_alt_name, "DNS:" + cn);
    if (!extensions || X509_sign(x.get(), pkey.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("OpenSSL could not sign a certificate for %1.").arg(domain);
        return false;
    }
    std::unique_ptr<BIO, BioDeleter> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioDeleter> keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), x.get());
    PEM_write_bio_PrivateKey(keyBio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    *certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    *key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certificate->isNull() || key->isNull()) {
        *error = QStringLiteral("Qt could not read the generated certificate or key.");
        return false;
    }
    return true;
}

} // namespace Inspector::CertFactory
