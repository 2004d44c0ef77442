// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <QPointer>

namespace Inspector::Test {

/**
 * An in-process transport for tests whose subject is a role's state machine, not sockets: two
 * ends linked to each other, bytes written to one arriving at the other on the next turn of
 * the event loop (as over TCP). Its "TLS" is a handshake in name, but with a socket's rules:
 * it completes once both ends have started it, nothing can be written meanwhile, and each end
 * then reports the facts of the chain and verification result the test says its peer
 * presents (TlsFacts::describeSession, the same as for a real handshake).
 */
class MemoryTransport : public Transport
{
    Q_OBJECT
public:
    explicit MemoryTransport(QObject *parent = nullptr);
    ~MemoryTransport() override;

    /// Links two ends; the second is the one a test usually drives by hand.
    static void link(MemoryTransport *a, MemoryTransport *b);
    /// A factory for a role's configuration: the one end it makes is linked to `peer`, and in
    /// a handshake sees `presented` with `errors` (what checking that chain gave). One
    /// connection per factory.
    static TransportFactory factory(MemoryTransport *peer,
                                    const QList<QSslCertificate> &presented = {},
                                    const QList<QSslError> &errors = {});

    /// A factory for a role that makes several connections: its ends are linked to `peers` in
    /// order, a null peer (or none left) making an end whose connection is refused.
    static TransportFactory sequence(const QList<MemoryTransport *> &peers,
                                     const QList<QSslCertificate> &presented = {});

    /// The certificates this end's peer presents in a handshake, and what checking them gave.
    void setPeerPresents(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    /// Every connectToHost() of this end fails as a refused connection would.
    void refuseConnections(bool refuse) { m_refuse = refuse; }
    /// What checking the handshake's chain against the endpoint's TLSA records gave
    /// (what Dane::evaluate gives, e.g. a mismatch); reported as dane() once TLS is up.
    void setDane(const DaneFact &dane) { m_daneAfterHandshake = dane; }

    /// Everything this end has received so far.
    QByteArray received() const { return m_received; }

    void connectToHost(const QString &host, quint16 port, bool directTls,
                       const TlsOptions &tls) override;
    bool attach(qintptr socketDescriptor, bool directTls, const TlsOptions &tls) override;
    void startTls(const TlsOptions &tls) override;
    void startServerTls(const TlsOptions &tls) override;
    QList<QSslCertificate> peerCertificateChain() const override { return m_peerChain; }
    QList<QSslError> verifyErrors() const override { return m_verifyErrors; }
    const DaneFact &dane() const override { return m_dane; }
    bool write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    /// As a socket's: open from connectToHost() on, while the connection is being made.
    bool isOpen() const override { return m_open || m_connecting; }
    QString localAddress() const override { return m_address; }
    QString peerAddress() const override;
    void setReadBufferSize(qint64) override {}

private:
    /// This end starts TLS; the handshake completes when the other end has started it too.
    void requestTls(const TlsOptions &tls);
    void completeHandshake();
    /// The peer's end of the connection went away (FIN or reset).
    void peerGone();

    QPointer<MemoryTransport> m_peer;
    QList<QSslCertificate> m_peerChain;
    QList<QSslError> m_verifyErrors;
    DaneFact m_dane;
    DaneFact m_daneAfterHandshake;
    QByteArray m_received;
    QString m_address;
    bool m_open = false;
    bool m_connecting = false; // connectToHost() called, not connected (or refused) yet
    bool m_encrypted = false;
    bool m_handshaking = false;
    TlsOptions m_tls;
    bool m_refuse = false;
};

} // namespace Inspector::Test
