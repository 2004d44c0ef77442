// SPDX-License-Identifier: GPL-3.0-or-later
// Stream management (XEP-0198) against scripted servers that do what Prosody and ejabberd do
// not: refuse <enable/>, miscount, never acknowledge, refuse a resumption they advertised,
// lose or duplicate the message sent before the drop, send the client elsewhere to resume.
// And what else a client stream may offer that they do not: registration forms of every kind
// (XEP-0077), stream compression (XEP-0138).
#include "hostile.h"

#include "run/specification.h"
#include "session/c2ssession.h"
#include "session/smresumetest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Hostile;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream "
                          "xmlns:stream='http://etherx.jabber.org/streams' id='s1' "
                          "from='peer.localhost' xmlns='jabber:client' version='1.0'>";
const QByteArray Mechanisms = "<stream:features><mechanisms "
                              "xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN"
                              "</mechanism></mechanisms></stream:features>";
const QByteArray Success = "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>";
const QByteArray BindSm = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                          "<sm xmlns='urn:xmpp:sm:3'/></stream:features>";
const QByteArray Bound = "<iq type='result' id='bind-1'><bind "
                         "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@peer.localhost/"
                         "inspector</jid></bind></iq>";
const QByteArray Enabled = "<enabled xmlns='urn:xmpp:sm:3'/>";
const QByteArray ItemNotFound = "<failed xmlns='urn:xmpp:sm:3'><item-not-found "
                                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>";

QByteArray ack(int h)
{
    return "<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(h) + "'/>";
}

QByteArray resumed(int h)
{
    return "<resumed xmlns='urn:xmpp:sm:3' previd='sm-1' h='" + QByteArray::number(h) + "'/>";
}

/// A direct-TLS server for peer.localhost that takes PLAIN and offers binding and XEP-0198.
void logsIn(ScriptedPeer &peer)
{
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
    peer.expect("<stream:stream")
        .send(Header + Mechanisms)
        .expect("</auth>")
        .send(Success)
        .expect("<stream:stream")
        .send(Header + BindSm);
}

C2sOptions options(quint16 port)
{
    C2sOptions o;
    o.jid = QStringLiteral("user@peer.localhost");
    o.password = QStringLiteral("correct horse");
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.tls = S2sOptions::Tls::Direct;
    o.mechanism = QStringLiteral("PLAIN");
    o.extraCa = QSslCertificate::fromPath(ScriptedPeer::certsDir() + QStringLiteral("/ca.crt"));
    o.timeoutMs = 2000;
    return o;
}

/// Runs the session the specification makes (a resumption test with smResumeTest), and
/// returns its summary, or an empty object when it does not finish in time.
QJsonObject run(const C2sOptions &o, EventLog *log)
{
    std::unique_ptr<Session> session(Specifications::create(log, o));
    QSignalSpy finished(session.get(), &Session::finished);
    session->start();
    if (!finished.wait(o.timeoutMs * 4 + 4000 + MarginMs))
        return {};
    return Summary::build(*log).toJson();
}

QStringList findingCodes(const QJsonObject &summary)
{
    QStringList codes;
    for (const QJsonValue &f : summary.value(QStringLiteral("findings")).toArray())
        codes << f[QStringLiteral("code")].toString();
    return codes;
}

QJsonObject verdict(const QJsonObject &summary, const QString &what)
{
    QJsonObject last;
    for (const QJsonValue &v : summary.value(QStringLiteral("verdicts")).toArray()) {
        if (v[QStringLiteral("what")].toString() == what)
            last = v.toObject();
    }
    return last;
}

/// The id of the message the resumption test sent on the first connection.
QByteArray testMessageId(const QByteArray &received)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("id=[\"'](sm-resume-test-[0-9a-f]+)[\"']"))
            .match(QString::fromUtf8(received));
    return m.captured(1).toUtf8();
}

/// The first connection of a resumption test: bound, enabled for resumption at `location`
/// (with `after` in the same write), then nothing (the client drops it).
void enablesResumption(ScriptedPeer &peer, const QByteArray &location, const QByteArray &after)
{
    logsIn(peer);
    peer.expect("bind-1")
        .send(Bound)
        .expect("<enable")
        .send("<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true' max='30' location='" +
              location + "'/>" + after)
        .stall();
}

