// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Inspector {

class EventLog;

/// Exports of a session, all derived from the event log.
namespace Exporters {

enum class Format { Html, Markdown, Text, Json };
bool parseFormat(const QString &name, Format *format);

QByteArray text(const EventLog &log);
QByteArray markdown(const EventLog &log);
/// Self-contained HTML: inline CSS, the timeline as inline SVG, no external URL.
QByteArray html(const EventLog &log);
QByteArray json(const EventLog &log);
QByteArray render(const EventLog &log, Format format);

} // namespace Exporters
} // namespace Inspector
