// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters.h"

#include "models/streammodel.h"
#include "render/htmlreport.h"
#include "render/report.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonDocument>

namespace Inspector::Exporters {

namespace {
QString directionArrow(Direction d)
{
    return d == Direction::Inbound    ? QStringLiteral("←")
           : d == Direction::Outbound ? QStringLiteral("→")
                                      : QString();
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
    HtmlReport::Options options;
    options.keepSecrets = keepSecrets;
    return HtmlReport::session(log, options);
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
