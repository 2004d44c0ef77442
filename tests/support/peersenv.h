// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QString>

namespace Inspector::Test {

/// KEY=VALUE facts written by peers.sh start (ports, domains, PIDs, certificate folder).
inline QHash<QString, QString> peersEnv()
{
    QHash<QString, QString> env;
    QFile f(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/peers/peers.env"));
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

} // namespace Inspector::Test
