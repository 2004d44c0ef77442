// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0156 host-meta discovery: the documents read (XRD and JSON), and the fetch over HTTPS
// against a scripted web server on 127.0.0.1 that serves what real servers will not: a
// certificate for another name, a self-signed one, documents that disagree, plain-text and
// unusable endpoints, bodies too large, redirects (over HTTPS, and to plain HTTP), a server
// that trickles, malformed documents, no CORS header.
#include "diagnose/findings.h"
#include "issuedcert.h"
#include "net/hostmeta.h"
#include "net/hostmetadoc.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Inspector;

namespace {
/// A web server of one answer per path, over TLS, one request per connection.
class HttpsPeer : public QTcpServer
{
public:
    struct Answer
    {
        QByteArray status = "200 OK";
        QByteArray headers; // "Name: value\r\n" lines
        QByteArray body;
        bool trickle = false; // one byte of the body every 200 ms
    };
    QHash<QByteArray, Answer> answers; // by path
    QSslCertificate certificate;
    QSslKey key;
    QList<QByteArray> hosts; // the Host header of each request
    QList<QByteArray> paths;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *s = new QSslSocket(this);
        s->setSocketDescriptor(descriptor);
        s->setLocalCertificate(certificate);
        s->setPrivateKey(key);
        auto *request = new QByteArray;
        connect(s, &QObject::destroyed, s, [request] { delete request; });
        connect(s, &QSslSocket::readyRead, s, [this, s, request] {
            request->append(s->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            answer(s, *request);
            request->clear();
        });
        connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
        s->startServerEncryption();
    }

private:
    void answer(QSslSocket *s, const QByteArray &request)
    {
        const QList<QByteArray> lines = request.split('\n');
        const QByteArray path = lines.first().split(' ').value(1);
        paths << path;
        for (const QByteArray &l : lines) {
            if (l.toLower().startsWith("host:"))
                hosts << l.mid(5).trimmed();
        }
        const Answer a = answers.value(path, Answer{"404 Not Found", {}, "not here", false});
        s->write("HTTP/1.1 " + a.status +
                 "\r\nContent-Length: " + QByteArray::number(a.body.size()) +
                 "\r\nConnection: close\r\n" + a.headers + "\r\n");
        if (!a.trickle) {
            s->write(a.body);
            s->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(s);
        connect(timer, &QTimer::timeout, s, [s, body = a.body, sent = 0]() mutable {
            if (sent < body.size())
                s->write(body.mid(sent++, 1));
        });
        timer->start(200);
    }
};

const QByteArray Cors = "Access-Control-Allow-Origin: *\r\n";

QByteArray xrd(const QByteArray &links)
{
    return "<?xml version='1.0'?><XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>" + links +
           "</XRD>";
}

QByteArray xrdLink(const char *rel, const char *href)
{
    return QByteArray("<Link rel='urn:xmpp:alt-connections:") + rel + "' href='" + href + "'/>";
}

QByteArray jsonLinks(const QList<std::pair<const char *, const char *>> &links)
{
    QByteArray out = "{\"links\":[";
    for (int i = 0; i < int(links.size()); ++i) {
        out += (i ? "," : "") + QByteArray("{\"rel\":\"urn:xmpp:alt-connections:") +
               links.at(i).first + "\",\"href\":\"" + links.at(i).second + "\"}";
    }
    return out + "]}";
}

QStringList codes(const HostMetaFact &h)
{
    DnsFact dns;
    dns.domain = h.domain;
    dns.hostMeta = h;
    QStringList out;
    for (const Finding &f : Findings::fromDns(dns))
        out << f.codeName();
    return out;
}

QStringList hrefs(const QVector<HostMetaLinkFact> &links)
{
    QStringList out;
    for (const HostMetaLinkFact &l : links)
        out << l.href;
    return out;
}
} // namespace

class TestHostMeta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void linksClassified();
    void xrdDocuments();
    void jsonDocuments();
    void routes();
    void factRoundTrip();
    void readsBothDocuments();
    void certificateForAnotherName();
    void selfSignedCertificate();
    void nothingThere();
    void jsonOnly();
    void documentsDisagree();
    void plainTextAndUnusableLinks();
    void tooLarge();
    void redirects();
    void trickle();
    void malformed();
    void noCors();
    void nothingListening();
    void stopped();

private:
    HostMetaFact fetch(int timeoutMs = 5000);
    Test::Issued m_ca, m_leaf, m_other, m_self;
    std::unique_ptr<HttpsPeer> m_peer;
};

