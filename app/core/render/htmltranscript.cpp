// SPDX-License-Identifier: GPL-3.0-or-later
// The report's XML transcript: one collapsible block per event, its XML highlighted.
#include "models/streammodel.h"
#include "render/htmlblocks.h"
#include "render/htmlreportparts.h"
#include "render/report.h"
#include "trace/eventlog.h"

#include <QCoreApplication>

namespace Inspector::HtmlReport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

bool inTranscript(EventKind kind)
{
    switch (kind) {
    case EventKind::StreamHeader:
    case EventKind::Element:
    case EventKind::Whitespace:
    case EventKind::StreamEnd:
    case EventKind::DiscardedBytes:
    case EventKind::Tls:
    case EventKind::Error:
        return true;
    default:
        return false;
    }
}

QString connectionText(const EventLog &log, int id)
{
    if (id == 0)
        return Tr::tr("session");
    const ConnectionInfo *c = log.connection(id);
    return c ? QStringLiteral("#%1 %2").arg(id).arg(roleLabel(c->role))
             : QStringLiteral("#%1").arg(id);
}

/// The event's line: when, on which connection, which way, and what (classes of the style).
QVector<std::pair<QString, QString>> heading(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    const bool out = e.direction == Direction::Outbound;
    return {
        {QStringLiteral("when"), milliseconds(double(e.monotonicNs) / 1e6)},
        {QStringLiteral("conn"), connectionText(log, e.connection)},
        {e.direction == Direction::Local ? QStringLiteral("dir")
         : out                           ? QStringLiteral("dir out")
                                         : QStringLiteral("dir in"),
         e.direction == Direction::Local ? QStringLiteral("·")
         : out                           ? Tr::tr("→ sent")
                                         : Tr::tr("← received")},
        {e.kind == EventKind::Error ? QStringLiteral("what err") : QStringLiteral("what"),
         StreamModel::summarize(log, index)},
    };
}

/// One event: a block to open for its bytes, or a line for what has none to show.
void writeEvent(HtmlPage &page, const EventLog &log, int index, bool keepSecrets)
{
    const Event &e = log.at(index);
    const QString id = QStringLiteral("e%1").arg(index);
    const bool hasXml = !e.raw.isEmpty() && e.kind != EventKind::Whitespace;
    if (!hasXml) {
        page.open("div", {{"class", QStringLiteral("ev marker")}, {"id", id}});
        for (const auto &[cssClass, text] : heading(log, index)) {
            page.span(cssClass, text);
            page.text(QStringLiteral(" "));
        }
        page.close();
        return;
    }
    page.beginDetails(heading(log, index), id, QStringLiteral("ev"));
    page.open("pre", {{"class", QStringLiteral("xml")}});
    // Redaction reads the tree, which the log may have dropped for an old stanza.
    Event withTree = e;
    if (!withTree.element)
        withTree.element = log.element(index);
    const QString bytes = QString::fromUtf8(Report::rawBytes(withTree, keepSecrets));
    if (e.kind == EventKind::DiscardedBytes)
        page.text(bytes);
    else
        HtmlBlocks::highlightedXml(page, bytes);
    page.close();
    page.close();
}
} // namespace

int writeTranscript(HtmlPage &page, const EventLog &log, int maxEvents, bool keepSecrets)
{
    page.beginSection(QStringLiteral("transcript"), Tr::tr("XML transcript"));
    page.paragraph(keepSecrets ? Tr::tr("Every element as it crossed the wire, secrets included. "
                                        "Open an event to see its XML.")
                               : Tr::tr("Every element as it crossed the wire; dialback keys and "
                                        "SASL payloads are shown as [redacted:LENGTH]. Open an "
                                        "event to see its XML."),
                   QStringLiteral("muted"));
    int shown = 0;
    int i = 0;
    for (; i < log.size() && shown < maxEvents; ++i) {
        if (!inTranscript(log.at(i).kind))
            continue;
        writeEvent(page, log, i, keepSecrets);
        ++shown;
    }
    int more = 0;
    for (int j = i; j < log.size(); ++j)
        more += inTranscript(log.at(j).kind) ? 1 : 0;
    if (shown == 0)
        page.paragraph(Tr::tr("No bytes were exchanged."));
    if (more > 0)
        page.paragraph(Tr::tr("The report shows the first %1 events; the transcript holds %2 "
                              "more. Open it in XMPP Inspector, or export it as text, to see "
                              "them all.")
                           .arg(shown)
                           .arg(more),
                       QStringLiteral("more"));
    page.close();
    return more > 0 ? i : log.size();
}

} // namespace Inspector::HtmlReport
