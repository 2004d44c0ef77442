// SPDX-License-Identifier: GPL-3.0-or-later
#include "boshtransport.h"

#include "net/tlsfacts.h"
#include "xml/namespaces.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Inspector {

using namespace BoshPurpose;

BoshTransport::BoshTransport(const QUrl &url, const QString &origin, QObject *parent)
    : Transport(parent)
    , m_url(url)
    , m_origin(origin)
    , m_nam(new QNetworkAccessManager(this))
{
    // What is tested is the path a client takes to the server, not a proxy's.
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_nam, &QNetworkAccessManager::finished, this, &BoshTransport::onFinished);
    connect(m_nam, &QNetworkAccessManager::sslErrors, this, &BoshTransport::onSslErrors);
    connect(m_nam, &QNetworkAccessManager::encrypted, this,
            [this](QNetworkReply *reply) { checkCertificate(reply); });
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0); // the elements written in one turn go in one request
    connect(&m_pumpTimer, &QTimer::timeout, this, &BoshTransport::pump);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_queue.isEmpty() && m_inFlight.isEmpty() && !m_closing)
            post(Pending{Poll, {}, 0});
    });
    // XEP-0124 §14.1: a large random first rid, far below 2^53 after any session's requests.
    m_nextRid = QRandomGenerator::system()->bounded(qint64(1) << 32, qint64(1) << 48);
    m_nextDelivered = m_nextRid;
}

BoshTransport::~BoshTransport()
{
    // Nothing of the session outlives it: no reply, no connection kept for reuse.
    m_failed = true; // the replies' ends are not the session's
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_nam->clearConnectionCache();
}

void BoshTransport::connectToHost(const QString &, quint16, bool, const TlsOptions &tls)
{
    m_tls = tls;
    m_connected = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_failed)
            Q_EMIT connected();
    });
}

bool BoshTransport::write(const QByteArray &bytes)
{
    if (!m_connected || m_failed || m_terminated || m_closing)
        return false;
    QXmlStreamReader r(bytes);
    r.readNextStartElement();
    if (r.namespaceUri() == Ns::Framing && r.name() == QLatin1String("open")) {
        m_to = r.attributes().value(QStringLiteral("to")).toString();
        m_lang = r.attributes().value(Ns::Xml, QStringLiteral("lang")).toString();
        queue(m_requests > 0 ? Restart : Create, {});
    } else if (r.namespaceUri() == Ns::Framing && r.name() == QLatin1String("close")) {
        queue(Terminate, {});
    } else {
        queue(Send, bytes);
    }
    return true;
}

void BoshTransport::queue(const QString &purpose, const QByteArray &payload)
{
    if (purpose == Create) {
        // A browser's page asks first whether it may post text/xml (the CORS preflight).
        if (m_origin.isEmpty())
            post(Pending{Create, {}, 0});
        else
            sendPreflight();
        return;
    }
    Pending *last = m_queue.isEmpty() ? nullptr : &m_queue.last();
    if (purpose == Send && last && last->purpose == Send) {
        last->payload += payload;
        ++last->elements;
    } else if (purpose == Terminate && last && last->purpose == Send) {
        // XEP-0124 §13: the terminate carries what was written last (an unavailable presence).
        last->purpose = Terminate;
    } else {
        m_queue.append(Pending{purpose, payload, payload.isEmpty() ? 0 : 1});
    }
    if (purpose == Terminate)
        m_closing = true;
    m_pumpTimer.start();
}

int BoshTransport::maxRequests() const
{
    return qMax(1, m_maxRequests);
}

void BoshTransport::pump()
{
    if (m_failed || m_terminated || m_sid.isEmpty())
        return;
    while (!m_queue.isEmpty()) {
        // XEP-0124 §11: one request more than 'requests' is allowed to terminate.
        const int room = maxRequests() + (m_queue.first().purpose == Terminate ? 1 : 0);
        if (m_inFlight.size() >= room)
            break;
        post(m_queue.takeFirst());
    }
    // XEP-0124 §10: with no request left at the server, a new one at once (the long poll),
    // or after the 'polling' interval in a polling session (§12). A server that answers long
    // polls at once and empty is polled once a second, not as fast as it answers.
    if (m_queue.isEmpty() && m_inFlight.isEmpty() && !m_closing) {
        if (m_pollingSession || m_quickEmptyPolls >= QuickEmptyPolls) {
            if (!m_pollTimer.isActive())
                m_pollTimer.start(qMax(m_pollingSession ? m_polling : 0, 1) * 1000);
        } else {
            post(Pending{Poll, {}, 0});
        }
    }
}

