// SPDX-License-Identifier: GPL-3.0-or-later
// A client session over WebSocket (RFC 7395): the transport, and how it is reached.
#include "c2ssession.h"

#include "net/websockettransport.h"

namespace Inspector {

TransportFactory C2sSession::transportFor(const C2sOptions &o)
{
    if (o.transport || o.webSocket.isEmpty())
        return o.transport;
    const QUrl url = o.webSocket;
    return [url](QObject *parent) {
        return new WebSocketTransport(url, parent);
    };
}

QString C2sSession::connectionLabel(const C2sOptions &o)
{
    QString label = o.jid + QStringLiteral(" → ") + o.domain();
    if (!o.webSocket.isEmpty())
        label += QStringLiteral(" (WebSocket %1)").arg(o.webSocket.toString());
    if (o.resumeFrom.isValid())
        label += QStringLiteral(" (resumption)");
    return label;
}

void C2sSession::connectWebSocket()
{
    // No DNS: Qt WebSockets dials the URL's own host. wss: is TLS from the start, as direct
    // TLS is; ws: has none.
    connectTo(m_options.effectiveHost(), m_options.effectivePort(),
              m_options.webSocket.scheme() == QLatin1String("wss") ? S2sOptions::Tls::Direct
                                                                   : S2sOptions::Tls::None);
}

} // namespace Inspector
