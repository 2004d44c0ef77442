// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <optional>

namespace Inspector {

/**
 * One TCP connection over QSslSocket: plain, STARTTLS upgrade or direct TLS. Emits cleartext
 * bytes (above TLS) so the caller records exactly what crossed the wire in the clear, and the
 * TLS facts once the handshake is done.
 */
class SocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit SocketTransport(QObject *parent = nullptr);
    ~SocketTransport() override;

    void connectToHost(const QString &host, quint16 port, bool directTls,
                       const TlsOptions &tls) override;
    bool attach(qintptr socketDescriptor, bool directTls, const TlsOptions &tls) override;
    void startTls(const TlsOptions &tls) override;
    void startServerTls(const TlsOptions &tls) override;
    QList<QSslCertificate> peerCertificateChain() const override
    {
        return m_socket->peerCertificateChain();
    }
    QList<QSslError> verifyErrors() const override { return m_verifyErrors; }
    const DaneFact &dane() const override { return m_dane; }
    bool write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    void flush() override { m_socket->flush(); }
    bool isEncrypted() const override { return m_socket->isEncrypted(); }
    bool isOpen() const override { return m_socket->state() != QAbstractSocket::UnconnectedState; }
    QString localAddress() const override;
    QString peerAddress() const override;
    void setReadBufferSize(qint64 bytes) override { m_socket->setReadBufferSize(bytes); }

private:
    void configureTls(const TlsOptions &tls, bool server);
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onError(QAbstractSocket::SocketError error);
    void evaluateDane();

    QSslSocket *m_socket;
    TlsOptions m_tls;
    QList<QSslError> m_verifyErrors;
    std::optional<QSslError> m_fatalVerifyError; // the one that aborts the handshake (strict)
    DaneFact m_dane;
    bool m_daneDone = false;
    bool m_handshaking = false;
    bool m_failedReported = false;
    bool m_aborting = false;
};

} // namespace Inspector
