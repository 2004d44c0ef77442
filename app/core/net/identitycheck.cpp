// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitycheck.h"

#include <QUrl>

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Inspector {

namespace {
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};

QString asn1Text(const ASN1_STRING *s)
{
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return out;
}

/// Domains are compared as A-labels, case-insensitively (RFC 9525 §6.3, RFC 5890).
QString normalized(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    const QByteArray ace = QUrl::toAce(d);
    return ace.isEmpty() ? d : QString::fromLatin1(ace);
}
} // namespace

bool IdentityCheck::dnsIdMatches(const QString &presented, const QString &reference)
{
    const QString p = normalized(presented), r = normalized(reference);
    if (p.isEmpty() || r.isEmpty())
        return false;
    if (!p.contains(QLatin1Char('*')))
        return p == r;
    // Only "*.rest" with at least two labels in rest; '*' matches exactly one whole label.
    if (!p.startsWith(QLatin1String("*.")) || p.mid(2).contains(QLatin1Char('*')) ||
        p.mid(2).count(QLatin1Char('.')) < 1)
        return false;
    const int dot = r.indexOf(QLatin1Char('.'));
    return dot > 0 && r.mid(dot + 1) == p.mid(2);
}

IdentityCheck IdentityCheck::check(const QSslCertificate &certificate, const QString &domain,
                                   const QString &service)
{
    IdentityCheck c;
    c.by = QStringLiteral("none");
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> x(d2i_X509(nullptr, &p, long(der.size())));
    if (!x)
        return c;
    const ASN1_OBJECT *srvOid = OBJ_txt2obj("1.3.6.1.5.5.7.8.7", 1);
    const ASN1_OBJECT *xmppOid = OBJ_txt2obj("1.3.6.1.5.5.7.8.5", 1);
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(x.get(), NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            c.dnsIds << asn1Text(name->d.dNSName);
        } else if (name->type == GEN_OTHERNAME) {
            const OTHERNAME *other = name->d.otherName;
            if (!other->value)
                continue;
            if (OBJ_cmp(other->type_id, srvOid) == 0 && other->value->type == V_ASN1_IA5STRING)
                c.srvIds << asn1Text(other->value->value.ia5string);
            else if (OBJ_cmp(other->type_id, xmppOid) == 0 &&
                     other->value->type == V_ASN1_UTF8STRING)
                c.xmppAddrs << asn1Text(other->value->value.utf8string);
        }
    }
    GENERAL_NAMES_free(names);
    ASN1_OBJECT_free(const_cast<ASN1_OBJECT *>(srvOid));
    ASN1_OBJECT_free(const_cast<ASN1_OBJECT *>(xmppOid));
    c.commonNames = certificate.subjectInfo(QSslCertificate::CommonName);

    const QString reference = normalized(domain);
    for (const QString &id : std::as_const(c.dnsIds)) {
        if (dnsIdMatches(id, reference)) {
            c.matched = true;
            c.by = QStringLiteral("DNS-ID");
            c.matchedIdentifier = id;
            return c;
        }
    }
    // RFC 6120 §13.7.1.2.1 / RFC 9525 §6.4: SRV-ID "_service.domain".
    const QString srvReference = QLatin1Char('_') + service + QLatin1Char('.') + reference;
    for (const QString &id : std::as_const(c.srvIds)) {
        const int dot = id.indexOf(QLatin1Char('.'));
        const QString name =
            dot > 0 ? id.left(dot).toLower() + QLatin1Char('.') + normalized(id.mid(dot + 1)) : id;
        if (name == srvReference) {
            c.matched = true;
            c.by = QStringLiteral("SRV-ID");
            c.matchedIdentifier = id;
            return c;
        }
    }
    // XEP-0178 §3, RFC 6120 §13.7.1.4: an XmppAddr holding the bare domain.
    for (const QString &id : std::as_const(c.xmppAddrs)) {
        if (normalized(id) == reference) {
            c.matched = true;
            c.by = QStringLiteral("XmppAddr");
            c.matchedIdentifier = id;
            return c;
        }
    }
    for (const QString &cn : std::as_const(c.commonNames))
        c.onlyCommonNameMatches = c.onlyCommonNameMatches || dnsIdMatches(cn, reference);
    return c;
}

IdentityFact IdentityCheck::fact() const
{
    IdentityFact f;
    f.present = true;
    f.matched = matched;
    f.by = by;
    for (const QString &s : dnsIds)
        f.presentedIdentifiers.append(QStringLiteral("DNS:") + s);
    for (const QString &s : srvIds)
        f.presentedIdentifiers.append(QStringLiteral("SRV:") + s);
    for (const QString &s : xmppAddrs)
        f.presentedIdentifiers.append(QStringLiteral("XmppAddr:") + s);
    for (const QString &s : commonNames)
        f.presentedIdentifiers.append(QStringLiteral("CN:") + s);
    if (!matchedIdentifier.isEmpty())
        f.matchedIdentifier = matchedIdentifier;
    f.onlyCommonNameMatches = onlyCommonNameMatches;
    return f;
}

} // namespace Inspector
