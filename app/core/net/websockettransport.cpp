// SPDX-License-Identifier: GPL-3.0-or-later
#include "websockettransport.h"

#include "net/tlserrortext.h"
#include "net/tlsfacts.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Inspector {

namespace {
QString hostPort(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}
} // namespace

WebSocketTransport::WebSocketTransport(const QUrl &url, const QString &origin, QObject *parent)
    : Transport(parent)
    , m_url(url)
    , m_origin(origin)
    , m_socket(new QWebSocket(origin, QWebSocketProtocol::VersionLatest, this))
{
    // What is tested is the path a client takes to the server, not a proxy's.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { Q_EMIT bytesReceived(message.toUtf8()); });
    // RFC 7395 §3.2: the messages are text; a binary one ends the connection.
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &m) {
        if (m_failed)
            return;
        m_failed = true;
        Q_EMIT failed(Failure::Other,
                      Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("the server sent a binary message of %1 bytes: the "
                                            "XMPP subprotocol uses text messages only (RFC 7395 "
                                            "§3.2)"),
                                 {m.size()}));
        m_socket->abort();
    });
    // No message larger than a stanza may be (the parser's limit) is held whole in memory.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(MaxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(MaxMessageBytes));
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketTransport::onSslErrors);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) {
                m_lastError = error;
                onError();
            });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_failed || m_aborting)
            return;
        if (!m_connected && !m_closing) {
            // The socket's error, which says why, may come after this signal.
            QTimer::singleShot(0, this, &WebSocketTransport::onError);
            return;
        }
        // A close that was not the normal one (RFC 6455 §7.4): Qt's own for a protocol error,
        // invalid UTF-8 or a message too large, or the peer's with its reason.
        const QWebSocketProtocol::CloseCode code = m_socket->closeCode();
        if (!m_closing && code != QWebSocketProtocol::CloseCodeNormal &&
            code != QWebSocketProtocol::CloseCodeGoingAway) {
            m_failed = true;
            Q_EMIT failed(
                Failure::ConnectionLost,
                Phrase::of(staticMetaObject,
                           QT_TR_NOOP("the WebSocket was closed with code %1 (RFC "
                                      "6455 §7.4)%2"),
                           {int(code), m_socket->closeReason().isEmpty()
                                           ? QString()
                                           : QStringLiteral(": ") + m_socket->closeReason()}));
            return;
        }
        Q_EMIT closed();
    });
}

WebSocketTransport::~WebSocketTransport() = default;

void WebSocketTransport::connectToHost(const QString &, quint16, bool, const TlsOptions &tls)
{
    m_tls = tls;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(tls.extraCa);
    m_socket->setSslConfiguration(ssl);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("xmpp")}); // RFC 7395 §3.1
    m_socket->open(QNetworkRequest(m_url), options);
}

void WebSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    m_verifyErrors = errors;
    Q_EMIT certificateErrors(errors, m_tls.strict);
    if (!m_tls.strict)
        m_socket->ignoreSslErrors(); // recorded; the session decides what it trusts
}

void WebSocketTransport::onConnected()
{
    // RFC 7395 §3.1: a server that does not echo the subprotocol is not speaking XMPP.
    if (m_socket->subprotocol() != QLatin1String("xmpp")) {
        m_failed = true;
        Q_EMIT failed(Failure::Connect,
                      Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("the server did not agree to the 'xmpp' WebSocket "
                                            "subprotocol (RFC 7395 §3.1)")));
        m_socket->abort();
        return;
    }
    m_connected = true;
    Q_EMIT connected();
    if (isEncrypted()) {
        const QSslConfiguration c = m_socket->sslConfiguration();
        TlsFacts::Handshake h;
        h.peerChain = c.peerCertificateChain();
        h.protocol = int(c.sessionProtocol());
        h.cipher = c.sessionCipher().name();
        h.alpn = c.nextNegotiatedProtocol();
        Q_EMIT tlsEstablished(
            TlsFacts::describeSession(h, m_url.host(), m_verifyErrors, m_tls.service));
    }
}

