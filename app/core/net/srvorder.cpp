// SPDX-License-Identifier: GPL-3.0-or-later
#include "srvorder.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <map>
#include <utility>

namespace Inspector::SrvOrder {

QJsonArray order(const QJsonArray &candidates, quint32 seed)
{
    // Groups keyed by (priority, STARTTLS after direct TLS), in the order they are tried.
    std::map<std::pair<int, bool>, QList<QJsonObject>> groups;
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = v.toObject();
        groups[{c.value(QStringLiteral("priority")).toInt(),
                !c.value(QStringLiteral("directTls")).toBool()}]
            .append(c);
    }
    QRandomGenerator rng(seed);
    QJsonArray out;
    for (auto &[key, group] : groups) {
        // RFC 2782: weight-0 records first in the list, so that they have a small chance of
        // being drawn; then repeatedly draw a number in [0, sum] and take the first record
        // whose running sum of weights reaches it.
        // Resolvers rotate record sets: a fixed starting order (target, then port) makes a seed
        // give the same draw however the answer came back.
        std::sort(group.begin(), group.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const QString ta = a.value(QStringLiteral("target")).toString();
            const QString tb = b.value(QStringLiteral("target")).toString();
            return ta != tb ? ta < tb
                            : a.value(QStringLiteral("port")).toInt() <
                                  b.value(QStringLiteral("port")).toInt();
        });
        std::stable_partition(group.begin(), group.end(), [](const QJsonObject &c) {
            return c.value(QStringLiteral("weight")).toInt() == 0;
        });
        while (!group.isEmpty()) {
            quint32 sum = 0;
            for (const QJsonObject &c : std::as_const(group))
                sum += quint32(c.value(QStringLiteral("weight")).toInt());
            const quint32 draw = rng.bounded(sum + 1);
            quint32 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += quint32(group.at(i).value(QStringLiteral("weight")).toInt());
                if (running >= draw) {
                    chosen = i;
                    break;
                }
            }
            out.append(group.takeAt(chosen));
        }
    }
    return out;
}

} // namespace Inspector::SrvOrder
