// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/outgoings2s.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Inspector {

class EventLog;

/**
 * Sends stanzas from our domain to remote domains the way a server does: over this side's own
 * outgoing stream to each domain (RFC 6120 §2.5: without bidi a stream carries stanzas one
 * way), opened on demand and authenticated with SASL EXTERNAL or dialback. Stanzas wait in a
 * queue until their stream is authenticated.
 */
class OutboundRouter : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString localDomain;
        QByteArray dialbackSecret; // the secret our authoritative server answers with
        QSslCertificate certificate;
        QSslKey privateKey;
        QList<QSslCertificate> extraCa;
        int timeoutMs = 10000;
        std::function<HostPort(const QString &domain)> locate;
    };

    OutboundRouter(EventLog *log, const Config &config, QObject *parent = nullptr);

    void send(const QString &domain, const Element &stanza);
    void stopAll();
    bool allFinished() const;

Q_SIGNALS:
    void connectionFinished();

private:
    struct Route
    {
        QPointer<OutgoingS2s> stream;
        QVector<Element> queue;
    };

    EventLog *m_log;
    Config m_config;
    QHash<QString, Route> m_routes;
    bool m_stopping = false;
};

} // namespace Inspector
