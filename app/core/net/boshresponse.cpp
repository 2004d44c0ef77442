// SPDX-License-Identifier: GPL-3.0-or-later
// BOSH responses (XEP-0124): read in the order of their requests, their <body/> taken apart
// for the session's rules, and what ends a session explained.
#include "boshtransport.h"

#include "xml/namespaces.h"

#include <QNetworkReply>
#include <QTimer>
#include <QXmlStreamReader>

namespace Inspector {

using namespace BoshPurpose;

namespace {
/// What a response's <body/> says: its attributes, how many elements it holds, and the text
/// of a see-other-uri's <uri/> or the first condition of a remote stream error.
struct BodyFacts
{
    QHash<QString, QString> attributes; // no namespace; "xmpp:" before XEP-0206's own
    int elements = 0;
    QString uri;
    QString streamError;
    bool isBody = false; // the root is XEP-0124's <body/>
};

BodyFacts readBody(const QByteArray &body)
{
    // Well-formedness is the parser's to judge (it reads the body again for the stream): a
    // fault only ends this reading early.
    BodyFacts f;
    QXmlStreamReader r(body);
    int depth = 0;
    bool inError = false; // in a <stream:error/> child of the body
    while (!r.atEnd() && !r.hasError()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (depth == 1) {
            f.isBody = r.name() == QLatin1String("body") && r.namespaceUri() == Ns::HttpBind;
            const auto attributes = r.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.namespaceUri().isEmpty())
                    f.attributes.insert(a.name().toString(), a.value().toString());
                else if (a.namespaceUri() == Ns::Xbosh)
                    f.attributes.insert(QStringLiteral("xmpp:") + a.name(), a.value().toString());
            }
        } else if (depth == 2) {
            ++f.elements;
            if (r.name() == QLatin1String("uri") && f.uri.isEmpty()) {
                f.uri = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
                continue;
            }
            inError = r.namespaceUri() == Ns::Streams && r.name() == QLatin1String("error");
        }
        // XEP-0206 §6: the condition inside a copy of the <stream:error/>, or (as older
        // connection managers send it) right in the body.
        const bool conditionDepth = depth == 2 || (depth == 3 && inError);
        if (conditionDepth && r.namespaceUri() == Ns::StreamErrors && f.streamError.isEmpty() &&
            r.name() != QLatin1String("text"))
            f.streamError = r.name().toString();
    }
    return f;
}

int number(const QHash<QString, QString> &attributes, const QString &name, int fallback)
{
    bool ok = false;
    const int n = attributes.value(name).toInt(&ok);
    return ok && n >= 0 ? n : fallback;
}
} // namespace

void BoshTransport::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.cend())
        return;
    const InFlight f = *it;
    m_inFlight.erase(it);
    if (m_failed || m_terminated || !checkCertificate(reply))
        return;
    HttpFact fact;
    fact.request = f.number;
    fact.rid = f.rid;
    fact.purpose = TextFact(f.purpose);
    fact.elapsedMs = f.sent.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) { // no HTTP response at all
        failWithoutResponse(reply, f.rid);
        return;
    }
    fact.status = status;
    checkCors(reply, f.rid, status);
    const QByteArray body = reply->readAll();
    fact.bytes = body.size();
    // A connection that broke during the response (XEP-0124 §14.3): a network event, not the
    // server's XML.
    if (reply->error() != QNetworkReply::NoError && status == 200) {
        fail(Failure::ConnectionLost, Phrase(reply->errorString()));
        return;
    }
    if (body.size() > MaxBodyBytes) {
        fail(Failure::Other,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("a BOSH response is larger than %1 bytes (the limit)"),
                        {MaxBodyBytes}));
        return;
    }
    if (status == 200 && body.trimmed().isEmpty()) {
        Q_EMIT httpResponseReceived(fact, QByteArray());
        fail(Failure::Other,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("the response to rid %1 is empty: each response holds one "
                                   "<body/> element (XEP-0124 §6)"),
                        {f.rid}));
        return;
    }
    if (status != 200) {
        // XEP-0124 §17.1: an HTTP error ends the session; its body is not a <body/>.
        Q_EMIT httpResponseReceived(fact, QByteArray());
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const char *meaning =
            status == 400   ? QT_TR_NOOP("the server found a request malformed (bad-request)")
            : status == 403 ? QT_TR_NOOP("the client broke the session's rules "
                                         "(policy-violation)")
            : status == 404 ? QT_TR_NOOP("the server does not know the session or the rid "
                                         "(item-not-found), or nothing serves BOSH at this URL")
                            : QT_TR_NOOP("the BOSH endpoint refused the request");
        fail(Failure::Refused,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("HTTP %1 %2 for the request with rid %3: %4 (XEP-0124 §17.1)"),
                        {status, reason, f.rid, Phrase::of(staticMetaObject, meaning)}));
        return;
    }
    if (f.rid != m_nextDelivered)
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("The response to rid %1 arrived before the one to "
                                            "rid %2 (on another connection): it is read after "
                                            "that one, in the order of the requests (XEP-0124 "
                                            "§14.2)."),
                                 {f.rid, m_nextDelivered}));
    m_early.insert(f.rid, Arrived{fact, body});
    deliver();
}

