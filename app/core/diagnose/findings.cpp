// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings.h"

#include "facts/sessionsummary.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

#include <utility>

namespace Inspector::Findings {

namespace {
using C = Finding::Code;
using S = Finding::Severity;

void add(QVector<Finding> *out, S severity, C code, const QStringList &args = {}, int count = 0)
{
    out->append(Finding{severity, code, args, count});
}

void identityFindings(const SessionSummary &s, const TlsFact &tls, S pkix, QVector<Finding> *out)
{
    const QString domain = s.toDomain.text();
    if (!tls.identity.present || tls.identity.matched)
        return;
    if (tls.identity.onlyCommonNameMatches)
        add(out, pkix, C::TlsIdentityCnOnly, {domain});
    else
        add(out, pkix, C::TlsIdentityMismatch,
            {domain, tls.identity.presentedIdentifiers.join(QStringLiteral(", "))});
}

void tlsFindings(const SessionSummary &s, QVector<Finding> *out)
{
    if (!s.tls || !s.tls->isRecorded())
        return;
    const TlsFact &tls = *s.tls;
    // With DNSSEC-secure TLSA records, DANE authenticates the server (RFC 7673 §3): a DANE-EE
    // match makes names, dates and issuers irrelevant (RFC 7671 §5.1), a DANE-TA match stands
    // in for a trusted issuer (§5.2). PKIX problems are then warnings.
    const int daneUsage = tls.dane.usable ? tls.dane.matchedUsage : -1;
    const S pkix = daneUsage == 3 ? S::Warning : S::Error;
    const S issuer = daneUsage == 3 || daneUsage == 2 ? S::Warning : S::Error;
    identityFindings(s, tls, pkix, out);
    const QStringList &codes = tls.verifyErrorCodes;
    const CertificateFact leaf = tls.peerCertificates.value(0);
    const QStringList validity{leaf.notBefore, leaf.notAfter, tls.checkedAt};
    if (codes.contains(QStringLiteral("CertificateExpired")))
        add(out, pkix, C::TlsExpired, validity);
    if (codes.contains(QStringLiteral("CertificateNotYetValid")))
        add(out, pkix, C::TlsNotYetValid, validity);
    // A self-signed certificate is the server's own; a chain that ends in a self-signed root
    // nobody here trusts comes from an unknown certificate authority (a private CA).
    if (codes.contains(QStringLiteral("SelfSignedCertificate")))
        add(out, issuer, C::TlsSelfSigned);
    else if (codes.contains(QStringLiteral("SelfSignedCertificateInChain")))
        add(out, issuer, C::TlsUntrusted,
            {tls.verifyErrors.value(codes.indexOf(QStringLiteral("SelfSignedCertificateInChain"))),
             tls.peerCertificates.isEmpty() ? QString() : tls.peerCertificates.last().subject});
    if (codes.contains(QStringLiteral("UnableToGetLocalIssuerCertificate")) ||
        codes.contains(QStringLiteral("UnableToVerifyFirstCertificate")))
        add(out, issuer, C::TlsChainIncomplete, {}, int(tls.peerCertificates.size()));
    if (!codes.contains(QStringLiteral("SelfSignedCertificateInChain")) &&
        (codes.contains(QStringLiteral("CertificateUntrusted")) ||
         codes.contains(QStringLiteral("UnableToGetIssuerCertificate"))))
        add(out, issuer, C::TlsUntrusted, {tls.verifyErrors.value(0)});
    const QDateTime notAfter = QDateTime::fromString(leaf.notAfter, Qt::ISODate);
    const QDateTime checked = QDateTime::fromString(tls.checkedAt, Qt::ISODate);
    if (notAfter.isValid() && checked.isValid() && notAfter > checked) {
        const qint64 days = checked.daysTo(notAfter);
        for (int limit : {1, 7, 30}) {
            if (days < limit) {
                add(out, limit == 30 ? S::Warning : S::Error, C::TlsExpiresSoon, validity,
                    int(days));
                break;
            }
        }
    }
    if (tls.protocol.startsWith(QLatin1String("legacy")))
        add(out, S::Warning, C::TlsOldProtocol, {tls.protocol});
}

void candidateFindings(const DnsFact &dns, QVector<Finding> *out)
{
    if (dns.noService)
        add(out, S::Error, C::DnsNoService, {dns.domain, dns.service});
    // A failed lookup is not an absent record: the fallback is then no finding of its own.
    if (!dns.srvFailed.isEmpty())
        add(out, S::Warning, C::DnsSrvFailed,
            {dns.domain, dns.srvFailed.join(QStringLiteral("; "))});
    else if (dns.candidates.size() == 1 &&
             dns.candidates.first().source == QLatin1String("fallback"))
        add(out, S::Info, C::DnsFallback,
            {dns.domain, QString::number(dns.candidates.first().port)});
    for (const DnsCandidateFact &c : dns.candidates) {
        if (!c.addresses || c.addresses->isEmpty())
            add(out, S::Warning, C::DnsTargetNoAddress, {c.target});
        if (c.daneNotApplied == QLatin1String("address-insecure"))
            add(out, S::Warning, C::DaneAddressInsecure, {c.target});
    }
}

void attemptFindings(const SessionSummary &s, QVector<Finding> *out)
{
    for (const AttemptFact &a : s.attempts) {
        // XEP-0368: an _xmpps- record must point at a port that speaks TLS first; OpenSSL's
        // "wrong version number" means plain bytes (XML) came back to our ClientHello.
        if (a.directTls && s.error.text().contains(QLatin1String("wrong version number")))
            add(out, S::Error, C::DnsDirectTlsOnStarttlsPort, {a.target, QString::number(a.port)});
        if (a.result == QLatin1String("failed"))
            add(out, S::Warning, C::DnsCandidateUnreachable,
                {a.address, QString::number(a.port), a.target, a.error});
    }
}

void dnssecFindings(const DnsFact &dns, QVector<Finding> *out)
{
    QStringList bogus;
    for (const BogusAnswerFact &b : dns.bogus)
        bogus << QStringLiteral("%1 %2: %3").arg(b.name, b.type, b.whyBogus);
    if (!bogus.isEmpty())
        add(out, S::Error, C::DnssecBogus, {dns.domain, bogus.join(QStringLiteral("; "))});
    if (dns.validation == QLatin1String("stripped"))
        add(out, S::Warning, C::DnssecStripped, {dns.server, dns.strippedReason.english()});
}

void daneFindings(const SessionSummary &s, QVector<Finding> *out)
{
    if (!s.tls)
        return;
    const DaneFact &dane = s.tls->dane;
    // RFC 7671 §4.1: a record set with no usable record is as if there were none.
    if (dane.present && dane.matched && !*dane.matched && dane.usableRecords != 0)
        add(out, dane.usable ? S::Error : S::Warning, C::DaneMismatch, {dane.dnssec});
}

/// Each link of the documents read once (the XRD's first), usable or not.
QVector<HostMetaLinkFact> allLinks(const HostMetaFact &h)
{
    QVector<HostMetaLinkFact> out;
    for (const HostMetaDocumentFact &d : h.documents) {
        for (const HostMetaLinkFact &l : d.links) {
            if (d.isRead() && std::none_of(out.cbegin(), out.cend(),
                                           [&l](const auto &o) { return o.sameEndpoint(l); }))
                out.append(l);
        }
    }
    return out;
}

QString endpointList(const HostMetaDocumentFact &d)
{
    QStringList hrefs;
    for (const HostMetaLinkFact &l : d.links)
        hrefs << QStringLiteral("%1 (%2)").arg(l.href, l.method);
    hrefs.sort();
    hrefs.removeDuplicates();
    return hrefs.isEmpty() ? QStringLiteral("—") : hrefs.join(QStringLiteral(", "));
}

void hostMetaFindings(const HostMetaFact &h, QVector<Finding> *out)
{
    const HostMetaDocumentFact *xrd = h.document(QStringLiteral("xrd"));
    const HostMetaDocumentFact *json = h.document(QStringLiteral("json"));
    if (!xrd || !json)
        return;
    const auto is = [](const HostMetaDocumentFact *d, const char *problem) {
        return d->problem == QLatin1String(problem);
    };
    if (is(xrd, "missing") && is(json, "missing"))
        add(out, S::Info, C::HostMetaNone, {h.domain, xrd->error.english()});
    if (is(xrd, "missing") && json->isRead())
        add(out, S::Warning, C::HostMetaXrdMissing, {h.domain});
    for (const HostMetaDocumentFact *d : {xrd, json}) {
        if (is(d, "tls")) {
            add(out, S::Error, C::HostMetaTls, {d->url, d->error.english()});
            break; // one server, one certificate
        }
    }
    for (const HostMetaDocumentFact *d : {xrd, json}) {
        if (is(d, "failed"))
            add(out, S::Warning, C::HostMetaFailed, {d->url, d->error.english()});
        else if (is(d, "malformed"))
            add(out, S::Warning, C::HostMetaMalformed, {d->url, d->error.english()});
    }
    if (xrd->isRead() && json->isRead() && endpointList(*xrd) != endpointList(*json))
        add(out, S::Warning, C::HostMetaMismatch, {endpointList(*xrd), endpointList(*json)});
    for (const HostMetaLinkFact &l : allLinks(h)) {
        const QString scheme = QUrl(l.href).scheme().toLower();
        // XEP-0156 §2.2: only wss: and https: endpoints, which the announcement breaks.
        if (scheme == QLatin1String("ws") || scheme == QLatin1String("http"))
            add(out, S::Error, C::HostMetaPlaintext, {l.href});
        else if (!l.usable())
            add(out, S::Warning, C::HostMetaBadLink, {l.href, l.problem.english()});
    }
    for (const HostMetaDocumentFact *d : {xrd, json}) {
        if (d->isRead() && !d->allowOrigin) {
            add(out, S::Info, C::HostMetaNoCors, {d->url});
            break;
        }
    }
}

void dnsFindings(const SessionSummary &s, QVector<Finding> *out)
{
    if (!s.dns || !s.dns->isRecorded())
        return;
    candidateFindings(*s.dns, out);
    attemptFindings(s, out);
    dnssecFindings(*s.dns, out);
    if (s.dns->hostMeta)
        hostMetaFindings(*s.dns->hostMeta, out);
    daneFindings(s, out);
}

void dialbackFindings(const SessionSummary &s, QVector<Finding> *out)
{
    const QString dialback = s.dialback ? s.dialback->result.text() : QString();
    if (dialback == QLatin1String("invalid"))
        add(out, S::Error, C::DialbackInvalid, {s.fromDomain.text()});
    if (!s.dialbackUnsolicited.isEmpty()) {
        const VerdictFact &first = s.dialbackUnsolicited.first();
        add(out, S::Error, C::DialbackUnsolicited, {first.expected.text(), first.received.text()},
            int(s.dialbackUnsolicited.size()));
    }
    if (dialback == QLatin1String("pending"))
        add(out, S::Error, C::DialbackPending, {s.dialback->explanation.text()});
    if (dialback == QLatin1String("error"))
        add(out, S::Error, C::DialbackError,
            {s.dialback->condition.text(), s.dialback->text.text(),
             s.dialback->explanation.text()});
}
void bidiFindings(const SessionSummary &s, QVector<Finding> *out)
{
    const VerdictFact *unauthorised = nullptr, *without = nullptr;
    int unauthorisedPairs = 0, withoutPairs = 0;
    for (const VerdictFact &v : s.verdicts) {
        const QString result = v.result.text();
        if (v.what == QLatin1String("bidi") && result == QLatin1String("not-offered"))
            add(out, S::Info, C::BidiNotOffered,
                {s.toDomain.text(),
                 v.offeredBeforeTls.value_or(false) ? QStringLiteral("before-tls") : QString()});
        if (v.what == QLatin1String("bidi-reverse") && result == QLatin1String("unproven"))
            add(out, S::Warning, C::BidiUnproven, {v.from.text()});
        if (v.what != QLatin1String("bidi-stanza"))
            continue;
        // One verdict per refused domain pair.
        const bool bidi = result == QLatin1String("unauthorised");
        (bidi ? unauthorisedPairs : withoutPairs) += 1;
        const VerdictFact *&first = bidi ? unauthorised : without;
        if (!first)
            first = &v;
    }
    if (unauthorised)
        add(out, S::Error, C::BidiStanzaUnauthorised,
            {unauthorised->from.text(), unauthorised->to.text()}, unauthorisedPairs);
    if (without)
        add(out, S::Warning, C::StanzaWithoutBidi, {without->from.text()}, withoutPairs);
}
/// XEP-0198: what enabling, acknowledging and resuming showed.
void smFindings(const SessionSummary &s, QVector<Finding> *out)
{
    if (const VerdictFact *e = s.lastVerdict(u"sm-enable")) {
        if (e->resultIs("failed"))
            add(out, S::Warning, C::SmEnableFailed, {e->condition.text()});
        else if (e->resultIs("no-answer"))
            add(out, S::Warning, C::SmEnableFailed, {QStringLiteral("no-answer")});
        else if (s.isClient() && !e->resume.value_or(false))
            add(out, S::Info, C::SmNotResumable); // servers are not asked to resume
    }
    bool tooHigh = false, behind = false, noAck = false;
    for (const VerdictFact &v : s.verdicts) {
        if (v.what != QLatin1String("sm-ack"))
            continue;
        const QStringList counts{QString::number(v.handled.value_or(0)),
                                 QString::number(v.sentCount.value_or(0))};
        if (v.resultIs("too-high") && !std::exchange(tooHigh, true))
            add(out, S::Error, C::SmHandledCountTooHigh, counts);
        if (v.resultIs("behind") && !std::exchange(behind, true))
            add(out, S::Warning, C::SmAckBehind, counts);
        if (v.resultIs("no-answer") && !std::exchange(noAck, true))
            add(out, S::Warning, C::SmNoAck);
    }
    if (const VerdictFact *r = s.lastVerdict(u"sm-resume"); r && r->resultIs("failed"))
        add(out, S::Error, C::SmResumeFailed, {r->condition.text()});
    if (const VerdictFact *t = s.lastVerdict(u"sm-resume-test"); t && t->resultIs("broken"))
        add(out, S::Error, C::SmResumeLost, {t->testMessage.text()});
}
/// What a stream offers that an admin may not want: open registration (XEP-0077), stream
/// compression (XEP-0138).
void offerFindings(const SessionSummary &s, QVector<Finding> *out)
{
    if (const VerdictFact *r = s.lastVerdict(u"registration"); r && r->resultIs("open")) {
        const bool captcha = r->captcha.value_or(false);
        add(out, captcha ? S::Info : S::Warning, C::RegistrationOpen,
            {r->fields.value_or(QStringList()).join(QStringLiteral(", ")),
             captcha ? QStringLiteral("captcha") : QString()});
    }
    if (const VerdictFact *c = s.lastVerdict(u"caps"); c && c->resultIs("mismatch"))
        add(out, S::Warning, C::CapsHashMismatch,
            {c->expected.text(), c->received.text(), c->method.text()});
    for (const FeatureStageFact &stage : s.featureStages) {
        if (stage.features.compression) {
            add(out, S::Warning, C::CompressionOffered,
                {stage.features.compressionMethods.join(QStringLiteral(", "))});
            break;
        }
    }
}
} // namespace

QVector<Finding> fromSummary(const SessionSummary &s)
{
    QVector<Finding> out;
    dnsFindings(s, &out);
    tlsFindings(s, &out);
    if (s.clientCertificate && !s.clientCertificate->clientAuth)
        add(&out, S::Warning, C::ClientCertNoClientAuth, {s.clientCertificate->warning});
    if (!s.featureStages.isEmpty() && !s.directTls && !s.starttlsOffered && !s.tls)
        add(&out, S::Warning, C::StarttlsNotOffered);
    dialbackFindings(s, &out);
    bidiFindings(s, &out);
    smFindings(s, &out);
    offerFindings(s, &out);
    if (s.streamError) {
        QStringList args{s.streamError->condition, s.toDomain.text()};
        if (!s.streamError->text.isEmpty())
            args << s.streamError->text; // what the peer said (RFC 6120 §4.9.2)
        add(&out, S::Error, C::StreamError, args);
    }
    return out;
}

QVector<Finding> fromDns(const DnsFact &dns)
{
    SessionSummary s;
    s.dns = dns;
    return fromSummary(s);
}

} // namespace Inspector::Findings
