// SPDX-License-Identifier: GPL-3.0-or-later
// One validation for every front end (Specifications::check), one factory, and the
// controller that runs a session, saves, exports and reads transcripts back.
#include "net/certfactory.h"
#include "run/controller.h"
#include "run/specification.h"
#include "session/session.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;
using F = Specifications::Field;

namespace {
/// Names every field by its enumerator, so a message says which field it is about.
QString tag(F field)
{
    return QStringLiteral("<%1>").arg(int(field));
}

S2sOptions s2s()
{
    S2sOptions s;
    s.from = QStringLiteral("Inspector.Test");
    s.to = QStringLiteral("peer.example");
    return s;
}

C2sOptions c2s()
{
    C2sOptions c;
    c.jid = QStringLiteral("alice@example.org");
    c.password = QStringLiteral("secret");
    return c;
}
} // namespace

class TestSpecification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void s2sRules();
    void s2sAuthentication_data();
    void s2sAuthentication();
    void c2sRules_data();
    void c2sRules();
    void originSerialised_data();
    void originSerialised();
    void listenAndDns();
    void kindsAndTitles();
    void controllerRunsTheLab();
    void controllerKeepsWhatWasReadBeforeABadLine();
    void controllerReportsWriteErrors();
};

void TestSpecification::s2sRules()
{
    S2sOptions s = s2s();
    QCOMPARE(Specifications::check(&s, tag).text, QString());
    QCOMPARE(s.from, QStringLiteral("inspector.test")); // RFC 7622: the normal form
    s = s2s();
    s.to = QStringLiteral("a..b");
    QVERIFY(Specifications::check(&s, tag).text.startsWith(tag(F::To)));
    s = s2s();
    s.from.clear();
    QVERIFY(Specifications::check(&s, tag).text.startsWith(tag(F::From)));
    s = s2s();
    s.host = QStringLiteral("a b");
    QVERIFY(Specifications::check(&s, tag).text.startsWith(tag(F::Host)));
    s = s2s();
    s.timeoutMs = 0;
    QVERIFY(Specifications::check(&s, tag).text.startsWith(tag(F::Timeout)));
    s = s2s();
    s.stopAfter = QStringLiteral("never");
    QVERIFY(Specifications::check(&s, tag).text.startsWith(tag(F::StopAfter)));
    for (const QString &phase : Specifications::stopAfterPhases()) {
        s = s2s();
        s.stopAfter = phase;
        QCOMPARE(Specifications::check(&s, tag).text, QString());
    }
    // A resolve entry for the To domain (in its normal form) says where to connect, like
    // curl's --resolve; a host or port given wins; other entries leave the host to DNS. The
    // fields stay as given, so that a form shown again from them still says "resolve".
    s = s2s();
    s.to = QStringLiteral("Peer.Example");
    s.resolve.insert(QStringLiteral("peer.example"), HostPort{QStringLiteral("::1"), 5299});
    s.resolve.insert(QStringLiteral("other.example"), HostPort{QStringLiteral("127.0.0.2"), 1});
    QCOMPARE(Specifications::check(&s, tag).text, QString());
    QVERIFY(s.host.isEmpty());
    QVERIFY(!s.usesDns());
    QCOMPARE(s.effectiveHost(), QStringLiteral("::1"));
    QCOMPARE(s.effectivePort(), quint16(5299));
    s.port = 5300;
    QCOMPARE(s.effectiveHost(), QStringLiteral("::1"));
    QCOMPARE(s.effectivePort(), quint16(5300));
    s.host = QStringLiteral("127.0.0.9");
    QCOMPARE(s.effectiveHost(), QStringLiteral("127.0.0.9"));
    // The entry changed or removed: the next session follows it, nothing of the old one sticks.
    s.host.clear();
    s.port = 0;
    s.resolve.insert(QStringLiteral("peer.example"), HostPort{QStringLiteral("127.0.0.3"), 5301});
    QCOMPARE(s.effectiveHost(), QStringLiteral("127.0.0.3"));
    QCOMPARE(s.effectivePort(), quint16(5301));
    s.resolve.remove(QStringLiteral("peer.example"));
    QVERIFY(s.usesDns());
    QCOMPARE(s.effectivePort(), quint16(5269));
    s = s2s();
    s.resolve.insert(QStringLiteral("other.example"), HostPort{QStringLiteral("127.0.0.2"), 1});
    QCOMPARE(Specifications::check(&s, tag).text, QString());
    QVERIFY(s.usesDns());
}

