// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreport.h"

#include "facts/sessionsummary.h"
#include "render/htmlblocks.h"
#include "render/htmlreportparts.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/summary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Inspector::HtmlReport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

using Tone = HtmlPage::Tone;

QString duration(const EventLog &log)
{
    const double ms = log.size() ? double(log.at(log.size() - 1).monotonicNs) / 1e6 : 0;
    return ms < 1000 ? milliseconds(ms) : Tr::tr("%1 s").arg(ms / 1000, 0, 'f', 2);
}

/// A DNS lookup's transcript: no stream, TLS or authentication to report.
bool isLookup(const SessionSummary &s)
{
    return s.mode.text() == QLatin1String("dns") && s.dns;
}

/// "a → b · server-to-server session · via host:port · 2024-05-01 12:00:00 UTC · 1.20 s"
QString sessionLine(const EventLog &log, const SessionSummary &s)
{
    QStringList parts;
    if (isLookup(s))
        parts << s.dns->domain;
    else if (s.fromDomain.isValue() || s.toDomain.isValue())
        parts << QStringLiteral("%1 → %2").arg(s.fromDomain.text(), s.toDomain.text());
    if (s.mode.isValue())
        parts << kindLabel(s.mode.value);
    if (s.url.isValue())
        parts << (s.overBosh() ? Tr::tr("over BOSH %1") : Tr::tr("over WebSocket %1"))
                     .arg(s.url.text());
    else if (s.host.isValue() && !s.host.value.isEmpty())
        parts << Tr::tr("via %1").arg(
            s.port ? QStringLiteral("%1:%2").arg(s.host.value).arg(*s.port) : s.host.value);
    const qint64 start = log.startWallMs() ? log.startWallMs() : log.size() ? log.at(0).wallMs : 0;
    if (start > 0)
        parts << QDateTime::fromMSecsSinceEpoch(start, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    parts << duration(log);
    return parts.join(QStringLiteral(" · "));
}

QVector<std::pair<QString, QString>> navigationLinks(const SessionSummary &s)
{
    if (isLookup(s))
        return {{Tr::tr("Findings"), QStringLiteral("#findings")},
                {Tr::tr("DNS"), QStringLiteral("#dns")}};
    return {
        {Tr::tr("Findings"), QStringLiteral("#findings")},
        {Tr::tr("Session"), QStringLiteral("#session")},
        {Tr::tr("Checks"), QStringLiteral("#checks")},
        {Tr::tr("TLS"), QStringLiteral("#tls")},
        {Tr::tr("DNS"), QStringLiteral("#dns")},
        {Tr::tr("Sequence diagram"), QStringLiteral("#diagram")},
        {Tr::tr("XML transcript"), QStringLiteral("#transcript")},
        {Tr::tr("Phases and notes"), QStringLiteral("#phases")},
        {Tr::tr("What the elements mean"), QStringLiteral("#teaching")},
    };
}

void writeOutcome(HtmlPage &page, const EventLog &log, const SessionSummary &s)
{
    const bool problems = HtmlBlocks::hasProblems(s.findings);
    const auto [verdict, tone] = !s.finished  ? std::pair(Tr::tr("Did not finish"), Tone::Warning)
                                 : !s.success ? std::pair(Tr::tr("Failed"), Tone::Bad)
                                 : problems
                                     ? std::pair(Tr::tr("Succeeded, with problems"), Tone::Warning)
                                     : std::pair(Tr::tr("Succeeded"), Tone::Good);
    QStringList lines{sessionLine(log, s)};
    if (s.error.isValue()) {
        const QString error = s.errorPhrase.isEmpty() ? s.error.value : s.errorPhrase.display();
        lines << (s.failedPhase.isValue() ? Tr::tr("Error in the phase “%1”: %2")
                                                .arg(Phases::label(s.failedPhase.value), error)
                                          : Tr::tr("Error: %1").arg(error));
    }
    lines << HtmlBlocks::findingCounts(s.findings);
    HtmlBlocks::outcome(page, verdict, tone, lines);
    HtmlBlocks::navigation(page, navigationLinks(s));
}

void writeFindings(HtmlPage &page, const SessionSummary &s)
{
    page.beginSection(QStringLiteral("findings"), Tr::tr("Findings"));
    HtmlBlocks::findings(page, s.findings);
    page.close();
}

void writeTls(HtmlPage &page, const SessionSummary &s)
{
    page.beginSection(QStringLiteral("tls"), Tr::tr("TLS"));
    if (s.tls && s.tls->isRecorded())
        HtmlBlocks::tls(page, *s.tls);
    else
        page.paragraph(s.starttlsOffered ? Tr::tr("No TLS handshake was completed.")
                                         : Tr::tr("No TLS handshake was recorded: the stream "
                                                  "stayed unencrypted or ended before TLS."));
    page.close();
}

void writeDns(HtmlPage &page, const SessionSummary &s)
{
    page.beginSection(QStringLiteral("dns"), Tr::tr("DNS"));
    if (s.dns && s.dns->isRecorded())
        HtmlBlocks::dns(page, *s.dns, s.attempts);
    else
        page.paragraph(Tr::tr("No DNS lookup was recorded: the session connected to a host "
                              "given to it."));
    page.close();
}

QString title(const SessionSummary &s)
{
    if (isLookup(s))
        return Tr::tr("XMPP Inspector report: the DNS of %1").arg(s.dns->domain);
    return s.fromDomain.isValue() || s.toDomain.isValue()
               ? Tr::tr("XMPP Inspector report: %1 → %2")
                     .arg(s.fromDomain.text(), s.toDomain.text())
               : Tr::tr("XMPP Inspector report");
}

/// What a session established, section after section; a lookup has only its DNS.
void writeSections(HtmlPage &page, const EventLog &log, const SessionSummary &s,
                   const Options &options)
{
    writeFindings(page, s);
    if (isLookup(s)) {
        writeDns(page, s);
        return;
    }
    writeSession(page, s);
    writeChecks(page, s);
    writeTls(page, s);
    writeDns(page, s);
    writeDiagram(page, log);
    const int end = writeTranscript(page, log, options.maxEvents, options.keepSecrets);
    writePhasesAndNotes(page, s);
    writeTeaching(page, log, end);
}
} // namespace

