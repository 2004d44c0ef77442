// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"
#include "session/outgoings2s.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Inspector {

class EventLog;
class S2sDialer;

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
        /// An address that replaces DNS for a domain (--resolve); invalid: DNS as for any peer.
        std::function<HostPort(const QString &domain)> locate;
        DnsSettings dns;
        TransportFactory transport; // empty: TCP
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
        QPointer<S2sDialer> stream;
        QVector<Element> queue;
    };

    EventLog *m_log;
    Config m_config;
    QHash<QString, Route> m_routes;
    bool m_stopping = false;
};

} // namespace Inspector