/// A login with XEP-0198 enabled (without resumption), `afterEnabled` sent after <enabled/>,
/// the roster asked for, and the client's <r/> answered with h; returns the summary.
QJsonObject rosterThenAck(ScriptedPeer &peer, const QByteArray &afterEnabled, int h)
{
    logsIn(peer);
    peer.expect("bind-1")
        .send(Bound)
        .expect("<enable")
        .send(Enabled + afterEnabled)
        .expect("roster-1")
        .send("<iq type='result' id='roster-1'><query xmlns='jabber:iq:roster'/></iq>")
        .expect("<r ")
        .send(ack(h))
        .expect(Close)
        .send(Close);
    if (!peer.start(true))
        return {};
    C2sOptions o = options(peer.port());
    o.roster = true;
    EventLog log;
    return run(o, &log);
}

} // namespace

class TestHostileSm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enableRefused();
    void enableUnanswered();
    void countsAndRequests();
    void ackBehind();
    void handledCountTooHigh();
    void noAck();
    void notResumable();
    void resumption_data();
    void resumption();
    void location_data();
    void location();
    void offers_data();
    void offers();
    void capsHash_data();
    void capsHash();
};

void TestHostileSm::enableRefused()
{
    ScriptedPeer peer;
    logsIn(peer);
    peer.expect("bind-1")
        .send(Bound)
        .expect("<enable")
        .send("<failed xmlns='urn:xmpp:sm:3'><feature-not-implemented "
              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>")
        .expect(Close)
        .send(Close);
    QVERIFY(peer.start(true));
    EventLog log;
    const QJsonObject s = run(options(peer.port()), &log);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QVERIFY(findingCodes(s).contains(QStringLiteral("SM-ENABLE-FAILED")));
    const QJsonObject sm = s.value(QStringLiteral("streamManagement")).toObject();
    QCOMPARE(sm.value(QStringLiteral("enabled")).toString(), QStringLiteral("failed"));
    QVERIFY(!peer.received().contains("<r ")); // nothing to ask once refused
}

void TestHostileSm::enableUnanswered()
{
    // Offered, then silence: a verdict and a finding of their own, not a generic timeout, and
    // the roster is still fetched; nothing is asked with <r/> of a stream that never enabled.
    ScriptedPeer peer;
    logsIn(peer);
    peer.expect("bind-1")
        .send(Bound)
        .expect("roster-1")
        .send("<iq type='result' id='roster-1'><query xmlns='jabber:iq:roster'/></iq>")
        .expect(Close)
        .send(Close);
    QVERIFY(peer.start(true));
    C2sOptions o = options(peer.port());
    o.roster = true;
    o.timeoutMs = 400;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QCOMPARE(verdict(s, QStringLiteral("sm-enable")).value(QStringLiteral("result")).toString(),
             QStringLiteral("no-answer"));
    QCOMPARE(verdict(s, QStringLiteral("roster")).value(QStringLiteral("result")).toString(),
             QStringLiteral("result"));
    QVERIFY(findingCodes(s).contains(QStringLiteral("SM-ENABLE-FAILED")));
    QVERIFY(!peer.received().contains("<r "));
    // The resumption test cannot go on: it ends, saying why.
    ScriptedPeer second;
    logsIn(second);
    second.expect("bind-1").send(Bound).expect(Close).send(Close);
    QVERIFY(second.start(true));
    C2sOptions t = options(second.port());
    t.smResumeTest = true;
    t.timeoutMs = 400;
    EventLog log2;
    const QJsonObject r = run(t, &log2);
    QVERIFY(!r.isEmpty());
    QVERIFY(!r.value(QStringLiteral("success")).toBool());
    QVERIFY2(r.value(QStringLiteral("error")).toString().contains(QLatin1String("<enable/>")),
             qPrintable(describe(r)));
}

void TestHostileSm::countsAndRequests()
{
    // The server's stanzas are counted (its <r/> answered with h='1'); ours too (the roster
    // request), and its <a h='1'/> after our <r/> matches: no finding but "not resumable".
    ScriptedPeer peer;
    const QJsonObject s =
        rosterThenAck(peer,
                      "<message from='friend@peer.localhost' type='chat' "
                      "id='m1'><body>hi</body></message><r xmlns='urn:xmpp:sm:3'/>",
                      1);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QVERIFY(QRegularExpression(QStringLiteral("<a xmlns=.urn:xmpp:sm:3. h=.1./>"))
                .match(QString::fromUtf8(peer.received()))
                .hasMatch());
    const QJsonObject a = verdict(s, QStringLiteral("sm-ack"));
    QCOMPARE(a.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(a.value(QStringLiteral("h")).toInt(), 1);
    QCOMPARE(a.value(QStringLiteral("sentCount")).toInt(), 1);
    QCOMPARE(findingCodes(s), QStringList{QStringLiteral("SM-NOT-RESUMABLE")});
    // XEP-0198 §7: our count acknowledged before the closing tag.
    const QByteArray wire = peer.received();
    QVERIFY(wire.lastIndexOf("<a ") > wire.indexOf("<r ") &&
            wire.lastIndexOf("<a ") < wire.indexOf(Close));
}

void TestHostileSm::ackBehind()
{
    ScriptedPeer peer;
    const QJsonObject s = rosterThenAck(peer, {}, 0);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QVERIFY(findingCodes(s).contains(QStringLiteral("SM-ACK-BEHIND")));
    QCOMPARE(verdict(s, QStringLiteral("sm-ack")).value(QStringLiteral("result")).toString(),
             QStringLiteral("behind"));
}

void TestHostileSm::handledCountTooHigh()
{
    ScriptedPeer peer;
    logsIn(peer);
    peer.expect("bind-1").send(Bound).expect("<enable").send(Enabled).expect("<r ").send(ack(3));
    peer.expect(Close).send(Close);
    QVERIFY(peer.start(true));
    EventLog log;
    const QJsonObject s = run(options(peer.port()), &log);
    checkFailure(s, 1, QStringLiteral("sm-handled-count-too-high"),
                 QStringLiteral("sm_ack_requested"), QStringLiteral("handled 3"));
    QVERIFY(findingCodes(s).contains(QStringLiteral("SM-HANDLED-COUNT-TOO-HIGH")));
    QVERIFY(peer.received().contains("undefined-condition"));
}

void TestHostileSm::noAck()
{
    ScriptedPeer peer;
    logsIn(peer);
    peer.expect("bind-1").send(Bound).expect("<enable").send(Enabled).expect("<r ").stall();
    QVERIFY(peer.start(true));
    C2sOptions o = options(peer.port());
    o.timeoutMs = 400;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(!s.isEmpty(), "the session did not finish");
    QVERIFY(findingCodes(s).contains(QStringLiteral("SM-NO-ACK")));
    QCOMPARE(verdict(s, QStringLiteral("sm-ack")).value(QStringLiteral("result")).toString(),
             QStringLiteral("no-answer"));
}

void TestHostileSm::notResumable()
{
    ScriptedPeer peer;
    logsIn(peer);
    peer.expect("bind-1").send(Bound).expect("<enable").send(Enabled).expect(Close).send(Close);
    QVERIFY(peer.start(true));
    C2sOptions o = options(peer.port());
    o.smResumeTest = true;
    EventLog log;
    const QJsonObject s = run(o, &log);
    checkFailure(s, 1, QStringLiteral("sm-resume-not-offered"), QStringLiteral("sm_enabled"),
                 QStringLiteral("without resum"));
    QVERIFY(findingCodes(s).contains(QStringLiteral("SM-NOT-RESUMABLE")));
    QCOMPARE(log.connections().size(), 1); // no second connection
}

void TestHostileSm::resumption_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code"); // empty: the resumption works
    QTest::addColumn<QString>("finding");
    QTest::newRow("refused") << "refused"
                             << "sm-resume-failed"
                             << "SM-RESUME-FAILED";
    // §5: the h of <failed/> says what of the dropped stream arrived; one that counts more
    // than was sent is said to be wrong.
    QTest::newRow("refused, h='1'") << "refused-1"
                                    << "sm-resume-failed"
                                    << "SM-RESUME-FAILED";
    QTest::newRow("refused, h='5'") << "refused-5"
                                    << "sm-resume-failed"
                                    << "SM-RESUME-FAILED";
    QTest::newRow("lost") << "lost"
                          << "sm-resume-lost"
                          << "SM-RESUME-LOST";
    QTest::newRow("duplicated") << "duplicated"
                                << "sm-resume-lost"
                                << "SM-RESUME-LOST";
    QTest::newRow("count too high") << "too-high"
                                    << "sm-handled-count-too-high"
                                    << "SM-HANDLED-COUNT-TOO-HIGH";
    // The server never got the message: we send it again, and it comes back once.
    QTest::newRow("resent by us") << "resent" << QString() << QString();
    // The server got it and sends it again itself.
    QTest::newRow("resent by the server") << "server" << QString() << QString();
    // A stanza that came with <enabled/>, before the drop: counted in <resume h='1'/>.
    QTest::newRow("a stanza before the drop") << "early" << QString() << QString();
    // An error bounce of our message is not its delivery.
    QTest::newRow("a bounce only") << "bounce"
                                   << "sm-resume-lost"
                                   << "SM-RESUME-LOST";
    QTest::newRow("another session resumed") << "previd"
                                             << "sm-resumed-wrong-id" << QString();
    QTest::newRow("h goes back") << "back"
                                 << "sm-h-went-back" << QString();
}

void TestHostileSm::resumption()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, finding);
    ScriptedPeer first, second;
    logsIn(second);
    const auto message = [&first](int times) {
        const QByteArray id = testMessageId(first.received());
        return QByteArray("<message type='chat' to='user@peer.localhost/inspector' "
                          "from='user@peer.localhost/inspector' id='" +
                          id + "'><body>again</body></message>")
            .repeated(times);
    };
    if (kind.startsWith(QLatin1String("refused"))) {
        const QByteArray h = kind.section(u'-', 1).toLatin1();
        second.expect("<resume")
            .send(h.isEmpty() ? ItemNotFound
                              : QByteArray(ItemNotFound)
                                    .replace("<failed ", QByteArray("<failed h='" + h + "' ")))
            .expect(Close)
            .send(Close);
    } else if (kind == QLatin1String("lost")) {
        second.expect("<resume").send(resumed(1)).expect("<r ").send(ack(1)).stall();
    } else if (kind == QLatin1String("duplicated")) {
        second.respond("<resume",
                       [&](const QByteArray &) -> QByteArray { return resumed(1) + message(2); });
        second.expect("<r ").send(ack(1)).stall();
    } else if (kind == QLatin1String("too-high")) {
        second.expect("<resume").send(resumed(2)).expect(Close).send(Close);
    } else if (kind == QLatin1String("resent")) {
        second.expect("<resume").send(resumed(0));
        second.respond("</message>", [&](const QByteArray &) -> QByteArray { return message(1); });
        second.expect("<r ").send(ack(1)).expect(Close).send(Close);
    } else if (kind == QLatin1String("bounce")) {
        second.respond("<resume", [&](const QByteArray &) -> QByteArray {
            return resumed(1) + QByteArray(message(1)).replace("type='chat'", "type='error'");
        });
        second.expect("<r ").send(ack(1)).stall();
    } else if (kind == QLatin1String("previd")) {
        second.expect("<resume")
            .send("<resumed xmlns='urn:xmpp:sm:3' previd='sm-2' h='1'/>")
            .expect(Close)
            .send(Close);
    } else if (kind == QLatin1String("back")) {
        second.respond("<resume",
                       [&](const QByteArray &) -> QByteArray { return resumed(1) + message(1); });
        second.expect("<r ").send(ack(0)).expect(Close).send(Close);
    } else {
        second.respond("<resume",
                       [&](const QByteArray &) -> QByteArray { return resumed(1) + message(1); });
        second.expect("<r ").send(ack(1)).expect(Close).send(Close);
    }
    QVERIFY(second.start(true)); // listening before the first names its port
    const QByteArray early = "<message type='chat' from='friend@peer.localhost' id='e1'/>";
    enablesResumption(first, "127.0.0.1:" + QByteArray::number(second.port()),
                      kind == QLatin1String("early") ? early : QByteArray());
    QVERIFY(first.start(true));
    C2sOptions o = options(first.port());
    o.smResumeTest = true;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(!s.isEmpty(), "the session did not finish");
    // The second connection went where <enabled location=''/> said, and resumed the first.
    QVERIFY(second.received().contains("previd=\"sm-1\"") ||
            second.received().contains("previd='sm-1'"));
    QCOMPARE(log.connections().size(), 2);
    // Our h: what we handled on the first connection, the stanza that came with <enabled/>.
    QVERIFY2(QRegularExpression(kind == QLatin1String("early")
                                    ? QStringLiteral("<resume [^>]*h=.1.")
                                    : QStringLiteral("<resume [^>]*h=.0."))
                 .match(QString::fromUtf8(second.received()))
                 .hasMatch(),
             second.received().constData());
    if (kind == QLatin1String("too-high")) // XEP-0198 §4: what each side counted
        QVERIFY(second.received().contains("handled-count-too-high"));
    const QJsonObject test = verdict(s, QStringLiteral("sm-resume-test"));
    if (code.isEmpty()) {
        QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
        QCOMPARE(test.value(QStringLiteral("result")).toString(), QStringLiteral("works"));
        QCOMPARE(test.value(QStringLiteral("testMessage")).toString(),
                 QStringLiteral("delivered-once"));
        const QJsonObject r = verdict(s, QStringLiteral("sm-resume"));
        QCOMPARE(r.value(QStringLiteral("resent")).toInt(), kind == QLatin1String("resent"));
        QVERIFY(findingCodes(s).isEmpty());
        return;
    }
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), code);
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    if (!finding.isEmpty())
        QVERIFY2(findingCodes(s).contains(finding), qPrintable(findingCodes(s).join(u' ')));
    const QString notes = QString::fromUtf8(
        QJsonDocument(s.value(QStringLiteral("notes")).toArray()).toJson(QJsonDocument::Compact));
    if (kind == QLatin1String("refused-1"))
        QVERIFY2(notes.contains(QLatin1String("handled 1 of the 1 stanzas sent on the dropped "
                                              "stream; 0 never arrived")),
                 qPrintable(notes));
    if (kind == QLatin1String("refused-5"))
        QVERIFY2(notes.contains(QLatin1String("<failed h='5'/> cannot be right")),
                 qPrintable(notes));
    if (kind == QLatin1String("lost") || kind == QLatin1String("duplicated"))
        QCOMPARE(test.value(QStringLiteral("testMessage")).toString(),
                 kind == QLatin1String("lost") ? QStringLiteral("lost")
                                               : QStringLiteral("delivered-2-times"));
}

