// SPDX-License-Identifier: GPL-3.0-or-later
// A client session over BOSH (XEP-0124, XEP-0206) against a scripted HTTP server on 127.0.0.1
// that does what Prosody and ejabberd will not: answer requests out of order, end the session
// with each terminate condition, answer with an HTTP error, leave out the sid, send half a
// <body/> or something larger than the limit. The session must say so and never read such a
// session as sound; what it sends must be what XEP-0124 asks for (rids, sid, restart).
#include "issuedcert.h"
#include "net/boshtransport.h"
#include "session/c2ssession.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

using namespace Inspector;

namespace {
const QByteArray Features = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                            "<mechanism>PLAIN</mechanism></mechanisms></stream:features>";

QByteArray body(const QByteArray &attributes, const QByteArray &content = {})
{
    const QByteArray open = "<body xmlns='http://jabber.org/protocol/httpbind' "
                            "xmlns:stream='http://etherx.jabber.org/streams' " +
                            attributes;
    if (content.isEmpty())
        return open + "/>";
    return open + '>' + content + "</body>";
}

QByteArray creation(const QByteArray &content = Features)
{
    return body("sid='s1' wait='60' requests='2' hold='1' polling='2' inactivity='30' ver='1.6' "
                "from='bosh.example' authid='id1' xmpp:version='1.0' xmpp:restartlogic='true' "
                "xmlns:xmpp='urn:xmpp:xbosh'",
                content);
}

/// One HTTP request the scripted server read: its body and the connection to answer on.
struct Request
{
    QTcpSocket *socket = nullptr;
    QByteArray body;
    QByteArray head; // the request line and headers
    qint64 rid() const
    {
        const auto m = QRegularExpression(QStringLiteral("rid=['\"](\\d+)['\"]"))
                           .match(QString::fromUtf8(body));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }
    bool has(const char *text) const { return body.contains(text); }
};

/// A TLS server whose n-th connection shows the n-th certificate (the last one after that).
class SslServer : public QTcpServer
{
public:
    QList<Test::Issued> certificates;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *s = new QSslSocket(this);
        if (!s->setSocketDescriptor(descriptor)) {
            delete s;
            return;
        }
        const Test::Issued &c = certificates.at(qMin(m_count++, int(certificates.size()) - 1));
        s->setLocalCertificate(c.certificate);
        s->setPrivateKey(c.key);
        addPendingConnection(s);
        s->startServerEncryption();
    }

private:
    int m_count = 0;
};

/// An HTTP/1.1 server that hands each POST to `onRequest`, which answers it now or later;
/// over TLS with `certificates` (one per connection, see SslServer).
class BoshPeer : public QObject
{
public:
    explicit BoshPeer(const QList<Test::Issued> &certificates = {})
        : m_secure(!certificates.isEmpty())
    {
        if (m_secure) {
            auto *tls = new SslServer;
            tls->certificates = certificates;
            m_server.reset(tls);
        } else {
            m_server.reset(new QTcpServer);
        }
        connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            }
        });
    }
    bool listen() { return m_server->listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(
            m_secure ? QStringLiteral("https://localhost:%1/http-bind").arg(m_server->serverPort())
                     : QStringLiteral("http://127.0.0.1:%1/http-bind").arg(m_server->serverPort()));
    }
    /// `close`: the connection ends after the response, so the next request needs a new one.
    /// `headers`: more header lines, each ending in CRLF.
    static void answer(const Request &r, const QByteArray &content, int status = 200,
                       bool close = false, const QByteArray &headers = {})
    {
        const QByteArray reason = status == 200 ? "OK" : "Not Found";
        r.socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                        "\r\nContent-Type: text/xml; charset=utf-8\r\n" + headers +
                        "Content-Length: " + QByteArray::number(content.size()) +
                        (close ? "\r\nConnection: close" : "") + "\r\n\r\n" + content);
        if (close)
            r.socket->disconnectFromHost();
    }

    std::function<void(const Request &)> onRequest;
    QList<Request> requests;

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const auto m = QRegularExpression(QStringLiteral("(?i)content-length:\\s*(\\d+)"))
                               .match(QString::fromLatin1(buffer.left(headEnd)));
            const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (buffer.size() < headEnd + 4 + length)
                return;
            Request r{s, buffer.mid(headEnd + 4, length), buffer.left(headEnd)};
            buffer.remove(0, headEnd + 4 + length);
            requests << r;
            if (onRequest)
                onRequest(r);
        }
    }

    std::unique_ptr<QTcpServer> m_server;
    bool m_secure;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Run
{
    QJsonObject summary;
    QList<Event> events;
    QString error() const { return summary.value(QStringLiteral("error")).toString(); }
    QString code() const { return summary.value(QStringLiteral("errorCode")).toString(); }
    /// The raw bytes of the events of this kind, in order.
    QStringList raws(EventKind kind) const
    {
        QStringList out;
        for (const Event &e : events)
            if (e.kind == kind)
                out << QString::fromUtf8(e.raw);
        return out;
    }
    /// The notes' texts, in order.
    QStringList notes() const
    {
        QStringList out;
        for (const Event &e : events) {
            if (e.kind == EventKind::Note)
                out << e.payload.as<NoteEventFact>().text.text();
        }
        return out;
    }
    /// Whether a note contains `text`.
    bool noted(const QString &text) const
    {
        const QStringList all = notes();
        return std::any_of(all.cbegin(), all.cend(),
                           [&text](const QString &n) { return n.contains(text); });
    }
};

