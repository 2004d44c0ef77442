// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dane.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

namespace Inspector {

struct TlsOptions
{
    QString peerName;               // SNI and the name certificates are verified against
    QList<QByteArray> alpn;         // e.g. "xmpp-server" (XEP-0368 §3)
    QList<QSslCertificate> extraCa; // trusted in addition to the system store
    bool strict = false;            // certificate errors abort the handshake
    QSslCertificate localCertificate;
    QSslKey privateKey;
    bool requestPeerCertificate = false; // server side: ask for (not require) a client cert
    QString service = QStringLiteral("xmpp-server"); // for the SRV-ID check (RFC 9525 §6.4)
    Dane::Expectation dane;                          // TLSA records of this endpoint, if any
};

/**
 * One TCP connection over QSslSocket: plain, STARTTLS upgrade or direct TLS. Emits cleartext
 * bytes (above TLS) so the caller records exactly what crossed the wire in the clear, and the
 * TLS facts once the handshake is done. Certificate errors are always reported; whether they
 * abort the handshake is TlsOptions::strict.
 */
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class Failure { Connect, Timeout, TlsHandshake, ConnectionLost, Other };
    Q_ENUM(Failure)

    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    void connectToHost(const QString &host, quint16 port, bool directTls, const TlsOptions &tls);
    /// Takes over an accepted connection (server side); with directTls the handshake starts.
    bool attach(qintptr socketDescriptor, bool directTls, const TlsOptions &tls);
    /// STARTTLS: begin the client handshake on the connected socket.
    void startTls(const TlsOptions &tls);
    /// STARTTLS, server side: answer the peer's ClientHello with our certificate.
    void startServerTls(const TlsOptions &tls);
    QList<QSslCertificate> peerCertificateChain() const { return m_socket->peerCertificateChain(); }
    QList<QSslError> verifyErrors() const { return m_verifyErrors; }
    /// The TLSA records against the chain (Dane::evaluate), once the handshake has the chain;
    /// empty without TLSA records.
    const QJsonObject &dane() const { return m_dane; }
    /// Whether DNSSEC-secure TLSA records make `error` irrelevant to the server's
    /// authentication (RFC 7673 §3): a DANE-EE match any PKIX problem (RFC 7671 §5.1), a
    /// DANE-TA match an issuer the system does not trust (§5.2). The name is still checked
    /// after a DANE-TA match.
    bool daneExcuses(const QSslError &error) const;
    /// Queues bytes for the peer; false when the connection cannot carry them.
    bool write(const QByteArray &bytes);
    /// Graceful close (TLS close_notify, then FIN) once pending data is written; during a
    /// TLS handshake there is nothing to close gracefully, so it is at once. closed() follows.
    void close();
    /// Ends the connection at once, discarding what is not written yet. The caller ends it
    /// itself, so aborted() is emitted, not closed(), which means the connection was lost.
    void abort();
    bool isEncrypted() const { return m_socket->isEncrypted(); }
    bool isOpen() const { return m_socket->state() != QAbstractSocket::UnconnectedState; }
    QString localAddress() const;
    QString peerAddress() const;
    /// Reads at most this much into memory before the caller has taken it (bounded memory).
    void setReadBufferSize(qint64 bytes) { m_socket->setReadBufferSize(bytes); }

Q_SIGNALS:
    void connected();
    void bytesReceived(const QByteArray &cleartext);
    void tlsEstablished(const QJsonObject &facts);
    /// Certificate problems as QSslSocket reported them, before the handshake continues/aborts.
    void certificateErrors(const QList<QSslError> &errors, bool fatal);
    void tlsAlert(const QString &direction, const QString &level, const QString &description);
    void failed(Inspector::Transport::Failure failure, const QString &message);
    void closed();
    void aborted();

private:
    void configureTls(const TlsOptions &tls, bool server);
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onError(QAbstractSocket::SocketError error);
    void evaluateDane();

    QSslSocket *m_socket;
    TlsOptions m_tls;
    QList<QSslError> m_verifyErrors;
    QJsonObject m_dane;
    bool m_daneDone = false;
    bool m_handshaking = false;
    bool m_failedReported = false;
    bool m_aborting = false;
};

} // namespace Inspector
