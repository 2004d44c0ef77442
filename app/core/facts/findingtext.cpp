// SPDX-License-Identifier: GPL-3.0-or-later
// The texts of each finding, made from its facts when shown (Finding).
#include "finding.h"
#include "findingtextclient.h"

#include "protocol/streamerror.h"

#include <QCoreApplication>

namespace Inspector {

namespace {
// Titles, explanations and fixes follow the interface language where a translation is
// loaded (the desktop application); the command-line tool loads none and stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

struct Texts
{
    QString title, explanation, spec, fix;
};

QString arg(const Finding &f, int i)
{
    return f.args.value(i);
}

/// "valid FROM to TO; checked at WHEN", from the args notBefore, notAfter, checkedAt.
QString validity(const Finding &f)
{
    return Tr::tr("valid %1 to %2; checked at %3 (this machine's clock)")
        .arg(arg(f, 0), arg(f, 1), arg(f, 2));
}

Texts certificateTexts(const Finding &f)
{
    using C = Finding::Code;
    const QString domain = arg(f, 0);
    switch (f.code) {
    case C::TlsIdentityCnOnly:
        return {Tr::tr("Only the certificate's CN names %1").arg(domain),
                QStringLiteral("RFC 9525 no longer accepts the CN as an identity; the certificate "
                               "must carry %1 in its subjectAltName.")
                    .arg(domain),
                QStringLiteral("RFC 9525 §6.3"),
                Tr::tr("Reissue the certificate with subjectAltName DNS:%1.").arg(domain)};
    case C::TlsIdentityMismatch:
        return {Tr::tr("The certificate is not valid for %1").arg(domain),
                Tr::tr("It names %1, but no DNS-ID, SRV-ID (_xmpp-server.%2) or "
                       "XmppAddr matches %2 — the XMPP domain, not the host "
                       "connected to.")
                    .arg(arg(f, 1).isEmpty() ? Tr::tr("nothing") : arg(f, 1), domain),
                QStringLiteral("RFC 6120 §13.7.1.2, RFC 9525 §6"),
                Tr::tr("Add %1 as a subjectAltName (DNS:%1, or the SRV-ID _xmpp-server.%1).")
                    .arg(domain)};
    case C::TlsExpired:
        return {Tr::tr("The certificate has expired"), validity(f),
                QStringLiteral("RFC 5280 §4.1.2.5"), Tr::tr("Renew the certificate.")};
    case C::TlsNotYetValid:
        return {Tr::tr("The certificate is not valid yet"),
                validity(f) + Tr::tr(". A clock that is wrong on either side gives the same."),
                QStringLiteral("RFC 5280 §4.1.2.5"),
                Tr::tr("Check both clocks (NTP); or wait until the start date.")};
    case C::TlsExpiresSoon:
        return {Tr::tr("The certificate expires in %n day(s)", nullptr, f.count), validity(f),
                QStringLiteral("RFC 6120 §13.7.2.3"),
                Tr::tr("Renew it now; streams still open at expiry get <reset/>.")};
    default:
        return {};
    }
}

Texts trustTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::TlsSelfSigned:
        return {Tr::tr("The certificate is self-signed"),
                Tr::tr("No trusted authority vouches for it; servers that require trusted "
                       "certificates (Prosody's s2s_secure_auth, ejabberd's "
                       "s2s_use_starttls: required_trusted) refuse it."),
                QStringLiteral("RFC 6120 §13.7.2"),
                Tr::tr("Use a certificate from a public CA, or have peers trust yours (--ca).")};
    case C::TlsChainIncomplete:
        return {Tr::tr("The certificate chain is incomplete or not trusted"),
                Tr::tr("The server sent %n certificate(s) and no trusted root is reached: an "
                       "intermediate certificate is missing, or the issuer is unknown here.",
                       nullptr, f.count),
                QStringLiteral("RFC 5280 §6"),
                Tr::tr("Configure the full chain (fullchain.pem, not cert.pem).")};
    case C::TlsUntrusted:
        // args: the TLS library's words, and the root the chain ends in when it sent one.
        return {Tr::tr("The certificate's issuer is not trusted"),
                arg(f, 1).isEmpty()
                    ? arg(f, 0)
                    : Tr::tr("The chain ends in the root certificate “%1”, a certificate "
                             "authority that is not trusted here (a private or unknown CA). The "
                             "server's own certificate is not self-signed.")
                          .arg(arg(f, 1)),
                QStringLiteral("RFC 6120 §13.7.2"),
                Tr::tr("Use a certificate from a public CA, or trust the issuer (--ca).")};
    case C::TlsOldProtocol:
        return {Tr::tr("TLS older than 1.2 was negotiated"), arg(f, 0),
                QStringLiteral("RFC 7590 §3.1, RFC 9325"), Tr::tr("Allow TLS 1.2 and 1.3 only.")};
    case C::ClientCertNoClientAuth:
        return {Tr::tr("Our certificate has no clientAuth purpose"), arg(f, 0),
                QStringLiteral("XEP-0178 §3, RFC 5280 §4.2.1.12"),
                Tr::tr("Use a certificate with the TLS Web Client Authentication purpose, or "
                       "rely on dialback.")};
    case C::StarttlsNotOffered:
        return {Tr::tr("The peer does not offer STARTTLS"),
                Tr::tr("Everything on this stream travels in the clear; a middlebox may also "
                       "be stripping the offer."),
                QStringLiteral("RFC 7590 §3.1, RFC 6120 §5"),
                Tr::tr("Enable TLS on the server; compare with direct TLS (XEP-0368).")};
    default:
        return certificateTexts(f);
    }
}

