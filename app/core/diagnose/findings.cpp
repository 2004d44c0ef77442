// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings.h"

#include "protocol/streamerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Inspector::Findings {

namespace {
// Titles, explanations and fixes follow the interface language where a translation is
// loaded (the desktop application); the command-line tool loads none and stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

QJsonObject finding(const char *severity, const char *code, const QString &title,
                    const QString &explanation, const QString &spec, const QString &fix)
{
    return QJsonObject{{QStringLiteral("severity"), QLatin1String(severity)},
                       {QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("explanation"), explanation},
                       {QStringLiteral("spec"), spec},
                       {QStringLiteral("fix"), fix}};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

void tlsFindings(const QJsonObject &s, QJsonArray *out)
{
    const QJsonObject tls = s.value(QStringLiteral("tls")).toObject();
    if (tls.isEmpty())
        return;
    const QString domain = s.value(QStringLiteral("toDomain")).toString();
    const QJsonObject identity = tls.value(QStringLiteral("identity")).toObject();
    const QStringList presented = strings(identity.value(QStringLiteral("presentedIdentifiers")));
    // With DNSSEC-secure TLSA records, DANE authenticates the server (RFC 7673 §3): a DANE-EE
    // match makes names, dates and issuers irrelevant (RFC 7671 §5.1), a DANE-TA match stands
    // in for a trusted issuer (§5.2). PKIX problems are then warnings.
    const QJsonObject dane = tls.value(QStringLiteral("dane")).toObject();
    const int daneUsage = dane.value(QStringLiteral("usable")).toBool()
                              ? dane.value(QStringLiteral("matchedUsage")).toInt(-1)
                              : -1;
    const char *pkix = daneUsage == 3 ? "warning" : "error";
    const char *issuer = daneUsage == 3 || daneUsage == 2 ? "warning" : "error";
    if (!identity.isEmpty() && !identity.value(QStringLiteral("matched")).toBool()) {
        if (identity.value(QStringLiteral("onlyCommonNameMatches")).toBool()) {
            out->append(finding(
                pkix, "TLS-IDENTITY-CN-ONLY",
                Tr::tr("Only the certificate's CN names %1").arg(domain),
                QStringLiteral("RFC 9525 no longer accepts the CN as an identity; the certificate "
                               "must carry %1 in its subjectAltName.")
                    .arg(domain),
                QStringLiteral("RFC 9525 §6.3"),
                Tr::tr("Reissue the certificate with subjectAltName DNS:%1.").arg(domain)));
        } else {
            out->append(finding(
                pkix, "TLS-IDENTITY-MISMATCH",
                Tr::tr("The certificate is not valid for %1").arg(domain),
                Tr::tr("It names %1, but no DNS-ID, SRV-ID (_xmpp-server.%2) or "
                       "XmppAddr matches %2 — the XMPP domain, not the host "
                       "connected to.")
                    .arg(presented.isEmpty() ? Tr::tr("nothing")
                                             : presented.join(QStringLiteral(", ")),
                         domain),
                QStringLiteral("RFC 6120 §13.7.1.2, RFC 9525 §6"),
                Tr::tr("Add %1 as a subjectAltName (DNS:%1, or the SRV-ID _xmpp-server.%1).")
                    .arg(domain)));
        }
    }
    const QStringList codes = strings(tls.value(QStringLiteral("verifyErrorCodes")));
    const QJsonObject leaf =
        tls.value(QStringLiteral("peerCertificates")).toArray().first().toObject();
    const QString validity = Tr::tr("valid %1 to %2; checked at %3 (this machine's clock)")
                                 .arg(leaf.value(QStringLiteral("notBefore")).toString(),
                                      leaf.value(QStringLiteral("notAfter")).toString(),
                                      tls.value(QStringLiteral("checkedAt")).toString());
    if (codes.contains(QStringLiteral("CertificateExpired")))
        out->append(finding(pkix, "TLS-EXPIRED", Tr::tr("The certificate has expired"), validity,
                            QStringLiteral("RFC 5280 §4.1.2.5"), Tr::tr("Renew the certificate.")));
    if (codes.contains(QStringLiteral("CertificateNotYetValid")))
        out->append(
            finding(pkix, "TLS-NOT-YET-VALID", Tr::tr("The certificate is not valid yet"),
                    validity + Tr::tr(". A clock that is wrong on either side gives the same."),
                    QStringLiteral("RFC 5280 §4.1.2.5"),
                    Tr::tr("Check both clocks (NTP); or wait until the start date.")));
    if (codes.contains(QStringLiteral("SelfSignedCertificate")) ||
        codes.contains(QStringLiteral("SelfSignedCertificateInChain")))
        out->append(finding(
            issuer, "TLS-SELF-SIGNED", Tr::tr("The certificate is self-signed"),
            Tr::tr("No trusted authority vouches for it; servers that require trusted "
                   "certificates (Prosody's s2s_secure_auth, ejabberd's "
                   "s2s_use_starttls: required_trusted) refuse it."),
            QStringLiteral("RFC 6120 §13.7.2"),
            Tr::tr("Use a certificate from a public CA, or have peers trust yours (--ca).")));
    if (codes.contains(QStringLiteral("UnableToGetLocalIssuerCertificate")) ||
        codes.contains(QStringLiteral("UnableToVerifyFirstCertificate")))
        out->append(finding(
            issuer, "TLS-CHAIN-INCOMPLETE",
            Tr::tr("The certificate chain is incomplete or not trusted"),
            Tr::tr("The server sent %n certificate(s) and no trusted root is reached: an "
                   "intermediate certificate is missing, or the issuer is unknown here.",
                   nullptr, int(tls.value(QStringLiteral("peerCertificates")).toArray().size())),
            QStringLiteral("RFC 5280 §6"),
            Tr::tr("Configure the full chain (fullchain.pem, not cert.pem).")));
    if (codes.contains(QStringLiteral("CertificateUntrusted")) ||
        codes.contains(QStringLiteral("UnableToGetIssuerCertificate")))
        out->append(
            finding(issuer, "TLS-UNTRUSTED", Tr::tr("The certificate's issuer is not trusted"),
                    tls.value(QStringLiteral("verifyErrors")).toArray().first().toString(),
                    QStringLiteral("RFC 6120 §13.7.2"),
                    Tr::tr("Use a certificate from a public CA, or trust the issuer (--ca).")));
    const QDateTime notAfter =
        QDateTime::fromString(leaf.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    const QDateTime checked =
        QDateTime::fromString(tls.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
    if (notAfter.isValid() && checked.isValid() && notAfter > checked) {
        const qint64 days = checked.daysTo(notAfter);
        for (int limit : {1, 7, 30}) {
            if (days < limit) {
                out->append(
                    finding(limit == 30 ? "warning" : "error", "TLS-EXPIRES-SOON",
                            Tr::tr("The certificate expires in %n day(s)", nullptr, int(days)),
                            validity, QStringLiteral("RFC 6120 §13.7.2.3"),
                            Tr::tr("Renew it now; streams still open at expiry get <reset/>.")));
                break;
            }
        }
    }
    const QString protocol = tls.value(QStringLiteral("protocol")).toString();
    if (protocol.startsWith(QLatin1String("legacy")))
        out->append(finding(
            "warning", "TLS-OLD-PROTOCOL", Tr::tr("TLS older than 1.2 was negotiated"), protocol,
            QStringLiteral("RFC 7590 §3.1, RFC 9325"), Tr::tr("Allow TLS 1.2 and 1.3 only.")));
}
} // namespace

static void dnsFindings(const QJsonObject &s, QJsonArray *out)
{
    const QJsonObject dns = s.value(QStringLiteral("dns")).toObject();
    if (dns.isEmpty())
        return;
    const QString domain = dns.value(QStringLiteral("domain")).toString();
    const QJsonArray candidates = dns.value(QStringLiteral("candidates")).toArray();
    if (dns.value(QStringLiteral("noService")).toBool())
        out->append(finding(
            "error", "DNS-NO-SERVICE", Tr::tr("%1 declares no XMPP service").arg(domain),
            Tr::tr("Its only _xmpp-%1._tcp SRV record has the target \".\": the domain says "
                   "it does not federate.")
                .arg(dns.value(QStringLiteral("service")).toString()),
            QStringLiteral("RFC 6120 §3.2.1, RFC 2782"),
            Tr::tr("Publish SRV records pointing at the server, or remove the \".\" record.")));
    if (candidates.size() == 1 &&
        candidates.first().toObject().value(QStringLiteral("source")).toString() ==
            QLatin1String("fallback"))
        out->append(finding(
            "info", "DNS-FALLBACK", Tr::tr("No SRV records: the domain itself on the default port"),
            Tr::tr("Connections go to %1:%2 (its A/AAAA records). This works until the web "
                   "host behind that name moves elsewhere.")
                .arg(domain)
                .arg(candidates.first().toObject().value(QStringLiteral("port")).toInt()),
            QStringLiteral("RFC 6120 §3.2.2"),
            Tr::tr("Publish _xmpp-server._tcp (and _xmpps-server._tcp) SRV records.")));
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("addresses")).toArray().isEmpty())
            out->append(finding(
                "warning", "DNS-TARGET-NO-ADDRESS",
                Tr::tr("%1 has no address").arg(c.value(QStringLiteral("target")).toString()),
                Tr::tr("An SRV target without A or AAAA records cannot be reached."),
                QStringLiteral("RFC 6120 §3.2.1 step 4"),
                Tr::tr("Add A/AAAA records for the target, or fix the SRV record.")));
        if (c.value(QStringLiteral("daneNotApplied")).toString() ==
            QLatin1String("address-insecure"))
            out->append(finding(
                "warning", "DANE-ADDRESS-INSECURE",
                Tr::tr("The TLSA records of %1 are not used")
                    .arg(c.value(QStringLiteral("target")).toString()),
                Tr::tr(
                    "Its TLSA records are DNSSEC-secure, but its A/AAAA answers are not (often a "
                    "CNAME into an unsigned zone), so the address may be forged: the "
                    "certificate is checked by PKIX only."),
                QStringLiteral("RFC 7673 §3.2"),
                Tr::tr("Sign the zone that holds the target's addresses, or point the SRV "
                       "record at a name in a signed zone.")));
    }
    for (const QJsonValue &v : s.value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject a = v.toObject();
        // XEP-0368: an _xmpps- record must point at a port that speaks TLS first; OpenSSL's
        // "wrong version number" means plain bytes (XML) came back to our ClientHello.
        if (a.value(QStringLiteral("directTls")).toBool() &&
            s.value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("wrong version number")))
            out->append(finding(
                "error", "DNS-DIRECT-TLS-ON-STARTTLS-PORT",
                Tr::tr("The _xmpps- record points at a port that does not speak TLS first"),
                Tr::tr("%1 port %2 answered the TLS handshake with plain data: it is a "
                       "STARTTLS port (or not XMPP).")
                    .arg(a.value(QStringLiteral("target")).toString())
                    .arg(a.value(QStringLiteral("port")).toInt()),
                QStringLiteral("XEP-0368 §3"),
                Tr::tr("Point _xmpps-server at the direct-TLS port (often 5270), or remove it.")));
        if (a.value(QStringLiteral("result")).toString() == QLatin1String("failed"))
            out->append(finding("warning", "DNS-CANDIDATE-UNREACHABLE",
                                Tr::tr("%1 port %2 (%3) cannot be reached")
                                    .arg(a.value(QStringLiteral("address")).toString())
                                    .arg(a.value(QStringLiteral("port")).toInt())
                                    .arg(a.value(QStringLiteral("target")).toString()),
                                a.value(QStringLiteral("error")).toString(),
                                QStringLiteral("RFC 6120 §3.2.1 step 6"),
                                Tr::tr("Open the port, fix the record, or remove the candidate.")));
    }
    QStringList bogus;
    for (const QJsonValue &v : dns.value(QStringLiteral("bogus")).toArray()) {
        const QJsonObject b = v.toObject();
        bogus << QStringLiteral("%1 %2: %3")
                     .arg(b.value(QStringLiteral("name")).toString(),
                          b.value(QStringLiteral("type")).toString(),
                          b.value(QStringLiteral("whyBogus")).toString());
    }
    if (!bogus.isEmpty())
        out->append(finding(
            "error", "DNSSEC-BOGUS", Tr::tr("DNSSEC validation failed for %1").arg(domain),
            Tr::tr("These answers are signed but do not validate, so they are not used: %1.")
                .arg(bogus.join(QStringLiteral("; "))),
            QStringLiteral("RFC 7673 §3.1, RFC 4035 §5.5"),
            Tr::tr("Re-sign the zone (expired or broken signatures) or correct the DS record at "
                   "the parent.")));
    if (dns.value(QStringLiteral("validation")).toString() == QLatin1String("stripped"))
        out->append(finding(
            "warning", "DNSSEC-STRIPPED", Tr::tr("The DNS resolver gives no DNSSEC data"),
            Tr::tr("The trust anchors' keys did not come back from %1 (%2): it strips or does not "
                   "fetch signatures, so nothing could be validated and DANE cannot apply.")
                .arg(dns.value(QStringLiteral("server")).toString(),
                     dns.value(QStringLiteral("strippedReason")).toString()),
            QStringLiteral("RFC 4035 §3.2.1, RFC 4033 §5"),
            Tr::tr("Use a DNSSEC-aware resolver (--dns-server), or validate on this machine.")));
    const QJsonObject dane =
        s.value(QStringLiteral("tls")).toObject().value(QStringLiteral("dane")).toObject();
    // RFC 7671 §4.1: a record set with no usable record is as if there were none.
    if (!dane.isEmpty() && dane.value(QStringLiteral("matched")).isBool() &&
        !dane.value(QStringLiteral("matched")).toBool() &&
        dane.value(QStringLiteral("usableRecords")).toInt(1) > 0)
        out->append(finding(
            dane.value(QStringLiteral("usable")).toBool() ? "error" : "warning", "DANE-MISMATCH",
            Tr::tr("No TLSA record matches the presented certificate"),
            Tr::tr("The TLSA records (DNSSEC %1) name other keys: often a certificate "
                   "renewed without updating TLSA.")
                .arg(dane.value(QStringLiteral("dnssec")).toString()),
            QStringLiteral("RFC 7673, RFC 6698 §2.1"),
            Tr::tr("Publish 3 1 1 records for the new key before switching certificates.")));
}

