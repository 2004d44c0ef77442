// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Inspector {

struct SessionSummary;

/// One fact about a client stream, as the summary pane, the report and the CLI show it.
struct ClientFactRow
{
    enum class Tone { Neutral, Good, Bad };
    QString label;
    QString value;
    Tone tone = Tone::Neutral;
};

namespace ClientFacts {
/// XEP-0198 on the session's streams: enabled or not, the last acknowledgement, the
/// resumption and its test. Nothing when it was neither offered nor asked for.
QVector<ClientFactRow> streamManagement(const SessionSummary &s);
/// What a client stream offers: in-band registration (XEP-0077) and whether it is open,
/// stream compression (XEP-0138), client state indication (XEP-0352), and what service
/// discovery found (carbons, the archive, the capabilities hash). Nothing for a server
/// session that offered none of them.
QVector<ClientFactRow> offers(const SessionSummary &s);
} // namespace ClientFacts

} // namespace Inspector
