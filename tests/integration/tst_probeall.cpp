// SPDX-License-Identifier: GPL-3.0-or-later
// c2s --probe-all against a domain whose every path is dead: its SRV targets (nothing
// listening, then a server that does not host it, from the suite's DNS server) and the
// WebSocket and BOSH endpoints a scripted host-meta server announces on a port where nothing
// listens. Each path fails with its own reason, and the run fails; none is reported working.
#include "issuedcert.h"
#include "peersenv.h"
#include "session/probeall.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Inspector;

namespace {
/// Serves /.well-known/host-meta (XRD) and host-meta.json over TLS, one request per
/// connection, with the links given.
class HostMetaServer : public QTcpServer
{
public:
    Test::Issued certificate;
    QByteArray xrd;
    QByteArray json;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *s = new QSslSocket(this);
        if (!s->setSocketDescriptor(descriptor)) {
            delete s;
            return;
        }
        s->setLocalCertificate(certificate.certificate);
        s->setPrivateKey(certificate.key);
        connect(s, &QSslSocket::readyRead, s, [this, s] {
            m_requests[s] += s->readAll();
            const QByteArray &r = m_requests[s];
            if (!r.contains("\r\n\r\n"))
                return;
            const bool asJson = r.startsWith("GET /.well-known/host-meta.json ");
            const QByteArray body = asJson ? json : xrd;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: " +
                     QByteArray(asJson ? "application/json" : "application/xrd+xml") +
                     "\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
        });
        s->startServerEncryption();
    }

private:
    QHash<QSslSocket *, QByteArray> m_requests;
};

/// A port nothing listens on: one that was free a moment ago.
quint16 deadPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}
} // namespace

class TestProbeAll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPathDead();
};

void TestProbeAll::everyPathDead()
{
    const QHash<QString, QString> env = Test::peersEnv();
    QVERIFY2(env.contains(QStringLiteral("DNS_PORT")), "peers.env missing");
    CertFactory::Spec ca;
    ca.commonName = QStringLiteral("host-meta test CA");
    ca.ca = true;
    const Test::Issued authority = Test::issue(ca);
    CertFactory::Spec leaf;
    leaf.commonName = QStringLiteral("deadc.test");
    leaf.dnsNames = {QStringLiteral("deadc.test")};
    leaf.extendedKeyUsage = QStringLiteral("serverAuth");
    leaf.issuer = authority.certificate;
    leaf.issuerKey = authority.key;
    HostMetaServer server;
    server.certificate = Test::issue(leaf);
    const QByteArray dead = QByteArray::number(deadPort());
    const QByteArray ws = "wss://localhost:" + dead + "/ws";
    const QByteArray bosh = "https://localhost:" + dead + "/bosh";
    server.xrd = "<?xml version='1.0'?><XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>"
                 "<Link rel='urn:xmpp:alt-connections:websocket' href='" +
                 ws +
                 "'/>"
                 "<Link rel='urn:xmpp:alt-connections:xbosh' href='" +
                 bosh + "'/></XRD>";
    server.json = "{\"links\":[{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"" + ws +
                  "\"},{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"" + bosh + "\"}]}";
    QVERIFY(server.listen(QHostAddress::LocalHost));

    C2sOptions o;
    o.jid = QStringLiteral("nobody@deadc.test");
    o.probe = true;
    o.probeAll = true;
    QString why;
    QVERIFY(DnsLookup::parseServer(
        QStringLiteral("127.0.0.1:") + env.value(QStringLiteral("DNS_PORT")), &o.dns.server, &why));
    o.extraCa = {authority.certificate};
    PortRoute route;
    QVERIFY2(
        PortRoute::parse(QStringLiteral("deadc.test:443:127.0.0.1:%1").arg(server.serverPort()),
                         &route, &why),
        qPrintable(why));
    o.routes = {route};
    o.timeoutMs = 5000;
    EventLog log;
    ProbeAll run(&log, o);
    QSignalSpy finished(&run, &ProbeAll::finished);
    run.start();
    QVERIFY(finished.wait(60000));
    const QJsonObject summary = Summary::build(log).toJson();
    QCOMPARE(summary.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(summary.value(QStringLiteral("errorCode")).toString(), QStringLiteral("path-failed"));
    QStringList paths;
    for (const QJsonValue &v : summary.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("what")).toString() != QLatin1String("path"))
            continue;
        paths << p.value(QStringLiteral("method")).toString() + QLatin1Char(' ') +
                     p.value(QStringLiteral("result")).toString();
        // Each failure says why: the web endpoints' connection is refused.
        const QString method = p.value(QStringLiteral("method")).toString();
        if (method == QLatin1String("websocket") || method == QLatin1String("bosh"))
            QVERIFY2(p.value(QStringLiteral("error")).toString().contains(QLatin1String("refused")),
                     qPrintable(p.value(QStringLiteral("error")).toString()));
    }
    QCOMPARE(paths,
             (QStringList{QStringLiteral("starttls failed"), QStringLiteral("starttls failed"),
                          QStringLiteral("websocket failed"), QStringLiteral("bosh failed")}));
}

QTEST_GUILESS_MAIN(TestProbeAll)
#include "tst_probeall.moc"
