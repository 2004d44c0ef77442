// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

namespace Inspector::Test {

/// A web endpoint of a test server: Prosody's (the localhost host) on its HTTPS or HTTP port,
/// ejabberd's on its listener; `secure` picks the port, the scheme is given.
inline QString webUrl(const QHash<QString, QString> &env, const QString &server,
                      const QString &scheme, bool secure, const QString &host,
                      const QString &prosodyPath, const QString &ejabberdPath)
{
    const bool prosody = server == QLatin1String("PROSODY");
    const QString port =
        env.value(server + (secure ? QStringLiteral("_HTTPS") : QStringLiteral("_HTTP")));
    return QStringLiteral("%1://%2:%3/%4")
        .arg(scheme, host, port, prosody ? prosodyPath : ejabberdPath);
}

/// `c2s` over a web endpoint (`option`: websocket or bosh): the account, its password from
/// the environment, the test CA, a resource of its own, JSON.
inline QStringList webLogin(const QHash<QString, QString> &env, const QString &option,
                            const QString &url, const QString &jid, const QString &passwordVar)
{
    return {QStringLiteral("c2s"),
            QStringLiteral("--") + option,
            url,
            QStringLiteral("--jid"),
            jid,
            QStringLiteral("--password-env"),
            passwordVar,
            QStringLiteral("--ca"),
            env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"),
            QStringLiteral("--resource"),
            option + QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate()),
            QStringLiteral("--json")};
}

/// The accounts the web tests log in with, one row per server: server, jid, password variable.
inline void webAccountRows()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("password");
    QTest::newRow("prosody") << "PROSODY"
                             << "frank@web.test"
                             << "PW_FRANK";
    QTest::newRow("ejabberd") << "EJABBERD"
                              << "grace@e.test"
                              << "PW_GRACE";
}

} // namespace Inspector::Test