void BoshTransport::checkCors(QNetworkReply *reply, qint64 rid, int status)
{
    // A browser hands a page the response only when the server allows the page's origin,
    // whatever its status (the Fetch standard's CORS check; '*' where the client sends no
    // credentials): a session that works here may not work there.
    if (m_origin.isEmpty() || m_corsNoted)
        return;
    const QString allowed = QString::fromUtf8(reply->rawHeader("Access-Control-Allow-Origin"));
    if (allowed == QLatin1String("*") || allowed == m_origin)
        return;
    m_corsNoted = true;
    Q_EMIT notice(allowed.isEmpty()
                      ? Phrase::of(staticMetaObject,
                                   QT_TR_NOOP("The response to rid %1 (HTTP %2) carries no "
                                              "Access-Control-Allow-Origin: a web client on a "
                                              "page at %3 could not read it (CORS)."),
                                   {rid, status, m_origin})
                      : Phrase::of(staticMetaObject,
                                   QT_TR_NOOP("The response to rid %1 (HTTP %2) allows the "
                                              "origin '%3', not %4: a web client on a page at %4 "
                                              "could not read it (CORS)."),
                                   {rid, status, allowed, m_origin}));
}

void BoshTransport::sendPreflight()
{
    QNetworkRequest request = baseRequest();
    request.setRawHeader("Access-Control-Request-Method", "POST");
    request.setRawHeader("Access-Control-Request-Headers", "content-type");
    m_preflight = m_nam->sendCustomRequest(request, "OPTIONS");
    connect(m_preflight, &QNetworkReply::finished, this, &BoshTransport::checkPreflight);
}

void BoshTransport::checkPreflight()
{
    QNetworkReply *reply = m_preflight;
    if (!reply || m_failed)
        return;
    reply->deleteLater();
    // The session is created whatever the answer, to see what else a browser would meet;
    // with no answer at all, the creation request says why.
    QTimer::singleShot(0, this, [this] {
        if (!m_failed && !m_closedEmitted)
            post(Pending{Create, {}, 0});
    });
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    const QString allowed = QString::fromUtf8(reply->rawHeader("Access-Control-Allow-Origin"));
    const QString headers =
        QString::fromUtf8(reply->rawHeader("Access-Control-Allow-Headers")).toLower();
    const QString methods =
        QString::fromUtf8(reply->rawHeader("Access-Control-Allow-Methods")).toUpper();
    QString why;
    if (status < 200 || status > 299)
        why = QStringLiteral("HTTP %1").arg(status);
    else if (allowed != QLatin1String("*") && allowed != m_origin)
        why = allowed.isEmpty() ? QStringLiteral("no Access-Control-Allow-Origin")
                                : QStringLiteral("Access-Control-Allow-Origin: %1").arg(allowed);
    else if (!headers.contains(QLatin1String("content-type")) && headers.trimmed() != u'*')
        why = QStringLiteral("no Content-Type in Access-Control-Allow-Headers");
    else if (!methods.isEmpty() && !methods.contains(QLatin1String("POST")) &&
             methods.trimmed() != u'*')
        why = QStringLiteral("no POST in Access-Control-Allow-Methods");
    if (why.isEmpty())
        return;
    Q_EMIT notice(Phrase::of(staticMetaObject,
                             QT_TR_NOOP("A browser asks first with OPTIONS before posting "
                                        "text/xml from a page at %1 (a CORS preflight); this "
                                        "endpoint's answer would stop it: %2."),
                             {m_origin, why}));
}

