// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostmeta.h"

#include "net/hostmetadoc.h"
#include "net/tlserrortext.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace Inspector {

namespace {
bool isPort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint n = text.toUInt(&ok);
    if (!ok || n == 0 || n > 65535)
        return false;
    *port = quint16(n);
    return true;
}

/// "host" or "[v6]" in a URL or a route.
QString bracketed(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}
} // namespace

bool PortRoute::parse(const QString &text, PortRoute *out, QString *error)
{
    // NAME:PORT:HOST:PORT2, HOST possibly "[v6]".
    const int first = int(text.indexOf(QLatin1Char(':')));
    const int second = first < 0 ? -1 : int(text.indexOf(QLatin1Char(':'), first + 1));
    const int last = int(text.lastIndexOf(QLatin1Char(':')));
    PortRoute r;
    if (first > 0 && second > first && last > second) {
        r.name = text.left(first).toLower();
        r.host = text.mid(second + 1, last - second - 1);
        // An IPv6 address only in brackets: "[::1]", never "::1".
        const bool inBrackets =
            r.host.startsWith(QLatin1Char('[')) && r.host.endsWith(QLatin1Char(']'));
        if (inBrackets)
            r.host = r.host.mid(1, r.host.size() - 2);
        const bool hostOk =
            inBrackets ? r.host.contains(QLatin1Char(':')) && !QHostAddress(r.host).isNull()
                       : !r.host.isEmpty() && !r.host.contains(QLatin1Char(':'));
        if (isPort(text.mid(first + 1, second - first - 1), &r.port) &&
            isPort(text.mid(last + 1), &r.toPort) && hostOk) {
            *out = r;
            return true;
        }
    }
    *error = QStringLiteral("--resolve '%1' is not NAME:PORT:HOST:PORT (ports 1 to 65535; an "
                            "IPv6 address in brackets)")
                 .arg(text);
    return false;
}

QString PortRoute::toString() const
{
    return QStringLiteral("%1:%2:%3:%4").arg(name).arg(port).arg(bracketed(host)).arg(toPort);
}

PortRoute PortRoute::find(const QVector<PortRoute> &routes, const QString &name, quint16 port)
{
    // An internationalised name matches in either form: bücher.example is xn--bcher-kva.example.
    const auto ace = [](const QString &n) {
        const QByteArray a = QUrl::toAce(n);
        return a.isEmpty() ? n.toLower() : QString::fromLatin1(a).toLower();
    };
    const QString wanted = ace(name);
    for (const PortRoute &r : routes) {
        if (r.port == port && ace(r.name) == wanted)
            return r;
    }
    return {name, port, name, port};
}