void WebSocketTransport::onError()
{
    if (m_failed || m_closing)
        return;
    m_failed = true;
    // An HTTP answer other than 101 to the handshake (RFC 6455 §4.1): the server refused it,
    // for the path, the subprotocol, a header or, with an Origin, maybe the page it names
    // (§10.2). Qt words a 400 apart from the other statuses (Qt 6.4).
    const QString qtError = m_socket->errorString();
    const QRegularExpressionMatch other =
        QRegularExpression(QStringLiteral("status code: (\\d+)(?: \\((.*)\\))?\\.?$"))
            .match(qtError);
    const bool badRequest = qtError.contains(QLatin1String("a version that we don't support")) ||
                            qtError.contains(QLatin1String("Unknown error condition"));
    if (!m_connected && (other.hasMatch() || badRequest)) {
        const int status = badRequest ? 400 : other.captured(1).toInt();
        const QString reason = badRequest ? QStringLiteral("Bad Request") : other.captured(2);
        Q_EMIT failed(Failure::Refused,
                      m_origin.isEmpty() || status != 403
                          ? Phrase::of(staticMetaObject,
                                       QT_TR_NOOP("the server answered the WebSocket handshake "
                                                  "with HTTP %1 %2 instead of 101 Switching "
                                                  "Protocols (RFC 6455 §4.1)"),
                                       {status, reason})
                          : Phrase::of(staticMetaObject,
                                       QT_TR_NOOP("the server answered the WebSocket handshake "
                                                  "with HTTP 403 %1: what a server answers when "
                                                  "it does not accept the origin %2 (RFC 6455 "
                                                  "§10.2); without it, the handshake shows "
                                                  "whether that is the reason"),
                                       {reason, m_origin}));
        return;
    }
    // Qt WebSockets may not say why ("Unknown error"): the socket's error does.
    const Phrase why = TlsErrorText::of(m_lastError, m_socket->errorString());
    if (!m_connected) {
        const bool tls = !m_verifyErrors.isEmpty() && m_tls.strict;
        Q_EMIT failed(tls ? Failure::TlsHandshake : Failure::Connect, why);
        return;
    }
    Q_EMIT failed(Failure::ConnectionLost, why);
}

QList<QSslCertificate> WebSocketTransport::peerCertificateChain() const
{
    return m_socket->sslConfiguration().peerCertificateChain();
}

bool WebSocketTransport::write(const QByteArray &bytes)
{
    if (!m_connected || m_failed)
        return false;
    // One element, one text message (RFC 7395 §3.3.3).
    return m_socket->sendTextMessage(QString::fromUtf8(bytes)) >= 0;
}

void WebSocketTransport::close()
{
    m_closing = true;
    if (m_connected) {
        m_socket->close(); // the closing handshake, then disconnected()
        return;
    }
    // Still connecting: given up, and reported closed on the next turn as for any close.
    m_aborting = true;
    m_socket->abort();
    m_aborting = false;
    QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
}

void WebSocketTransport::abort()
{
    const bool open = isOpen();
    m_closing = true;
    m_aborting = true;
    m_socket->abort();
    m_aborting = false;
    if (open)
        Q_EMIT aborted();
}

bool WebSocketTransport::isEncrypted() const
{
    return m_url.scheme() == QLatin1String("wss") && m_connected;
}

bool WebSocketTransport::isOpen() const
{
    return m_socket->state() != QAbstractSocket::UnconnectedState;
}

QString WebSocketTransport::localAddress() const
{
    return hostPort(m_socket->localAddress(), m_socket->localPort());
}

QString WebSocketTransport::peerAddress() const
{
    return hostPort(m_socket->peerAddress(), m_socket->peerPort());
}

} // namespace Inspector