void TestHostileSm::location_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("host"); // empty: not a location
    QTest::addColumn<int>("port");
    QTest::newRow("address and port") << "127.0.0.2:5270"
                                      << "127.0.0.2" << 5270;
    QTest::newRow("name") << "xmpp.example"
                          << "xmpp.example" << 5222;
    QTest::newRow("IPv6") << "[::1]:5223"
                          << "::1" << 5223;
    QTest::newRow("IPv6 without port") << "::1"
                                       << "::1" << 5222;
    QTest::newRow("port 0") << "host:0" << QString() << 0;
    QTest::newRow("port too big") << "host:70000" << QString() << 0;
    QTest::newRow("not a port") << "host:x" << QString() << 0;
    QTest::newRow("unclosed bracket") << "[::1:5223" << QString() << 0;
    QTest::newRow("not IPv6 in brackets") << "[example]:5223" << QString() << 0;
    QTest::newRow("a path") << "host/x" << QString() << 0;
    QTest::newRow("empty") << "" << QString() << 0;
}

void TestHostileSm::location()
{
    QFETCH(QString, location);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto parsed = SmResumeTest::parseLocation(location, 5222);
    QCOMPARE(parsed.has_value(), !host.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->first, host);
        QCOMPARE(int(parsed->second), port);
    }
}