HostMetaFetch::HostMetaFetch(const HostMetaOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
{
    // Nothing goes through a proxy: what is tested is the path a client takes to the server.
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HostMetaFetch::~HostMetaFetch() = default;

void HostMetaFetch::start()
{
    if (m_started)
        return;
    m_started = true;
    const PortRoute route = PortRoute::find(m_options.routes, m_options.domain, 443);
    m_fact.domain = m_options.domain;
    m_fact.host = route.host;
    m_fact.port = route.toPort;
    // RFC 6415 §2 and XEP-0156 §2.3: the XRD at /.well-known/host-meta, and its JSON form.
    for (const char *format : {"xrd", "json"}) {
        Document d;
        d.fact.format = QLatin1String(format);
        d.url = QUrl(QStringLiteral("https://%1/.well-known/host-meta%2")
                         .arg(m_options.domain, d.fact.format == QLatin1String("json")
                                                    ? QStringLiteral(".json")
                                                    : QString()));
        d.fact.url = d.url.toString();
        m_documents.append(d);
    }
    for (int i = 0; i < int(m_documents.size()); ++i) {
        m_documents[i].clock.start();
        // The whole fetch, redirects included: a server that sends a byte now and then must
        // not hold it for ever.
        QTimer::singleShot(m_options.timeoutMs, this, [this, i] {
            Document &d = m_documents[i];
            if (d.done)
                return;
            d.timedOut = true;
            if (d.reply)
                d.reply->abort(); // finished() follows, and onFinished() says why
            else
                end(i, QStringLiteral("failed"), timeoutPhrase());
        });
    }
    resolve(m_options.domain, 443, [this](const QStringList &addresses, const Phrase &error) {
        m_fact.addresses = addresses;
        m_fact.resolveError = error;
        for (int i = 0; i < int(m_documents.size()); ++i)
            begin(i);
    });
}

void HostMetaFetch::resolve(const QString &host, quint16 port, const Resolved &done)
{
    const PortRoute route = PortRoute::find(m_options.routes, host, port);
    if (!QHostAddress(route.host).isNull()) {
        done({route.host}, {});
        return;
    }
    if (m_resolved.contains(route.host)) {
        const auto &[addresses, error] = m_resolved.value(route.host);
        done(addresses, error);
        return;
    }
    auto *lookup = new DnsLookup(route.host, false, m_options.dns, this);
    lookup->setAddressOnly(route.toPort);
    m_lookups.append(lookup);
    const bool primary = host == m_options.domain && port == 443;
    connect(lookup, &DnsLookup::finished, this,
            [this, lookup, route, done, primary](const DnsFact &dns) {
                m_lookups.removeOne(lookup);
                lookup->deleteLater();
                if (m_finished)
                    return;
                QStringList addresses;
                QString dnssec;
                if (!dns.candidates.isEmpty()) {
                    const DnsCandidateFact &c = dns.candidates.first();
                    addresses = c.addresses.value_or(QStringList());
                    dnssec = c.dnssecAAAA.isEmpty() || c.dnssecA == c.dnssecAAAA ? c.dnssecA
                             : c.dnssecA.isEmpty()                               ? c.dnssecAAAA
                                                   : c.dnssecA + QLatin1Char('/') + c.dnssecAAAA;
                }
                if (primary)
                    m_fact.dnssec = dnssec;
                Phrase error = dns.error;
                if (error.isEmpty() && addresses.isEmpty())
                    error =
                        Phrase::of(staticMetaObject, QT_TR_NOOP("%1 has no address"), {route.host});
                m_resolved.insert(route.host, {addresses, error});
                done(addresses, error);
            });
    lookup->start();
}

void HostMetaFetch::begin(int index)
{
    Document &d = m_documents[index];
    const quint16 port = quint16(d.url.port(443));
    resolve(d.url.host(), port, [this, index](const QStringList &addresses, const Phrase &error) {
        Document &d = m_documents[index];
        if (d.done)
            return;
        if (addresses.isEmpty()) {
            // A domain with no web server at all (SRV records, no address of its own) has no
            // host-meta; a lookup that failed says nothing either way.
            end(index,
                error.english().endsWith(QLatin1String("has no address"))
                    ? QStringLiteral("missing")
                    : QStringLiteral("failed"),
                error);
            return;
        }
        d.addresses = addresses;
        d.next = 0;
        dial(index);
    });
}

void HostMetaFetch::dial(int index)
{
    Document &d = m_documents[index];
    const PortRoute route =
        PortRoute::find(m_options.routes, d.url.host(), quint16(d.url.port(443)));
    const QString address = d.addresses.at(d.next++);
    d.fact.address = address;
    d.fact.port = route.toPort;
    QUrl dialled(d.url);
    dialled.setHost(address);
    dialled.setPort(route.toPort);
    QNetworkRequest request(dialled);
    // The name, not the address dialled: verified, sent as SNI and as the HTTP host.
    request.setPeerVerifyName(d.url.host());
    request.setRawHeader("Host", d.url.authority(QUrl::FullyEncoded).toUtf8());
    request.setRawHeader("Accept", d.fact.format == QLatin1String("json") ? "application/json"
                                                                          : "application/xrd+xml");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // One request per connection: nothing is left open once the documents are read.
    request.setRawHeader("Connection", "close");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_options.extraCa);
    request.setSslConfiguration(ssl);
    d.sslErrors.clear();
    QNetworkReply *reply = m_nam->get(request);
    d.reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, index](const QList<QSslError> &errors) {
        m_documents[index].sslErrors = errors;
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, index, reply] {
        m_documents[index].fact.tlsProtocol =
            reply->sslConfiguration().sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLSv1.3")
            : reply->sslConfiguration().sessionProtocol() == QSsl::TlsV1_2
                ? QStringLiteral("TLSv1.2")
                : QStringLiteral("older than TLSv1.2");
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, index, reply](qint64 received, qint64 total) {
                if (received > HostMetaOptions::MaxBytes || total > HostMetaOptions::MaxBytes) {
                    m_documents[index].tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, index] { onFinished(index); });
}

Phrase HostMetaFetch::timeoutPhrase() const
{
    return Phrase::of(staticMetaObject, QT_TR_NOOP("no whole answer within %1 s"),
                      {QString::number(m_options.timeoutMs / 1000.0)});
}