/// A probe, or a login: over https: trusting `ca`, or (for the test only) over plain HTTP.
Run run(BoshPeer &peer, bool login = false, int timeoutMs = 5000,
        const QSslCertificate &ca = QSslCertificate(),
        const std::function<void(const Event &)> &onEvent = {}, const QString &origin = {})
{
    C2sOptions o;
    o.origin = origin;
    o.jid = QStringLiteral("user@bosh.example");
    o.probe = !login;
    if (login) {
        o.password = QStringLiteral("secret");
        o.allowPlaintext = ca.isNull();
        o.insecureCredentials = ca.isNull();
        if (!ca.isNull())
            o.extraCa = {ca};
    }
    o.bosh = peer.url();
    o.timeoutMs = timeoutMs;
    EventLog log;
    if (onEvent)
        QObject::connect(&log, &EventLog::eventAppended, &log,
                         [&log, onEvent](int index) { onEvent(log.at(index)); });
    C2sSession session(&log, o);
    QSignalSpy finished(&session, &C2sSession::finished);
    session.start();
    Run r;
    if (!finished.wait(15000))
        return r;
    r.summary = Summary::build(log).toJson();
    for (int i = 0; i < log.size(); ++i)
        r.events << log.at(i);
    return r;
}
} // namespace

class TestHostileBosh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeFollowsTheProtocol();
    void responsesReadInRidOrder();
    void terminateConditionsExplained_data();
    void terminateConditionsExplained();
    void httpErrorExplained();
    void creationWithoutSid();
    void halfABody();
    void notABody();
    void responseTooLarge();
    void featuresInALaterResponse();
    void streamAttributesInALaterResponse();
    void originAndCors_data();
    void originAndCors();
    void plusRefusedOverBosh();
    void certificateChangesBetweenConnections();
    void twoBodiesInOneResponse();
    void connectionBreaksInAResponse();
    void emptyResponse();
    void pollsStayBounded_data();
    void pollsStayBounded();
    void untrustedCertificate();
    void answersForAnotherDomain();
    void laterConnectionFailsVerification();
};