void TestHostMeta::initTestCase()
{
    CertFactory::Spec ca;
    ca.commonName = QStringLiteral("Host-meta test CA");
    ca.ca = true;
    m_ca = Test::issue(ca);
    CertFactory::Spec leaf;
    leaf.commonName = QStringLiteral("web.example");
    leaf.dnsNames = {QStringLiteral("web.example"), QStringLiteral("cdn.example")};
    leaf.extendedKeyUsage = QStringLiteral("serverAuth");
    leaf.issuer = m_ca.certificate;
    leaf.issuerKey = m_ca.key;
    m_leaf = Test::issue(leaf);
    leaf.commonName = QStringLiteral("other.example");
    leaf.dnsNames = {QStringLiteral("other.example")};
    m_other = Test::issue(leaf);
    CertFactory::Spec self;
    self.commonName = QStringLiteral("web.example");
    self.dnsNames = {QStringLiteral("web.example")};
    m_self = Test::issue(self);
}

void TestHostMeta::init()
{
    m_peer = std::make_unique<HttpsPeer>();
    m_peer->certificate = m_leaf.certificate;
    m_peer->key = m_leaf.key;
    QVERIFY(m_peer->listen(QHostAddress::LocalHost));
}

HostMetaFact TestHostMeta::fetch(int timeoutMs)
{
    HostMetaOptions o;
    o.domain = QStringLiteral("web.example");
    // Every name the fetch may meet goes to the scripted server; a name it does not know
    // would be asked of a DNS server that does not exist (nothing leaves the machine).
    const quint16 port = m_peer->serverPort();
    o.routes = {{QStringLiteral("web.example"), 443, QStringLiteral("127.0.0.1"), port},
                {QStringLiteral("cdn.example"), 443, QStringLiteral("127.0.0.1"), port}};
    o.dns.server = QStringLiteral("127.0.0.1@9");
    o.dns.timeoutMs = 2000;
    o.extraCa = {m_ca.certificate};
    o.timeoutMs = timeoutMs;
    HostMetaFetch f(o);
    QSignalSpy done(&f, &HostMetaFetch::finished);
    f.start();
    if (!done.wait(timeoutMs + 5000) || done.size() != 1)
        qFatal("the fetch did not end once");
    return f.result();
}

void TestHostMeta::linksClassified()
{
    const auto l = [](const char *rel, const char *href) {
        return HostMetaDoc::link(QLatin1String("urn:xmpp:alt-connections:") + QLatin1String(rel),
                                 QLatin1String(href));
    };
    QVERIFY(l("websocket", "wss://web.example/ws")->usable());
    QVERIFY(l("websocket", "wss://web.example/ws")->secure);
    QVERIFY(!l("websocket", "ws://web.example/ws")->usable()); // XEP-0156 §2.2
    QVERIFY(HostMetaDoc::isPlainText(*l("websocket", "ws://web.example/ws")));
    QVERIFY(!l("websocket", "https://web.example/ws")->usable()); // not a WebSocket URL
    QVERIFY(!l("websocket", "/ws")->usable());                    // relative
    QCOMPARE(l("xbosh", "https://web.example/bosh")->method, QStringLiteral("bosh"));
    QVERIFY(!l("xbosh", "wss://web.example/bosh")->usable());
    QVERIFY(!l("httppoll", "https://web.example/poll")->usable()); // XEP-0025 is obsolete
    // Other methods (XEP-0487's) and other protocols are not endpoints tested here.
    QVERIFY(!l("s2s-websocket", "wss://web.example/s2s"));
    QVERIFY(!HostMetaDoc::link(QStringLiteral("lrdd"), QStringLiteral("https://x/")));
}

