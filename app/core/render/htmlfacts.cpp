// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS and DNS blocks of the HTML reports: the facts as lists, the certificate chain and
// the DNS candidates as tables.
#include "facts/dnsfact.h"
#include "facts/tlsfact.h"
#include "render/htmlblocks.h"

#include <QCoreApplication>

namespace Inspector::HtmlBlocks {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

using Cell = HtmlPage::Cell;
using Row = HtmlPage::Row;
using Tone = HtmlPage::Tone;
using Facts = QVector<std::pair<QString, Cell>>;

QString yesNo(bool b)
{
    return b ? Tr::tr("yes") : Tr::tr("no");
}

Cell identityCell(const IdentityFact &id)
{
    if (!id.present)
        return Tr::tr("not checked");
    if (id.matched)
        return Cell::badged(
            Tr::tr("matches by %1: %2").arg(id.by, id.matchedIdentifier.value_or(QString())),
            Tone::Good);
    return Cell::badged(id.onlyCommonNameMatches ? Tr::tr("only the CN matches")
                                                 : Tr::tr("no identifier matches"),
                        Tone::Bad);
}

Cell verificationCell(const TlsFact &tls)
{
    return tls.verified
               ? Cell::badged(Tr::tr("verified"), Tone::Good)
               : Cell::badged(
                     Tr::tr("not verified: %1").arg(tls.verifyErrors.join(QStringLiteral("; "))),
                     Tone::Bad);
}

Facts tlsFacts(const TlsFact &tls)
{
    Facts rows{
        {Tr::tr("Protocol"), tls.protocol},
        {Tr::tr("Cipher"), Cell::monospace(tls.cipher)},
        {Tr::tr("ALPN"), tls.alpn.isValue() ? tls.alpn.value : Tr::tr("none")},
        {Tr::tr("SNI"), tls.sni},
        {Tr::tr("Certificate verification"), verificationCell(tls)},
        {Tr::tr("Identity (RFC 9525)"), identityCell(tls.identity)},
    };
    if (!tls.identity.presentedIdentifiers.isEmpty())
        rows.append(
            {Tr::tr("Identifiers presented"),
             Cell::monospace(tls.identity.presentedIdentifiers.join(QStringLiteral(", ")))});
    if (tls.sessionResumed)
        rows.append({Tr::tr("Session resumed"), yesNo(*tls.sessionResumed)});
    if (!tls.checkedAt.isEmpty())
        rows.append({Tr::tr("Checked at"), tls.checkedAt});
    return rows;
}

QString keyText(const CertificateFact &c)
{
    QString key = c.keyAlgorithm;
    if (c.keyBits > 0)
        key += (key.isEmpty() ? QString() : QStringLiteral(" ")) + Tr::tr("%1 bits").arg(c.keyBits);
    if (c.signatureAlgorithm)
        key += (key.isEmpty() ? QString() : QStringLiteral(", ")) +
               Tr::tr("signed with %1").arg(*c.signatureAlgorithm);
    return key;
}

void writeChain(HtmlPage &page, const TlsFact &tls)
{
    QVector<Row> rows;
    for (int i = 0; i < tls.peerCertificates.size(); ++i) {
        const CertificateFact &c = tls.peerCertificates.at(i);
        Cell verification =
            i == 0 ? verificationCell(tls) : Cell(Tr::tr("part of the chain checked above"));
        if (c.selfSigned)
            verification = Cell::badged(i == 0 && !tls.verified ? Tr::tr("self-signed")
                                                                : Tr::tr("self-signed (a root)"),
                                        i == 0 && !tls.verified ? Tone::Bad : Tone::Info);
        rows.append({QString::number(i + 1), Cell::monospace(c.subject), Cell::monospace(c.issuer),
                     Tr::tr("%1 to %2").arg(c.notBefore, c.notAfter), keyText(c),
                     Cell::monospace(c.sha256), verification});
    }
    page.element("h3", Tr::tr("Certificate chain, as the peer sent it"));
    page.table({QStringLiteral("#"), Tr::tr("Subject"), Tr::tr("Issuer"), Tr::tr("Validity"),
                Tr::tr("Key"), Tr::tr("SHA-256 fingerprint"), Tr::tr("Verification")},
               rows, QStringLiteral("chain"));
}

void writeDane(HtmlPage &page, const DaneFact &dane)
{
    page.element("h3", Tr::tr("DANE (RFC 7673)"));
    page.paragraph(
        dane.mismatch  ? Tr::tr("DANE applies and no TLSA record matches the chain.")
        : !dane.usable ? Tr::tr("DANE does not decide here (DNSSEC: %1).")
                             .arg(dane.dnssec.isEmpty() ? Tr::tr("unknown") : dane.dnssec)
        : dane.matched.value_or(false) ? Tr::tr("DANE applies and a TLSA record matches the chain.")
                                       : Tr::tr("DANE applies; no record was matched."));
    QVector<Row> rows;
    for (const DaneRecordResult &r : dane.records)
        rows.append({r.record.usageName(), QString::number(r.record.selector),
                     QString::number(r.record.matchingType), Cell::monospace(r.record.data),
                     yesNo(r.usable),
                     Cell::badged(yesNo(r.matched), r.matched ? Tone::Good : Tone::Neutral)});
    if (!rows.isEmpty())
        page.table({Tr::tr("Usage"), Tr::tr("Selector"), Tr::tr("Matching type"), Tr::tr("Data"),
                    Tr::tr("Usable"), Tr::tr("Matched")},
                   rows);
}
} // namespace

