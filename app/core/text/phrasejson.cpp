// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Inspector {

QJsonValue Phrase::toJson() const
{
    if (isLiteral())
        return m_source;
    QJsonObject o{{QStringLiteral("ctx"), m_context}, {QStringLiteral("src"), m_source}};
    if (!m_args.isEmpty()) {
        QJsonArray args;
        for (const Phrase &a : m_args)
            args.append(a.toJson());
        o.insert(QStringLiteral("args"), args);
    }
    if (m_n >= 0)
        o.insert(QStringLiteral("n"), m_n);
    return o;
}

namespace {
// Arguments nest (a translated explanation inside a note) but never deeply: a transcript with
// more is not this tool's, and is not followed further.
constexpr int MaxDepth = 8;
} // namespace

Phrase Phrase::fromJson(const QJsonValue &v)
{
    return fromJson(v, 0);
}

Phrase Phrase::fromJson(const QJsonValue &v, int depth)
{
    if (v.isString())
        return Phrase(v.toString());
    const QJsonObject o = v.toObject();
    const QString context = o.value(QStringLiteral("ctx")).toString();
    const QString source = o.value(QStringLiteral("src")).toString();
    if (context.isEmpty() || source.isEmpty() || depth >= MaxDepth)
        return Phrase();
    Phrase p;
    p.m_context = context;
    p.m_source = source;
    for (const QJsonValue &a : o.value(QStringLiteral("args")).toArray())
        p.m_args.append(fromJson(a, depth + 1));
    const QJsonValue n = o.value(QStringLiteral("n"));
    p.m_n = n.isDouble() ? qMax(-1, n.toInt(-1)) : -1;
    return p;
}

} // namespace Inspector
