// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorytransport.h"

#include "net/tlsfacts.h"

#include <QTimer>

namespace Inspector::Test {

namespace {
int nextAddress = 1;
} // namespace

MemoryTransport::MemoryTransport(QObject *parent)
    : Transport(parent)
    , m_address(QStringLiteral("memory:%1").arg(nextAddress++))
{}

MemoryTransport::~MemoryTransport()
{
    if (m_peer && m_open)
        m_peer->peerGone();
}

void MemoryTransport::link(MemoryTransport *a, MemoryTransport *b)
{
    a->m_peer = b;
    b->m_peer = a;
}

TransportFactory MemoryTransport::factory(MemoryTransport *peer,
                                          const QList<QSslCertificate> &presented,
                                          const QList<QSslError> &errors)
{
    return [peer, presented, errors](QObject *parent) {
        Q_ASSERT(!peer->m_peer); // one connection per factory: the peer end is taken
        auto *end = new MemoryTransport(parent);
        end->setPeerPresents(presented, errors);
        link(end, peer);
        return end;
    };
}

TransportFactory MemoryTransport::sequence(const QList<MemoryTransport *> &peers,
                                           const QList<QSslCertificate> &presented)
{
    auto next = std::make_shared<qsizetype>(0);
    return [peers, presented, next](QObject *parent) {
        auto *end = new MemoryTransport(parent);
        end->setPeerPresents(presented, {});
        MemoryTransport *peer = peers.value((*next)++);
        if (peer)
            link(end, peer);
        else
            end->refuseConnections(true);
        return end;
    };
}

void MemoryTransport::setPeerPresents(const QList<QSslCertificate> &chain,
                                      const QList<QSslError> &errors)
{
    m_peerChain = chain;
    m_verifyErrors = errors;
}

QString MemoryTransport::peerAddress() const
{
    return m_peer ? m_peer->m_address : QString();
}

void MemoryTransport::connectToHost(const QString &, quint16, bool directTls, const TlsOptions &tls)
{
    m_connecting = true;
    QTimer::singleShot(0, this, [this, directTls, tls] {
        if (!m_connecting)
            return; // closed while connecting
        m_connecting = false;
        if (m_refuse || !m_peer) {
            Q_EMIT failed(Failure::Connect, QStringLiteral("Connection refused (in memory)."));
            return;
        }
        m_open = true;
        m_peer->m_open = true;
        Q_EMIT connected();
        if (directTls)
            requestTls(tls);
    });
}

bool MemoryTransport::attach(qintptr, bool directTls, const TlsOptions &tls)
{
    m_open = true;
    if (m_peer)
        m_peer->m_open = true; // the other end connected to us
    if (directTls)
        requestTls(tls);
    return true;
}

void MemoryTransport::startTls(const TlsOptions &tls)
{
    requestTls(tls);
}

void MemoryTransport::startServerTls(const TlsOptions &tls)
{
    requestTls(tls);
}

void MemoryTransport::requestTls(const TlsOptions &tls)
{
    if (!m_open || m_handshaking)
        return;
    m_handshaking = true;
    m_tls = tls;
    if (m_peer && m_peer->m_handshaking) {
        QPointer<MemoryTransport> peer = m_peer;
        QTimer::singleShot(0, this, [this, peer] {
            completeHandshake();
            if (peer)
                peer->completeHandshake();
        });
    }
}

void MemoryTransport::completeHandshake()
{
    if (!m_open || !m_handshaking)
        return;
    m_handshaking = false;
    if (!m_verifyErrors.isEmpty())
        Q_EMIT certificateErrors(m_verifyErrors, m_tls.strict);
    if (m_tls.strict && !m_verifyErrors.isEmpty()) {
        // As a socket does: the handshake fails, then the connection is gone.
        Q_EMIT failed(Failure::TlsHandshake, m_verifyErrors.first().errorString());
        m_open = false;
        if (m_peer)
            m_peer->peerGone();
        Q_EMIT closed();
        return;
    }
    m_encrypted = true;
    m_dane = m_daneAfterHandshake;
    TlsFacts::Handshake h;
    h.peerChain = m_peerChain;
    h.protocol = int(QSsl::TlsV1_3);
    h.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    Q_EMIT tlsEstablished(
        TlsFacts::describeSession(h, m_tls.peerName, m_verifyErrors, m_tls.service));
}

bool MemoryTransport::write(const QByteArray &bytes)
{
    // As over a socket: nothing goes while a handshake is under way.
    if (!m_open || !m_peer || m_handshaking)
        return false;
    QPointer<MemoryTransport> peer = m_peer;
    QTimer::singleShot(0, peer, [peer, bytes] {
        if (!peer || !peer->m_open)
            return;
        peer->m_received += bytes;
        Q_EMIT peer->bytesReceived(bytes);
    });
    return true;
}

void MemoryTransport::close()
{
    if (m_connecting) {
        // The attempt is given up: it never connects, and the connection reports its end.
        m_connecting = false;
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
        return;
    }
    if (!m_open)
        return;
    m_open = false;
    // After the bytes already on their way: a FIN follows the data.
    QPointer<MemoryTransport> peer = m_peer;
    QTimer::singleShot(0, this, [this, peer] {
        if (peer)
            peer->peerGone();
        Q_EMIT closed();
    });
}

void MemoryTransport::abort()
{
    if (m_connecting) {
        m_connecting = false;
        Q_EMIT aborted();
        return;
    }
    if (!m_open)
        return;
    m_open = false;
    m_handshaking = false;
    if (m_peer) {
        QPointer<MemoryTransport> peer = m_peer;
        QTimer::singleShot(0, peer, [peer] {
            if (peer)
                peer->peerGone();
        });
    }
    Q_EMIT aborted();
}

void MemoryTransport::peerGone()
{
    if (!m_open)
        return;
    m_open = false;
    m_handshaking = false;
    Q_EMIT closed();
}

} // namespace Inspector::Test