void BoshTransport::failWithoutResponse(QNetworkReply *reply, qint64 rid)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError) // the transfer timeout
        fail(Failure::Timeout,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("no response to the BOSH request with rid %1 within %2 s "
                                   "(the session's wait is %3 s)"),
                        {rid, m_wait + 15, m_wait}));
    else if (error == QNetworkReply::SslHandshakeFailedError)
        fail(Failure::TlsHandshake, Phrase(reply->errorString()));
    else
        fail(m_sid.isEmpty() ? Failure::Connect : Failure::ConnectionLost,
             Phrase(reply->errorString()));
}

void BoshTransport::deliver()
{
    // XEP-0124 §14.2: responses are read in the order of their requests.
    while (!m_failed && !m_terminated && m_early.contains(m_nextDelivered)) {
        const Arrived a = m_early.take(m_nextDelivered);
        ++m_nextDelivered;
        process(a);
    }
    if (!m_failed && !m_terminated)
        pump();
}

void BoshTransport::process(const Arrived &a)
{
    HttpFact fact = a.fact;
    const BodyFacts body = readBody(a.body);
    fact.elements = body.elements;
    const QString type = body.attributes.value(QStringLiteral("type"));
    const QString condition = body.attributes.value(QStringLiteral("condition"));
    if (!type.isEmpty())
        fact.type = TextFact(type);
    if (!condition.isEmpty())
        fact.condition = TextFact(condition);
    if (!body.isBody) { // the parser says what it is instead
        Q_EMIT httpResponseReceived(fact, a.body);
        return;
    }
    const bool creation = fact.purpose.text() == Create;
    if (creation)
        readSessionAttributes(body.attributes);
    notePolls(fact);
    if (creation && m_sid.isEmpty() && type != Terminate) {
        // Nothing of a session without an id is read: the response is recorded as HTTP only.
        fail(Failure::Connect,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("the response to the session creation request has no sid "
                                   "(XEP-0124 §7.2)")));
        Q_EMIT httpResponseReceived(fact, QByteArray());
        return;
    }
    // Once terminated, nothing the session writes in answer can go out (XEP-0124 §13).
    const bool terminates = type == Terminate || fact.purpose.text() == Terminate;
    m_terminated = terminates;
    Q_EMIT httpResponseReceived(fact, a.body); // recorded and read by the stream's parser
    if (m_failed)
        return;
    if (terminates) {
        if (condition.isEmpty()) {
            finish();
            return;
        }
        const QString detail = body.streamError.isEmpty() ? body.uri : body.streamError;
        fail(Failure::Refused,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("the server terminated the BOSH session: %1 (XEP-0124 §17.2)"),
                        {conditionText(condition, detail)}));
        return;
    }
    if (type == QLatin1String("error")) {
        fail(Failure::Refused,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("the server answered rid %1 with a recoverable binding error "
                                   "(XEP-0124 §17.3); this tool does not resend requests"),
                        {*fact.rid}));
    }
}

void BoshTransport::notePolls(const HttpFact &fact)
{
    // A long poll is held until there is something to say (XEP-0124 §4); one answered at once
    // and empty, again and again, would have the client poll as fast as the network goes.
    if (fact.purpose.text() != Poll || m_pollingSession)
        return;
    if (fact.elements.value_or(0) > 0 || fact.elapsedMs.value_or(0) >= 100) {
        m_quickEmptyPolls = 0;
        return;
    }
    if (++m_quickEmptyPolls == QuickEmptyPolls)
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("The server answers empty requests at once instead of "
                                            "holding them (XEP-0124 §4): from now on they go "
                                            "out at most once a second.")));
}