void TestHostileSm::offers_data()
{
    QTest::addColumn<QByteArray>("features");  // besides the mechanisms
    QTest::addColumn<QByteArray>("answer");    // to the registration form's request
    QTest::addColumn<QString>("registration"); // the verdict's result; empty: not asked
    QTest::addColumn<QString>("finding");      // with its severity; empty: none
    const QByteArray reg = "<register xmlns='http://jabber.org/features/iq-register'/>";
    QTest::newRow("closed") << reg
                            << QByteArray("<iq type='error' id='register-1'><error "
                                          "type='cancel'><service-unavailable "
                                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                          "</error></iq>")
                            << "closed" << QString();
    QTest::newRow("open") << reg
                          << QByteArray("<iq type='result' id='register-1'><query "
                                        "xmlns='jabber:iq:register'><instructions>Pick a "
                                        "name</instructions><username/><password/><email/>"
                                        "</query></iq>")
                          << "open"
                          << "warning REGISTRATION-OPEN";
    QTest::newRow("open, CAPTCHA")
        << reg
        << QByteArray("<iq type='result' id='register-1'><query "
                      "xmlns='jabber:iq:register'><x xmlns='jabber:x:data' "
                      "type='form'><field var='FORM_TYPE' type='hidden'>"
                      "<value>urn:xmpp:captcha</value></field><field "
                      "var='username'/><field var='password'/><field "
                      "var='ocr'/></x></query></iq>")
        << "open"
        << "info REGISTRATION-OPEN";
    // ejabberd's CAPTCHA form keeps FORM_TYPE jabber:iq:register (XEP-0158 fields in it).
    QTest::newRow("open, CAPTCHA in the register form")
        << reg
        << QByteArray("<iq type='result' id='register-1'><query xmlns='jabber:iq:register'><x "
                      "xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'>"
                      "<value>jabber:iq:register</value></field><field var='username'/><field "
                      "var='password'/><field var='ocr'/></x></query></iq>")
        << "open"
        << "info REGISTRATION-OPEN";
    // <registered/> is no field to fill in: a form with nothing else asks for nothing.
    QTest::newRow("registered only")
        << reg
        << QByteArray("<iq type='result' id='register-1'><query xmlns='jabber:iq:register'>"
                      "<registered/></query></iq>")
        << "no-fields" << QString();
    QTest::newRow("a web page") << reg
                                << QByteArray("<iq type='result' id='register-1'><query "
                                              "xmlns='jabber:iq:register'><instructions>See the "
                                              "web</instructions><x xmlns='jabber:x:oob'><url>"
                                              "https://example.org/join</url></x></query></iq>")
                                << "web" << QString();
    QTest::newRow("compression") << QByteArray("<compression "
                                               "xmlns='http://jabber.org/features/compress'>"
                                               "<method>zlib</method></compression>")
                                 << QByteArray() << QString() << "warning COMPRESSION-OFFERED";
}