void TestHostileBosh::probeFollowsTheProtocol()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        if (r.has("type='terminate'") || r.has("type=\"terminate\""))
            BoshPeer::answer(r, body("type='terminate'"));
        else if (!r.has("sid="))
            BoshPeer::answer(r, creation());
        // anything else (a poll) is held, as a server does
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY2(r.summary.value(QStringLiteral("success")).toBool(), qPrintable(r.error()));
    QVERIFY(peer.requests.size() >= 2);
    // XEP-0124 §7.1, XEP-0206 §3: the creation request.
    const QByteArray create = peer.requests.first().body;
    for (const char *attribute : {"hold=\"1\"", "wait=\"60\"", "ver=\"1.6\"", "to=\"bosh.example\"",
                                  "xmpp:version=\"1.0\"", "xmlns:xmpp=\"urn:xmpp:xbosh\""})
        QVERIFY2(create.contains(attribute), create.constData());
    QVERIFY(!create.contains("sid="));
    // §14.1: consecutive rids; every later request names the session.
    const qint64 first = peer.requests.first().rid();
    QVERIFY(first > 0);
    for (int i = 1; i < peer.requests.size(); ++i) {
        QVERIFY(peer.requests.at(i).has("sid=\"s1\""));
        QVERIFY(peer.requests.at(i).rid() > first);
    }
    // The log has each request and response, the header from the body's attributes, the
    // features as an element.
    int requests = 0, responses = 0;
    for (const Event &e : r.events) {
        if (e.kind != EventKind::Http)
            continue;
        (e.direction == Direction::Outbound ? requests : responses)++;
        QVERIFY(e.raw.startsWith("<body"));
    }
    QVERIFY(requests >= 2);
    QVERIFY(responses >= 2);
    QVERIFY(r.raws(EventKind::Element).contains(QString::fromUtf8(Features)));
    // No connection of its own before the first request, which makes it: no tcp_connected.
    QStringList phases;
    for (const Event &e : r.events) {
        if (e.kind == EventKind::Phase)
            phases << e.payload.as<PhaseEventFact>().name;
    }
    QVERIFY2(!phases.contains(QStringLiteral("tcp_connected")) &&
                 phases.indexOf(QStringLiteral("stream_opened")) ==
                     phases.indexOf(QStringLiteral("connecting")) + 1,
             qPrintable(phases.join(u' ')));
    for (const Event &e : r.events) {
        if (e.kind == EventKind::StreamHeader && e.direction == Direction::Inbound) {
            QCOMPARE(e.payload.as<StreamHeader>().from, QStringLiteral("bosh.example"));
            QCOMPARE(e.payload.as<StreamHeader>().version, QStringLiteral("1.0"));
            QCOMPARE(e.payload.as<StreamHeader>().id, QStringLiteral("id1"));
        }
    }
}

void TestHostileBosh::responsesReadInRidOrder()
{
    // The creation response has no features yet, so the client polls (rid N+1) and the server
    // holds the poll. When the client gives up waiting it terminates (rid N+2); the server
    // answers the terminate, and the poll (with a message) only once the client has that
    // answer in hand (its note says so). The message belongs before the end: the client
    // reads it first (XEP-0124 §14.2).
    BoshPeer peer;
    Request poll;
    bool pollAnswered = false;
    peer.onRequest = [&](const Request &r) {
        if (!r.has("sid="))
            BoshPeer::answer(r, creation(QByteArray()));
        else if (r.has("terminate"))
            BoshPeer::answer(r, body("type='terminate'"));
        else if (poll.socket == nullptr)
            poll = r;
    };
    const auto answerPollWhenNoted = [&](const Event &e) {
        if (e.kind == EventKind::Note && !pollAnswered &&
            e.payload.as<NoteEventFact>().text.text().contains(QStringLiteral("§14.2"))) {
            pollAnswered = true;
            BoshPeer::answer(poll, body({}, "<message xmlns='jabber:client' from='a@b' "
                                            "id='early'><body>first</body></message>"));
        }
    };
    QVERIFY(peer.listen());
    const Run r = run(peer, false, 1000, QSslCertificate(), answerPollWhenNoted);
    QVERIFY(pollAnswered);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    int message = -1, end = -1;
    for (int i = 0; i < r.events.size(); ++i) {
        const Event &e = r.events.at(i);
        if (e.kind == EventKind::Element && e.raw.contains("id='early'"))
            message = i;
        if (e.kind == EventKind::Http && e.direction == Direction::Inbound &&
            e.payload.as<HttpFact>().purpose.text() == QLatin1String("terminate"))
            end = i;
    }
    QVERIFY2(message >= 0 && end >= 0, qPrintable(r.error()));
    QVERIFY(message < end);
}

