// SPDX-License-Identifier: GPL-3.0-or-later
// Interoperability with real Prosody and ejabberd, started on 127.0.0.1 by the peers fixture.
#include "clirunner.h"
#include "peersenv.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Inspector;

namespace {
struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

CliRun runCli(const QStringList &args)
{
    const Test::CliResult r = Test::runCli(args + QStringList{QStringLiteral("--json")});
    return CliRun{r.exitCode, r.json(), r.err};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

class TestInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probe_data();
    void probe();
    void eventLogHoldsTheCertificateAndCleartext_data();
    void eventLogHoldsTheCertificateAndCleartext();

private:
    QHash<QString, QString> m_env;
};

void TestInterop::initTestCase()
{
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("PROSODY_S2S")) &&
                 m_env.contains(QStringLiteral("EJABBERD_S2S")),
             "peers.env missing: the servers are started by the fixture_peers_start test");
}

void TestInterop::probe_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("mode");
    for (const char *server : {"PROSODY", "EJABBERD"}) {
        for (const char *mode : {"plain", "starttls", "direct", "host-unknown", "strict-untrusted"})
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(
                QString::fromLatin1(server).toLower(), QLatin1String(mode))))
                << QString::fromLatin1(server) << QString::fromLatin1(mode);
    }
}