Texts dnsTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::DnsNoService:
        return {Tr::tr("%1 declares no XMPP service").arg(arg(f, 0)),
                Tr::tr("Its only _xmpp-%1._tcp SRV record has the target \".\": the domain says "
                       "it does not federate.")
                    .arg(arg(f, 1)),
                QStringLiteral("RFC 6120 §3.2.1, RFC 2782"),
                Tr::tr("Publish SRV records pointing at the server, or remove the \".\" record.")};
    case C::DnsFallback:
        return {Tr::tr("No SRV records: the domain itself on the default port"),
                Tr::tr("Connections go to %1:%2 (its A/AAAA records). This works until the web "
                       "host behind that name moves elsewhere.")
                    .arg(arg(f, 0))
                    .arg(arg(f, 1)),
                QStringLiteral("RFC 6120 §3.2.2"),
                Tr::tr("Publish _xmpp-server._tcp (and _xmpps-server._tcp) SRV records.")};
    case C::DnsSrvFailed:
        return {Tr::tr("The SRV lookup for %1 failed").arg(arg(f, 0)),
                Tr::tr("%1. Without an answer the connection falls back to the domain itself "
                       "on the default port, which may not be the server its SRV records "
                       "name.")
                    .arg(arg(f, 1)),
                QStringLiteral("RFC 6120 §3.2.1, §3.2.2"),
                Tr::tr("Check the DNS server and the domain's delegation: SERVFAIL often means "
                       "an unreachable or lame authoritative server, or a broken DNSSEC "
                       "chain.")};
    case C::DnsTargetNoAddress:
        return {Tr::tr("%1 has no address").arg(arg(f, 0)),
                Tr::tr("An SRV target without A or AAAA records cannot be reached."),
                QStringLiteral("RFC 6120 §3.2.1 step 4"),
                Tr::tr("Add A/AAAA records for the target, or fix the SRV record.")};
    case C::DaneAddressInsecure:
        return {Tr::tr("The TLSA records of %1 are not used").arg(arg(f, 0)),
                Tr::tr("Its TLSA records are DNSSEC-secure, but its A/AAAA answers are not (often "
                       "a CNAME into an unsigned zone), so the address may be forged: the "
                       "certificate is checked by PKIX only."),
                QStringLiteral("RFC 7673 §3.2"),
                Tr::tr("Sign the zone that holds the target's addresses, or point the SRV "
                       "record at a name in a signed zone.")};
    case C::DnsDirectTlsOnStarttlsPort:
        return {Tr::tr("The _xmpps- record points at a port that does not speak TLS first"),
                Tr::tr("%1 port %2 answered the TLS handshake with plain data: it is a "
                       "STARTTLS port (or not XMPP).")
                    .arg(arg(f, 0))
                    .arg(arg(f, 1)),
                QStringLiteral("XEP-0368 §3"),
                Tr::tr("Point _xmpps-server at the direct-TLS port (often 5270), or remove it.")};
    case C::DnsCandidateUnreachable:
        return {Tr::tr("%1 port %2 (%3) cannot be reached")
                    .arg(arg(f, 0))
                    .arg(arg(f, 1))
                    .arg(arg(f, 2)),
                arg(f, 3), QStringLiteral("RFC 6120 §3.2.1 step 6"),
                Tr::tr("Open the port, fix the record, or remove the candidate.")};
    default:
        return {};
    }
}