void TestHostileBosh::terminateConditionsExplained_data()
{
    QTest::addColumn<QByteArray>("terminate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("remote-connection-failed")
        << body("type='terminate' condition='remote-connection-failed'")
        << "could not reach the XMPP server";
    QTest::newRow("see-other-uri") << body("type='terminate' condition='see-other-uri'",
                                           "<uri>https://elsewhere.example/bosh</uri>")
                                   << "https://elsewhere.example/bosh";
    // XEP-0206 §6: a copy of the <stream:error/>; older connection managers send its content.
    QTest::newRow("remote-stream-error")
        << body("type='terminate' condition='remote-stream-error'",
                "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                "</stream:error>")
        << "host-unknown";
    QTest::newRow("remote-stream-error, content only")
        << body("type='terminate' condition='remote-stream-error'",
                "<host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>")
        << "the error host-unknown";
    QTest::newRow("item-not-found")
        << body("type='terminate' condition='item-not-found'") << "does not know the session";
    QTest::newRow("undefined") << body("type='terminate' condition='made-up'") << "made-up";
}

void TestHostileBosh::terminateConditionsExplained()
{
    QFETCH(QByteArray, terminate);
    QFETCH(QString, expected);
    BoshPeer peer;
    peer.onRequest = [&](const Request &r) {
        BoshPeer::answer(r, terminate);
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    // The stream error itself, or the terminate's condition, explained.
    QVERIFY2(r.error().contains(QStringLiteral("XEP-0124 §17.2")) ||
                 r.error().contains(QStringLiteral("closed the stream with")),
             qPrintable(r.error()));
    QVERIFY2(r.code() == QLatin1String("session-terminated") ||
                 r.code() == QLatin1String("stream-error"),
             qPrintable(r.code()));
    // The server ended it: the client's end of the stream is not recorded, as it never went.
    for (const Event &e : r.events)
        QVERIFY(!(e.kind == EventKind::StreamEnd && e.direction == Direction::Outbound));
    for (const Request &q : std::as_const(peer.requests))
        QVERIFY(!q.has("terminate"));
}

void TestHostileBosh::httpErrorExplained()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(r, "<html>nothing</html>", 404);
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("HTTP 404")), qPrintable(r.error()));
    QCOMPARE(r.code(), QStringLiteral("session-terminated"));
    QVERIFY2(r.error().contains(QStringLiteral("§17.1")), qPrintable(r.error()));
    // The response is recorded with its status, though it holds no <body/>.
    bool recorded = false;
    for (const Event &e : r.events)
        recorded = recorded || (e.kind == EventKind::Http && e.direction == Direction::Inbound &&
                                e.payload.as<HttpFact>().status.value_or(0) == 404);
    QVERIFY(recorded);
}

void TestHostileBosh::creationWithoutSid()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(
            r, body("wait='60' xmpp:version='1.0' xmlns:xmpp='urn:xmpp:xbosh'", Features));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("no sid")), qPrintable(r.error()));
}

void TestHostileBosh::halfABody()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(r, creation().chopped(20));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("one whole <body/>")), qPrintable(r.error()));
}

void TestHostileBosh::notABody()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(r, "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'/>");
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("http://jabber.org/protocol/httpbind")),
             qPrintable(r.error()));
}

void TestHostileBosh::responseTooLarge()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(r, creation(Features + QByteArray(BoshTransport::MaxBodyBytes, ' ')));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("the limit")), qPrintable(r.error()));
}

void TestHostileBosh::featuresInALaterResponse()
{
    // XEP-0206 §4: without features in the creation response the client polls for them.
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        if (!r.has("sid="))
            BoshPeer::answer(r, creation(QByteArray()));
        else if (r.has("terminate"))
            BoshPeer::answer(r, body("type='terminate'"));
        else
            BoshPeer::answer(r, body({}, Features));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY2(r.summary.value(QStringLiteral("success")).toBool(), qPrintable(r.error()));
    QVERIFY(!r.noted(QStringLiteral("restartlogic"))); // advertised
}

