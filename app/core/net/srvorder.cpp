// SPDX-License-Identifier: GPL-3.0-or-later
#include "srvorder.h"

#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <map>
#include <utility>

namespace Inspector::SrvOrder {

QVector<DnsCandidateFact> order(const QVector<DnsCandidateFact> &candidates, quint32 seed)
{
    // Groups keyed by (priority, STARTTLS after direct TLS), in the order they are tried.
    std::map<std::pair<int, bool>, QList<DnsCandidateFact>> groups;
    for (const DnsCandidateFact &c : candidates)
        groups[{c.priority, !c.directTls}].append(c);
    QRandomGenerator rng(seed);
    QVector<DnsCandidateFact> out;
    for (auto &[key, group] : groups) {
        // RFC 2782: weight-0 records first in the list, so that they have a small chance of
        // being drawn; then repeatedly draw a number in [0, sum] and take the first record
        // whose running sum of weights reaches it.
        // Resolvers rotate record sets: a fixed starting order (target, then port) makes a seed
        // give the same draw however the answer came back.
        std::sort(group.begin(), group.end(),
                  [](const DnsCandidateFact &a, const DnsCandidateFact &b) {
                      return a.target != b.target ? a.target < b.target : a.port < b.port;
                  });
        std::stable_partition(group.begin(), group.end(),
                              [](const DnsCandidateFact &c) { return c.weight == 0; });
        while (!group.isEmpty()) {
            quint32 sum = 0;
            for (const DnsCandidateFact &c : std::as_const(group))
                sum += quint32(c.weight);
            const quint32 draw = rng.bounded(sum + 1);
            quint32 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += quint32(group.at(i).weight);
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
