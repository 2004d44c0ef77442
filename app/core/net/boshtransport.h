// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Inspector {

/// What a BOSH request is for, as HttpFact::purpose records it.
namespace BoshPurpose {
inline const QString Create = QStringLiteral("create");
inline const QString Restart = QStringLiteral("restart");
inline const QString Send = QStringLiteral("send");
inline const QString Poll = QStringLiteral("poll");
inline const QString Terminate = QStringLiteral("terminate");
} // namespace BoshPurpose

/**
 * An XMPP stream over BOSH (XEP-0124, XEP-0206) with Qt Network: the stream's elements are
 * written whole, as over WebSocket (<open/> for the stream's start, <close/> for its end), and
 * travel in the <body/> of HTTP POST requests to the URL: the first creates the session
 * (wait, hold, ver, xmpp:version), an <open/> after it asks for a restart (xmpp:restart), a
 * <close/> terminates, and an empty request is kept waiting at the server whenever nothing
 * else is (the long poll; a polling session waits its 'polling' seconds). Requests carry
 * consecutive rids, at most 'requests' at once; responses are handed on in the order of
 * their requests (XEP-0124 §14.2), a response that came early is held and noted. Each request
 * and response is reported (httpRequestSent(), httpResponseReceived()) with its timing.
 * A terminate with a condition, an HTTP error, a certificate that changes between the
 * session's connections (§19.1) end the session with the reason. No proxy, no redirects.
 */
class BoshTransport : public Transport
{
    Q_OBJECT
public:
    /// `origin`: sent as a browser's page at that origin would (RFC 6454), and the responses'
    /// Access-Control-Allow-Origin checked against it; empty: none sent.
    explicit BoshTransport(const QUrl &url, const QString &origin = {}, QObject *parent = nullptr);
    ~BoshTransport() override;

    /// No connection comes first over HTTP: connected() follows at once, and the first
    /// request (the <open/>) opens one.
    void connectToHost(const QString &host, quint16 port, bool directTls,
                       const TlsOptions &tls) override;
    bool attach(qintptr, bool, const TlsOptions &) override { return false; }
    void startTls(const TlsOptions &) override {}
    void startServerTls(const TlsOptions &) override {}
    QList<QSslCertificate> peerCertificateChain() const override { return m_chain; }
    QList<QSslError> verifyErrors() const override { return m_verifyErrors; }
    const DaneFact &dane() const override { return m_dane; }
    bool write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override { return !m_chain.isEmpty(); }
    bool isOpen() const override;
    QString localAddress() const override { return {}; }
    QString peerAddress() const override;
    void setReadBufferSize(qint64) override {}
    bool carriesHttpBodies() const override { return true; }

    /// What the session asks for: the longest wait of a request (seconds, XEP-0124 §7.1).
    static constexpr int Wait = 60;
    /// The largest response taken: a stanza's limit (ParserLimits) with room for others.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    /// Long polls answered at once and empty in a row before the next waits a second.
    static constexpr int QuickEmptyPolls = 3;
    /// What a terminate condition (XEP-0124 §17.2) means, in one sentence.
    static Phrase conditionText(const QString &condition, const QString &uri = {});

private:
    struct Pending
    {
        QString purpose; // create, restart, send, poll, terminate
        QByteArray payload;
        int elements = 0;
    };
    struct InFlight
    {
        qint64 rid = 0;
        qint64 number = 0;
        QString purpose;
        QElapsedTimer sent;
    };
    struct Arrived
    {
        HttpFact fact;
        QByteArray body;
    };

    void queue(const QString &purpose, const QByteArray &payload);
    void pump();
    void post(const Pending &p);
    QByteArray startTag(const Pending &p, qint64 rid) const;
    void onFinished(QNetworkReply *reply);
    /// A request that got no HTTP response: the reason is the network's (or the timeout's).
    /// With an origin: whether a page there could read this response (once per session).
    void checkCors(QNetworkReply *reply, qint64 rid, int status);
    /// With an origin: the OPTIONS request a browser sends before posting text/xml (Fetch,
    /// CORS preflight), and whether its answer lets the page post.
    void sendPreflight();
    /// What every request of the session has: the URL, the Origin, the timeout, the trust.
    QNetworkRequest baseRequest() const;
    void checkPreflight();
    void failWithoutResponse(QNetworkReply *reply, qint64 rid);
    bool checkCertificate(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void deliver();
    void process(const Arrived &a);
    void readSessionAttributes(const QHash<QString, QString> &attributes);
    void notePolls(const HttpFact &fact);
    void stop();
    void fail(Failure failure, const Phrase &why);
    void finish();
    int maxRequests() const;

    QUrl m_url;
    QString m_origin;
    bool m_corsNoted = false;            // a response a page at m_origin could not read was noted
    QPointer<QNetworkReply> m_preflight; // the browser's OPTIONS before its first POST
    QNetworkAccessManager *m_nam;
    TlsOptions m_tls;
    QString m_to;
    QString m_lang;
    QString m_sid;
    qint64 m_nextRid = 0;
    qint64 m_nextDelivered = 0; // the rid whose response is handed on next
    qint64 m_requests = 0;      // posted so far
    int m_hold = 1;
    int m_maxRequests = 2;
    int m_wait = Wait;
    int m_polling = 0;
    bool m_pollingSession = false; // XEP-0124 §12: empty requests 'polling' seconds apart
    int m_quickEmptyPolls = 0;     // long polls answered at once and empty, one after another
    QList<Pending> m_queue;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QMap<qint64, Arrived> m_early; // responses that came before an earlier request's
    QTimer m_pumpTimer;
    QTimer m_pollTimer;
    QList<QSslCertificate> m_chain; // the first connection's: empty until TLS is up
    QList<QSslError> m_verifyErrors;
    DaneFact m_dane; // DANE is not applied: Qt Network dials the host itself
    bool m_connected = false;
    bool m_closing = false;
    bool m_terminated = false;
    bool m_failed = false;
    bool m_closedEmitted = false;
};

} // namespace Inspector