void TestHostileBosh::streamAttributesInALaterResponse()
{
    // XEP-0206 §4: 'from', the version and the stream id may come in any later response. One
    // that names another domain is checked as the creation response's would be (RFC 6120
    // §4.7.1). This connection manager does not advertise restarts (§5) either.
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        if (!r.has("sid="))
            BoshPeer::answer(r, body("sid='s1' wait='60' ver='1.6'"));
        else if (r.has("terminate"))
            BoshPeer::answer(r, body("type='terminate'"));
        else
            BoshPeer::answer(r, body("from='other.example' authid='id9' xmpp:version='1.0' "
                                     "xmlns:xmpp='urn:xmpp:xbosh'",
                                     Features));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY2(r.noted(QStringLiteral("names the stream's from, xmpp:version, authid")),
             qPrintable(r.notes().join(u'\n')));
    QVERIFY(r.noted(QStringLiteral("from other.example, not bosh.example")));
    QVERIFY(r.noted(QStringLiteral("restartlogic")));
}

void TestHostileBosh::originAndCors_data()
{
    QTest::addColumn<QByteArray>("allow");     // the responses' Access-Control-Allow-Origin
    QTest::addColumn<QByteArray>("preflight"); // the answer to OPTIONS: status and headers
    QTest::addColumn<QString>("note");         // empty: none about CORS
    const QByteArray fine = "204 No Content\r\nAccess-Control-Allow-Origin: *\r\n"
                            "Access-Control-Allow-Headers: Content-Type\r\n";
    QTest::newRow("the page's origin") << QByteArray("https://app.example") << fine << QString();
    QTest::newRow("any origin") << QByteArray("*") << fine << QString();
    QTest::newRow("none") << QByteArray() << fine
                          << QStringLiteral("carries no Access-Control-Allow-Origin");
    QTest::newRow("another origin") << QByteArray("https://chat.example") << fine
                                    << QStringLiteral("allows the origin 'https://chat.example'");
    QTest::newRow("preflight refused")
        << QByteArray("*") << QByteArray("405 Method Not Allowed\r\n")
        << QStringLiteral("would stop it: HTTP 405");
    QTest::newRow("preflight without Content-Type")
        << QByteArray("*") << QByteArray("200 OK\r\nAccess-Control-Allow-Origin: *\r\n")
        << QStringLiteral("no Content-Type in Access-Control-Allow-Headers");
}

void TestHostileBosh::originAndCors()
{
    // Each request carries the page's Origin as a browser's does. A browser first asks with
    // OPTIONS whether it may post text/xml (the preflight), and hands the page only responses
    // that allow its origin (CORS): the session works here either way, but each is noted.
    QFETCH(QByteArray, allow);
    QFETCH(QByteArray, preflight);
    QFETCH(QString, note);
    BoshPeer peer;
    const QByteArray headers =
        allow.isEmpty() ? QByteArray() : "Access-Control-Allow-Origin: " + allow + "\r\n";
    peer.onRequest = [headers, preflight](const Request &r) {
        if (r.head.startsWith("OPTIONS "))
            r.socket->write("HTTP/1.1 " + preflight + "Content-Length: 0\r\n\r\n");
        else if (!r.has("sid="))
            BoshPeer::answer(r, creation(), 200, false, headers);
        else if (r.has("terminate"))
            BoshPeer::answer(r, body("type='terminate'"), 200, false, headers);
    };
    QVERIFY(peer.listen());
    const Run r =
        run(peer, false, 5000, QSslCertificate(), {}, QStringLiteral("https://app.example"));
    QVERIFY2(r.summary.value(QStringLiteral("success")).toBool(), qPrintable(r.error()));
    QVERIFY(!peer.requests.isEmpty());
    const Request &options = peer.requests.first();
    QVERIFY2(options.head.startsWith("OPTIONS ") &&
                 options.head.contains("\r\nAccess-Control-Request-Method: POST") &&
                 options.head.contains("\r\nAccess-Control-Request-Headers: content-type"),
             options.head.constData());
    for (const Request &q : std::as_const(peer.requests))
        QVERIFY2(q.head.contains("\r\nOrigin: https://app.example"), q.head.constData());
    QCOMPARE(r.noted(QStringLiteral("CORS")), !note.isEmpty());
    if (!note.isEmpty())
        QVERIFY(r.noted(note));
}

