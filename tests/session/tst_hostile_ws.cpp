// SPDX-License-Identifier: GPL-3.0-or-later
// A client session over WebSocket (RFC 7395) against a scripted WebSocket server on 127.0.0.1
// that does what Prosody and ejabberd will not: two elements in one message, part of one, an
// element without its namespace, a closing stream tag, no 'xmpp' subprotocol, a <close/> that
// sends the client elsewhere. The session must say so, and never take such a stream as sound.
#include "issuedcert.h"
#include "session/c2ssession.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "xml/framedparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

using namespace Inspector;

namespace {
const QString Open = QStringLiteral("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' "
                                    "from='ws.example' id='s1' version='1.0'/>");
const QString Features =
    QStringLiteral("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
                   "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                   "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>");

/// Answers the client's first message (its <open/>) with `answer`: one message per string.
class WsPeer : public QObject
{
public:
    explicit WsPeer(const QStringList &subprotocols, const Test::Issued *tls = nullptr)
        : m_server(QStringLiteral("scripted"),
                   tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode)
        , m_secure(tls != nullptr)
    {
        if (tls) {
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setLocalCertificate(tls->certificate);
            c.setPrivateKey(tls->key);
            m_server.setSslConfiguration(c);
        }
        m_server.setSupportedSubprotocols(subprotocols);
        // As a server that checks the page a browser client comes from (RFC 6455 §10.2).
        connect(&m_server, &QWebSocketServer::originAuthenticationRequired, this,
                [this](QWebSocketCorsAuthenticator *a) {
                    if (!allowedOrigin.isEmpty())
                        a->setAllowed(a->origin() == allowedOrigin);
                });
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *s = m_server.nextPendingConnection();
            s->setParent(this);
            origin = s->origin();
            connect(s, &QWebSocket::textMessageReceived, s, [this, s](const QString &m) {
                received << m;
                if (!onAuth.isEmpty() && m.contains(QLatin1String("<auth")))
                    s->sendTextMessage(onAuth);
                if (received.size() != 1)
                    return;
                for (const QString &a : std::as_const(answer)) {
                    if (a.startsWith(QLatin1String("binary:")))
                        s->sendBinaryMessage(a.mid(7).toUtf8());
                    else
                        s->sendTextMessage(a);
                }
            });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(
            m_secure
                ? QStringLiteral("wss://localhost:%1/xmpp-websocket").arg(m_server.serverPort())
                : QStringLiteral("ws://127.0.0.1:%1/xmpp-websocket").arg(m_server.serverPort()));
    }

    QStringList answer;
    QString onAuth;        // sent when the client's <auth/> comes
    QString allowedOrigin; // empty: any origin, or none
    QString origin;        // the client's handshake's
    QStringList received;

private:
    QWebSocketServer m_server;
    bool m_secure;
};

struct Run
{
    QJsonObject summary;
    QStringList events; // each recorded event's raw bytes
};

Run run(WsPeer &peer, const QSslCertificate &ca = QSslCertificate(), const QString &origin = {})
{
    C2sOptions o;
    o.origin = origin;
    o.jid = QStringLiteral("user@ws.example");
    o.probe = ca.isNull();
    if (!o.probe) {
        o.password = QStringLiteral("secret");
        o.extraCa = {ca};
    }
    o.webSocket = peer.url();
    o.timeoutMs = 3000;
    EventLog log;
    C2sSession session(&log, o);
    QSignalSpy finished(&session, &C2sSession::finished);
    session.start();
    Run r;
    if (!finished.wait(10000))
        return r;
    r.summary = Summary::build(log).toJson();
    for (int i = 0; i < log.size(); ++i)
        r.events << QString::fromUtf8(log.at(i).raw);
    return r;
}

QString code(const Run &r)
{
    return r.summary.value(QStringLiteral("errorCode")).toString();
}
} // namespace

class TestHostileWs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framedProbe();
    void twoElementsInOneMessage();
    void partOfAnElement();
    void elementWithoutNamespace();
    void closingStreamTag();
    void noXmppSubprotocol();
    void seeOtherUri();
    void undeclaredStreamPrefix();
    void binaryMessage();
    void starttlsOverWebSocketIgnored();
    void webEndpointNeedsADnsId();
    void originSentAndRefused();
    void whitespaceStaysWithItsMessage();
    void handshakeAnsweredWithHttp_data();
    void handshakeAnsweredWithHttp();
};

