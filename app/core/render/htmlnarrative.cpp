// SPDX-License-Identifier: GPL-3.0-or-later
// The report's diagram, its phases and notes told as sentences, and the teaching notes.
#include "facts/sessionsummary.h"
#include "models/timelinemodel.h"
#include "render/htmlreportparts.h"
#include "render/sequencesvg.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/teaching.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Inspector::HtmlReport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

using Row = HtmlPage::Row;
} // namespace

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("initiating"))
        return Tr::tr("initiating", "connection role");
    if (role == QLatin1String("receiving"))
        return Tr::tr("receiving", "connection role");
    if (role == QLatin1String("authoritative"))
        return Tr::tr("authoritative", "connection role");
    if (role == QLatin1String("verify"))
        return Tr::tr("verify", "connection role: the dialback verification connection");
    if (role == QLatin1String("client"))
        return Tr::tr("client", "connection role");
    return role;
}

void writeDiagram(HtmlPage &page, const EventLog &log)
{
    page.beginSection(QStringLiteral("diagram"), Tr::tr("Sequence diagram"));
    page.paragraph(Tr::tr("One lane per party, time running down; each arrow is what one side "
                          "sent to the other."),
                   QStringLiteral("muted"));
    page.open("div", {{"class", QStringLiteral("diagram")}});
    const TimelineModel timeline(&log);
    SequenceSvg::write(page.writer(), timeline);
    page.close();
    page.close();
}

namespace {
QString whoLabel(const SessionSummary &s, int id)
{
    for (const ConnectionFact &c : s.connections) {
        if (c.id == id)
            return QStringLiteral("#%1 %2 · %3").arg(id).arg(roleLabel(c.role), c.label);
    }
    return QStringLiteral("#%1").arg(id);
}

/// One row for each scope of the session's own phases, then one for each connection, in order
/// of appearance: who, and the phases one after the other with the time each began.
QVector<Row> phaseRows(const SessionSummary &s)
{
    QStringList order;
    QHash<QString, QStringList> steps;
    const auto add = [&](const QString &who, const PhaseFact &p) {
        if (!steps.contains(who))
            order << who;
        steps[who] << QStringLiteral("%1 %2").arg(Phases::label(p.name), milliseconds(p.atMs));
    };
    for (const PhaseFact &p : s.sessionPhases)
        add(Tr::tr("The session (%1)").arg(Phases::scopeLabel(p.scope.text())), p);
    for (const PhaseFact &p : s.phases)
        add(whoLabel(s, p.connection), p);
    QVector<Row> rows;
    for (const QString &who : std::as_const(order))
        rows.append({who, steps.value(who).join(QStringLiteral(" → "))});
    return rows;
}
} // namespace

void writePhasesAndNotes(HtmlPage &page, const SessionSummary &s)
{
    page.beginSection(QStringLiteral("phases"), Tr::tr("Phases and notes"));
    const QVector<Row> phases = phaseRows(s);
    if (phases.isEmpty())
        page.paragraph(Tr::tr("No phase was recorded."));
    else
        page.table({Tr::tr("Who"), Tr::tr("Phases, with the time each began")}, phases,
                   QStringLiteral("phases"));
    if (!s.notes.isEmpty()) {
        QVector<Row> notes;
        for (const NoteFact &n : s.notes)
            notes.append({milliseconds(n.atMs),
                          n.connection ? whoLabel(s, n.connection) : Tr::tr("the session"),
                          n.phrase.isEmpty() ? n.text.text() : n.phrase.display()});
        page.element("h3", Tr::tr("Notes"));
        page.table({Tr::tr("Time"), Tr::tr("Where"), Tr::tr("Note")}, notes,
                   QStringLiteral("notes"));
    }
    page.close();
}

namespace {
/// What a teaching note is about: the element's name, or the kind of event.
QString subject(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    const bool out = e.direction == Direction::Outbound;
    switch (e.kind) {
    case EventKind::StreamHeader:
        return out ? Tr::tr("Stream header, sent") : Tr::tr("Stream header, received");
    case EventKind::Whitespace:
        return Tr::tr("Whitespace keepalive");
    case EventKind::StreamEnd:
        return QStringLiteral("</stream:stream>");
    case EventKind::Tls:
        return Tr::tr("TLS handshake");
    case EventKind::DiscardedBytes:
        return Tr::tr("Bytes outside the stream");
    default:
        break;
    }
    const ElementPtr el = log.element(index);
    if (!el)
        return Event::kindName(e.kind);
    const auto qualified = [](const Element &x) {
        return x.prefix().isEmpty() ? x.name() : x.prefix() + QLatin1Char(':') + x.name();
    };
    QString name = QLatin1Char('<') + qualified(*el);
    if (el->hasAttribute(u"type"))
        name += QStringLiteral(" type='%1'").arg(el->attribute(u"type"));
    name += QLatin1Char('>');
    if (const ElementPtr child = el->firstChild())
        name += QStringLiteral("<%1/>").arg(qualified(*child));
    return name;
}

/// The first spec reference a teaching note names ("RFC 6120 §4.3.2").
QString specOf(const QString &explanation)
{
    static const QRegularExpression spec(
        QStringLiteral("(RFC \\d+|XEP-\\d{4})( §\\d+(\\.\\d+)*(, §\\d+(\\.\\d+)*)*)?"));
    return spec.match(explanation).captured();
}
} // namespace

void writeTeaching(HtmlPage &page, const EventLog &log, int end)
{
    page.beginSection(QStringLiteral("teaching"), Tr::tr("What the elements mean"));
    page.paragraph(Tr::tr("Each kind of element in this session, explained once, with the part "
                          "of the specification that defines it."),
                   QStringLiteral("muted"));
    QSet<QString> seen;
    QVector<Row> rows;
    for (int i = 0; i < end; ++i) {
        const QString explanation = Teaching::explain(log, i);
        if (explanation.isEmpty() || seen.contains(explanation))
            continue;
        seen.insert(explanation);
        rows.append({HtmlPage::Cell::monospace(subject(log, i)), explanation, specOf(explanation),
                     HtmlPage::Cell::link(milliseconds(double(log.at(i).monotonicNs) / 1e6),
                                          QStringLiteral("#e%1").arg(i))});
    }
    if (rows.isEmpty())
        page.paragraph(Tr::tr("Nothing to explain: no element was exchanged."));
    else
        page.table({Tr::tr("Element"), Tr::tr("What it means"), Tr::tr("Specification"),
                    Tr::tr("First seen")},
                   rows, QStringLiteral("teaching"));
    page.close();
}

} // namespace Inspector::HtmlReport