void TestHostMeta::xrdDocuments()
{
    QVector<HostMetaLinkFact> links;
    int others = 0;
    Phrase why;
    // Links are the root's children only; other relations are counted.
    QVERIFY(HostMetaDoc::parseXrd(xrd(xrdLink("websocket", "wss://a/ws") +
                                      "<Link rel='lrdd' template='x'/><Property><Link "
                                      "rel='urn:xmpp:alt-connections:xbosh' href='https://b'/>"
                                      "</Property>"),
                                  &links, &others, &why));
    QCOMPARE(hrefs(links), QStringList{QStringLiteral("wss://a/ws")});
    QCOMPARE(others, 1);
    links.clear();
    QVERIFY(!HostMetaDoc::parseXrd("<XRD><Link/></XRD>", &links, &others, &why)); // no namespace
    QVERIFY(why.english().contains(QLatin1String("root element")));
    QVERIFY(!HostMetaDoc::parseXrd("<?xml version='1.0'?><!DOCTYPE XRD [<!ENTITY a 'aaaa'>]>"
                                   "<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'/>",
                                   &links, &others, &why));
    QVERIFY(why.english().contains(QLatin1String("document type")));
    QVERIFY(!HostMetaDoc::parseXrd(xrd("<Link"), &links, &others, &why));
    QVERIFY(!HostMetaDoc::parseXrd({}, &links, &others, &why));
}

void TestHostMeta::jsonDocuments()
{
    QVector<HostMetaLinkFact> links;
    int others = 0;
    Phrase why;
    QVERIFY(
        HostMetaDoc::parseJson(jsonLinks({{"xbosh", "https://b/bosh"}}), &links, &others, &why));
    QCOMPARE(hrefs(links), QStringList{QStringLiteral("https://b/bosh")});
    QVERIFY(!HostMetaDoc::parseJson("{\"links\": {}}", &links, &others, &why));
    QVERIFY(!HostMetaDoc::parseJson("[]", &links, &others, &why));
    QVERIFY(!HostMetaDoc::parseJson("{\"links\": [", &links, &others, &why));
}

void TestHostMeta::routes()
{
    PortRoute r;
    QString error;
    QVERIFY(PortRoute::parse(QStringLiteral("Web.Example:443:127.0.0.1:8443"), &r, &error));
    QCOMPARE(r.name, QStringLiteral("web.example"));
    QCOMPARE(r.port, quint16(443));
    QCOMPARE(r.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.toPort, quint16(8443));
    QVERIFY(PortRoute::parse(QStringLiteral("web.example:443:[::1]:8443"), &r, &error));
    QCOMPARE(r.host, QStringLiteral("::1"));
    QCOMPARE(r.toString(), QStringLiteral("web.example:443:[::1]:8443"));
    QVERIFY(PortRoute::parse(QStringLiteral("web.example:443:localhost:1"), &r, &error));
    for (const char *bad :
         {"web.example:443:127.0.0.1", "web.example:0:127.0.0.1:1",
          "web.example:443:127.0.0.1:65536", ":443:h:1", "w:443::1", "w:443:::1:2"})
        QVERIFY2(!PortRoute::parse(QLatin1String(bad), &r, &error), bad);
    QVERIFY(error.contains(QLatin1String("NAME:PORT:HOST:PORT")));
    const QVector<PortRoute> routes{r};
    QCOMPARE(PortRoute::find(routes, QStringLiteral("WEB.example"), 443).toPort, quint16(1));
    QCOMPARE(PortRoute::find(routes, QStringLiteral("web.example"), 5281).host,
             QStringLiteral("web.example")); // another port goes where it says
    // An internationalised name, given in one form and asked for in the other.
    QVERIFY(PortRoute::parse(QStringLiteral("bücher.example:443:127.0.0.1:2"), &r, &error));
    QCOMPARE(PortRoute::find({r}, QStringLiteral("xn--bcher-kva.example"), 443).toPort, quint16(2));
    QVERIFY(PortRoute::parse(QStringLiteral("xn--bcher-kva.example:443:127.0.0.1:3"), &r, &error));
    QCOMPARE(PortRoute::find({r}, QStringLiteral("Bücher.example"), 443).toPort, quint16(3));
    QCOMPARE(PortRoute::find({r}, QStringLiteral("bucher.example"), 443).toPort, quint16(443));
}

