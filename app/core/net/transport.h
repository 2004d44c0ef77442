// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/eventfacts.h"
#include "facts/tlsfact.h"
#include "net/dane.h"
#include "text/phrase.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

#include <functional>

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
 * One connection to a peer, as the stream above it sees it: bytes in the clear both ways, TLS
 * started directly or by STARTTLS, the TLS facts once the handshake is done, and how it ended.
 * SocketTransport is the real one (QSslSocket); tests drive the roles over an in-process one.
 * Certificate errors are always reported; whether they abort the handshake is
 * TlsOptions::strict.
 */
class Transport : public QObject
{
    Q_OBJECT
public:
    /// Refused: the peer ended the session at the protocol's level with its reason (a BOSH
    /// terminate condition, an HTTP error), which the message explains.
    enum class Failure { Connect, Timeout, TlsHandshake, ConnectionLost, Refused, Other };
    Q_ENUM(Failure)

    using QObject::QObject;

    virtual void connectToHost(const QString &host, quint16 port, bool directTls,
                               const TlsOptions &tls) = 0;
    /// Takes over an accepted connection (server side); with directTls the handshake starts.
    virtual bool attach(qintptr socketDescriptor, bool directTls, const TlsOptions &tls) = 0;
    /// STARTTLS: begin the client handshake on the connected socket.
    virtual void startTls(const TlsOptions &tls) = 0;
    /// STARTTLS, server side: answer the peer's ClientHello with our certificate.
    virtual void startServerTls(const TlsOptions &tls) = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    virtual QList<QSslError> verifyErrors() const = 0;
    /// The TLSA records against the chain (Dane::evaluate), once the handshake has the chain;
    /// not present without TLSA records.
    virtual const DaneFact &dane() const = 0;
    /// Whether DNSSEC-secure TLSA records make `error` irrelevant to the server's
    /// authentication (RFC 7673 §3): a DANE-EE match any PKIX problem (RFC 7671 §5.1), a
    /// DANE-TA match an issuer the system does not trust (§5.2). The name is still checked
    /// after a DANE-TA match.
    bool daneExcuses(const QSslError &error) const;
    /// Whether the peer's certificate proves it is `domain` for `service` (xmpp-server,
    /// xmpp-client): a chain that verified or that DANE excuses (RFC 7671 §5), and the name by
    /// RFC 9525 (DNS-ID, SRV-ID, XmppAddr), which a DANE-EE match makes irrelevant (§5.1).
    bool provesIdentity(const QString &domain, const QString &service) const;
    /// Queues bytes for the peer; false when the connection cannot carry them.
    virtual bool write(const QByteArray &bytes) = 0;
    /// Graceful close (TLS close_notify, then FIN) once pending data is written; during a
    /// TLS handshake there is nothing to close gracefully, so it is at once. closed() follows.
    virtual void close() = 0;
    /// Ends the connection at once, discarding what is not written yet. The caller ends it
    /// itself, so aborted() is emitted, not closed(), which means the connection was lost.
    virtual void abort() = 0;
    /// Writes what is queued to the network now, as far as it goes without blocking.
    virtual void flush() {}
    virtual bool isEncrypted() const = 0;
    virtual bool isOpen() const = 0;
    virtual QString localAddress() const = 0;
    virtual QString peerAddress() const = 0;
    /// Reads at most this much into memory before the caller has taken it (bounded memory).
    virtual void setReadBufferSize(qint64 bytes) = 0;
    /// Whether the bytes come and go in messages, each one whole element (RFC 7395 framing
    /// over WebSocket), rather than as a byte stream.
    virtual bool framesMessages() const { return false; }
    /// Whether the stream travels in HTTP requests and responses (BOSH, XEP-0124): each
    /// element is written whole, and what comes back are the responses' bodies
    /// (httpResponseReceived()), not bytesReceived().
    virtual bool carriesHttpBodies() const { return false; }

Q_SIGNALS:
    void connected();
    void bytesReceived(const QByteArray &cleartext);
    void tlsEstablished(const TlsFact &facts);
    /// Certificate problems as reported, before the handshake continues or aborts.
    void certificateErrors(const QList<QSslError> &errors, bool fatal);
    void tlsAlert(const QString &direction, const QString &level, const QString &description);
    void failed(Inspector::Transport::Failure failure, const Inspector::Phrase &message);
    void closed();
    void aborted();
    /// BOSH: a request posted, with its <body/> start tag (the whole body when it is empty).
    void httpRequestSent(const Inspector::HttpFact &fact, const QByteArray &startTag);
    /// BOSH: a response's whole body, in the order of the requests.
    void httpResponseReceived(const Inspector::HttpFact &fact, const QByteArray &body);
    /// Something the connection's log should say (a peer's fault that is not fatal).
    void notice(const Inspector::Phrase &text);
};

/// Makes the transport of a new connection (owned by `parent`); empty: a SocketTransport.
using TransportFactory = std::function<Transport *(QObject *parent)>;

} // namespace Inspector
