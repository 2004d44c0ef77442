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
} // namespace ClientFacts

} // namespace Inspector
