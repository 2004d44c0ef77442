// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <QUrl>

class QWebSocket;

namespace Inspector {

/**
 * An XMPP stream over WebSocket (RFC 7395) with Qt WebSockets: the URL's own host is dialled
 * (wss: with TLS, verified against that host), the handshake asks for the "xmpp" subprotocol
 * and refuses a server that does not agree to it (§3.1), and each message is one element
 * (framesMessages()). connected() comes once the upgrade is done; for wss: the TLS facts
 * follow at once. Certificate errors are reported, and abort the handshake with strict TLS.
 */
class WebSocketTransport : public Transport
{
    Q_OBJECT
public:
    /// `origin`: the handshake's Origin, as a browser's page at that origin sends it (RFC 6455
    /// §4.1); empty: none.
    WebSocketTransport(const QUrl &url, const QString &origin = {}, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    /// `host` and `port` are the URL's; `directTls` is its scheme (wss:).
    void connectToHost(const QString &host, quint16 port, bool directTls,
                       const TlsOptions &tls) override;
    bool attach(qintptr, bool, const TlsOptions &) override { return false; }
    void startTls(const TlsOptions &) override {}
    void startServerTls(const TlsOptions &) override {}
    QList<QSslCertificate> peerCertificateChain() const override;
    QList<QSslError> verifyErrors() const override { return m_verifyErrors; }
    const DaneFact &dane() const override { return m_dane; }
    bool write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override;
    bool isOpen() const override;
    QString localAddress() const override;
    QString peerAddress() const override;
    void setReadBufferSize(qint64) override {}
    bool framesMessages() const override { return true; }
    /// The largest message taken: a stanza's limit (ParserLimits) and room for its framing.
    static constexpr qint64 MaxMessageBytes = 512 * 1024 + 1024;

private:
    void onConnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onError();

    QUrl m_url;
    QString m_origin;
    QWebSocket *m_socket;
    TlsOptions m_tls;
    QList<QSslError> m_verifyErrors;
    DaneFact m_dane; // DANE is not applied: Qt WebSockets dials the host itself
    QAbstractSocket::SocketError m_lastError = QAbstractSocket::UnknownSocketError;
    bool m_connected = false;
    bool m_failed = false;
    bool m_closing = false;
    bool m_aborting = false;
};

} // namespace Inspector
