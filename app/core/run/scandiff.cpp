// SPDX-License-Identifier: GPL-3.0-or-later
#include "scandiff.h"

#include "facts/sessionsummary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Inspector::ScanDiff {

namespace {
QJsonArray findingCodes(const QJsonObject &record)
{
    QStringList codes;
    for (const QJsonValue f : record.value(u"findings").toArray())
        codes << f.toObject().value(u"code").toString();
    codes.sort();
    return QJsonArray::fromStringList(codes);
}

QString kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return QStringLiteral("added");
    case Change::Kind::Removed:
        return QStringLiteral("removed");
    case Change::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}
} // namespace

QVector<Change> compare(const ScanResult &first, const ScanResult &second)
{
    QMap<QString, QJsonObject> a, b;
    for (const QJsonObject &o : first.domains)
        a.insert(o.value(u"domain").toString(), o);
    for (const QJsonObject &o : second.domains)
        b.insert(o.value(u"domain").toString(), o);
    QStringList names = a.keys() + b.keys();
    names.sort();
    names.removeDuplicates();
    QVector<Change> changes;
    for (const QString &domain : std::as_const(names)) {
        Change c;
        c.domain = domain;
        if (!a.contains(domain)) {
            c.kind = Change::Kind::Added;
        } else if (!b.contains(domain)) {
            c.kind = Change::Kind::Removed;
        } else {
            const QJsonObject &ra = a.value(domain), &rb = b.value(domain);
            c.differences = SessionDiff::differences(SessionSummary::fromJson(ra),
                                                     SessionSummary::fromJson(rb));
            const QJsonArray fa = findingCodes(ra), fb = findingCodes(rb);
            if (fa != fb)
                c.differences.append({QStringLiteral("findings"), fa, fb});
            if (c.differences.isEmpty())
                continue;
        }
        changes.append(c);
    }
    return changes;
}

QJsonArray toJson(const QVector<Change> &changes)
{
    QJsonArray out;
    for (const Change &c : changes) {
        QJsonObject o{{QStringLiteral("domain"), c.domain},
                      {QStringLiteral("change"), kindName(c.kind)}};
        if (c.kind == Change::Kind::Changed)
            o.insert(QStringLiteral("differences"), SessionDiff::toJson(c.differences));
        out.append(o);
    }
    return out;
}

QString toText(const QVector<Change> &changes)
{
    if (changes.isEmpty())
        return QStringLiteral("No domain changed.\n");
    QString out;
    for (const Change &c : changes) {
        if (c.kind == Change::Kind::Added) {
            out += QStringLiteral("%1: only in B\n").arg(c.domain);
            continue;
        }
        if (c.kind == Change::Kind::Removed) {
            out += QStringLiteral("%1: only in A\n").arg(c.domain);
            continue;
        }
        out += QStringLiteral("%1:\n").arg(c.domain);
        for (const QString &line : SessionDiff::toText(c.differences).split(QLatin1Char('\n'))) {
            if (!line.isEmpty())
                out += QStringLiteral("  ") + line + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace Inspector::ScanDiff