void TestHostileBosh::plusRefusedOverBosh()
{
    // A -PLUS mechanism binds to one TLS connection; BOSH has several: refused before any
    // proof is computed, though the server offers it.
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(
            r, creation("<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                        "<mechanism>SCRAM-SHA-256-PLUS</mechanism></mechanisms>"
                        "</stream:features>"));
    };
    QVERIFY(peer.listen());
    C2sOptions o;
    o.jid = QStringLiteral("user@bosh.example");
    o.password = QStringLiteral("secret");
    o.mechanism = QStringLiteral("SCRAM-SHA-256-PLUS");
    o.insecureCredentials = true;
    o.bosh = peer.url();
    o.timeoutMs = 5000;
    EventLog log;
    C2sSession session(&log, o);
    QSignalSpy finished(&session, &C2sSession::finished);
    session.start();
    QVERIFY(finished.wait(15000));
    const QJsonObject summary = Summary::build(log).toJson();
    QCOMPARE(summary.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("no-channel-binding"));
    for (const Request &r : std::as_const(peer.requests))
        QVERIFY(!r.has("<auth"));
}

namespace {
/// A CA, and two certificates it issued for localhost (two keys, both valid).
struct TwoCertificates
{
    Test::Issued authority, first, second;
};

TwoCertificates twoCertificates()
{
    CertFactory::Spec ca;
    ca.commonName = QStringLiteral("BOSH test CA");
    ca.ca = true;
    TwoCertificates t;
    t.authority = Test::issue(ca);
    CertFactory::Spec leaf;
    leaf.commonName = QStringLiteral("localhost");
    leaf.dnsNames = {QStringLiteral("localhost")};
    leaf.extendedKeyUsage = QStringLiteral("serverAuth");
    leaf.issuer = t.authority.certificate;
    leaf.issuerKey = t.authority.key;
    t.first = Test::issue(leaf);
    t.second = Test::issue(leaf);
    return t;
}

/// The creation answered on a connection that then closes: the <auth/> needs another one.
void answerOnceThenClose(BoshPeer &peer)
{
    peer.onRequest = [](const Request &r) {
        if (!r.has("sid="))
            BoshPeer::answer(r, creation(), 200, true);
        else
            BoshPeer::answer(r, body({}, "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    };
}
} // namespace

void TestHostileBosh::certificateChangesBetweenConnections()
{
    // XEP-0124 §19.1: every connection of a secure session shows the same certificate. The
    // second shows another one, valid and trusted too: the password does not go over it.
    const TwoCertificates t = twoCertificates();
    BoshPeer peer({t.first, t.second});
    answerOnceThenClose(peer);
    QVERIFY(peer.listen());
    const QJsonObject summary = run(peer, true, 5000, t.authority.certificate).summary;
    QCOMPARE(summary.value(QStringLiteral("success")).toBool(), false);
    const QString error = summary.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QStringLiteral("different certificate")) &&
                 error.contains(QStringLiteral("§19.1")),
             qPrintable(error));
    for (const Request &r : std::as_const(peer.requests))
        QVERIFY(!r.has("<auth"));
}

void TestHostileBosh::laterConnectionFailsVerification()
{
    // The first connection's certificate verifies; the second's is issued by nobody trusted.
    const TwoCertificates t = twoCertificates();
    CertFactory::Spec self;
    self.commonName = QStringLiteral("localhost");
    self.dnsNames = {QStringLiteral("localhost")};
    const Test::Issued untrusted = Test::issue(self);
    BoshPeer peer({t.first, untrusted});
    answerOnceThenClose(peer);
    QVERIFY(peer.listen());
    const QJsonObject summary = run(peer, true, 5000, t.authority.certificate).summary;
    QCOMPARE(summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(summary.value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("where the first passed")),
             qPrintable(summary.value(QStringLiteral("error")).toString()));
    for (const Request &r : std::as_const(peer.requests))
        QVERIFY(!r.has("<auth"));
}

void TestHostileBosh::twoBodiesInOneResponse()
{
    // XEP-0124 §6: one <body/> per response; a second one, with a message in it, is refused.
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(r, creation() + body({}, "<message xmlns='jabber:client' id='extra'/>"));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("more than one <body/>")), qPrintable(r.error()));
    for (const Event &e : r.events)
        QVERIFY(!(e.kind == EventKind::Element && e.raw.contains("id='extra'")));
}