void TestSpecification::s2sAuthentication_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<bool>("authoritative");
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<bool>("ping");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("effectiveAuth");
    const int none = int(S2sOptions::Auth::None), autoAuth = int(S2sOptions::Auth::Auto),
              dialback = int(S2sOptions::Auth::Dialback),
              external = int(S2sOptions::Auth::External);
    QTest::newRow("none") << none << false << false << false << false << true << none;
    // A query needs an authenticated stream, and nothing to authenticate with is refused.
    QTest::newRow("ping, nothing") << none << false << false << false << true << false << autoAuth;
    QTest::newRow("ping, secret") << none << true << false << false << true << true << autoAuth;
    // A dialback key verifies only where its secret is known; a certificate does not help.
    QTest::newRow("dialback, certificate only")
        << dialback << false << false << true << false << false << dialback;
    QTest::newRow("dialback, secret")
        << dialback << true << false << false << false << true << dialback;
    QTest::newRow("dialback, authoritative")
        << dialback << false << true << false << false << true << dialback;
    QTest::newRow("auto, certificate only")
        << autoAuth << false << false << true << false << true << autoAuth;
    QTest::newRow("auto, nothing")
        << autoAuth << false << false << false << false << false << autoAuth;
    // How a server refuses EXTERNAL without a certificate is worth seeing: allowed.
    QTest::newRow("external, nothing")
        << external << false << false << false << false << true << external;
}

void TestSpecification::s2sAuthentication()
{
    QFETCH(int, auth);
    QFETCH(bool, secret);
    QFETCH(bool, authoritative);
    QFETCH(bool, certificate);
    QFETCH(bool, ping);
    QFETCH(bool, accepted);
    QFETCH(int, effectiveAuth);
    S2sOptions s = s2s();
    s.auth = S2sOptions::Auth(auth);
    if (secret)
        s.dialbackSecret = "s3cret";
    if (authoritative)
        s.authoritative = HostPort{QStringLiteral("127.0.0.1"), 0};
    if (certificate) {
        QString error;
        QVERIFY2(CertFactory::selfSigned(QStringLiteral("inspector.test"), 1, &s.certificate,
                                         &s.privateKey, &error),
                 qPrintable(error));
    }
    s.ping = ping;
    const Specifications::Problem problem = Specifications::check(&s, tag);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) {
        QCOMPARE(problem.field, F::Auth);
        QVERIFY2(problem.text.startsWith(tag(F::Auth)), qPrintable(problem.text));
    }
    QCOMPARE(int(s.effectiveAuth()), effectiveAuth);
    QCOMPARE(int(s.auth), auth); // the choice itself stays, so a form shown again has it
}

void TestSpecification::c2sRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("problemField"); // -1: accepted
    QTest::newRow("fine") << ""
                          << "" << -1;
    QTest::newRow("no account") << "jid"
                                << "" << int(F::Jid);
    QTest::newRow("domain only") << "jid"
                                 << "example.org" << int(F::Jid);
    QTest::newRow("with a resource") << "jid"
                                     << "alice@example.org/phone" << int(F::Jid);
    QTest::newRow("no password") << "password"
                                 << "" << int(F::Password);
    QTest::newRow("message without text") << "sendTo"
                                          << "bob@example.org" << int(F::Body);
    QTest::newRow("message of white space") << "sendToBlankBody"
                                            << "bob@example.org" << int(F::Body);
    QTest::newRow("bad ping address") << "pingJid"
                                      << "a@@b" << int(F::Ping);
    QTest::newRow("iterations zero") << "minScramIterations"
                                     << "0" << int(F::MinScramIterations);
}