void TestHostMeta::factRoundTrip()
{
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors, xrd(xrdLink("websocket", "ws://web.example/ws")), false});
    const HostMetaFact h = fetch();
    const HostMetaFact back = HostMetaFact::fromJson(h.toJson());
    QCOMPARE(back.toJson(), h.toJson());
    QCOMPARE(back.documents.at(1).error.english(), h.documents.at(1).error.english());
    QVERIFY(!back.documents.at(1).error.isLiteral()); // the phrase, translated when shown
    QVERIFY(!h.toJson(false)
                 .value(QStringLiteral("documents"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .contains(QStringLiteral("errorPhrase")));
}

void TestHostMeta::readsBothDocuments()
{
    m_peer->answers.insert("/.well-known/host-meta",
                           {"200 OK", Cors + "Content-Type: application/xrd+xml\r\n",
                            xrd(xrdLink("xbosh", "https://web.example/bosh") +
                                xrdLink("websocket", "wss://web.example/ws")),
                            false});
    m_peer->answers.insert(
        "/.well-known/host-meta.json",
        {"200 OK", Cors,
         jsonLinks({{"websocket", "wss://web.example/ws"}, {"xbosh", "https://web.example/bosh"}}),
         false});
    const HostMetaFact h = fetch();
    QCOMPARE(h.documents.size(), 2);
    for (const HostMetaDocumentFact &d : h.documents) {
        QVERIFY2(d.isRead(), qPrintable(d.error.english()));
        QCOMPARE(d.status, 200);
        QCOMPARE(d.links.size(), 2);
        QCOMPARE(d.address, QStringLiteral("127.0.0.1"));
        QVERIFY(!d.tlsProtocol.isEmpty());
    }
    // The name asked for, not the address dialled, is the HTTP host.
    QCOMPARE(m_peer->hosts, (QList<QByteArray>{"web.example", "web.example"}));
    // WebSocket first; each endpoint once.
    QCOMPARE(hrefs(h.endpoints()), (QStringList{QStringLiteral("wss://web.example/ws"),
                                                QStringLiteral("https://web.example/bosh")}));
    QCOMPARE(codes(h), QStringList());
}

void TestHostMeta::certificateForAnotherName()
{
    // A valid certificate of the same CA, for another name: the documents are not read, and
    // nothing they would say becomes a path.
    m_peer->certificate = m_other.certificate;
    m_peer->key = m_other.key;
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors, xrd(xrdLink("websocket", "wss://evil.example/ws")), false});
    const HostMetaFact h = fetch();
    for (const HostMetaDocumentFact &d : h.documents) {
        QCOMPARE(d.problem, QStringLiteral("tls"));
        QVERIFY(d.links.isEmpty());
    }
    QVERIFY(h.documents.first().error.english().contains(QLatin1String("certificate")));
    QVERIFY(h.endpoints().isEmpty());
    QVERIFY(codes(h).contains(QStringLiteral("HOST-META-TLS")));
    QVERIFY(m_peer->paths.isEmpty()); // no request was sent over it
}