QJsonArray fromSummary(const QJsonObject &s)
{
    QJsonArray out;
    dnsFindings(s, &out);
    tlsFindings(s, &out);
    const QJsonObject client = s.value(QStringLiteral("clientCertificate")).toObject();
    if (!client.isEmpty() && !client.value(QStringLiteral("clientAuth")).toBool(true))
        out.append(
            finding("warning", "CLIENT-CERT-NO-CLIENTAUTH",
                    Tr::tr("Our certificate has no clientAuth purpose"),
                    client.value(QStringLiteral("warning")).toString(),
                    QStringLiteral("XEP-0178 §3, RFC 5280 §4.2.1.12"),
                    Tr::tr("Use a certificate with the TLS Web Client Authentication purpose, or "
                           "rely on dialback.")));
    const bool direct = s.value(QStringLiteral("directTls")).toBool();
    const bool sawFeatures = !s.value(QStringLiteral("featureStages")).toArray().isEmpty();
    if (sawFeatures && !direct && !s.value(QStringLiteral("starttlsOffered")).toBool() &&
        s.value(QStringLiteral("tls")).isNull())
        out.append(
            finding("warning", "STARTTLS-NOT-OFFERED", Tr::tr("The peer does not offer STARTTLS"),
                    Tr::tr("Everything on this stream travels in the clear; a middlebox may also "
                           "be stripping the offer."),
                    QStringLiteral("RFC 7590 §3.1, RFC 6120 §5"),
                    Tr::tr("Enable TLS on the server; compare with direct TLS (XEP-0368).")));
    const QString dialback = s.value(QStringLiteral("dialbackResult")).toString();
    if (dialback == QLatin1String("invalid"))
        out.append(finding(
            "error", "DIALBACK-INVALID", Tr::tr("Dialback: the key was not confirmed"),
            Tr::tr("The receiving server asked the authoritative server for %1, which did not "
                   "recompute the same key: different secrets across nodes, a restart between "
                   "the steps, or a load balancer sending the check elsewhere.")
                .arg(s.value(QStringLiteral("fromDomain")).toString()),
            QStringLiteral("XEP-0220 §2.1.1, §2.2.2, XEP-0185"),
            Tr::tr("Give all nodes of the domain the same dialback secret.")));
    const QJsonArray unsolicited = s.value(QStringLiteral("dialbackUnsolicited")).toArray();
    if (!unsolicited.isEmpty()) {
        const QJsonObject first = unsolicited.first().toObject();
        const QString expected = first.value(QStringLiteral("expected")).toString();
        out.append(
            finding("error", "DIALBACK-UNSOLICITED",
                    Tr::tr("Dialback: %n answer(s) that answer no request of ours", nullptr,
                           int(unsolicited.size())),
                    (expected.isEmpty()
                         ? Tr::tr("Received <%1/> while no request was waiting for it.")
                               .arg(first.value(QStringLiteral("received")).toString())
                         : Tr::tr("Expected <%1/>, received <%2/>.")
                               .arg(expected, first.value(QStringLiteral("received")).toString())) +
                        Tr::tr(" An answer for another domain pair, another stream id or "
                               "no request at all is either a bug or an attempt to spoof "
                               "a domain; it was recorded and ignored."),
                    QStringLiteral("XEP-0220 §2.1.1, §2.1.2, §3.1"),
                    Tr::tr("Report it to the peer's operators: its answers must carry the "
                           "request's 'from' and 'to' swapped (and its 'id' for "
                           "db:verify).")));
    }
    if (dialback == QLatin1String("pending"))
        out.append(
            finding("error", "DIALBACK-PENDING", Tr::tr("Dialback: no verdict"),
                    s.value(QStringLiteral("dialbackExplanation")).toString(),
                    QStringLiteral("XEP-0220 §2.1.2"),
                    Tr::tr("Make the domain's DNS point to a reachable authoritative server.")));
    if (dialback == QLatin1String("error"))
        out.append(finding(
            "error", "DIALBACK-ERROR", Tr::tr("Dialback failed with an error"),
            s.value(QStringLiteral("dialbackError"))
                    .toObject()
                    .value(QStringLiteral("condition"))
                    .toString() +
                QLatin1Char(' ') +
                s.value(QStringLiteral("dialbackError"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString(),
            QStringLiteral("XEP-0220 §2.5"),
            Tr::tr("remote-server-not-found: the receiving server cannot reach your domain's "
                   "server; check its DNS and that port 5269 is open.")));
    const QJsonObject streamError = s.value(QStringLiteral("streamError")).toObject();
    if (!streamError.isEmpty()) {
        const QString condition = streamError.value(QStringLiteral("condition")).toString();
        out.append(finding("error", "STREAM-ERROR",
                           Tr::tr("The peer ended the stream with <%1/>").arg(condition),
                           StreamError::explanation(condition) +
                               (streamError.value(QStringLiteral("text")).isString()
                                    ? Tr::tr(" The peer says: ") +
                                          streamError.value(QStringLiteral("text")).toString()
                                    : QString()),
                           StreamError::section(condition),
                           condition == QLatin1String("host-unknown")
                               ? Tr::tr("Check that the server hosts %1 (virtual host) and that "
                                        "DNS points to the right server.")
                                     .arg(s.value(QStringLiteral("toDomain")).toString())
                               : QString()));
    }
    return out;
}

} // namespace Inspector::Findings