void TestHostileSm::offers()
{
    QFETCH(QByteArray, features);
    QFETCH(QByteArray, answer);
    QFETCH(QString, registration);
    QFETCH(QString, finding);
    // A probe: the features after TLS, the registration form when offered, and the close.
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
    peer.expect("<stream:stream")
        .send(Header + QByteArray(Mechanisms)
                           .replace(QByteArray("</stream:features>"),
                                    QByteArray(features + "</stream:features>")));
    if (!answer.isEmpty())
        peer.expect("register-1").send(answer);
    peer.expect(Close).send(Close);
    QVERIFY(peer.start(true));
    C2sOptions o = options(peer.port());
    o.probe = true;
    o.password.clear();
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    const QJsonObject v = verdict(s, QStringLiteral("registration"));
    QCOMPARE(v.value(QStringLiteral("result")).toString(), registration);
    QStringList found;
    for (const QJsonValue &f : s.value(QStringLiteral("findings")).toArray())
        found << f[QStringLiteral("severity")].toString() + u' ' +
                     f[QStringLiteral("code")].toString();
    QCOMPARE(found, finding.isEmpty() ? QStringList() : QStringList{finding});
    if (registration == QLatin1String("open"))
        QVERIFY(v.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("password")));
    // Never submitted: one request, a get.
    QCOMPARE(peer.received().count("jabber:iq:register"), answer.isEmpty() ? 0 : 1);
    QVERIFY(!peer.received().contains("type=\"set\"") && !peer.received().contains("type='set'"));
}