void TestHostileBosh::connectionBreaksInAResponse()
{
    // The response's length is announced, half of it comes, then the connection closes: a
    // network event (XEP-0124 §14.3), not XML the server got wrong.
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        const QByteArray whole = creation();
        r.socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                        QByteArray::number(whole.size()) + "\r\n\r\n" +
                        whole.left(whole.size() / 2));
        r.socket->disconnectFromHost();
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(!r.error().contains(QLatin1String("XML")), qPrintable(r.error()));
    QVERIFY2(r.code() == QLatin1String("connection-lost") ||
                 r.code() == QLatin1String("connect-failed"),
             qPrintable(r.code() + QStringLiteral(": ") + r.error()));
}

void TestHostileBosh::emptyResponse()
{
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        BoshPeer::answer(r, QByteArray());
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("is empty")), qPrintable(r.error()));
}

void TestHostileBosh::pollsStayBounded_data()
{
    QTest::addColumn<QByteArray>("creationAttributes");
    // §12: a polling session, as the server requires it with requests='1'.
    QTest::newRow("polling session")
        << QByteArray("sid='s1' wait='60' requests='1' polling='1' ver='1.6'");
    // A long-poll session whose server answers every poll at once and empty.
    QTest::newRow("long polls not held")
        << QByteArray("sid='s1' wait='60' requests='2' hold='1' ver='1.6'");
}

void TestHostileBosh::pollsStayBounded()
{
    // No features come, so the client keeps asking; it must not ask as fast as the server
    // answers (every request and response is an event of the log).
    QFETCH(QByteArray, creationAttributes);
    BoshPeer peer;
    peer.onRequest = [&](const Request &r) {
        if (!r.has("sid="))
            BoshPeer::answer(r, body(creationAttributes));
        else
            BoshPeer::answer(r, body({}));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer, false, 2500);
    QCOMPARE(r.code(), QStringLiteral("timeout"));
    QVERIFY2(peer.requests.size() <= 10, qPrintable(QString::number(peer.requests.size())));
}

void TestHostileBosh::untrustedCertificate()
{
    // The first connection's certificate names localhost but no trusted CA issued it: the
    // features can be read, the password (PLAIN) never goes out.
    CertFactory::Spec self;
    self.commonName = QStringLiteral("localhost");
    self.dnsNames = {QStringLiteral("localhost")};
    BoshPeer peer({Test::issue(self)});
    peer.onRequest = [](const Request &r) {
        if (!r.has("sid="))
            BoshPeer::answer(r, creation());
        else if (r.has("terminate"))
            BoshPeer::answer(r, body("type='terminate'"));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer, true, 5000, twoCertificates().authority.certificate);
    QCOMPARE(r.summary.value(QStringLiteral("success")).toBool(), false);
    QVERIFY2(r.error().contains(QLatin1String("withheld")), qPrintable(r.error()));
    for (const Request &q : std::as_const(peer.requests))
        QVERIFY(!q.has("<auth"));
}

void TestHostileBosh::answersForAnotherDomain()
{
    // The connection manager answers as another domain than the one asked for.
    BoshPeer peer;
    peer.onRequest = [](const Request &r) {
        if (r.has("terminate"))
            BoshPeer::answer(r, body("type='terminate'"));
        else
            BoshPeer::answer(r, body("sid='s1' wait='60' ver='1.6' from='other.example' "
                                     "xmpp:version='1.0' xmlns:xmpp='urn:xmpp:xbosh'",
                                     Features));
    };
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY(r.noted(QStringLiteral("from other.example, not bosh.example")));
}

QTEST_GUILESS_MAIN(TestHostileBosh)
#include "tst_hostile_bosh.moc"