void TestHostileWs::framedProbe()
{
    // What the client sends, one element per message, each declaring its namespace; what the
    // server sends, recorded with its exact bytes.
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, Features};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY2(r.summary.value(QStringLiteral("success")).toBool(),
             qPrintable(r.summary.value(QStringLiteral("error")).toString()));
    QVERIFY(peer.received.first().startsWith(
        QLatin1String("<open xmlns=\"urn:ietf:params:xml:ns:xmpp-framing\"")));
    QVERIFY(peer.received.first().contains(QLatin1String("to=\"ws.example\"")));
    QVERIFY(peer.received.last().startsWith(QLatin1String("<close")));
    QVERIFY(r.events.contains(Open));
    QVERIFY(r.events.contains(Features));
}

void TestHostileWs::twoElementsInOneMessage()
{
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open + Features};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(code(r), QStringLiteral("xml-bad-format"));
    QVERIFY(r.summary.value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("more than one element")));
    // Nothing of the message is acted on, not even its first element (no header read), and
    // its whole bytes are kept with the error (redacted whole: unparsed bytes that hold SASL's
    // namespace are never kept as they are).
    QVERIFY(!r.events.contains(Open));
    QVERIFY2(
        r.events.contains(QStringLiteral("[redacted:%1]").arg((Open + Features).toUtf8().size())),
        qPrintable(r.events.join(QLatin1Char('\n'))));
    QVERIFY(!QJsonDocument(r.summary.value(QStringLiteral("phases")).toArray())
                 .toJson()
                 .contains("header_received"));
    // RFC 7395 §3.5: the stream error, then <close/>, each a message of its own (the
    // scripted server reads them once the event loop runs again).
    QTRY_VERIFY_WITH_TIMEOUT(peer.received.size() >= 3, 3000);
    QVERIFY2(peer.received.at(peer.received.size() - 2).contains(QLatin1String("bad-format")),
             qPrintable(peer.received.join(QLatin1Char('\n'))));
    QVERIFY(peer.received.last().startsWith(QLatin1String("<close")));
}

void TestHostileWs::partOfAnElement()
{
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, Features.left(40), Features.mid(40)};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(code(r), QStringLiteral("xml-not-well-formed"));
    QVERIFY(r.summary.value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("ends inside an element")));
}

void TestHostileWs::elementWithoutNamespace()
{
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, QStringLiteral("<features/>")};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(code(r), QStringLiteral("xml-invalid-namespace"));
}

void TestHostileWs::closingStreamTag()
{
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, QStringLiteral("</stream:stream>")};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY(code(r).startsWith(QLatin1String("xml-")));
    QVERIFY(!r.summary.value(QStringLiteral("success")).toBool());
}

void TestHostileWs::noXmppSubprotocol()
{
    // RFC 7395 §3.1: a server that does not agree to 'xmpp' is not spoken to.
    WsPeer peer({});
    peer.answer = {Open, Features};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(code(r), QStringLiteral("connect-failed"));
    QVERIFY(
        r.summary.value(QStringLiteral("error")).toString().contains(QLatin1String("subprotocol")));
    QVERIFY(peer.received.isEmpty()); // not even the <open/>
}

void TestHostileWs::seeOtherUri()
{
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {QStringLiteral("<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' "
                                  "see-other-uri='wss://other.example/ws'/>")};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QCOMPARE(code(r), QStringLiteral("see-other-uri"));
    QVERIFY(r.summary.value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("wss://other.example/ws")));
}

