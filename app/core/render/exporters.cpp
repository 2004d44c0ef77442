// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters.h"

#include "models/streammodel.h"
#include "models/timelinemodel.h"
#include "render/report.h"
#include "render/sequencesvg.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace Inspector::Exporters {

namespace {
QString directionArrow(Direction d)
{
    return d == Direction::Inbound    ? QStringLiteral("←")
           : d == Direction::Outbound ? QStringLiteral("→")
                                      : QString();
}

// No '<', '>' or '&' in here: the style element's content is not escaped by HTML parsers.
const char *const Css =
    "body{font-family:sans-serif;margin:1.5em;color:#222;background:#fff}"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}"
    "table{border-collapse:collapse;font-size:.9em}"
    "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}"
    "tr.out td.s{color:#1a4f9c}tr.in td.s{color:#7a2f86}tr.local td.s{color:#666}"
    "pre{margin:0;white-space:pre-wrap;word-break:break-all;font-size:.85em}"
    ".ok{color:#27803a}.bad{color:#b3261e}.svg{overflow-x:auto;border:1px solid #ddd}";

void cell(QXmlStreamWriter &w, const QString &text, const QString &cls = {})
{
    w.writeStartElement(QStringLiteral("td"));
    if (!cls.isEmpty())
        w.writeAttribute(QStringLiteral("class"), cls);
    w.writeCharacters(text.isEmpty() ? QStringLiteral(" ") : text);
    w.writeEndElement();
}
} // namespace

bool parseFormat(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("html"))
        *format = Format::Html;
    else if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (n == QLatin1String("txt") || n == QLatin1String("text"))
        *format = Format::Text;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QByteArray text(const EventLog &log, bool keepSecrets)
{
    QString out = Report::summaryText(Summary::build(log));
    out += QStringLiteral("\nStream:\n");
    for (int i = 0; i < log.size(); ++i)
        out += Report::eventLine(log, i, keepSecrets) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray json(const EventLog &log)
{
    return QJsonDocument(Summary::build(log).toJson()).toJson(QJsonDocument::Indented);
}

QByteArray markdown(const EventLog &log, bool keepSecrets)
{
    const SessionSummary s = Summary::build(log);
    QString out = QStringLiteral("# XMPP Inspector session: %1 → %2\n\n")
                      .arg(s.fromDomain.text(), s.toDomain.text());
    out +=
        QStringLiteral("```\n") + Report::summaryText(s) + QStringLiteral("```\n\n## Stream\n\n");
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        out +=
            QStringLiteral("- `%1 ms` #%2 %3 %4\n")
                .arg(double(e.monotonicNs) / 1e6, 0, 'f', 1)
                .arg(e.connection)
                .arg(directionArrow(e.direction),
                     StreamModel::summarize(log, i).replace(QLatin1Char('`'), QLatin1Char('\'')));
        if (!e.raw.isEmpty() && e.kind != EventKind::Whitespace) {
            QString raw = QString::fromUtf8(Report::rawBytes(e, keepSecrets));
            raw.replace(QStringLiteral("```"), QStringLiteral("`\u200b``"));
            out += QStringLiteral("\n  ```xml\n  %1\n  ```\n\n").arg(raw);
        }
    }
    return out.toUtf8();
}

QByteArray html(const EventLog &log, bool keepSecrets)
{
    const SessionSummary s = Summary::build(log);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    w.writeStartElement(QStringLiteral("html"));
    w.writeAttribute(QStringLiteral("lang"), QStringLiteral("en"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeEmptyElement(QStringLiteral("meta"));
    w.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    const QString title =
        QStringLiteral("XMPP Inspector: %1 → %2").arg(s.fromDomain.text(), s.toDomain.text());
    w.writeTextElement(QStringLiteral("title"), title);
    w.writeTextElement(QStringLiteral("style"), QString::fromLatin1(Css));
    w.writeEndElement(); // head
    w.writeStartElement(QStringLiteral("body"));
    w.writeTextElement(QStringLiteral("h1"), title);
    w.writeStartElement(QStringLiteral("p"));
    const bool ok = s.success;
    w.writeStartElement(QStringLiteral("strong"));
    w.writeAttribute(QStringLiteral("class"), ok ? QStringLiteral("ok") : QStringLiteral("bad"));
    w.writeCharacters(ok ? QStringLiteral("Success") : QStringLiteral("Failed"));
    w.writeEndElement();
    if (s.error.isValue())
        w.writeCharacters(QStringLiteral(": ") + s.error.value);
    w.writeEndElement(); // p
    w.writeTextElement(QStringLiteral("h2"), QStringLiteral("Summary"));
    w.writeTextElement(QStringLiteral("pre"), Report::summaryText(s));
    w.writeTextElement(QStringLiteral("h2"), QStringLiteral("Timeline"));
    w.writeStartElement(QStringLiteral("div"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("svg"));
    const TimelineModel timeline(&log);
    SequenceSvg::write(w, timeline);
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("h2"), QStringLiteral("Stream"));
    w.writeStartElement(QStringLiteral("table"));
    w.writeStartElement(QStringLiteral("tr"));
    for (const char *h : {"ms", "conn.", "dir.", "what", "bytes as sent"})
        w.writeTextElement(QStringLiteral("th"), QString::fromLatin1(h));
    w.writeEndElement();
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        w.writeStartElement(QStringLiteral("tr"));
        w.writeAttribute(QStringLiteral("class"),
                         Event::directionName(e.direction) == QLatin1String("local")
                             ? QStringLiteral("local")
                         : e.direction == Direction::Inbound ? QStringLiteral("in")
                                                             : QStringLiteral("out"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        cell(w, QString::number(double(e.monotonicNs) / 1e6, 'f', 1));
        cell(w, QString::number(e.connection));
        cell(w, directionArrow(e.direction));
        cell(w, StreamModel::summarize(log, i), QStringLiteral("s"));
        w.writeStartElement(QStringLiteral("td"));
        w.writeCharacters(QString()); // <td></td>, never <td/>: HTML has no empty-element td
        if (!e.raw.isEmpty())
            w.writeTextElement(QStringLiteral("pre"),
                               QString::fromUtf8(Report::rawBytes(e, keepSecrets)));
        w.writeEndElement();
        w.writeEndElement(); // tr
    }
    w.writeEndElement(); // table
    w.writeEndElement(); // body
    w.writeEndElement(); // html
    w.writeEndDocument();
    return out;
}

QByteArray render(const EventLog &log, Format format, bool keepSecrets)
{
    switch (format) {
    case Format::Html:
        return html(log, keepSecrets);
    case Format::Markdown:
        return markdown(log, keepSecrets);
    case Format::Text:
        return text(log, keepSecrets);
    case Format::Json:
        return json(log);
    }
    return {};
}

} // namespace Inspector::Exporters
