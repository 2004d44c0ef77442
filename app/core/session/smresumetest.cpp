// SPDX-License-Identifier: GPL-3.0-or-later
#include "smresumetest.h"

#include <QHostAddress>

namespace Inspector {

namespace {
C2sOptions firstOptions(C2sOptions o)
{
    o.smDrop = true;
    // The first connection only logs in: the actions asked for are the second's business.
    o.roster = false;
    o.disco = false;
    o.sendTo.clear();
    o.pingJid.clear();
    o.stanzas.clear();
    o.stayMs = 0;
    o.probe = false;
    return o;
}
} // namespace

SmResumeTest::SmResumeTest(EventLog *log, const C2sOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
    , m_first(new C2sSession(log, firstOptions(options), this))
{
    connect(m_first, &Session::finished, this, &SmResumeTest::onFirstFinished);
}

void SmResumeTest::start()
{
    m_first->start();
}

void SmResumeTest::stop()
{
    m_stopped = true;
    if (!current()->isFinished())
        current()->stop();
}

Outcome SmResumeTest::outcome() const
{
    return current()->outcome();
}

std::optional<std::pair<QString, quint16>> SmResumeTest::parseLocation(const QString &location,
                                                                       quint16 defaultPort)
{
    QString host = location.trimmed();
    quint16 port = defaultPort;
    if (host.isEmpty())
        return std::nullopt;
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    const bool bracketed = host.startsWith(QLatin1Char('['));
    // A port follows the last colon, unless the colons are an IPv6 address's own.
    if (colon > 0 && (bracketed ? host.at(colon - 1) == QLatin1Char(']')
                                : host.indexOf(QLatin1Char(':')) == colon)) {
        bool ok = false;
        const uint p = host.mid(colon + 1).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return std::nullopt;
        port = quint16(p);
        host.truncate(colon);
    }
    if (bracketed) {
        if (!host.endsWith(QLatin1Char(']')))
            return std::nullopt;
        host = host.mid(1, host.size() - 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    }
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' ')))
        return std::nullopt;
    return std::make_pair(host, port);
}

void SmResumeTest::onFirstFinished()
{
    if (!m_first->dropped() || m_stopped) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    C2sOptions o = m_options;
    o.resumeFrom = m_first->resumePoint();
    o.host = m_first->connectedAddress();
    o.port = m_first->connectedPort();
    o.tls = m_first->connectedTls();
    o.dane = m_first->dane();
    // XEP-0198 §3: the server's preferred place to reconnect, with the same TLS and identity.
    if (const auto to = parseLocation(o.resumeFrom.location, o.port)) {
        o.host = to->first;
        o.port = to->second;
        o.dane = {}; // the TLSA records were the first server's
    }
    m_second = new C2sSession(m_log, o, this);
    connect(m_second, &Session::finished, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
    m_second->start();
}

} // namespace Inspector