void TestHostMeta::selfSignedCertificate()
{
    m_peer->certificate = m_self.certificate;
    m_peer->key = m_self.key;
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors, xrd(xrdLink("websocket", "wss://web.example/ws")), false});
    const HostMetaFact h = fetch();
    QCOMPARE(h.documents.first().problem, QStringLiteral("tls"));
    QVERIFY(h.endpoints().isEmpty());
    QCOMPARE(codes(h).count(QStringLiteral("HOST-META-TLS")), 1);
}

void TestHostMeta::nothingThere()
{
    const HostMetaFact h = fetch();
    QCOMPARE(h.documents.first().status, 404);
    QCOMPARE(h.documents.first().problem, QStringLiteral("missing"));
    QCOMPARE(codes(h), QStringList{QStringLiteral("HOST-META-NONE")});
}

void TestHostMeta::jsonOnly()
{
    m_peer->answers.insert(
        "/.well-known/host-meta.json",
        {"200 OK", Cors, jsonLinks({{"websocket", "wss://web.example/ws"}}), false});
    const HostMetaFact h = fetch();
    QCOMPARE(hrefs(h.endpoints()), QStringList{QStringLiteral("wss://web.example/ws")});
    QCOMPARE(codes(h), QStringList{QStringLiteral("HOST-META-XRD-MISSING")});
}

void TestHostMeta::documentsDisagree()
{
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors, xrd(xrdLink("websocket", "wss://web.example/ws")), false});
    m_peer->answers.insert(
        "/.well-known/host-meta.json",
        {"200 OK", Cors, jsonLinks({{"websocket", "wss://web.example/old"}}), false});
    const HostMetaFact h = fetch();
    QCOMPARE(codes(h), QStringList{QStringLiteral("HOST-META-MISMATCH")});
    // Both are paths, the XRD's first.
    QCOMPARE(hrefs(h.endpoints()), (QStringList{QStringLiteral("wss://web.example/ws"),
                                                QStringLiteral("wss://web.example/old")}));
}

void TestHostMeta::plainTextAndUnusableLinks()
{
    m_peer->answers.insert("/.well-known/host-meta",
                           {"200 OK", Cors,
                            xrd(xrdLink("websocket", "ws://web.example/ws") +
                                xrdLink("xbosh", "http://web.example/bosh") +
                                xrdLink("websocket", "https://web.example/notws") +
                                xrdLink("xbosh", "https://web.example/bosh")),
                            false});
    const HostMetaFact h = fetch();
    // XEP-0156 §2.2: only wss: and https: endpoints are paths; the others are errors.
    QCOMPARE(hrefs(h.endpoints()), QStringList{QStringLiteral("https://web.example/bosh")});
    const QStringList c = codes(h);
    QCOMPARE(c.count(QStringLiteral("HOST-META-PLAINTEXT")), 2);
    QCOMPARE(c.count(QStringLiteral("HOST-META-BAD-LINK")), 1);
}

void TestHostMeta::tooLarge()
{
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors,
         xrd(xrdLink("websocket", "wss://web.example/ws") + QByteArray(70 * 1024, ' ')), false});
    const HostMetaFact h = fetch();
    QCOMPARE(h.documents.first().problem, QStringLiteral("failed"));
    QVERIFY(h.documents.first().error.english().contains(QLatin1String("64 KiB")));
    QVERIFY(h.endpoints().isEmpty());
    QVERIFY(codes(h).contains(QStringLiteral("HOST-META-FAILED")));
}

