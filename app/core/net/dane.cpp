// SPDX-License-Identifier: GPL-3.0-or-later
#include "dane.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <openssl/x509.h>

#include <memory>

namespace Inspector::Dane {

namespace {
struct X509Deleter { void operator()(X509 *x) const { X509_free(x); } };

QByteArray spki(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> x(d2i_X509(nullptr, &p, long(der.size())));
    if (!x)
        return {};
    unsigned char *out = nullptr;
    const int n = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x.get()), &out);
    if (n <= 0)
        return {};
    const QByteArray result(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return result;
}

QByteArray associated(const QByteArray &der, int selector, int matchingType)
{
    const QByteArray data = selector == 1 ? spki(der) : der;
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

const char *usageName(int usage)
{
    static const char *const names[] = {"PKIX-TA", "PKIX-EE", "DANE-TA", "DANE-EE"};
    return usage >= 0 && usage < 4 ? names[usage] : "unknown";
}
} // namespace

QJsonObject match(const QJsonArray &tlsaRecords, const QJsonArray &peerCertificates, const QString &dnssec)
{
    QList<QByteArray> chain;
    for (const QJsonValue &c : peerCertificates)
        chain << QSslCertificate(c.toObject().value(QStringLiteral("pem")).toString().toLatin1(), QSsl::Pem).toDer();
    QJsonArray results;
    bool matched = false;
    for (const QJsonValue &v : tlsaRecords) {
        const QJsonObject r = v.toObject();
        const int usage = r.value(QStringLiteral("usage")).toInt();
        const int selector = r.value(QStringLiteral("selector")).toInt();
        const int matchingType = r.value(QStringLiteral("matchingType")).toInt();
        const QByteArray wanted = QByteArray::fromHex(r.value(QStringLiteral("data")).toString().toLatin1());
        bool ok = false;
        // End-entity usages (1, 3) are about the server's own certificate; trust-anchor usages
        // (0, 2) about any certificate of its chain.
        for (int i = 0; i < chain.size() && !ok; ++i) {
            const bool endEntity = usage == 1 || usage == 3;
            if (endEntity && i > 0)
                break;
            ok = !wanted.isEmpty() && associated(chain.at(i), selector, matchingType) == wanted;
        }
        matched = matched || ok;
        QJsonObject result = r;
        result.insert(QStringLiteral("usageName"), QLatin1String(usageName(usage)));
        result.insert(QStringLiteral("matched"), ok);
        results.append(result);
    }
    return QJsonObject{{QStringLiteral("records"), results},
                       {QStringLiteral("matched"), tlsaRecords.isEmpty() ? QJsonValue() : QJsonValue(matched)},
                       {QStringLiteral("dnssec"), dnssec},
                       {QStringLiteral("usable"), dnssec == QLatin1String("secure")}};
}

} // namespace Inspector::Dane
