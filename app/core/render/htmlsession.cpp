// SPDX-License-Identifier: GPL-3.0-or-later
// The report's session and checks sections: the stream the peer opened, its features and
// connections; authentication, stream errors and the answers to the queries.
#include "facts/sessionsummary.h"
#include "protocol/discofeatures.h"
#include "render/clientfacts.h"
#include "render/htmlblocks.h"
#include "render/htmlreportparts.h"

#include <QCoreApplication>

namespace Inspector::HtmlReport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

using Cell = HtmlPage::Cell;
using Row = HtmlPage::Row;
using Tone = HtmlPage::Tone;

QString yesNo(bool b)
{
    return b ? Tr::tr("yes") : Tr::tr("no");
}

QString timings(const TimingsFact &t)
{
    QStringList parts;
    const std::pair<QString, std::optional<double>> steps[] = {
        {Tr::tr("TCP connect"), t.tcpConnectMs},
        {Tr::tr("first features"), t.firstFeaturesMs},
        {Tr::tr("STARTTLS"), t.starttlsMs},
        {Tr::tr("TLS handshake"), t.tlsHandshakeMs},
    };
    for (const auto &[label, ms] : steps) {
        if (ms)
            parts << QStringLiteral("%1 %2").arg(label, milliseconds(*ms));
    }
    return parts.join(QStringLiteral(", "));
}

QVector<std::pair<QString, Cell>> sessionFacts(const SessionSummary &s)
{
    QVector<std::pair<QString, Cell>> rows{
        {Tr::tr("Kind"), kindLabel(s.mode.text())},
        {Tr::tr("From"), Cell::monospace(s.fromDomain.text())},
        {Tr::tr("To"), Cell::monospace(s.toDomain.text())},
    };
    if (s.url.isValue())
        rows.append({s.overBosh() ? Tr::tr("BOSH endpoint") : Tr::tr("WebSocket endpoint"),
                     Cell::monospace(s.url.text())});
    else if (s.host.isValue() && !s.host.value.isEmpty())
        rows.append({Tr::tr("Connected to"),
                     Cell::monospace(s.port ? QStringLiteral("%1:%2").arg(s.host.value).arg(*s.port)
                                            : s.host.value)});
    rows.append({Tr::tr("TLS mode"), s.tlsMode.text()});
    rows.append(
        {Tr::tr("The peer's stream"),
         s.serverDomain.isEmpty() && s.streamId.isEmpty()
             ? Cell()
             : Cell(Tr::tr("from %1, id %2, version %3")
                        .arg(s.serverDomain,
                             s.streamId.isEmpty() ? QStringLiteral("—") : s.streamId, s.version))});
    rows.append({Tr::tr("STARTTLS"), Tr::tr("offered: %1, required: %2, TLS on: %3")
                                         .arg(yesNo(s.starttlsOffered), yesNo(s.starttlsRequired),
                                              yesNo(s.tlsUpgraded || s.directTls))});
    if (!s.isClient())
        rows.append({Tr::tr("Dialback offered"), yesNo(s.dialbackOffered)});
    if (const QString t = timings(s.timings); !t.isEmpty())
        rows.append({Tr::tr("Timings"), t});
    return rows;
}
} // namespace

void writeSession(HtmlPage &page, const SessionSummary &s)
{
    page.beginSection(QStringLiteral("session"), Tr::tr("Session"));
    page.facts(sessionFacts(s));
    if (!s.featureStages.isEmpty()) {
        QVector<Row> rows;
        for (const FeatureStageFact &st : s.featureStages)
            rows.append({st.stage, Cell::monospace(st.streamId),
                         Cell::monospace(st.features.names().join(QStringLiteral(", ")))});
        page.element("h3", Tr::tr("Stream features offered (RFC 6120 §4.3.2)"));
        page.table({Tr::tr("Stage"), Tr::tr("Stream id"), Tr::tr("Features")}, rows);
    }
    if (!s.connections.isEmpty()) {
        QVector<Row> rows;
        for (const ConnectionFact &c : s.connections)
            rows.append({QString::number(c.id), roleLabel(c.role), c.label,
                         Cell::monospace(c.local), Cell::monospace(c.remote), yesNo(c.tls)});
        page.element("h3", Tr::tr("Connections"));
        page.table({QStringLiteral("#"), Tr::tr("Role"), Tr::tr("Between"), Tr::tr("Local"),
                    Tr::tr("Remote"), Tr::tr("TLS")},
                   rows);
    }
    page.close();
}

