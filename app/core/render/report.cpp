// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"
#include "render/clientfacts.h"

#include "facts/eventfacts.h"
#include "facts/sessionsummary.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"

#include <QJsonDocument>

namespace Inspector::Report {

namespace {
const QString None = QStringLiteral("—");

QString str(const TextFact &t)
{
    return t.isValue() ? t.value : None;
}

/// A fact that is empty when it was not seen.
QString orNone(const QString &s)
{
    return s.isEmpty() ? None : s;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString list(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral(", "));
}

class Lines
{
public:
    void line(const QString &label, const QString &value)
    {
        // A label longer than the column keeps one space before its value.
        out += (label.size() < 22 ? label.leftJustified(22) : label + QLatin1Char(' ')) + value +
               QLatin1Char('\n');
    }
    QString out;
};

/// "(condition text)" after a failed verdict's result.
QString failure(const VerdictFact &v)
{
    return QStringLiteral(" (%1 %2)").arg(str(v.condition), v.text.text());
}

void addSession(const SessionSummary &s, Lines &l)
{
    l.line(QStringLiteral("Result:"),
           s.success ? QStringLiteral("success") : QStringLiteral("FAILED"));
    if (s.error.state != TextFact::State::Null)
        l.line(QStringLiteral("Error:"), str(s.error));
    if (s.url.isValue())
        l.line(QStringLiteral("Session:"),
               QStringLiteral("%1 %2 → %3 over %4 %5")
                   .arg(str(s.mode), str(s.fromDomain), str(s.toDomain),
                        s.overBosh() ? QStringLiteral("BOSH") : QStringLiteral("WebSocket"),
                        str(s.url)));
    else
        l.line(QStringLiteral("Session:"),
               QStringLiteral("%1 %2 → %3 via %4:%5 (TLS %6)")
                   .arg(str(s.mode), str(s.fromDomain), str(s.toDomain), str(s.host),
                        s.port ? QString::number(*s.port) : None, str(s.tlsMode)));
    l.line(QStringLiteral("Server domain:"), orNone(s.serverDomain));
    l.line(QStringLiteral("Stream id:"), orNone(s.streamId));
    l.line(QStringLiteral("Version:"), orNone(s.version));
    for (const FeatureStageFact &st : s.featureStages)
        l.line(QStringLiteral("Features (%1):").arg(st.stage), list(st.features.names()));
    l.line(QStringLiteral("STARTTLS:"),
           QStringLiteral("offered %1, required %2, upgraded %3")
               .arg(yesNo(s.starttlsOffered), yesNo(s.starttlsRequired), yesNo(s.tlsUpgraded)));
}

void addTls(const TlsFact &tls, Lines &l)
{
    l.line(QStringLiteral("TLS:"),
           QStringLiteral("%1 %2, ALPN %3, SNI %4")
               .arg(tls.protocol, tls.cipher, tls.alpn.isValue() ? tls.alpn.value : None, tls.sni));
    l.line(QStringLiteral("Certificate:"),
           tls.verified ? QStringLiteral("verified")
                        : QStringLiteral("NOT verified: ") + list(tls.verifyErrors));
    for (const CertificateFact &cert : tls.peerCertificates) {
        l.line(QStringLiteral("  subject:"), cert.subject);
        l.line(QStringLiteral("  issuer:"), cert.issuer);
        l.line(QStringLiteral("  valid:"), cert.notBefore + QStringLiteral(" – ") + cert.notAfter);
        l.line(QStringLiteral("  sha256:"), cert.sha256);
    }
}

void addAuthentication(const SessionSummary &s, Lines &l)
{
    if (s.sasl && s.sasl->result.isValue()) {
        QString v = s.sasl->result.value;
        if (s.sasl->resultIs("failure"))
            v += failure(*s.sasl);
        // A client session names the mechanism it used; a server-to-server one uses EXTERNAL.
        const QString mechanism = s.isClient() ? s.sasl->mechanism.text() : QString();
        l.line(mechanism.isEmpty()
                   ? (s.isClient() ? QStringLiteral("SASL:") : QStringLiteral("SASL EXTERNAL:"))
                   : QStringLiteral("SASL %1:").arg(mechanism),
               v);
    }
    if (s.dialback && s.dialback->result.isValue()) {
        QString v = s.dialback->result.value;
        if (s.dialback->resultIs("error"))
            v += failure(*s.dialback);
        if (s.dialback->explanation.isValue())
            v += QStringLiteral(" — ") + s.dialback->explanation.value;
        l.line(QStringLiteral("Dialback:"), v);
    }
    if (s.authenticated && s.authenticated->as.isValue())
        l.line(
            QStringLiteral("Authenticated as:"),
            QStringLiteral("%1 (%2)").arg(s.authenticated->as.value, str(s.authenticated->method)));
}

void addQueries(const SessionSummary &s, Lines &l)
{
    if (s.ping)
        l.line(
            QStringLiteral("Ping:"),
            QStringLiteral("%1, %2 ms, answered on connection %3")
                .arg(str(s.ping->result), s.ping->rttMs ? QString::number(*s.ping->rttMs) : None,
                     s.ping->replyConnection ? QString::number(*s.ping->replyConnection) : None));
    if (s.softwareVersion)
        l.line(QStringLiteral("Software:"), QStringLiteral("%1 %2 %3")
                                                .arg(str(s.softwareVersion->softwareName()),
                                                     str(s.softwareVersion->softwareRelease()),
                                                     s.softwareVersion->softwareOs().text()));
    if (s.disco)
        l.line(QStringLiteral("Disco features:"),
               s.disco->discoFeatures() ? list(*s.disco->discoFeatures()) : None);
    for (const ClientFactRow &row : ClientFacts::streamManagement(s) + ClientFacts::offers(s))
        l.line(row.label + QLatin1Char(':'), row.value);
    if (s.connections.size() > 1) {
        l.out += QStringLiteral("Connections:\n");
        for (const ConnectionFact &c : s.connections) {
            l.out += QStringLiteral("  [%1] %2 %3  %4 ↔ %5%6\n")
                         .arg(c.id)
                         .arg(c.role, c.label, orNone(c.local), orNone(c.remote),
                              c.tls ? QStringLiteral(" (TLS)") : QString());
        }
    }
    if (s.streamError) {
        l.line(QStringLiteral("Stream error:"),
               s.streamError->condition + QStringLiteral(" ") +
                   (s.streamError->text.isEmpty()
                        ? QString()
                        : QLatin1Char('"') + s.streamError->text + QLatin1Char('"')));
    }
}

void addDns(const DnsFact &dns, Lines &l)
{
    l.out += QStringLiteral("DNS (%1, DNSSEC %2):\n").arg(dns.server, dns.dnssec);
    for (const DnsCandidateFact &c : dns.candidates) {
        l.out += QStringLiteral("  %1:%2 %3 priority %4 weight %5 (%6) %7%8\n")
                     .arg(c.target)
                     .arg(c.port)
                     .arg(c.directTls ? QStringLiteral("direct TLS") : QStringLiteral("STARTTLS"))
                     .arg(c.priority)
                     .arg(c.weight)
                     .arg(c.source, c.addresses ? list(*c.addresses) : None,
                          c.tlsa.isEmpty() ? QString() : QStringLiteral(", TLSA"));
    }
}

/// A document's outcome: "HTTP 200, 260 bytes, 2 links, TLSv1.3, 12.3 ms" or its problem.
QString documentLine(const HostMetaDocumentFact &d)
{
    QStringList parts;
    if (d.status)
        parts << QStringLiteral("HTTP %1").arg(d.status);
    if (d.isRead())
        parts << QStringLiteral("%1 bytes, %2 XMPP link(s), %3 other")
                     .arg(d.bytes)
                     .arg(d.links.size())
                     .arg(d.otherLinks);
    else
        parts << QStringLiteral("%1: %2").arg(d.problem, d.error.english());
    if (!d.tlsProtocol.isEmpty())
        parts << d.tlsProtocol;
    if (!d.redirects.isEmpty())
        parts << QStringLiteral("redirected to %1").arg(d.redirects.join(QStringLiteral(" → ")));
    if (!d.address.isEmpty())
        parts << QStringLiteral("from %1 port %2").arg(d.address).arg(d.port);
    parts << QStringLiteral("%1 ms").arg(d.ms, 0, 'f', 1);
    return parts.join(QStringLiteral(", "));
}

void addHostMeta(const DnsFact &dns, Lines &l)
{
    const HostMetaFact &h = *dns.hostMeta;
    l.out += QStringLiteral("Web endpoints (host-meta, XEP-0156), from %1 port %2:\n")
                 .arg(h.host)
                 .arg(h.port);
    for (const HostMetaDocumentFact &d : h.documents) {
        l.out += QStringLiteral("  %1: %2\n").arg(d.url, documentLine(d));
        for (const HostMetaLinkFact &k : d.links) {
            l.out +=
                QStringLiteral("    %1 %2%3\n")
                    .arg(k.method, k.href,
                         k.usable() ? QString()
                                    : QStringLiteral(" (not usable: %1)").arg(k.problem.english()));
        }
    }
    l.out += QStringLiteral("Paths, in the order a client tries them:\n");
    const QVector<ClientPath> paths = dns.clientPaths();
    for (int i = 0; i < int(paths.size()); ++i) {
        const ClientPath &p = paths.at(i);
        l.out += QStringLiteral("  %1. %2 %3 (%4)\n").arg(i + 1).arg(p.kind, p.endpoint, p.source);
    }
}

/// c2s --probe-all: each path with how it went.
void addPaths(const SessionSummary &s, Lines &l)
{
    int n = 0;
    for (const VerdictFact &v : s.verdicts) {
        if (v.what != QLatin1String("path"))
            continue;
        if (n == 0)
            l.out += QStringLiteral("Paths tried, in order:\n");
        QString how = v.result.text();
        if (v.certificateProves)
            how += *v.certificateProves ? QStringLiteral(", certificate verified")
                                        : QStringLiteral(", certificate NOT verified");
        if (v.rttMs)
            how += QStringLiteral(", features after %1 ms").arg(*v.rttMs, 0, 'f', 1);
        if (!v.error.text().isEmpty())
            how += QStringLiteral(" — ") + v.error.text();
        l.out += QStringLiteral("  %1. %2 %3 (%4): %5\n")
                     .arg(++n)
                     .arg(v.method.text(), v.target.text(), v.source.text(), how);
    }
}

void addFindings(const QVector<Finding> &findings, Lines &l)
{
    if (findings.isEmpty())
        return;
    l.out += QStringLiteral("Findings:\n");
    for (const Finding &f : findings) {
        l.out += QStringLiteral("  [%1] %2: %3\n      %4\n      Fix: %5 (%6)\n")
                     .arg(f.severityName().toUpper(), f.codeName(), f.title(), f.explanation(),
                          f.fix(), f.spec());
    }
}

void addTimeline(const SessionSummary &s, Lines &l)
{
    l.out += QStringLiteral("Phases:\n");
    for (const PhaseFact &p : s.phases) {
        l.out += QStringLiteral("  %1 ms  [%2] %3\n")
                     .arg(p.atMs, 9, 'f', 1)
                     .arg(p.connection)
                     .arg(p.name);
    }
    if (!s.notes.isEmpty()) {
        l.out += QStringLiteral("Notes:\n");
        for (const NoteFact &n : s.notes)
            l.out += QStringLiteral("  - ") + n.text.text() + QLatin1Char('\n');
    }
}
} // namespace

QString dnsText(const DnsFact &dns, const QVector<Finding> &findings)
{
    // The report's layout, with only what a lookup has: no stream, TLS or authentication.
    Lines l;
    l.line(QStringLiteral("Result:"),
           dns.candidates.isEmpty() ? QStringLiteral("FAILED") : QStringLiteral("success"));
    if (!dns.error.isEmpty())
        l.line(QStringLiteral("Error:"), dns.error.english());
    l.line(QStringLiteral("Domain:"),
           QStringLiteral("%1 (%2)").arg(dns.domain, dns.service.isEmpty() ? None : dns.service));
    if (!dns.srvFailed.isEmpty())
        l.line(QStringLiteral("SRV lookup failed:"), list(dns.srvFailed));
    if (dns.isRecorded())
        addDns(dns, l);
    if (dns.hostMeta)
        addHostMeta(dns, l);
    addFindings(findings, l);
    return l.out;
}

QString summaryText(const SessionSummary &s)
{
    if (s.mode.text() == QLatin1String("dns") && s.dns)
        return dnsText(*s.dns, s.findings); // a lookup has no stream to report
    Lines l;
    addSession(s, l);
    if (s.tls && s.tls->isRecorded())
        addTls(*s.tls, l);
    addAuthentication(s, l);
    addQueries(s, l);
    addPaths(s, l);
    if (s.dns && s.dns->isRecorded()) {
        addDns(*s.dns, l);
        for (const AttemptFact &a : s.attempts) {
            l.line(QStringLiteral("Attempt:"), QStringLiteral("%1 port %2 → %3 %4")
                                                   .arg(a.address)
                                                   .arg(a.port)
                                                   .arg(a.result, a.error));
        }
    }
    addFindings(s.findings, l);
    addTimeline(s, l);
    return l.out;
}

QByteArray rawBytes(const Event &e, bool keepSecrets)
{
    return keepSecrets ? e.raw : Transcript::redacted(e).raw;
}

namespace {
/// The fact an event records, in a few words (the events without bytes).
QString factLine(const Event &e)
{
    switch (e.kind) {
    case EventKind::Phase: {
        const PhaseEventFact p = e.payload.as<PhaseEventFact>();
        return QStringLiteral("phase ") +
               (p.scope.isAbsent() ? QString() : p.scope.text() + QLatin1Char(' ')) + p.name;
    }
    case EventKind::Note:
        return QStringLiteral("note: ") + e.payload.as<NoteEventFact>().text.text();
    case EventKind::Error:
        return QStringLiteral("error: ") + e.payload.as<ErrorEventFact>().message.text();
    case EventKind::Dns: {
        const DnsFact dns = e.payload.as<DnsFact>();
        return QStringLiteral("dns: %1 candidate(s) for %2 (DNSSEC %3)")
            .arg(dns.candidates.size())
            .arg(dns.domain, dns.dnssec);
    }
    case EventKind::Connection: {
        const ConnectionInfo c = e.payload.as<ConnectionInfo>();
        return QStringLiteral("connection: %1 %2 %3 ↔ %4")
            .arg(c.role, c.label, c.localAddress, c.peerAddress);
    }
    case EventKind::Verdict: {
        const VerdictFact v = e.verdict();
        return QStringLiteral("verdict: %1 → %2").arg(v.what, v.result.text());
    }
    case EventKind::Tls: {
        const TlsFact tls = e.payload.as<TlsFact>();
        return QStringLiteral("TLS established: %1 %2").arg(tls.protocol, tls.cipher);
    }
    default:
        return Event::kindName(e.kind) + QLatin1Char(' ') +
               QString::fromUtf8(QJsonDocument(EventJson::data(e)).toJson(QJsonDocument::Compact));
    }
}
} // namespace

QString eventLine(const EventLog &log, int index, bool keepSecrets)
{
    const Event &e = log.at(index);
    const QString head = QStringLiteral("[%1 ms] #%2 %3 ")
                             .arg(double(e.monotonicNs) / 1e6, 9, 'f', 1)
                             .arg(e.connection)
                             .arg(e.direction == Direction::Inbound    ? QStringLiteral("S->C")
                                  : e.direction == Direction::Outbound ? QStringLiteral("C->S")
                                                                       : QStringLiteral("--  "));
    switch (e.kind) {
    case EventKind::StreamHeader:
    case EventKind::StreamEnd:
        // Over BOSH the stream's start and end have no bytes of their own: they are the
        // attributes of a <body/>, recorded with its HTTP request or response.
        if (e.raw.isEmpty())
            return head + (e.kind == EventKind::StreamHeader
                               ? QStringLiteral("(stream header, in the <body/> attributes)")
                               : QStringLiteral("(stream end, the <body/> of a terminate)"));
        return head + QString::fromUtf8(rawBytes(e, keepSecrets));
    case EventKind::Element:
        return head + QString::fromUtf8(rawBytes(e, keepSecrets));
    case EventKind::Http:
        return head + factLine(e) + QLatin1Char(' ') + QString::fromUtf8(e.raw);
    case EventKind::Whitespace:
        return head + QStringLiteral("(whitespace keepalive, %1 bytes)").arg(e.raw.size());
    case EventKind::DiscardedBytes:
        return head + QStringLiteral("(%1 bytes outside any XML stream)").arg(e.raw.size());
    default:
        return head + factLine(e);
    }
}

} // namespace Inspector::Report