Texts dnssecTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::DnssecBogus:
        return {Tr::tr("DNSSEC validation failed for %1").arg(arg(f, 0)),
                Tr::tr("These answers are signed but do not validate, so they are not used: %1.")
                    .arg(arg(f, 1)),
                QStringLiteral("RFC 7673 §3.1, RFC 4035 §5.5"),
                Tr::tr("Re-sign the zone (expired or broken signatures) or correct the DS record "
                       "at the parent.")};
    case C::DnssecStripped:
        return {Tr::tr("The DNS resolver gives no DNSSEC data"),
                Tr::tr("The trust anchors' keys did not come back from %1 (%2): it strips or does "
                       "not fetch signatures, so nothing could be validated and DANE cannot "
                       "apply.")
                    .arg(arg(f, 0), arg(f, 1)),
                QStringLiteral("RFC 4035 §3.2.1, RFC 4033 §5"),
                Tr::tr("Use a DNSSEC-aware resolver (--dns-server), or validate on this "
                       "machine.")};
    case C::DaneMismatch:
        return {Tr::tr("No TLSA record matches the presented certificate"),
                Tr::tr("The TLSA records (DNSSEC %1) name other keys: often a certificate "
                       "renewed without updating TLSA.")
                    .arg(arg(f, 0)),
                QStringLiteral("RFC 7673, RFC 6698 §2.1"),
                Tr::tr("Publish 3 1 1 records for the new key before switching certificates.")};
    default:
        return dnsTexts(f);
    }
}

Texts dialbackTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::DialbackInvalid:
        return {Tr::tr("Dialback: the key was not confirmed"),
                Tr::tr("The receiving server asked the authoritative server for %1, which did not "
                       "recompute the same key: different secrets across nodes, a restart between "
                       "the steps, or a load balancer sending the check elsewhere.")
                    .arg(arg(f, 0)),
                QStringLiteral("XEP-0220 §2.1.1, §2.2.2, XEP-0185"),
                Tr::tr("Give all nodes of the domain the same dialback secret.")};
    case C::DialbackUnsolicited: {
        // args: what was expected (empty: no request was waiting), what was received.
        const QString expected = arg(f, 0);
        return {Tr::tr("Dialback: %n answer(s) that answer no request of ours", nullptr, f.count),
                (expected.isEmpty()
                     ? Tr::tr("Received <%1/> while no request was waiting for it.").arg(arg(f, 1))
                     : Tr::tr("Expected <%1/>, received <%2/>.").arg(expected, arg(f, 1))) +
                    Tr::tr(" An answer for another domain pair, another stream id or "
                           "no request at all is either a bug or an attempt to spoof "
                           "a domain; it was recorded and ignored."),
                QStringLiteral("XEP-0220 §2.1.1, §2.1.2, §3.1"),
                Tr::tr("Report it to the peer's operators: its answers must carry the "
                       "request's 'from' and 'to' swapped (and its 'id' for "
                       "db:verify).")};
    }
    case C::DialbackPending:
        return {Tr::tr("Dialback: no verdict"), arg(f, 0), QStringLiteral("XEP-0220 §2.1.2"),
                Tr::tr("Make the domain's DNS point to a reachable authoritative server.")};
    case C::DialbackError: {
        // args: the condition, the peer's text, and what this tool saw of the back-connection.
        const QString said =
            arg(f, 1).isEmpty() ? QString() : QStringLiteral(" (“%1”)").arg(arg(f, 1));
        const QString answer =
            Tr::tr("The receiving server answered our dialback request with <%1/>%2.")
                .arg(arg(f, 0), said);
        const bool unreachable = arg(f, 0) == QLatin1String("remote-server-not-found") ||
                                 arg(f, 0) == QLatin1String("remote-connection-failed");
        return {Tr::tr("Dialback failed with an error"),
                arg(f, 2).isEmpty() ? answer : answer + QLatin1Char(' ') + arg(f, 2),
                QStringLiteral("XEP-0220 §2.5"),
                unreachable ? Tr::tr("The receiving server could not reach the authoritative "
                                     "server of your domain: make your domain's DNS, as the "
                                     "receiving server sees it, point to a server that is "
                                     "reachable from it, and open that port to it.")
                            : Tr::tr("Read the condition and text the receiving server gave; "
                                     "its log says more.")};
    }
    default:
        return {};
    }
}

