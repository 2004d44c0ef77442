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

// Dialback keys and SASL payloads are written as [redacted:LENGTH] (as in transcripts)
// unless keepSecrets is set, which only an explicit request of the user does.
QByteArray text(const EventLog &log, bool keepSecrets = false);
QByteArray markdown(const EventLog &log, bool keepSecrets = false);
/// The report as one self-contained HTML page (HtmlReport): inline CSS and SVG, no external URL.
QByteArray html(const EventLog &log, bool keepSecrets = false);
QByteArray json(const EventLog &log);
QByteArray render(const EventLog &log, Format format, bool keepSecrets = false);

} // namespace Exporters
} // namespace Inspector