void TestHostileSm::capsHash_data()
{
    // XEP-0115 §5.2's simple example: a server that announces the ver of what it answers, and
    // one that announces a ver its answer does not hash to.
    QTest::addColumn<QByteArray>("ver");
    QTest::addColumn<QByteArray>("from"); // of the answer to the server's disco#info
    QTest::addColumn<QString>("result");  // empty: no caps verdict
    const QByteArray right = "QgayPKawpkPSDYmwT/WM94uAlu0=";
    QTest::newRow("matches") << right << QByteArray("peer.localhost") << "verified";
    QTest::newRow("lies") << QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                          << QByteArray("peer.localhost") << "mismatch";
    // Someone else answers with the server's id: neither its features nor its hash count.
    QTest::newRow("another sender") << right << QByteArray("evil.example") << QString();
}

void TestHostileSm::capsHash()
{
    QFETCH(QByteArray, ver);
    QFETCH(QByteArray, from);
    QFETCH(QString, result);
    ScriptedPeer peer;
    peer.setIdentity(ScriptedPeer::certificate(QStringLiteral("peer.localhost")),
                     ScriptedPeer::key(QStringLiteral("peer.localhost")));
    const QByteArray features = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                                "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                                "node='http://code.google.com/p/exodus' ver='" +
                                ver + "'/></stream:features>";
    const QByteArray info = "<query xmlns='http://jabber.org/protocol/disco#info'><identity "
                            "category='client' name='Exodus 0.9.1' type='pc'/><feature "
                            "var='http://jabber.org/protocol/caps'/><feature "
                            "var='http://jabber.org/protocol/disco#info'/><feature "
                            "var='http://jabber.org/protocol/disco#items'/><feature "
                            "var='http://jabber.org/protocol/muc'/></query>";
    peer.expect("<stream:stream")
        .send(Header + Mechanisms)
        .expect("</auth>")
        .send(Success)
        .expect("<stream:stream")
        .send(Header + features)
        .expect("bind-1")
        .send(Bound)
        .expect("disco-1")
        .send("<iq type='result' id='disco-1' from='" + from + "'>" + info + "</iq>")
        .expect("disco-2")
        .send("<iq type='result' id='disco-2'><query "
              "xmlns='http://jabber.org/protocol/disco#info'><feature var='urn:xmpp:mam:2'/>"
              "</query></iq>")
        .expect(Close)
        .send(Close);
    QVERIFY(peer.start(true));
    C2sOptions o = options(peer.port());
    o.disco = true;
    EventLog log;
    const QJsonObject s = run(o, &log);
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    // The server's caps node asked for (XEP-0115 §6.2), the account's features asked too.
    QVERIFY(peer.received().contains(QByteArray("exodus#" + ver)));
    QCOMPARE(verdict(s, QStringLiteral("caps")).value(QStringLiteral("result")).toString(), result);
    QCOMPARE(findingCodes(s).contains(QStringLiteral("CAPS-HASH-MISMATCH")),
             result == QLatin1String("mismatch"));
    const QString text = Report::summaryText(Summary::build(log));
    QVERIFY2(text.contains(result.isEmpty()
                               ? QStringLiteral("Message carbons (XEP-0280): unknown")
                               : QStringLiteral("Message carbons (XEP-0280): not offered")),
             qPrintable(text));
    if (result.isEmpty())
        QCOMPARE(verdict(s, QStringLiteral("disco")).value(QStringLiteral("unexpectedSender")),
                 QJsonValue(true));
    QVERIFY(text.contains(QStringLiteral("Message archive (XEP-0313): offered on the account")));
}

QTEST_GUILESS_MAIN(TestHostileSm)
#include "tst_hostile_sm.moc"