void TestSpecification::c2sRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, problemField);
    C2sOptions c = c2s();
    if (field == QLatin1String("jid"))
        c.jid = value;
    else if (field == QLatin1String("password"))
        c.password = value;
    else if (field == QLatin1String("sendTo"))
        c.sendTo = value;
    else if (field == QLatin1String("sendToBlankBody")) {
        c.sendTo = value;
        c.body = QStringLiteral(" \t ");
    } else if (field == QLatin1String("pingJid"))
        c.pingJid = value;
    else if (field == QLatin1String("minScramIterations"))
        c.minScramIterations = value.toInt();
    const Specifications::Problem problem = Specifications::check(&c, tag);
    if (problemField < 0) {
        QCOMPARE(problem.text, QString());
    } else {
        QCOMPARE(int(problem.field), problemField);
        QVERIFY2(problem.text.startsWith(tag(F(problemField))), qPrintable(problem.text));
    }
}

void TestSpecification::originSerialised_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("sent"); // empty: refused
    QTest::newRow("as a browser sends it") << "https://app.example"
                                           << "https://app.example";
    QTest::newRow("upper case, default port, a slash") << "HTTPS://App.Example:443/"
                                                       << "https://app.example";
    QTest::newRow("another port") << "http://app.example:8080"
                                  << "http://app.example:8080";
    QTest::newRow("an international name") << "https://bücher.example"
                                           << "https://xn--bcher-kva.example";
    QTest::newRow("an IPv6 address") << "https://[::1]:8443"
                                     << "https://[::1]:8443";
    QTest::newRow("a path") << "https://app.example/chat"
                            << "";
    QTest::newRow("a query") << "https://app.example?x=1"
                             << "";
    QTest::newRow("ws: is no page's") << "wss://app.example"
                                      << "";
}

void TestSpecification::originSerialised()
{
    // RFC 6454 §6.2: what a browser sends, whatever form it was typed in.
    QFETCH(QString, given);
    QFETCH(QString, sent);
    C2sOptions c = c2s();
    c.bosh = QUrl(QStringLiteral("https://localhost/http-bind"));
    c.origin = given;
    const Specifications::Problem problem = Specifications::check(&c, tag);
    if (sent.isEmpty()) {
        QCOMPARE(problem.field, F::Origin);
        return;
    }
    QCOMPARE(problem.text, QString());
    QCOMPARE(c.origin, sent);
}

void TestSpecification::listenAndDns()
{
    ListenOptions l;
    l.domain = QStringLiteral("Inspector.Test");
    l.bind = HostPort{QStringLiteral("localhost"), 5269};
    QVERIFY(Specifications::check(&l, tag).text.startsWith(tag(F::Bind))); // a name, not an address
    l.bind.host = QStringLiteral("127.0.0.1");
    QCOMPARE(Specifications::check(&l, tag).text, QString());
    QCOMPARE(l.domain, QStringLiteral("inspector.test"));
    DnsOptions d;
    d.domain = QStringLiteral("not a domain");
    QVERIFY(Specifications::check(&d, tag).text.startsWith(tag(F::DnsDomain)));
    QCOMPARE(Specifications::check(&d, tag).field, F::DnsDomain);
    Specification probe = C2sOptions{};
    std::get<C2sOptions>(probe).jid = QStringLiteral("alice@example.org");
    std::get<C2sOptions>(probe).probe = true; // a probe needs no password
    QCOMPARE(Specifications::check(&probe, tag).text, QString());
}

