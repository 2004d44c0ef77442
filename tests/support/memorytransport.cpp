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

TransportFactory MemoryTransport::factory(MemoryTransport *peer)
{
    return [peer](QObject *parent) {
        auto *end = new MemoryTransport(parent);
        link(end, peer);
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
    QTimer::singleShot(0, this, [this, directTls, tls] {
        if (m_refuse || !m_peer) {
            Q_EMIT failed(Failure::Connect, QStringLiteral("Connection refused (in memory)."));
            return;
        }
        m_open = true;
        m_peer->m_open = true;
        Q_EMIT connected();
        if (directTls)
            handshake(tls);
    });
}

bool MemoryTransport::attach(qintptr, bool directTls, const TlsOptions &tls)
{
    m_open = true;
    if (m_peer)
        m_peer->m_open = true; // the other end connected to us
    if (directTls)
        QTimer::singleShot(0, this, [this, tls] { handshake(tls); });
    return true;
}

void MemoryTransport::startTls(const TlsOptions &tls)
{
    QTimer::singleShot(0, this, [this, tls] { handshake(tls); });
}

void MemoryTransport::startServerTls(const TlsOptions &tls)
{
    startTls(tls);
}

void MemoryTransport::handshake(const TlsOptions &tls)
{
    if (!m_open)
        return;
    m_encrypted = true;
    if (m_peer)
        m_peer->m_encrypted = true;
    if (!m_verifyErrors.isEmpty())
        Q_EMIT certificateErrors(m_verifyErrors, tls.strict);
    if (tls.strict && !m_verifyErrors.isEmpty()) {
        Q_EMIT failed(Failure::TlsHandshake, m_verifyErrors.first().errorString());
        abort();
        return;
    }
    TlsFacts::Handshake h;
    h.peerChain = m_peerChain;
    h.protocol = int(QSsl::TlsV1_3);
    h.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    Q_EMIT tlsEstablished(TlsFacts::describeSession(h, tls.peerName, m_verifyErrors, tls.service));
}

bool MemoryTransport::write(const QByteArray &bytes)
{
    if (!m_open || !m_peer)
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
    const bool wasOpen = m_open;
    m_open = false;
    if (wasOpen && m_peer) {
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
    Q_EMIT closed();
}

} // namespace Inspector::Test
