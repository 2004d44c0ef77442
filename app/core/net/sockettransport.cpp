// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettransport.h"

#include "tlserrortext.h"
#include "tlsfacts.h"

#include "facts/tlsfact.h"

#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace Inspector {

namespace {
QString alertLevelName(QSsl::AlertLevel level)
{
    switch (level) {
    case QSsl::AlertLevel::Warning:
        return QStringLiteral("warning");
    case QSsl::AlertLevel::Fatal:
        return QStringLiteral("fatal");
    case QSsl::AlertLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
} // namespace

SocketTransport::SocketTransport(QObject *parent)
    : Transport(parent)
    , m_socket(new QSslSocket(this))
{
    // Reads are handed on (parsed, recorded, shown) 64 KiB at a time: a peer that floods the
    // connection waits in TCP flow control instead of in memory, and the thread that parses
    // never holds more than a few milliseconds of work at once.
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &SocketTransport::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &SocketTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SocketTransport::onError);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_handshaking = false;
        evaluateDane();
        TlsFact facts =
            TlsFacts::describeSession(*m_socket, m_tls.peerName, m_verifyErrors, m_tls.service);
        facts.dane = m_dane;
        // What went on the wire (the identity check itself compares U- and A-labels alike).
        if (!m_tls.peerName.isEmpty())
            facts.sni = QString::fromLatin1(QUrl::toAce(m_tls.peerName));
        Q_EMIT tlsEstablished(facts);
        const IdentityFact identity = facts.identity;
        // RFC 7671 §5.1: a DANE-EE match does not depend on names; a DANE mismatch is the
        // session's to report (it records the chain, then closes).
        const bool daneSettles = m_dane.usable && (m_dane.matchedUsage == 3 || m_dane.mismatch);
        if (m_tls.strict && !daneSettles && identity.present && !identity.matched &&
            !m_failedReported) {
            // --strict-tls: a certificate that does not prove the domain (RFC 9525) ends here.
            m_failedReported = true;
            Q_EMIT failed(Failure::TlsHandshake,
                          Phrase::of(staticMetaObject,
                                     QT_TR_NOOP("The certificate is not valid for %1 (RFC 9525: "
                                                "no DNS-ID, SRV-ID or XmppAddr names it)."),
                                     {m_tls.peerName}));
            m_socket->abort();
        }
    });
    connect(m_socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType, const QString &description) {
                Q_EMIT tlsAlert(QStringLiteral("received"), alertLevelName(level), description);
            });
    connect(m_socket, &QSslSocket::alertSent, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType, const QString &description) {
                Q_EMIT tlsAlert(QStringLiteral("sent"), alertLevelName(level), description);
            });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_aborting)
            return; // abort() read what was left and reports the end itself
        // Data may still sit in the read buffer when the peer closed right after sending it.
        onReadyRead();
        if (m_handshaking && !m_failedReported) {
            m_failedReported = true;
            Q_EMIT failed(Failure::TlsHandshake,
                          Phrase::of(staticMetaObject,
                                     QT_TR_NOOP("The peer closed the connection during the TLS "
                                                "handshake.")));
        }
        Q_EMIT closed();
    });
}

SocketTransport::~SocketTransport() = default;

void SocketTransport::configureTls(const TlsOptions &tls, bool server)
{
    m_tls = tls;
    m_verifyErrors.clear();
    m_fatalVerifyError.reset();
    m_dane = DaneFact();
    m_daneDone = false;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!tls.extraCa.isEmpty())
        conf.addCaCertificates(tls.extraCa);
    if (!tls.alpn.isEmpty())
        conf.setAllowedNextProtocols(tls.alpn);
    if (!tls.localCertificate.isNull()) {
        conf.setLocalCertificate(tls.localCertificate);
        conf.setPrivateKey(tls.privateKey);
    }
    if (server) {
        // RFC 6120 §13.7.2.1: the initiating server may present a certificate; we ask for one
        // and report on it, but do not require it (dialback works without).
        conf.setPeerVerifyMode(tls.requestPeerCertificate ? QSslSocket::QueryPeer
                                                          : QSslSocket::VerifyNone);
    } else {
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(tls.peerName);
}

void SocketTransport::connectToHost(const QString &host, quint16 port, bool directTls,
                                    const TlsOptions &tls)
{
    m_failedReported = false;
    if (directTls) {
        configureTls(tls, false);
        m_handshaking = true;
        // XEP-0368 §3: SNI is the XMPP domain, not the host we connect to; RFC 6066 §3: as an
        // A-label (UTS #46), whatever form the domain was given in.
        m_socket->connectToHostEncrypted(host, port,
                                         QString::fromLatin1(QUrl::toAce(tls.peerName)));
    } else {
        m_socket->connectToHost(host, port);
    }
}

void SocketTransport::startTls(const TlsOptions &tls)
{
    configureTls(tls, false);
    m_handshaking = true;
    m_socket->startClientEncryption();
}

bool SocketTransport::attach(qintptr socketDescriptor, bool directTls, const TlsOptions &tls)
{
    m_failedReported = false;
    if (!m_socket->setSocketDescriptor(socketDescriptor))
        return false;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (directTls)
        startServerTls(tls);
    return true;
}