void tls(HtmlPage &page, const TlsFact &tls)
{
    page.facts(tlsFacts(tls));
    if (!tls.peerCertificates.isEmpty())
        writeChain(page, tls);
    if (tls.dane.present)
        writeDane(page, tls.dane);
}

namespace {
/// The DNSSEC status of each answer about a candidate, or one status when all agree.
QString dnssecText(const DnsCandidateFact &c)
{
    QStringList parts;
    QStringList statuses;
    const std::pair<const char *, QString> answers[] = {
        {"SRV", c.dnssecSrv}, {"A", c.dnssecA}, {"AAAA", c.dnssecAAAA}, {"TLSA", c.dnssecTlsa}};
    for (const auto &[type, status] : answers) {
        if (status.isEmpty())
            continue;
        parts << QStringLiteral("%1 %2").arg(QLatin1String(type), status);
        statuses << status;
    }
    statuses.removeDuplicates();
    return statuses.size() == 1 ? statuses.first() : parts.join(QStringLiteral(", "));
}

Row candidateRow(int index, const DnsCandidateFact &c)
{
    QString tlsa = c.tlsa.isEmpty() ? QString() : QString::number(c.tlsa.size());
    if (c.daneUsable)
        tlsa += Tr::tr(", DANE applies");
    const Cell target =
        c.rejected.isEmpty()
            ? Cell::monospace(c.target)
            : Cell::badged(Tr::tr("%1 (not used: %2)").arg(c.target, c.rejected), Tone::Bad);
    return {QString::number(index + 1),
            target,
            QString::number(c.port),
            c.directTls ? Tr::tr("direct TLS") : Tr::tr("STARTTLS"),
            QStringLiteral("%1 / %2").arg(c.priority).arg(c.weight),
            c.source,
            Cell::monospace(c.addresses ? c.addresses->join(QStringLiteral(", "))
                                        : Tr::tr("not looked up")),
            dnssecText(c),
            tlsa};
}

Facts dnsFacts(const DnsFact &dns)
{
    Facts rows{{Tr::tr("Domain"), dns.aLabel.isEmpty()
                                      ? dns.domain
                                      : QStringLiteral("%1 (%2)").arg(dns.domain, dns.aLabel)},
               {Tr::tr("Service"), dns.service},
               {Tr::tr("DNS server"), dns.server},
               {Tr::tr("DNSSEC"),
                Cell::badged(dns.dnssec, dns.dnssec == QLatin1String("secure")  ? Tone::Good
                                         : dns.dnssec == QLatin1String("bogus") ? Tone::Bad
                                                                                : Tone::Neutral)}};
    if (!dns.validation.isEmpty())
        rows.append({Tr::tr("Validation"), dns.validation});
    if (!dns.strippedReason.isEmpty())
        rows.append({Tr::tr("DNSSEC not validated because"), dns.strippedReason.display()});
    if (!dns.srvFailed.isEmpty())
        rows.append({Tr::tr("SRV lookups that failed"), dns.srvFailed.join(QStringLiteral(", "))});
    if (!dns.error.isEmpty())
        rows.append({Tr::tr("Error"), Cell::badged(dns.error.display(), Tone::Bad)});
    return rows;
}

Row documentRow(const HostMetaDocumentFact &d)
{
    QStringList links;
    for (const HostMetaLinkFact &l : d.links) {
        links << (l.usable() ? l.href
                             : Tr::tr("%1 (not usable: %2)").arg(l.href, l.problem.display()));
    }
    const Cell result =
        d.isRead()
            ? Cell::badged(Tr::tr("read"), Tone::Good)
            : Cell::badged(d.error.display(),
                           d.problem == QLatin1String("missing") ? Tone::Neutral : Tone::Bad);
    return {Cell::monospace(d.url),
            result,
            d.status ? QString::number(d.status) : QString(),
            d.tlsProtocol,
            Cell::monospace(links.join(QStringLiteral(", "))),
            Tr::tr("%1 ms").arg(d.ms, 0, 'f', 1)};
}

QString pathKind(const QString &kind)
{
    if (kind == QLatin1String("starttls"))
        return Tr::tr("TCP, STARTTLS");
    if (kind == QLatin1String("directtls"))
        return Tr::tr("direct TLS");
    if (kind == QLatin1String("websocket"))
        return Tr::tr("WebSocket");
    return kind == QLatin1String("bosh") ? Tr::tr("BOSH") : kind;
}

void writeHostMeta(HtmlPage &page, const DnsFact &dns)
{
    const HostMetaFact &h = *dns.hostMeta;
    page.element(
        "h3",
        Tr::tr("Web endpoints (XEP-0156 host-meta), from %1 port %2").arg(h.host).arg(h.port));
    QVector<Row> rows;
    for (const HostMetaDocumentFact &d : h.documents)
        rows.append(documentRow(d));
    page.table({Tr::tr("Document"), Tr::tr("Result"), Tr::tr("HTTP"), Tr::tr("TLS"),
                Tr::tr("XMPP links"), Tr::tr("Time")},
               rows, QStringLiteral("hostmeta"));
    page.element("h3", Tr::tr("Paths, in the order a client tries them"));
    QVector<Row> paths;
    const QVector<ClientPath> list = dns.clientPaths();
    for (int i = 0; i < int(list.size()); ++i) {
        const ClientPath &p = list.at(i);
        paths.append({QString::number(i + 1), pathKind(p.kind),
                      p.secure
                          ? Cell::monospace(p.endpoint)
                          : Cell::badged(Tr::tr("%1 (not encrypted)").arg(p.endpoint), Tone::Bad),
                      p.source});
    }
    page.table({QStringLiteral("#"), Tr::tr("Kind"), Tr::tr("Endpoint"), Tr::tr("Source")}, paths,
               QStringLiteral("paths"));
}

void writeAttempts(HtmlPage &page, const QVector<AttemptFact> &attempts)
{
    QVector<Row> rows;
    for (const AttemptFact &a : attempts)
        rows.append({Cell::monospace(a.target), Cell::monospace(a.address), QString::number(a.port),
                     Cell::badged(a.result, resultTone(a.result)), a.error});
    page.element("h3", Tr::tr("Connection attempts"));
    page.table(
        {Tr::tr("Target"), Tr::tr("Address"), Tr::tr("Port"), Tr::tr("Result"), Tr::tr("Error")},
        rows);
}
} // namespace

void dns(HtmlPage &page, const DnsFact &dns, const QVector<AttemptFact> &attempts)
{
    page.facts(dnsFacts(dns));
    QVector<Row> rows;
    for (int i = 0; i < dns.candidates.size(); ++i)
        rows.append(candidateRow(i, dns.candidates.at(i)));
    page.element("h3", Tr::tr("Candidates, in the order they are tried (RFC 6120 §3.2)"));
    if (rows.isEmpty())
        page.paragraph(Tr::tr("No candidate."));
    else
        page.table({QStringLiteral("#"), Tr::tr("Target"), Tr::tr("Port"), Tr::tr("TLS"),
                    Tr::tr("Priority / weight"), Tr::tr("Source"), Tr::tr("Addresses"),
                    Tr::tr("DNSSEC"), Tr::tr("TLSA")},
                   rows, QStringLiteral("candidates"));
    if (dns.hostMeta)
        writeHostMeta(page, dns);
    if (!attempts.isEmpty())
        writeAttempts(page, attempts);
}

} // namespace Inspector::HtmlBlocks