void TestHostileWs::undeclaredStreamPrefix()
{
    // RFC 7395 §3.3.3: each message a document of its own; a stream: prefix it does not
    // declare is not one the stream declared for it.
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, QStringLiteral("<stream:features/>")};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY2(code(r).startsWith(QLatin1String("xml-")), qPrintable(code(r)));
    QVERIFY(!r.summary.value(QStringLiteral("success")).toBool());
}

void TestHostileWs::binaryMessage()
{
    // RFC 7395 §3.2: text messages only.
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, QStringLiteral("binary:") + Features};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY(!r.summary.value(QStringLiteral("success")).toBool());
    QVERIFY2(r.summary.value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("binary message")),
             qPrintable(r.summary.value(QStringLiteral("error")).toString()));
}

void TestHostileWs::starttlsOverWebSocketIgnored()
{
    // RFC 7395 §3.9: a client ignores STARTTLS over WebSocket; the probe ends with the
    // features, noting the server's fault, instead of waiting for a handshake that cannot be.
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, QStringLiteral("<stream:features "
                                        "xmlns:stream='http://etherx.jabber.org/streams'>"
                                        "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                                        "</stream:features>")};
    QVERIFY(peer.listen());
    const Run r = run(peer);
    QVERIFY2(r.summary.value(QStringLiteral("success")).toBool(),
             qPrintable(r.summary.value(QStringLiteral("error")).toString()));
    QVERIFY(!peer.received.join(QString()).contains(QLatin1String("<starttls")));
}

void TestHostileWs::webEndpointNeedsADnsId()
{
    // A certificate of a trusted CA that names localhost only by an SRV-ID: an XMPP server's
    // identity, not a web endpoint's. A browser refuses it; the password is not sent.
    CertFactory::Spec ca;
    ca.commonName = QStringLiteral("WebSocket test CA");
    ca.ca = true;
    const Test::Issued authority = Test::issue(ca);
    CertFactory::Spec leaf;
    leaf.commonName = QStringLiteral("xmpp server");
    leaf.srvIds = {QStringLiteral("_xmpp-client.localhost")};
    leaf.extendedKeyUsage = QStringLiteral("serverAuth");
    leaf.issuer = authority.certificate;
    leaf.issuerKey = authority.key;
    const Test::Issued server = Test::issue(leaf);
    WsPeer peer({QStringLiteral("xmpp")}, &server);
    peer.answer = {Open, Features};
    // Any challenge: the client judges the certificate before it computes a proof.
    peer.onAuth = QStringLiteral("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                 "cj1hYmMscz1kR1Z6ZEE9PSxpPTQwOTY=</challenge>");
    QVERIFY(peer.listen());
    const Run r = run(peer, authority.certificate);
    QVERIFY(!r.summary.value(QStringLiteral("success")).toBool());
    QVERIFY2(r.summary.value(QStringLiteral("error")).toString().contains(QLatin1String("DNS-ID")),
             qPrintable(r.summary.value(QStringLiteral("error")).toString()));
    // The first SCRAM message carries no proof; the proof (<response/>) never goes out.
    QTRY_VERIFY_WITH_TIMEOUT(peer.received.last().startsWith(QLatin1String("<close")), 3000);
    QVERIFY(!peer.received.join(QString()).contains(QLatin1String("<response")));
}

void TestHostileWs::originSentAndRefused()
{
    // The handshake carries the page's origin as a browser's does; a server that does not
    // accept that origin refuses the handshake, and the session says it could not connect.
    WsPeer peer({QStringLiteral("xmpp")});
    peer.answer = {Open, Features};
    QVERIFY(peer.listen());
    const Run sent = run(peer, QSslCertificate(), QStringLiteral("https://app.example"));
    QVERIFY2(sent.summary.value(QStringLiteral("success")).toBool(),
             qPrintable(sent.summary.value(QStringLiteral("error")).toString()));
    QCOMPARE(peer.origin, QStringLiteral("https://app.example"));
    WsPeer strict({QStringLiteral("xmpp")});
    strict.answer = {Open, Features};
    strict.allowedOrigin = QStringLiteral("https://chat.example");
    QVERIFY(strict.listen());
    const Run refused = run(strict, QSslCertificate(), QStringLiteral("https://app.example"));
    QVERIFY(!refused.summary.isEmpty());
    QVERIFY(!refused.summary.value(QStringLiteral("success")).toBool());
    QVERIFY(strict.received.isEmpty()); // nothing went over a refused handshake
    // Said as what it is: the handshake refused for the origin, not a connection refused.
    const QString error = refused.summary.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("HTTP 403")) &&
                 error.contains(QLatin1String("the origin https://app.example")),
             qPrintable(error));
    QCOMPARE(refused.summary.value(QStringLiteral("exitCode")).toInt(), 1);
}