void SocketTransport::startServerTls(const TlsOptions &tls)
{
    configureTls(tls, true);
    m_handshaking = true;
    m_socket->startServerEncryption();
}

bool SocketTransport::write(const QByteArray &bytes)
{
    // Nothing can be written while a TLS handshake is under way or after it failed (the
    // bytes would wait for a session that never comes), nor on a connection that is not
    // established.
    if (m_handshaking || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    return m_socket->write(bytes) == bytes.size();
}

void SocketTransport::close()
{
    if (m_handshaking) {
        // QSslSocket would wait for the handshake to finish before closing, however long a
        // peer that stalls it takes (until our grace timer aborts): there is no TLS session
        // to close yet, so the TCP connection ends now.
        m_handshaking = false;
        m_socket->abort();
        return;
    }
    const QAbstractSocket::SocketState state = m_socket->state();
    if (state == QAbstractSocket::HostLookupState || state == QAbstractSocket::ConnectingState) {
        // disconnectFromHost() would let the attempt go on (connected() fires, then the socket
        // closes): the attempt is given up, and as nothing was connected, no disconnected()
        // comes, so closed() is reported here, on the next turn as for any close.
        m_socket->abort();
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
        return;
    }
    m_socket->disconnectFromHost();
}

void SocketTransport::abort()
{
    // The callers end the connection themselves (a close that took too long, a grace period
    // that ran out) and finish right after: closed() from here would read as the peer having
    // closed it, and be reported as a lost connection after the fact.
    const bool open = isOpen();
    if (m_socket->isReadable())
        onReadyRead(); // what arrived before the end is still recorded
    m_aborting = true;
    m_socket->abort();
    m_aborting = false;
    if (open)
        Q_EMIT aborted();
}

QString SocketTransport::localAddress() const
{
    return m_socket->localAddress().toString() + QLatin1Char(':') +
           QString::number(m_socket->localPort());
}

QString SocketTransport::peerAddress() const
{
    return m_socket->peerAddress().toString() + QLatin1Char(':') +
           QString::number(m_socket->peerPort());
}

void SocketTransport::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        Q_EMIT bytesReceived(bytes);
}

void SocketTransport::evaluateDane()
{
    if (m_daneDone || m_tls.dane.tlsa.isEmpty())
        return;
    m_daneDone = true;
    QList<QByteArray> chain;
    for (const QSslCertificate &c : m_socket->peerCertificateChain())
        chain << c.toDer();
    bool pkixValid = true;
    for (const QSslError &e : std::as_const(m_verifyErrors))
        pkixValid = pkixValid && e.error() == QSslError::HostNameMismatch;
    m_dane =
        Dane::evaluate(m_tls.dane.tlsa, chain, pkixValid, m_tls.dane.dnssec, m_tls.dane.applies);
}

void SocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    m_verifyErrors = errors;
    evaluateDane();
    // Inspection mode: the errors are recorded and the handshake goes on, so the admin sees
    // the rest of the session. --strict-tls: chain problems abort. The name is checked by this
    // tool after the handshake (RFC 9525 with SRV-ID and XmppAddr, which Qt's own check does
    // not know), not by Qt. With DNSSEC-secure TLSA records, DANE decides (RFC 7673 §3): a
    // DANE-EE match makes PKIX problems irrelevant (RFC 7671 §5.1), a DANE-TA match stands in
    // for a trusted issuer (§5.2), and a mismatch lets the handshake finish so that the chain
    // is recorded before the session fails.
    const bool mismatch = m_dane.usable && m_dane.mismatch;
    QList<QSslError> fatal;
    for (const QSslError &e : errors) {
        if (!m_tls.strict || e.error() == QSslError::HostNameMismatch || mismatch || daneExcuses(e))
            continue;
        fatal.append(e);
    }
    m_fatalVerifyError = fatal.isEmpty() ? std::optional<QSslError>() : fatal.first();
    Q_EMIT certificateErrors(errors, !fatal.isEmpty());
    if (fatal.isEmpty())
        m_socket->ignoreSslErrors(errors);
}

void SocketTransport::onError(QAbstractSocket::SocketError error)
{
    if (m_failedReported)
        return;
    Failure kind = Failure::Other;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::AddressInUseError:
        kind = m_socket->state() == QAbstractSocket::ConnectedState ? Failure::ConnectionLost
                                                                    : Failure::Connect;
        break;
    case QAbstractSocket::SocketTimeoutError:
        kind = Failure::Timeout;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        kind = Failure::TlsHandshake;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_handshaking)
            kind = Failure::TlsHandshake;
        else
            return; // a normal close is reported through closed()
        break;
    default:
        kind = m_handshaking ? Failure::TlsHandshake : Failure::Other;
        break;
    }
    if (kind == Failure::Connect && m_socket->state() == QAbstractSocket::ConnectedState)
        kind = Failure::ConnectionLost;
    m_failedReported = true;
    // A handshake aborted for a certificate error: Qt's text is that error's (translated).
    Q_EMIT failed(kind, error == QAbstractSocket::SslHandshakeFailedError && m_fatalVerifyError
                            ? TlsErrorText::of(*m_fatalVerifyError)
                            : TlsErrorText::of(error, m_socket->errorString()));
}

} // namespace Inspector
