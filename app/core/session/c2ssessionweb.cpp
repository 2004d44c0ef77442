// SPDX-License-Identifier: GPL-3.0-or-later
// A client session over the web: WebSocket (RFC 7395) or BOSH (XEP-0206), its transport and
// how it is reached.
#include "c2ssession.h"

#include "net/boshtransport.h"
#include "net/websockettransport.h"

namespace Inspector {

TransportFactory C2sSession::transportFor(const C2sOptions &o)
{
    if (o.transport || o.webUrl().isEmpty())
        return o.transport;
    const QUrl url = o.webUrl();
    const QString origin = o.origin;
    if (!o.bosh.isEmpty())
        return [url, origin](QObject *parent) {
            return new BoshTransport(url, origin, parent);
        };
    return [url, origin](QObject *parent) {
        return new WebSocketTransport(url, origin, parent);
    };
}

QString C2sSession::connectionLabel(const C2sOptions &o)
{
    QString label = o.jid + QStringLiteral(" → ") + o.domain();
    if (!o.webSocket.isEmpty())
        label += QStringLiteral(" (WebSocket %1)").arg(o.webSocket.toString());
    else if (!o.bosh.isEmpty())
        label += QStringLiteral(" (BOSH %1)").arg(o.bosh.toString());
    if (o.resumeFrom.isValid())
        label += QStringLiteral(" (resumption)");
    return label;
}

void C2sSession::connectWeb()
{
    // No DNS: Qt dials the URL's own host. wss: and https: are TLS from the start, as direct
    // TLS is; ws: and http: have none.
    connectTo(m_options.effectiveHost(), m_options.effectivePort(),
              m_options.webTls() ? S2sOptions::Tls::Direct : S2sOptions::Tls::None);
}

} // namespace Inspector