QString kindLabel(const QString &mode)
{
    if (mode == QLatin1String("s2s"))
        return Tr::tr("server-to-server session");
    if (mode == QLatin1String("c2s"))
        return Tr::tr("client-to-server session");
    if (mode == QLatin1String("listen"))
        return Tr::tr("inbound server-to-server session");
    if (mode == QLatin1String("dns"))
        return Tr::tr("DNS lookup");
    return mode;
}

QString milliseconds(double ms)
{
    return Tr::tr("%1 ms").arg(ms, 0, 'f', 1);
}

QByteArray session(const EventLog &log, const Options &options)
{
    const SessionSummary s = Summary::build(log);
    //: The report's language tag (BCP 47) for the HTML lang attribute: de, fr, …
    HtmlPage page(title(s), Tr::tr("en", "HTML lang attribute"));
    page.element("h1", title(s));
    writeOutcome(page, log, s);
    writeSections(page, log, s, options);
    const QString made =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return page.finish(options.keepSecrets
                           ? Tr::tr("Made by XMPP Inspector %1 on %2. This report holds the "
                                    "dialback keys and SASL payloads as they were sent.")
                                 .arg(QStringLiteral(INSPECTOR_VERSION), made)
                           : Tr::tr("Made by XMPP Inspector %1 on %2. Dialback keys and SASL "
                                    "payloads are redacted.")
                                 .arg(QStringLiteral(INSPECTOR_VERSION), made));
}

} // namespace Inspector::HtmlReport