void HostMetaFetch::onFinished(int index)
{
    Document &d = m_documents[index];
    QNetworkReply *reply = d.reply;
    if (!reply || d.done)
        return;
    reply->deleteLater();
    d.reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (d.timedOut || d.tooLarge) {
        end(index, QStringLiteral("failed"),
            d.timedOut ? timeoutPhrase()
                       : Phrase::of(staticMetaObject, QT_TR_NOOP("larger than %1 KiB: refused"),
                                    {QString::number(HostMetaOptions::MaxBytes / 1024)}));
        return;
    }
    if (status == 0) {
        // No HTTP answer: the next address, if there is one, unless TLS failed. (A second
        // request on the same failed handshake gets the failure without the errors.)
        if (!d.sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
            QList<Phrase> why;
            for (const QSslError &e : std::as_const(d.sslErrors)) {
                d.fact.certificateErrors << TlsErrorText::of(e).english();
                why << TlsErrorText::of(e);
            }
            end(index, QStringLiteral("tls"),
                why.isEmpty()
                    ? Phrase::of(staticMetaObject, QT_TR_NOOP("TLS failed: %1"),
                                 {reply->errorString()})
                    : Phrase::of(staticMetaObject, QT_TR_NOOP("the certificate was refused: %1"),
                                 {Phrase::list(why)}));
            return;
        }
        if (d.next < d.addresses.size()) {
            dial(index);
            return;
        }
        const bool nothing = error == QNetworkReply::ConnectionRefusedError;
        end(index, nothing ? QStringLiteral("missing") : QStringLiteral("failed"),
            nothing ? Phrase::of(staticMetaObject, QT_TR_NOOP("nothing listens on %1 port %2"),
                                 {d.fact.address, QString::number(d.fact.port)})
                    : Phrase(reply->errorString()));
        return;
    }
    d.fact.status = status;
    d.fact.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (reply->hasRawHeader("Access-Control-Allow-Origin"))
        d.fact.allowOrigin = QString::fromUtf8(reply->rawHeader("Access-Control-Allow-Origin"));
    if (status >= 300 && status < 400 && status != 304) {
        redirect(index, reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        return;
    }
    if (status == 404 || status == 410) {
        end(index, QStringLiteral("missing"),
            Phrase::of(staticMetaObject, QT_TR_NOOP("HTTP %1: not there"), {status}));
        return;
    }
    if (status != 200) {
        end(index, QStringLiteral("failed"),
            Phrase::of(
                staticMetaObject, QT_TR_NOOP("HTTP %1 %2"),
                {status, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()}));
        return;
    }
    // The progress signal may not have come before the end (a body read in one go): the
    // limit holds here too, without reading more than one byte past it.
    const QByteArray body = reply->read(HostMetaOptions::MaxBytes + 1);
    if (body.size() > HostMetaOptions::MaxBytes) {
        end(index, QStringLiteral("failed"),
            Phrase::of(staticMetaObject, QT_TR_NOOP("larger than %1 KiB: refused"),
                       {QString::number(HostMetaOptions::MaxBytes / 1024)}));
        return;
    }
    read(d, body);
    end(index, d.fact.problem, d.fact.error);
}

void HostMetaFetch::redirect(int index, const QUrl &location)
{
    Document &d = m_documents[index];
    const QUrl target = d.url.resolved(location);
    d.fact.redirects << target.toString();
    if (location.isEmpty() || target.scheme() != QLatin1String("https")) {
        end(index, QStringLiteral("failed"),
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("redirected to '%1', not an https: URL: not followed"),
                       {target.toString()}));
        return;
    }
    if (d.fact.redirects.size() > HostMetaOptions::MaxRedirects) {
        end(index, QStringLiteral("failed"),
            Phrase::of(staticMetaObject, QT_TR_NOOP("more than %1 redirects"),
                       {HostMetaOptions::MaxRedirects}));
        return;
    }
    d.url = target;
    begin(index);
}

void HostMetaFetch::read(Document &d, const QByteArray &body)
{
    d.fact.bytes = body.size();
    Phrase why;
    const bool ok = d.fact.format == QLatin1String("json")
                        ? HostMetaDoc::parseJson(body, &d.fact.links, &d.fact.otherLinks, &why)
                        : HostMetaDoc::parseXrd(body, &d.fact.links, &d.fact.otherLinks, &why);
    if (!ok) {
        d.fact.links.clear();
        d.fact.problem = QStringLiteral("malformed");
        d.fact.error = why;
    }
}

void HostMetaFetch::end(int index, const QString &problem, const Phrase &error)
{
    Document &d = m_documents[index];
    if (d.done)
        return;
    d.done = true;
    d.fact.problem = problem;
    d.fact.error = error;
    d.fact.ms = double(d.clock.nsecsElapsed() / 1000) / 1000.0;
    if (d.reply) {
        QNetworkReply *reply = d.reply;
        d.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    checkDone();
}

void HostMetaFetch::checkDone()
{
    if (m_finished)
        return;
    for (const Document &d : std::as_const(m_documents)) {
        if (!d.done)
            return;
    }
    m_finished = true;
    // The connections Qt keeps for reuse (and their TLS state, in its HTTP thread) go now.
    m_nam->clearConnectionCache();
    m_fact.documents.clear();
    for (const Document &d : std::as_const(m_documents))
        m_fact.documents.append(d.fact);
    Q_EMIT finished(m_fact);
}

void HostMetaFetch::stop()
{
    if (m_finished)
        return;
    if (!m_started) {
        m_finished = true;
        return;
    }
    qDeleteAll(m_lookups); // their questions are dropped with them
    m_lookups.clear();
    for (int i = 0; i < int(m_documents.size()); ++i)
        end(i, QStringLiteral("failed"),
            Phrase::of(staticMetaObject, QT_TR_NOOP("stopped before the answer")));
}

} // namespace Inspector
