// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Inspector::Test {

/// The data of every verdict of this kind in `log` ("bidi", "sm-ack", …), in order.
inline QList<QJsonObject> verdicts(const EventLog &log, const QString &what)
{
    QList<QJsonObject> out;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.kind == EventKind::Verdict &&
            EventJson::data(e).value(QStringLiteral("what")).toString() == what)
            out << EventJson::data(e);
    }
    return out;
}

/// The result of the one verdict of this kind, or "N verdicts" when there is not exactly one.
inline QString onlyResult(const EventLog &log, const QString &what)
{
    const QList<QJsonObject> v = verdicts(log, what);
    return v.size() == 1 ? v.first().value(QStringLiteral("result")).toString()
                         : QStringLiteral("%1 verdicts").arg(v.size());
}

/// The finding codes the session's summary gives, e.g. "BIDI-UNPROVEN".
inline QStringList findingCodes(const EventLog &log)
{
    QStringList codes;
    for (const Finding &f : Summary::build(log).findings)
        codes << f.codeName();
    return codes;
}

} // namespace Inspector::Test
