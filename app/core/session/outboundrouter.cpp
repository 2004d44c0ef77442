// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboundrouter.h"

#include "protocol/dialback.h"
#include "session/s2sdialer.h"

namespace Inspector {

OutboundRouter::OutboundRouter(EventLog *log, const Config &config, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_config(config)
{}

void OutboundRouter::send(const QString &domain, const Element &stanza)
{
    if (m_stopping)
        return;
    const QString d = domain.toLower();
    Route &route = m_routes[d];
    if (route.stream && route.stream->isAuthenticated()) {
        route.stream->send(stanza);
        return;
    }
    route.queue.append(stanza);
    if (route.stream && !route.stream->isFinished())
        return;
    OutgoingS2sConfig c;
    c.role = QStringLiteral("initiating");
    c.from = m_config.localDomain;
    c.to = d;
    c.tls = S2sOptions::Tls::Auto;
    c.extraCa = m_config.extraCa;
    c.clientCertificate = m_config.certificate;
    c.clientKey = m_config.privateKey;
    c.timeoutMs = m_config.timeoutMs;
    c.task = OutgoingS2sConfig::Task::Authenticate;
    c.auth = S2sOptions::Auth::Auto;
    // Streams for replies only: not the session under test, and the listener's grace has no
    // room for the last <r/>'s answer.
    c.streamManagement = false;
    c.transport = m_config.transport;
    const QByteArray secret = m_config.dialbackSecret;
    const QString from = m_config.localDomain;
    c.dialbackKey = [secret, from, d](const QString &streamId) {
        return Dialback::key(secret, d, from, streamId);
    };
    // RFC 6120 §3.2: the same SRV candidates and fallback as any connection to that domain.
    auto *stream = new S2sDialer(m_log, c, m_config.dns, m_config.locate(d), this);
    route.stream = stream;
    connect(stream, &S2sDialer::authenticated, this, [this, d] {
        Route &r = m_routes[d];
        for (const Element &queued : std::as_const(r.queue))
            r.stream->send(queued);
        r.queue.clear();
    });
    connect(stream, &S2sDialer::finished, this, &OutboundRouter::connectionFinished);
    stream->start();
}

void OutboundRouter::stopAll()
{
    m_stopping = true;
    for (const Route &r : std::as_const(m_routes)) {
        if (r.stream)
            r.stream->stop();
    }
}

bool OutboundRouter::allFinished() const
{
    for (const Route &r : m_routes) {
        if (r.stream && !r.stream->isFinished())
            return false;
    }
    return true;
}

} // namespace Inspector
