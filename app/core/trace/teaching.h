// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Inspector {

class EventLog;

/// Teaching annotations: what an event is, why it happens and where the spec says so, written
/// for someone learning XMPP (translatable).
namespace Teaching {
QString explain(const EventLog &log, int index);
/// The specification sections a text cites, in order and once each: "RFC 6120 §4.2",
/// "XEP-0220 §2.1.1", "XEP-0185" (a section after a comma belongs to the spec before it).
QStringList references(const QString &text);
/// Where a reference can be read: the RFC Editor's page at the section, the XEP's page.
QUrl referenceUrl(const QString &reference);
} // namespace Teaching

} // namespace Inspector