void TestHostileWs::whitespaceStaysWithItsMessage()
{
    // Every byte of every message is reported once, with the message it came in: white space
    // that ends one is not held over to the next, nor lost when the next is refused.
    using Piece = std::pair<qint64, QByteArray>;
    const auto record = [](FramedParser &p, QList<Piece> *pieces) {
        const auto add = [pieces](const QByteArray &raw, qint64 offset) {
            pieces->append({offset, raw});
        };
        QObject::connect(
            &p, &FramedParser::elementReceived, &p,
            [add](const ElementPtr &, const QByteArray &raw, qint64 offset) { add(raw, offset); });
        QObject::connect(&p, &FramedParser::whitespaceReceived, &p, add);
        QObject::connect(&p, &FramedParser::parseError, &p, [pieces](const ParseError &e) {
            pieces->append({e.unreportedOffset, e.unreported});
        });
    };
    const QByteArray first = "<a xmlns='x'/>  ";
    for (const QByteArray &second :
         {QByteArray(" <b xmlns='y'/>"), QByteArray(" <b xmlns='y'/><c xmlns='y'/>")}) {
        FramedParser p;
        QList<Piece> pieces;
        record(p, &pieces);
        p.feedMessage(first);
        p.feedMessage(second);
        QByteArray all;
        for (const Piece &piece : std::as_const(pieces)) {
            QCOMPARE(piece.first, qint64(all.size())); // in order, no gap, no overlap
            all += piece.second;
        }
        QCOMPARE(all, first + second);
        QCOMPARE(pieces.at(1), Piece(14, "  ")); // with the first message
        QCOMPARE(p.unreportedBytes(), QByteArray());
    }
}

void TestHostileWs::handshakeAnsweredWithHttp_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("400") << QByteArray("400 Bad Request");
    QTest::newRow("404") << QByteArray("404 Not Found");
    QTest::newRow("200: a web page, not an endpoint") << QByteArray("200 OK");
}

void TestHostileWs::handshakeAnsweredWithHttp()
{
    // An HTTP answer instead of 101 is the server's refusal, said with its status (exit 1),
    // not a connection that failed; Qt words a 400 apart from the others.
    QFETCH(QByteArray, status);
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost));
    QObject::connect(&http, &QTcpServer::newConnection, &http, [&http, status] {
        QTcpSocket *s = http.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, status] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            s->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\n\r\n");
        });
    });
    C2sOptions o;
    o.jid = QStringLiteral("user@ws.example");
    o.probe = true;
    o.webSocket = QUrl(QStringLiteral("ws://127.0.0.1:%1/xmpp-websocket").arg(http.serverPort()));
    o.timeoutMs = 3000;
    EventLog log;
    C2sSession session(&log, o);
    QSignalSpy finished(&session, &C2sSession::finished);
    session.start();
    QVERIFY(finished.wait(10000));
    const QJsonObject s = Summary::build(log).toJson();
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), QStringLiteral("handshake-refused"));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    const QString error = s.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QStringLiteral("HTTP ") + QString::fromLatin1(status.left(3))),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostileWs)
#include "tst_hostile_ws.moc"