QNetworkRequest BoshTransport::baseRequest() const
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_origin.isEmpty())
        request.setRawHeader("Origin", m_origin.toUtf8());
    // The server may hold a request for its 'wait'; a little more is the network's.
    request.setTransferTimeout((m_wait + 15) * 1000);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_tls.extraCa);
    request.setSslConfiguration(ssl);
    return request;
}

QByteArray BoshTransport::startTag(const Pending &p, qint64 rid) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("body"));
    w.writeDefaultNamespace(Ns::HttpBind);
    const bool stream = p.purpose == Create || p.purpose == Restart;
    if (stream)
        w.writeNamespace(Ns::Xbosh, QStringLiteral("xmpp"));
    if (p.purpose == Create) { // XEP-0124 §7.1, XEP-0206 §3
        w.writeAttribute(QStringLiteral("content"), QStringLiteral("text/xml; charset=utf-8"));
        w.writeAttribute(QStringLiteral("hold"), QStringLiteral("1"));
    }
    w.writeAttribute(QStringLiteral("rid"), QString::number(rid));
    if (!m_sid.isEmpty())
        w.writeAttribute(QStringLiteral("sid"), m_sid);
    if (stream) {
        w.writeAttribute(QStringLiteral("to"), m_to);
        if (!m_lang.isEmpty())
            w.writeAttribute(Ns::Xml, QStringLiteral("lang"), m_lang);
    }
    if (p.purpose == Create) {
        w.writeAttribute(QStringLiteral("ver"), QStringLiteral("1.6"));
        w.writeAttribute(QStringLiteral("wait"), QString::number(Wait));
        w.writeAttribute(Ns::Xbosh, QStringLiteral("version"), QStringLiteral("1.0"));
    } else if (p.purpose == Restart) { // XEP-0206 §5
        w.writeAttribute(Ns::Xbosh, QStringLiteral("restart"), QStringLiteral("true"));
    } else if (p.purpose == Terminate) {
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("terminate"));
    }
    w.writeEndElement();
    return out;
}

void BoshTransport::post(const Pending &p)
{
    const qint64 rid = m_nextRid++;
    const QByteArray empty = startTag(p, rid);
    // The writer closes an empty element as "/>": with payloads, the start tag opens it.
    const QByteArray tag = p.payload.isEmpty() ? empty : empty.chopped(2) + '>';
    const QByteArray body = p.payload.isEmpty() ? empty : tag + p.payload + "</body>";

    QNetworkRequest request = baseRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("text/xml; charset=utf-8"));
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received) {
        if (received > MaxBodyBytes && m_inFlight.contains(reply))
            fail(Failure::Other,
                 Phrase::of(staticMetaObject,
                            QT_TR_NOOP("a BOSH response is larger than %1 bytes (the limit)"),
                            {MaxBodyBytes}));
    });
    InFlight f;
    f.rid = rid;
    f.number = ++m_requests;
    f.purpose = p.purpose;
    f.sent.start();
    m_inFlight.insert(reply, f);

    HttpFact fact;
    fact.method = TextFact(QStringLiteral("POST"));
    fact.url = TextFact(m_url.toString());
    fact.request = f.number;
    fact.rid = rid;
    fact.bytes = body.size();
    fact.elements = p.elements;
    fact.purpose = TextFact(p.purpose);
    if (p.purpose == Terminate)
        fact.type = TextFact(Terminate);
    Q_EMIT httpRequestSent(fact, tag);
}