void BoshTransport::readSessionAttributes(const QHash<QString, QString> &attributes)
{
    // XEP-0124 §7.2: the session's id and the rules the server sets for it.
    m_sid = attributes.value(QStringLiteral("sid"));
    const int wait = number(attributes, QStringLiteral("wait"), Wait);
    if (wait > Wait)
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("The server's wait of %1 s is longer than the %2 s "
                                            "asked for; it must not be (XEP-0124 §7.2)."),
                                 {wait, Wait}));
    m_wait = qMin(wait, Wait);
    const int hold = number(attributes, QStringLiteral("hold"), 1);
    const int requests = number(attributes, QStringLiteral("requests"), 2);
    if (hold > 1)
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("The server's hold of %1 is more than the 1 asked "
                                            "for; it must not be (XEP-0124 §7.2)."),
                                 {hold}));
    if (!attributes.contains(QStringLiteral("ver")))
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("The session creation response has no 'ver': a "
                                            "legacy connection manager, which reports errors "
                                            "as HTTP status codes (XEP-0124 §17.1).")));
    // XEP-0206 §4: a connection manager that supports restarts MUST say so; older ones
    // do not, and a login's restart after SASL shows whether it works.
    const QString restart = attributes.value(QStringLiteral("xmpp:restartlogic"));
    if (restart != QLatin1String("true") && restart != QLatin1String("1"))
        Q_EMIT notice(Phrase::of(staticMetaObject,
                                 QT_TR_NOOP("The session creation response does not advertise "
                                            "stream restarts (xmpp:restartlogic='true'), as "
                                            "XEP-0206 §4 asks of a connection manager that "
                                            "supports them; a login's restart after SASL shows "
                                            "whether it does.")));
    m_hold = qMin(hold, 1);
    m_polling = number(attributes, QStringLiteral("polling"), 0);
    // Without 'requests' the server allows any number (§11); two are enough here. One, or a
    // hold of 0, makes it a polling session (§12).
    m_maxRequests = qMin(requests, 2);
    m_pollingSession = m_hold == 0 || requests <= 1 || m_wait == 0;
}

Phrase BoshTransport::conditionText(const QString &condition, const QString &detail)
{
    const auto explain = [](const char *text, QList<Phrase> args = {}) {
        return Phrase::of(staticMetaObject, text, std::move(args));
    };
    if (condition == QLatin1String("bad-request"))
        return explain(QT_TR_NOOP("a request was malformed (bad-request)"));
    if (condition == QLatin1String("host-gone"))
        return explain(QT_TR_NOOP("the domain asked for is no longer served there (host-gone)"));
    if (condition == QLatin1String("host-unknown"))
        return explain(QT_TR_NOOP("the domain asked for is not served there (host-unknown)"));
    if (condition == QLatin1String("improper-addressing"))
        return explain(QT_TR_NOOP("the session request lacked the 'to' the server requires "
                                  "(improper-addressing)"));
    if (condition == QLatin1String("internal-server-error"))
        return explain(
            QT_TR_NOOP("the connection manager failed internally (internal-server-error)"));
    if (condition == QLatin1String("item-not-found"))
        return explain(
            QT_TR_NOOP("the server does not know the session or the rid: a wrong sid, an "
                       "rid outside its window, or a response it can no longer resend "
                       "(item-not-found)"));
    if (condition == QLatin1String("other-request"))
        return explain(QT_TR_NOOP("another request of the session made the server end it "
                                  "(other-request)"));
    if (condition == QLatin1String("policy-violation"))
        return explain(
            QT_TR_NOOP("the client broke the session's rules: too many requests at once or "
                       "polling too often (policy-violation)"));
    if (condition == QLatin1String("remote-connection-failed"))
        return explain(
            QT_TR_NOOP("the connection manager could not reach the XMPP server or lost it "
                       "(remote-connection-failed)"));
    if (condition == QLatin1String("remote-stream-error"))
        return detail.isEmpty()
                   ? explain(QT_TR_NOOP("the XMPP server ended the stream with an error "
                                        "(remote-stream-error, XEP-0206 §6)"))
                   : explain(QT_TR_NOOP("the XMPP server ended the stream with the error %1 "
                                        "(remote-stream-error, XEP-0206 §6)"),
                             {detail});
    if (condition == QLatin1String("see-other-uri"))
        return explain(QT_TR_NOOP("the connection manager does not serve this URL; it points to "
                                  "'%1' (see-other-uri)"),
                       {detail});
    if (condition == QLatin1String("system-shutdown"))
        return explain(QT_TR_NOOP("the connection manager is shutting down (system-shutdown)"));
    if (condition == QLatin1String("undefined-condition"))
        return explain(QT_TR_NOOP("an error XEP-0124 does not name (undefined-condition)"));
    return explain(QT_TR_NOOP("the condition '%1', which XEP-0124 does not define"), {condition});
}

} // namespace Inspector