void TestSpecification::kindsAndTitles()
{
    const QList<Specification> specs{s2s(), c2s(), ListenOptions(), LabOptions(), DnsOptions()};
    QStringList kinds;
    for (const Specification &spec : specs) {
        kinds << Specifications::kindName(spec);
        EventLog log;
        std::unique_ptr<Session> session(Specifications::create(&log, spec));
        QCOMPARE(session->isFinished(), false); // made, not started
        for (int i = 0; i < log.size(); ++i)
            QVERIFY(log.at(i).kind != EventKind::SessionStarted);
    }
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("s2s"), QStringLiteral("c2s"), QStringLiteral("listen"),
                          QStringLiteral("lab"), QStringLiteral("dns")}));
    QCOMPARE(Specifications::title(s2s()), QStringLiteral("Inspector.Test → peer.example"));
}

void TestSpecification::controllerRunsTheLab()
{
    QTemporaryDir dir;
    SessionController controller;
    QSignalSpy finished(&controller, &SessionController::finished);
    QVERIFY(controller.autosaveTo(dir.filePath(QStringLiteral("auto.xitrace"))));
    controller.start(LabOptions{});
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.session()->outcome(), Outcome::Success);
    QString error;
    const QString saved = dir.filePath(QStringLiteral("lab.xitrace"));
    QVERIFY2(controller.save(saved, false, &error), qPrintable(error));
    // The autosave holds the same events as the saved transcript.
    SessionController fromAutosave, fromSave;
    QCOMPARE(fromAutosave.open(dir.filePath(QStringLiteral("auto.xitrace")), &error),
             SessionController::Opened::Whole);
    QCOMPARE(fromSave.open(saved, &error), SessionController::Opened::Whole);
    QCOMPARE(fromSave.source()->size(), controller.log()->size());
    QCOMPARE(fromAutosave.source()->size(), controller.log()->size());
    QCOMPARE(Summary::build(fromSave.fullLog()).toJson().value(QStringLiteral("success")).toBool(),
             true);
    controller.discardAutosave();
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("auto.xitrace"))));
}

void TestSpecification::controllerKeepsWhatWasReadBeforeABadLine()
{
    QTemporaryDir dir;
    {
        SessionController controller;
        QSignalSpy finished(&controller, &SessionController::finished);
        controller.start(LabOptions{});
        QVERIFY(finished.wait(30000));
        QString error;
        QVERIFY(controller.save(dir.filePath(QStringLiteral("whole.xitrace")), false, &error));
    }
    QFile whole(dir.filePath(QStringLiteral("whole.xitrace")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = whole.readAll().split('\n');
    QFile broken(dir.filePath(QStringLiteral("broken.xitrace")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    for (int i = 0; i < 6; ++i)
        broken.write(lines.at(i) + '\n');
    broken.write("{not json\n");
    broken.write(lines.at(6) + '\n');
    broken.close();
    SessionController partly;
    QString error;
    QCOMPARE(partly.open(broken.fileName(), &error), SessionController::Opened::Partly);
    QVERIFY2(error.contains(QLatin1String("Line 7")), qPrintable(error)); // the bad line
    QCOMPARE(partly.source()->size(), 5);                                 // the header is no event
    SessionController failed;
    error.clear();
    QCOMPARE(failed.open(dir.filePath(QStringLiteral("missing.xitrace")), &error),
             SessionController::Opened::Failed);
    QVERIFY(!error.isEmpty());
    QVERIFY(!failed.source());
}

void TestSpecification::controllerReportsWriteErrors()
{
    SessionController controller;
    QString error;
    QVERIFY(!controller.exportTo(QStringLiteral("/nonexistent/dir/out.html"),
                                 Exporters::Format::Html, false, &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/dir/out.html")));
    error.clear();
    QVERIFY(!controller.save(QStringLiteral("/nonexistent/dir/out.xitrace"), false, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSpecification)
#include "tst_specification.moc"