/// XEP-0288: args the remote domain (and "before-tls" for an offer made only before TLS),
/// or for stanzas the sender's and recipient's domains, count the pairs.
Texts bidiTexts(const Finding &f)
{
    using C = Finding::Code;
    const QString spec = QStringLiteral("XEP-0288 §2.1, §2.2");
    switch (f.code) {
    case C::BidiNotOffered:
        return {Tr::tr("Bidirectional stream asked for, not offered"),
                arg(f, 1).isEmpty()
                    ? Tr::tr("%1 does not offer XEP-0288 on the stream it authenticated, so its "
                             "replies travel on a connection of its own to us.")
                          .arg(arg(f, 0))
                    : Tr::tr("%1 offers XEP-0288 only before TLS; it may be enabled only once "
                             "STARTTLS has completed, and the features after TLS no longer "
                             "offer it.")
                          .arg(arg(f, 0)),
                spec,
                Tr::tr("Prosody: enable mod_s2s_bidi; ejabberd: mod_s2s_bidi (24.10 and "
                       "later).")};
    case C::BidiUnproven:
        return {Tr::tr("Bidirectional stream with an unproven peer"),
                Tr::tr("We authenticated with SASL, but %1's certificate does not prove that "
                       "name: stanzas it sends back on our stream are not counted as its own.")
                    .arg(arg(f, 0)),
                spec + QStringLiteral("; RFC 6120 §13.7.2"),
                Tr::tr("Give %1 a certificate for its domain from a trusted CA, or pass that "
                       "CA with --ca.")
                    .arg(arg(f, 0))};
    case C::BidiStanzaUnauthorised:
        return {Tr::tr("Stanzas on the bidirectional stream for %n domain pair(s) the peer is "
                       "not authenticated for",
                       nullptr, f.count),
                Tr::tr("First: from %1 to %2. A bidirectional stream carries back only what "
                       "the peer authenticated for; anything else is a bug or an attempt to "
                       "spoof a domain, and was not counted.")
                    .arg(arg(f, 0), arg(f, 1)),
                spec, Tr::tr("Report it to the peer's operators.")};
    default:
        return {Tr::tr("Stanzas on our outgoing stream, which is not bidirectional"),
                Tr::tr("The peer (first from %1) sent stanzas where only a bidirectional "
                       "stream carries them; they were not counted as the sender's.")
                    .arg(arg(f, 0)),
                QStringLiteral("RFC 6120 §2.5; XEP-0288 §2.2"),
                Tr::tr("Report it to the peer's operators: without XEP-0288 a server sends "
                       "on its own connection.")};
    }
}

/// STREAM-ERROR: args condition, the peer's domain and, when the peer gave one, its text.
Texts streamErrorTexts(const Finding &f)
{
    const QString condition = arg(f, 0);
    return {Tr::tr("The peer ended the stream with <%1/>").arg(condition),
            StreamError::explanation(condition) +
                (f.args.size() > 2 ? Tr::tr(" The peer says: ") + arg(f, 2) : QString()),
            StreamError::section(condition),
            condition == QLatin1String("host-unknown")
                ? Tr::tr("Check that the server hosts %1 (virtual host) and that "
                         "DNS points to the right server.")
                      .arg(arg(f, 1))
                : QString()};
}