void TestHostMeta::redirects()
{
    // Over HTTPS to another host (the same server here): followed, that host resolved and
    // verified in turn. To plain HTTP: refused.
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"301 Moved Permanently", "Location: https://cdn.example/meta.xrd\r\n", {}, false});
    m_peer->answers.insert(
        "/meta.xrd", {"200 OK", Cors, xrd(xrdLink("websocket", "wss://web.example/ws")), false});
    m_peer->answers.insert("/.well-known/host-meta.json",
                           {"302 Found", "Location: http://web.example/meta.json\r\n", {}, false});
    const HostMetaFact h = fetch();
    const HostMetaDocumentFact &x = h.documents.at(0), &j = h.documents.at(1);
    QVERIFY2(x.isRead(), qPrintable(x.error.english()));
    QCOMPARE(x.redirects, QStringList{QStringLiteral("https://cdn.example/meta.xrd")});
    QVERIFY(m_peer->hosts.contains("cdn.example"));
    QCOMPARE(j.problem, QStringLiteral("failed"));
    QVERIFY(j.error.english().contains(QLatin1String("not followed")));
    QCOMPARE(hrefs(h.endpoints()), QStringList{QStringLiteral("wss://web.example/ws")});
}

void TestHostMeta::trickle()
{
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors, xrd(xrdLink("websocket", "wss://web.example/ws")), true});
    QElapsedTimer clock;
    clock.start();
    const HostMetaFact h = fetch(800);
    QVERIFY(clock.elapsed() < 4000);
    QCOMPARE(h.documents.first().problem, QStringLiteral("failed"));
    QVERIFY(h.documents.first().error.english().contains(QLatin1String("within 0.8 s")));
    QVERIFY(h.endpoints().isEmpty());
}

void TestHostMeta::malformed()
{
    m_peer->answers.insert("/.well-known/host-meta",
                           {"200 OK", Cors, "<html><body>Welcome</body></html>", false});
    m_peer->answers.insert("/.well-known/host-meta.json", {"200 OK", Cors, "{links:", false});
    const HostMetaFact h = fetch();
    QCOMPARE(h.documents.at(0).problem, QStringLiteral("malformed"));
    QCOMPARE(h.documents.at(1).problem, QStringLiteral("malformed"));
    QCOMPARE(codes(h).count(QStringLiteral("HOST-META-MALFORMED")), 2);
}

void TestHostMeta::noCors()
{
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", {}, xrd(xrdLink("websocket", "wss://web.example/ws")), false});
    const HostMetaFact h = fetch();
    QCOMPARE(codes(h), QStringList{QStringLiteral("HOST-META-NO-CORS")});
}

void TestHostMeta::nothingListening()
{
    const quint16 port = m_peer->serverPort();
    m_peer->close();
    HostMetaOptions o;
    o.domain = QStringLiteral("web.example");
    o.routes = {{QStringLiteral("web.example"), 443, QStringLiteral("127.0.0.1"), port}};
    o.dns.server = QStringLiteral("127.0.0.1@9");
    HostMetaFetch f(o);
    QSignalSpy done(&f, &HostMetaFetch::finished);
    f.start();
    QVERIFY(done.wait(5000));
    QCOMPARE(f.result().documents.first().problem, QStringLiteral("missing"));
    QCOMPARE(codes(f.result()), QStringList{QStringLiteral("HOST-META-NONE")});
}

void TestHostMeta::stopped()
{
    m_peer->answers.insert(
        "/.well-known/host-meta",
        {"200 OK", Cors, xrd(xrdLink("websocket", "wss://web.example/ws")), true});
    HostMetaOptions o;
    o.domain = QStringLiteral("web.example");
    o.routes = {
        {QStringLiteral("web.example"), 443, QStringLiteral("127.0.0.1"), m_peer->serverPort()}};
    o.dns.server = QStringLiteral("127.0.0.1@9");
    o.extraCa = {m_ca.certificate};
    HostMetaFetch f(o);
    QSignalSpy done(&f, &HostMetaFetch::finished);
    f.start();
    QTest::qWait(300);
    f.stop();
    QCOMPARE(done.size(), 1);
    QVERIFY(f.result().documents.first().error.english().contains(QLatin1String("stopped")));
    QTest::qWait(300);
    QCOMPARE(done.size(), 1); // nothing after the end
}

QTEST_GUILESS_MAIN(TestHostMeta)
#include "tst_hostmeta.moc"
