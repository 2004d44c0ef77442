// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include "net/tlsfacts.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Inspector::Identity {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Identity)
};
} // namespace

namespace {
constexpr qint64 MaxPemBytes = 1024 * 1024;

bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("'%1' cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    // Read with a bound: a device or a pipe has no size to check first.
    *out = f.read(MaxPemBytes + 1);
    if (out->size() > MaxPemBytes) {
        out->clear();
        *error = Tr::tr("'%1' is larger than 1 MiB; it is not a PEM file.").arg(path);
        return false;
    }
    return true;
}

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
} // namespace

bool load(const QString &certificateFile, const QString &keyFile, QSslCertificate *certificate,
          QSslKey *key, QString *error)
{
    QByteArray certPem, keyPem;
    if (!readFile(certificateFile, &certPem, error) || !readFile(keyFile, &keyPem, error))
        return false;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty()) {
        *error = Tr::tr("'%1' contains no PEM certificate.").arg(certificateFile);
        return false;
    }
    QSslKey k;
    for (QSsl::KeyAlgorithm a : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        k = QSslKey(keyPem, a, QSsl::Pem, QSsl::PrivateKey);
        if (!k.isNull())
            break;
    }
    if (k.isNull()) {
        *error =
            Tr::tr("'%1' contains no unencrypted PEM private key (RSA, EC or DSA).").arg(keyFile);
        return false;
    }
    // The key must belong to the certificate, or every handshake would fail obscurely.
    std::unique_ptr<BIO, BioDeleter> certBio(
        BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    std::unique_ptr<BIO, BioDeleter> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    std::unique_ptr<X509, X509Deleter> x509(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<EVP_PKEY, PkeyDeleter> pkey(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!x509 || !pkey || X509_check_private_key(x509.get(), pkey.get()) != 1) {
        *error = Tr::tr("The key in '%1' does not belong to the certificate in '%2'.")
                     .arg(keyFile, certificateFile);
        return false;
    }
    *certificate = certs.first();
    *key = k;
    return true;
}

bool purposes(const QSslCertificate &certificate, CertificateFact *fact)
{
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> x(d2i_X509(nullptr, &p, long(der.size())));
    if (!x)
        return true; // unreadable: no purposes recorded, none refused
    const uint32_t flags = X509_get_extension_flags(x.get());
    QStringList ku;
    if (flags & EXFLAG_KUSAGE) {
        const uint32_t k = X509_get_key_usage(x.get());
        const std::pair<uint32_t, const char *> names[] = {
            {KU_DIGITAL_SIGNATURE, "digitalSignature"},
            {KU_NON_REPUDIATION, "nonRepudiation"},
            {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
            {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
            {KU_KEY_AGREEMENT, "keyAgreement"},
            {KU_KEY_CERT_SIGN, "keyCertSign"},
            {KU_CRL_SIGN, "cRLSign"}};
        for (const auto &[bit, name] : names) {
            if (k & bit)
                ku.append(QString::fromLatin1(name));
        }
    }
    QStringList eku;
    bool clientAuth = true; // RFC 5280 §4.2.1.12: no EKU extension means any purpose
    if (flags & EXFLAG_XKUSAGE) {
        const uint32_t x2 = X509_get_extended_key_usage(x.get());
        clientAuth = x2 & XKU_SSL_CLIENT;
        if (x2 & XKU_SSL_SERVER)
            eku.append(QStringLiteral("serverAuth"));
        if (x2 & XKU_SSL_CLIENT)
            eku.append(QStringLiteral("clientAuth"));
        if (x2 & XKU_SMIME)
            eku.append(QStringLiteral("emailProtection"));
        if (x2 & XKU_CODE_SIGN)
            eku.append(QStringLiteral("codeSigning"));
    }
    fact->keyUsage = ku;
    fact->extendedKeyUsage = eku;
    fact->clientAuth = clientAuth;
    fact->signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(x.get())));
    return clientAuth;
}

CertificateFact usage(const QSslCertificate &certificate)
{
    CertificateFact c = TlsFacts::describeCertificate(certificate);
    c.pem.clear();
    if (!purposes(certificate, &c))
        c.warning = clientAuthWarning().english();
    return c;
}

Phrase clientAuthWarning()
{
    return Phrase("Identity",
                  QT_TRANSLATE_NOOP(
                      "Identity", "The certificate has no clientAuth purpose. Servers that check "
                                  "purposes (ejabberd with OpenSSL defaults, Metronome) reject it "
                                  "for SASL EXTERNAL with 'unsupported certificate purpose'; "
                                  "Prosody ignores the purpose. Public CAs stopped issuing "
                                  "clientAuth in 2025–26: expect dialback to be needed."));
}

QByteArray serverEndPoint(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> x(d2i_X509(nullptr, &p, long(der.size())));
    if (!x)
        return {};
    int mdNid = NID_undef, pkNid = NID_undef;
    if (!OBJ_find_sigid_algs(X509_get_signature_nid(x.get()), &mdNid, &pkNid))
        return {};
    if (mdNid == NID_md5 || mdNid == NID_sha1)
        mdNid = NID_sha256;
    const EVP_MD *md = EVP_get_digestbynid(mdNid);
    if (!md)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!X509_digest(x.get(), md, out, &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

} // namespace Inspector::Identity