Texts texts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::TlsIdentityCnOnly:
    case C::TlsIdentityMismatch:
    case C::TlsExpired:
    case C::TlsNotYetValid:
    case C::TlsExpiresSoon:
    case C::TlsSelfSigned:
    case C::TlsChainIncomplete:
    case C::TlsUntrusted:
    case C::TlsOldProtocol:
    case C::ClientCertNoClientAuth:
    case C::StarttlsNotOffered:
        return trustTexts(f);
    case C::DnsNoService:
    case C::DnsFallback:
    case C::DnsSrvFailed:
    case C::DnsTargetNoAddress:
    case C::DaneAddressInsecure:
    case C::DnsDirectTlsOnStarttlsPort:
    case C::DnsCandidateUnreachable:
    case C::DnssecBogus:
    case C::DnssecStripped:
    case C::DaneMismatch:
        return dnssecTexts(f);
    case C::DialbackInvalid:
    case C::DialbackUnsolicited:
    case C::DialbackPending:
    case C::DialbackError:
        return dialbackTexts(f);
    case C::BidiNotOffered:
    case C::BidiUnproven:
    case C::BidiStanzaUnauthorised:
    case C::StanzaWithoutBidi:
        return bidiTexts(f);
    case C::StreamError:
        return streamErrorTexts(f);
    case C::SmEnableFailed:
    case C::SmNotResumable:
    case C::SmHandledCountTooHigh:
    case C::SmAckBehind:
    case C::SmNoAck:
    case C::SmResumeFailed:
    case C::SmResumeLost:
    case C::RegistrationOpen:
    case C::CompressionOffered:
    case C::CapsHashMismatch: {
        const ClientFindingTexts t = clientFindingTexts(f);
        return {t.title, t.explanation, t.spec, t.fix};
    }
    case C::HostMetaNone:
    case C::HostMetaTls:
    case C::HostMetaFailed:
    case C::HostMetaMalformed:
    case C::HostMetaXrdMissing:
    case C::HostMetaMismatch:
    case C::HostMetaPlaintext:
    case C::HostMetaBadLink:
    case C::HostMetaNoCors: {
        const ClientFindingTexts t = webFindingTexts(f);
        return {t.title, t.explanation, t.spec, t.fix};
    }
    }
    return {};
}
} // namespace

QString Finding::severityName() const
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Finding::codeName() const
{
    // In the order of Code.
    static const char *const names[] = {
        "TLS-IDENTITY-CN-ONLY",
        "TLS-IDENTITY-MISMATCH",
        "TLS-EXPIRED",
        "TLS-NOT-YET-VALID",
        "TLS-SELF-SIGNED",
        "TLS-CHAIN-INCOMPLETE",
        "TLS-UNTRUSTED",
        "TLS-EXPIRES-SOON",
        "TLS-OLD-PROTOCOL",
        "DNS-NO-SERVICE",
        "DNS-FALLBACK",
        "DNS-SRV-FAILED",
        "DNS-TARGET-NO-ADDRESS",
        "DANE-ADDRESS-INSECURE",
        "DNS-DIRECT-TLS-ON-STARTTLS-PORT",
        "DNS-CANDIDATE-UNREACHABLE",
        "DNSSEC-BOGUS",
        "DNSSEC-STRIPPED",
        "DANE-MISMATCH",
        "CLIENT-CERT-NO-CLIENTAUTH",
        "STARTTLS-NOT-OFFERED",
        "DIALBACK-INVALID",
        "DIALBACK-UNSOLICITED",
        "DIALBACK-PENDING",
        "DIALBACK-ERROR",
        "BIDI-NOT-OFFERED",
        "BIDI-UNPROVEN",
        "BIDI-STANZA-UNAUTHORISED",
        "STANZA-WITHOUT-BIDI",
        "STREAM-ERROR",
        "SM-ENABLE-FAILED",
        "SM-NOT-RESUMABLE",
        "SM-HANDLED-COUNT-TOO-HIGH",
        "SM-ACK-BEHIND",
        "SM-NO-ACK",
        "SM-RESUME-FAILED",
        "SM-RESUME-LOST",
        "REGISTRATION-OPEN",
        "COMPRESSION-OFFERED",
        "CAPS-HASH-MISMATCH",
        "HOST-META-NONE",
        "HOST-META-TLS",
        "HOST-META-FAILED",
        "HOST-META-MALFORMED",
        "HOST-META-XRD-MISSING",
        "HOST-META-MISMATCH",
        "HOST-META-PLAINTEXT",
        "HOST-META-BAD-LINK",
        "HOST-META-NO-CORS",
    };
    static_assert(std::size(names) == int(Code::HostMetaNoCors) + 1);
    return QLatin1String(names[int(code)]);
}

QString Finding::title() const
{
    return texts(*this).title;
}

QString Finding::explanation() const
{
    return texts(*this).explanation;
}

QString Finding::spec() const
{
    return texts(*this).spec;
}

QString Finding::fix() const
{
    return texts(*this).fix;
}

} // namespace Inspector