void TestInterop::probe()
{
    QFETCH(QString, server);
    QFETCH(QString, mode);
    const QString domain = m_env.value(server + QStringLiteral("_DOMAIN"));
    const QString ca = m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt");
    QStringList args{
        QStringLiteral("s2s"),    QStringLiteral("--from"),    QStringLiteral("inspector.test"),
        QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--timeout"),
        QStringLiteral("10")};
    QString port = m_env.value(server + QStringLiteral("_S2S"));
    QString to = domain;
    if (mode == QLatin1String("plain")) {
        args << QStringLiteral("--tls") << QStringLiteral("none");
    } else if (mode == QLatin1String("starttls")) {
        args << QStringLiteral("--tls") << QStringLiteral("starttls") << QStringLiteral("--ca")
             << ca << QStringLiteral("--strict-tls");
    } else if (mode == QLatin1String("direct")) {
        port = m_env.value(server + QStringLiteral("_S2S_TLS"));
        args << QStringLiteral("--tls") << QStringLiteral("direct") << QStringLiteral("--ca") << ca
             << QStringLiteral("--strict-tls");
    } else if (mode == QLatin1String("host-unknown")) {
        to = QStringLiteral("nosuch.localhost");
    } else if (mode == QLatin1String("strict-untrusted")) {
        args << QStringLiteral("--tls") << QStringLiteral("starttls")
             << QStringLiteral("--strict-tls");
    }
    args << QStringLiteral("--to") << to << QStringLiteral("--port") << port;
    const CliRun r = runCli(args);
    const QJsonObject &j = r.json;
    QVERIFY2(!j.isEmpty(), r.err.constData());
    qInfo().noquote() << server << mode << "exit" << r.exitCode << "latencyMs"
                      << j.value(QStringLiteral("latencyMs")).toDouble() << "timings"
                      << QJsonDocument(j.value(QStringLiteral("timings")).toObject())
                             .toJson(QJsonDocument::Compact);

    // Fields of the contract, whatever the case.
    for (const char *key : {"success",
                            "mode",
                            "fromDomain",
                            "toDomain",
                            "host",
                            "port",
                            "streamId",
                            "serverDomain",
                            "version",
                            "features",
                            "starttlsOffered",
                            "starttlsRequired",
                            "tlsUpgraded",
                            "directTls",
                            "tls",
                            "saslMechanisms",
                            "dialbackOffered",
                            "streamError",
                            "phases",
                            "latencyMs",
                            "error"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("s2s"));
    QCOMPARE(j.value(QStringLiteral("port")).toInt(), port.toInt());
    QVERIFY(!j.value(QStringLiteral("phases")).toArray().isEmpty());

    if (mode == QLatin1String("plain")) {
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(j.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("serverDomain")).toString(), domain);
        QCOMPARE(j.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QVERIFY(!j.value(QStringLiteral("streamId")).toString().isEmpty());
        QVERIFY(strings(j.value(QStringLiteral("features"))).contains(QStringLiteral("STARTTLS")));
        QVERIFY(strings(j.value(QStringLiteral("features"))).contains(QStringLiteral("DIALBACK")));
        QCOMPARE(j.value(QStringLiteral("starttlsOffered")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("dialbackOffered")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("tlsUpgraded")).toBool(), false);
        QVERIFY(j.value(QStringLiteral("tls")).isNull());
        QCOMPARE(j.value(QStringLiteral("phases"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("stream_closed"));
    } else if (mode == QLatin1String("starttls") || mode == QLatin1String("direct")) {
        QVERIFY2(r.exitCode == 0, qPrintable(j.value(QStringLiteral("error")).toString()));
        QCOMPARE(j.value(QStringLiteral("success")).toBool(), true);
        const bool direct = mode == QLatin1String("direct");
        QCOMPARE(j.value(QStringLiteral("tlsUpgraded")).toBool(), !direct);
        QCOMPARE(j.value(QStringLiteral("directTls")).toBool(), direct);
        const QJsonObject tls = j.value(QStringLiteral("tls")).toObject();
        QVERIFY(
            tls.value(QStringLiteral("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!tls.value(QStringLiteral("cipher")).toString().isEmpty());
        QCOMPARE(tls.value(QStringLiteral("sni")).toString(), domain);
        QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
        const QJsonArray chain = tls.value(QStringLiteral("peerCertificates")).toArray();
        QVERIFY(!chain.isEmpty());
        const QSslCertificate expected =
            QSslCertificate::fromPath(m_env.value(QStringLiteral("CERTS")) + QLatin1Char('/') +
                                      domain + QStringLiteral(".crt"))
                .value(0);
        QCOMPARE(chain.first().toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
                 expected.digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(
            chain.first().toObject().value(QStringLiteral("subject")).toString().contains(domain));
        // After TLS: no STARTTLS any more; dialback still offered.
        QVERIFY(!strings(j.value(QStringLiteral("features"))).contains(QStringLiteral("STARTTLS")));
        QVERIFY(strings(j.value(QStringLiteral("features"))).contains(QStringLiteral("DIALBACK")));
        QStringList names;
        for (const QJsonValue &p : j.value(QStringLiteral("phases")).toArray())
            names << p.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("tls_established")));
        QCOMPARE(names.contains(QStringLiteral("starttls_proceed")), !direct);
        QCOMPARE(names.contains(QStringLiteral("stream_restarted")), !direct);
        QCOMPARE(names.last(), QStringLiteral("stream_closed"));
    } else if (mode == QLatin1String("host-unknown")) {
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(j.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("streamError"))
                     .toObject()
                     .value(QStringLiteral("condition"))
                     .toString(),
                 QStringLiteral("host-unknown"));
        QVERIFY(
            j.value(QStringLiteral("error")).toString().contains(QLatin1String("host-unknown")));
    } else if (mode == QLatin1String("strict-untrusted")) {
        // Without --ca the test CA is unknown: strict TLS refuses the peer's certificate.
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(j.value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("tls-handshake-failed"));
    }
}

void TestInterop::eventLogHoldsTheCertificateAndCleartext_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("prosody") << QStringLiteral("PROSODY");
    QTest::newRow("ejabberd") << QStringLiteral("EJABBERD");
}

void TestInterop::eventLogHoldsTheCertificateAndCleartext()
{
    QFETCH(QString, server);
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = m_env.value(server + QStringLiteral("_DOMAIN"));
    o.host = QStringLiteral("127.0.0.1");
    o.port = m_env.value(server + QStringLiteral("_S2S")).toUShort();
    o.extraCa =
        QSslCertificate::fromPath(m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"));
    EventLog log;
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &S2sSession::finished);
    session.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(session.outcome(), Outcome::Success);
    // The cleartext of the stream after TLS is recorded: two inbound headers, two feature sets.
    int headersIn = 0, features = 0, tls = 0;
    for (const Event &e : log.events()) {
        if (e.kind == EventKind::StreamHeader && e.direction == Direction::Inbound) {
            ++headersIn;
            QVERIFY(e.raw.contains("<stream:stream"));
        }
        if (e.kind == EventKind::Element && e.direction == Direction::Inbound &&
            e.raw.startsWith("<stream:features"))
            ++features;
        if (e.kind == EventKind::Tls)
            ++tls;
    }
    QCOMPARE(headersIn, 2);
    QCOMPARE(features, 2);
    QCOMPARE(tls, 1);
    QCOMPARE(Summary::build(log).toJson().value(QStringLiteral("tlsUpgraded")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