bool BoshTransport::checkCertificate(QNetworkReply *reply)
{
    if (m_url.scheme() != QLatin1String("https") || m_failed)
        return !m_failed;
    const QSslConfiguration c = reply->sslConfiguration();
    const QList<QSslCertificate> chain = c.peerCertificateChain();
    if (chain.isEmpty()) {
        if (reply->error() != QNetworkReply::NoError)
            return true; // no TLS at all: the reply's error says why
        fail(Failure::TlsHandshake,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("an HTTPS response of the BOSH session came without the "
                                   "server's certificate")));
        return false;
    }
    if (m_chain.isEmpty()) {
        m_chain = chain;
        TlsFacts::Handshake h;
        h.peerChain = chain;
        h.protocol = int(c.sessionProtocol());
        h.cipher = c.sessionCipher().name();
        h.alpn = c.nextNegotiatedProtocol();
        Q_EMIT tlsEstablished(
            TlsFacts::describeSession(h, m_url.host(), m_verifyErrors, m_tls.service));
        return true;
    }
    // XEP-0124 §19.1: every connection of a secure session shows the same certificate; on
    // another, nothing more is sent (encrypted() comes before the request's bytes).
    if (chain.first() == m_chain.first())
        return true;
    fail(Failure::TlsHandshake,
         Phrase::of(
             staticMetaObject,
             QT_TR_NOOP("another HTTP connection of the BOSH session presented a "
                        "different certificate (SHA-256 %1, not %2): the session is "
                        "ended (XEP-0124 §19.1)"),
             {QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex()),
              QString::fromLatin1(m_chain.first().digest(QCryptographicHash::Sha256).toHex())}));
    return false;
}

void BoshTransport::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (m_chain.isEmpty() && m_verifyErrors.isEmpty()) {
        m_verifyErrors = errors;
        Q_EMIT certificateErrors(errors, m_tls.strict);
    } else if (m_verifyErrors.isEmpty()) {
        // The first connection's certificate verified: a later one that does not is refused.
        fail(Failure::TlsHandshake,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("another HTTP connection of the BOSH session failed "
                                   "certificate verification where the first passed: the "
                                   "session is ended (XEP-0124 §19.1)")));
        return;
    }
    if (!m_tls.strict)
        reply->ignoreSslErrors(); // recorded; the session decides what it trusts
}

void BoshTransport::stop()
{
    // Nothing more is sent or read; no connection is kept for reuse.
    m_pumpTimer.stop();
    m_pollTimer.stop();
    if (m_preflight)
        m_preflight->abort();
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies)
        reply->abort();
    // Not at once: called from a slot of Qt's HTTP thread's blocking signals (encrypted(),
    // sslErrors()), clearing would wait for that thread, which waits for the slot.
    QMetaObject::invokeMethod(m_nam, &QNetworkAccessManager::clearConnectionCache,
                              Qt::QueuedConnection);
}

void BoshTransport::fail(Failure failure, const Phrase &why)
{
    if (m_failed || m_closedEmitted)
        return;
    m_failed = true;
    stop();
    Q_EMIT failed(failure, why);
}

void BoshTransport::finish()
{
    if (m_closedEmitted || m_failed)
        return;
    m_closedEmitted = true;
    // XEP-0124 §13: the server answers what it still holds with the terminate; whatever
    // it did not answer by the end is given up here, not left to look like a lost response.
    // (The terminate's own answer may still be on its way when another answered it first.)
    int unanswered = 0;
    for (const InFlight &f : std::as_const(m_inFlight))
        unanswered += f.purpose == Terminate ? 0 : 1;
    if (unanswered > 0)
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_N_NOOP("%n request(s) still unanswered when the session "
                                              "ended: given up (XEP-0124 §13)."),
                                 {}, unanswered));
    stop();
    Q_EMIT closed();
}

void BoshTransport::close()
{
    if (m_failed || m_closedEmitted)
        return;
    if (m_sid.isEmpty() || m_terminated) {
        QTimer::singleShot(0, this, &BoshTransport::finish);
        return;
    }
    if (!m_closing)
        queue(Terminate, {});
    // A server that never answers the terminate does not keep the session: it is over here.
    QTimer::singleShot(10 * 1000, this, &BoshTransport::finish);
}

void BoshTransport::abort()
{
    const bool open = isOpen();
    if (m_failed || m_closedEmitted)
        return;
    m_failed = true;
    stop();
    if (open)
        Q_EMIT aborted();
}

bool BoshTransport::isOpen() const
{
    return m_connected && !m_failed && !m_closedEmitted && !m_terminated;
}

QString BoshTransport::peerAddress() const
{
    // Qt Network does not tell which address it reached: the URL's host and port.
    return QStringLiteral("%1:%2")
        .arg(m_url.host())
        .arg(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80));
}

} // namespace Inspector