namespace {
/// The condition, text and explanation of a verdict, as far as it has them.
QString verdictDetails(const VerdictFact &v)
{
    QStringList parts;
    if (v.condition.isValue())
        parts << v.condition.value;
    if (!v.text.text().isEmpty())
        parts << (v.textPhrase.isEmpty() ? v.text.text() : v.textPhrase.display());
    if (v.explanation.isValue())
        parts << (v.explanationPhrase.isEmpty() ? v.explanation.value
                                                : v.explanationPhrase.display());
    if (v.error.isValue() && !v.error.value.isEmpty())
        parts << (v.errorPhrase.isEmpty() ? v.error.value : v.errorPhrase.display());
    if (v.serverSignatureVerified.isValue())
        parts << (v.serverSignatureVerified.value
                      ? Tr::tr("the server proved that it knows the password (SCRAM signature)")
                      : Tr::tr("the server's SCRAM signature did not verify"));
    return parts.join(QStringLiteral(" — "));
}

/// A verdict's result as a person reads it: most are the protocol's own words ("valid").
QString resultLabel(const QString &result)
{
    if (result == QLatin1String("result"))
        return Tr::tr("answered");
    if (result == QLatin1String("timeout"))
        return Tr::tr("no answer in time");
    return result;
}

Row verdictRow(const QString &check, const VerdictFact &v, const QString &details = {})
{
    QStringList parts{details, verdictDetails(v)};
    parts.removeAll(QString());
    return {check,
            Cell::badged(resultLabel(v.result.text()), HtmlBlocks::resultTone(v.result.text())),
            parts.join(QStringLiteral(" — "))};
}

void authenticationRows(const SessionSummary &s, QVector<Row> &rows)
{
    if (s.dialback && s.dialback->result.isValue())
        rows << verdictRow(Tr::tr("Server Dialback (XEP-0220)"), *s.dialback);
    if (s.sasl && s.sasl->result.isValue()) {
        // A server-to-server session authenticates with EXTERNAL (XEP-0178).
        const QString mechanism = s.sasl->mechanism.isValue() ? s.sasl->mechanism.value
                                  : s.isClient()              ? QString()
                                                              : QStringLiteral("EXTERNAL");
        rows << verdictRow(mechanism.isEmpty() ? Tr::tr("SASL (RFC 6120 §6)")
                                               : Tr::tr("SASL %1 (RFC 6120 §6)").arg(mechanism),
                           *s.sasl);
    }
    if (s.authenticated && s.authenticated->as.isValue())
        rows << Row{Tr::tr("Authenticated as"), Cell::badged(s.authenticated->as.value, Tone::Good),
                    s.authenticated->method.text()};
    if (s.streamError)
        rows << Row{Tr::tr("Stream error (RFC 6120 §4.9)"),
                    Cell::badged(s.streamError->condition, Tone::Bad), s.streamError->text};
    if (s.bound)
        rows << verdictRow(Tr::tr("Resource binding (RFC 6120 §7)"), *s.bound, s.bound->jid.text());
}

void queryRows(const SessionSummary &s, QVector<Row> &rows)
{
    if (s.ping) {
        QString details;
        if (s.ping->rttMs)
            details = Tr::tr("round trip %1").arg(milliseconds(*s.ping->rttMs));
        if (s.ping->replyConnection)
            details += Tr::tr(", answered on connection %1").arg(*s.ping->replyConnection);
        rows << verdictRow(Tr::tr("Ping (XEP-0199)"), *s.ping, details);
    }
    if (s.softwareVersion) {
        const QStringList software{s.softwareVersion->softwareName().text(),
                                   s.softwareVersion->softwareRelease().text(),
                                   s.softwareVersion->softwareOs().text()};
        rows << verdictRow(Tr::tr("Software version (XEP-0092)"), *s.softwareVersion,
                           software.join(QLatin1Char(' ')).simplified());
    }
    if (s.disco) {
        // Each feature with the specification that defines it, where this tool knows it.
        QStringList features;
        for (const QString &f : s.disco->discoFeatures().value_or(QStringList())) {
            const QString spec = DiscoFeatures::specification(f);
            features << (spec.isEmpty() ? f : QStringLiteral("%1 (%2)").arg(f, spec));
        }
        rows << verdictRow(Tr::tr("Service discovery (XEP-0030)"), *s.disco,
                           features.join(QStringLiteral(", ")));
    }
    if (s.roster)
        rows << verdictRow(Tr::tr("Roster (RFC 6121 §2)"), *s.roster,
                           Tr::tr("contacts: %1").arg(s.roster->rosterContacts()));
    if (s.message)
        rows << verdictRow(Tr::tr("Message sent"), *s.message,
                           Tr::tr("to %1").arg(s.message->to.text()));
    if (s.deliveryError)
        rows << verdictRow(Tr::tr("Delivery error (RFC 6120 §8.3)"), *s.deliveryError);
    for (const ClientFactRow &row : ClientFacts::streamManagement(s) + ClientFacts::offers(s)) {
        const Tone tone = row.tone == ClientFactRow::Tone::Good  ? Tone::Good
                          : row.tone == ClientFactRow::Tone::Bad ? Tone::Bad
                                                                 : Tone::Neutral;
        rows << Row{row.label, Cell::badged(row.value, tone), QString()};
    }
}
} // namespace

void writeChecks(HtmlPage &page, const SessionSummary &s)
{
    page.beginSection(QStringLiteral("checks"), Tr::tr("Checks"));
    QVector<Row> rows;
    authenticationRows(s, rows);
    queryRows(s, rows);
    if (rows.isEmpty())
        page.paragraph(Tr::tr("No authentication or query was recorded on the main connection."));
    else
        page.table({Tr::tr("Check"), Tr::tr("Result"), Tr::tr("Details")}, rows,
                   QStringLiteral("checks"));
    page.close();
}

} // namespace Inspector::HtmlReport
