// SPDX-License-Identifier: GPL-3.0-or-later
// The client's scenarios: the test plays the server, up to binding and the actions after it.
#include "transitions.h"

#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using namespace Inspector::Test;
using Then = MemoryPeer::Then;
using Tls = S2sOptions::Tls;
using Steps = QVector<MemoryPeer::Step>;

namespace {
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' "
                          "from='example.org' id='c1' version='1.0'>";
const QByteArray Starttls = "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                            "<required/></starttls></stream:features>";
const QByteArray Mechanisms =
    "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
    "<mechanism>SCRAM-SHA-1</mechanism><mechanism>PLAIN</mechanism></mechanisms>"
    "</stream:features>";
const QByteArray Bind =
    "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>";
// RFC 3921 §3: a server that still requires the session establishment.
const QByteArray BindSession = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                               "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/>"
                               "</stream:features>";
// XEP-0198 offered after binding.
const QByteArray BindSm = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                          "<sm xmlns='urn:xmpp:sm:3'/></stream:features>";
const QByteArray BindSessionSm =
    "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
    "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/><sm xmlns='urn:xmpp:sm:3'/>"
    "</stream:features>";
const QByteArray Enabled = "<enabled xmlns='urn:xmpp:sm:3'/>";
const QByteArray EnabledResumable = "<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true'/>";
const QByteArray SmRefused = "<failed xmlns='urn:xmpp:sm:3'><feature-not-implemented "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>";
const QByteArray Proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray Success = "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>";
const QByteArray Bound = "<iq type='result' id='bind-1'><bind "
                         "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>alice@example.org/"
                         "inspector</jid></bind></iq>";
const QByteArray PolicyViolation = "<stream:error><policy-violation "
                                   "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>";

/// RFC 5802 §5.1: the server-first message for the client-first found in `received`.
QByteArray scramChallenge(const QByteArray &received)
{
    const qsizetype auth = received.lastIndexOf("<auth");
    const qsizetype start = received.indexOf('>', auth) + 1;
    const QByteArray clientFirst =
        QByteArray::fromBase64(received.mid(start, received.indexOf("</auth>", start) - start));
    const QByteArray nonce = clientFirst.mid(clientFirst.indexOf("r=") + 2);
    const QByteArray serverFirst =
        "r=" + nonce + "s3rv3r,s=" + QByteArray("saltsalt").toBase64() + ",i=4096";
    return "<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + serverFirst.toBase64() +
           "</challenge>";
}

/// PLAIN over the cleartext stream, up to the bound resource.
Steps boundAfter(const QByteArray &features = Bind)
{
    return {{"<stream:stream", Header + Mechanisms},
            {"<auth", Success},
            {"<stream:stream", Header + features},
            {"bind-1", Bound}};
}

void cleartext(C2sOptions &o, MemoryTransport &)
{
    o.tls = Tls::None;
    o.allowPlaintext = true;
    o.mechanism = QStringLiteral("PLAIN");
}

using Configure = std::function<void(C2sOptions &, MemoryTransport &)>;

ClientScenario makeClient(Configure configure, Steps steps, const QString &last,
                          const QString &stopAt = {}, bool peerStartsTls = false)
{
    ClientScenario s;
    s.configure = std::move(configure);
    s.steps = std::move(steps);
    s.last = last;
    s.stopAt = stopAt;
    s.peerStartsTls = peerStartsTls;
    return s;
}

/// Cleartext PLAIN, then `more`.
Configure cleartextAnd(const std::function<void(C2sOptions &)> &more)
{
    return [more](C2sOptions &o, MemoryTransport &peer) {
        cleartext(o, peer);
        more(o);
    };
}

const QString Closed = QStringLiteral("stream_closed");
const QString Failed = QStringLiteral("failed");

/// A resumption's connection (XEP-0198 §5): PLAIN, then <resume/> where binding would be;
/// `resumed` answers it.
Steps resumingWith(const QByteArray &resumed)
{
    return {{"<stream:stream", Header + Mechanisms},
            {"<auth", Success},
            {"<stream:stream", Header + BindSm},
            {"<resume", resumed}};
}

/// What a resumption's connection resumes: the message `t` sent before the drop.
void resumesFromDrop(C2sOptions &o)
{
    o.resumeFrom.id = QStringLiteral("sm-1");
    o.resumeFrom.testMessageId = QStringLiteral("t");
}

const QByteArray Resumed = "<resumed xmlns='urn:xmpp:sm:3' previd='sm-1' h='0'/>"
                           "<message type='chat' id='t'/>";
} // namespace

void TestTransitions::client_data()
{
    QTest::addColumn<ClientScenario>("scenario");
    const Configure none = [](C2sOptions &, MemoryTransport &) {
    };
    const Configure direct = [](C2sOptions &o, MemoryTransport &) {
        o.tls = Tls::Direct;
    };
    const auto timeout = [](C2sOptions &o) {
        o.timeoutMs = 150;
    };
    const QSslCertificate cert = m_certificate;

    QTest::newRow("refused") << makeClient(
        [](C2sOptions &o, MemoryTransport &peer) {
            o.transport = [&peer](QObject *parent) {
                auto *end = new MemoryTransport(parent);
                MemoryTransport::link(end, &peer);
                end->refuseConnections(true);
                return end;
            };
        },
        {}, Failed);
    QTest::newRow("stopped while connecting")
        << makeClient(none, {}, Closed, QStringLiteral("connecting"));
    QTest::newRow("direct TLS probe") << makeClient(
        [](C2sOptions &o, MemoryTransport &) {
            o.tls = Tls::Direct;
            o.probe = true;
        },
        {{"<stream:stream", Header + Mechanisms}}, Closed, {}, true);
    QTest::newRow("stopped during the handshake")
        << makeClient(direct, {}, Closed, QStringLiteral("tls_handshake"));
    QTest::newRow("strict TLS refuses the chain") << makeClient(
        [cert](C2sOptions &o, MemoryTransport &peer) {
            o.tls = Tls::Direct;
            o.strictTls = true;
            o.transport = MemoryTransport::factory(
                &peer, {cert}, {QSslError(QSslError::SelfSignedCertificate, cert)});
        },
        {}, Failed, {}, true);
    DaneFact mismatch; // secure TLSA records of which none matches the chain
    mismatch.present = mismatch.usable = mismatch.mismatch = true;
    mismatch.matched = false;
    QTest::newRow("no TLSA record matches") << makeClient(
        [cert, mismatch](C2sOptions &o, MemoryTransport &peer) {
            o.tls = Tls::Direct;
            o.transport = [&peer, cert, mismatch](QObject *parent) {
                Transport *end = MemoryTransport::factory(&peer, {cert})(parent);
                static_cast<MemoryTransport *>(end)->setDane(mismatch);
                return end;
            };
        },
        {}, Failed, {}, true);
    // SCRAM after STARTTLS: one challenge answered, then the server refuses the proof.
    QTest::newRow("STARTTLS, a SCRAM round, refused") << makeClient(
        [](C2sOptions &o, MemoryTransport &) { o.mechanism = QStringLiteral("SCRAM-SHA-1"); },
        {{"<stream:stream", Header + Starttls},
         {"<starttls", Proceed, Then::StartTls},
         {"<stream:stream", Header + Mechanisms},
         {"</auth>", MemoryPeer::Reply(scramChallenge)},
         {"</response>", "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/>"
                         "</failure>"}},
        Failed);
    Steps bindFails = boundAfter();
    bindFails.last().reply = "<iq type='error' id='bind-1'><error type='cancel'><conflict "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>";
    QTest::newRow("binding refused") << makeClient(cleartext, bindFails, Failed);
    QTest::newRow("silent server") << makeClient(cleartextAnd(timeout), {}, Failed);
    QTest::newRow("stopped waiting for the header")
        << makeClient(cleartext, {}, Closed, QStringLiteral("stream_opened"));
    QTest::newRow("stopped after the restart") << makeClient(
        cleartext, boundAfter().mid(0, 2), Closed, QStringLiteral("stream_restarted"));
    QTest::newRow("silent after the restart")
        << makeClient(cleartextAnd(timeout), boundAfter().mid(0, 2), Failed);
    QTest::newRow("stopped after the header") << makeClient(
        cleartext, {{"<stream:stream", Header}}, Closed, QStringLiteral("header_received"));
    QTest::newRow("stream error after the header")
        << makeClient(cleartext, {{"<stream:stream", Header + PolicyViolation}}, Failed);
    QTest::newRow("STARTTLS required, not offered")
        << makeClient([](C2sOptions &o, MemoryTransport &) { o.tls = Tls::StartTls; },
                      {{"<stream:stream", Header + Mechanisms}}, Failed);
    QTest::newRow("stopped waiting for proceed") << makeClient(
        none, {{"<stream:stream", Header + Starttls}}, Closed, QStringLiteral("starttls_sent"));
    QTest::newRow("STARTTLS failure")
        << makeClient(none,
                      {{"<stream:stream", Header + Starttls},
                       {"<starttls", "<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"}},
                      Failed);
    QTest::newRow("stopped during SASL")
        << makeClient(cleartext, boundAfter().mid(0, 1), Closed, QStringLiteral("sasl_plain_sent"));
    QTest::newRow("stopped waiting for the binding")
        << makeClient(cleartext, boundAfter().mid(0, 3), Closed, QStringLiteral("bind_sent"));
    QTest::newRow("session never established")
        << makeClient(cleartextAnd(timeout), boundAfter(BindSession), Failed);
    QTest::newRow("roster never comes") << makeClient(
        cleartextAnd([](C2sOptions &o) {
            o.timeoutMs = 150;
            o.roster = true;
        }),
        boundAfter(BindSession) + Steps{{"session-1", "<iq type='result' id='session-1'/>"}},
        Failed);
    QTest::newRow("stream error after the message") << makeClient(
        cleartextAnd([](C2sOptions &o) { o.sendTo = QStringLiteral("bob@example.org"); }),
        boundAfter() + Steps{{"<message", PolicyViolation}}, Failed);
    QTest::newRow("ping unanswered") << makeClient(cleartextAnd([](C2sOptions &o) {
                                                       o.timeoutMs = 150;
                                                       o.pingJid = QStringLiteral("example.org");
                                                   }),
                                                   boundAfter(), Failed);
    QTest::newRow("stream error while online")
        << makeClient(cleartextAnd([](C2sOptions &o) { o.stayMs = 5000; }),
                      boundAfter() + Steps{{"<presence", PolicyViolation}}, Failed);
    smScenarios();
}

void TestTransitions::smScenarios()
{
    // XEP-0077: the registration form asked for before the login, or before the probe ends.
    const QByteArray register_ = "<stream:features><mechanisms "
                                 "xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN"
                                 "</mechanism></mechanisms><register "
                                 "xmlns='http://jabber.org/features/iq-register'/>"
                                 "</stream:features>";
    const QByteArray form = "<iq type='result' id='register-1'><query "
                            "xmlns='jabber:iq:register'><username/><password/></query></iq>";
    QTest::newRow("registration asked, then the login")
        << makeClient(cleartext,
                      {{"<stream:stream", Header + register_},
                       {"register-1", form},
                       {"<auth", Success},
                       {"<stream:stream", Header + Bind},
                       {"bind-1", Bound}},
                      Closed);
    QTest::newRow("registration asked, then the probe ends")
        << makeClient(cleartextAnd([](C2sOptions &o) { o.probe = true; }),
                      {{"<stream:stream", Header + register_}, {"register-1", form}}, Closed);
    QTest::newRow("stopped waiting for the registration form")
        << makeClient(cleartext, {{"<stream:stream", Header + register_}}, Closed,
                      QStringLiteral("register_query_sent"));
    // No form in time: recorded, and the login goes on (then SASL is not answered either).
    QTest::newRow("registration form never comes")
        << makeClient(cleartextAnd([](C2sOptions &o) { o.timeoutMs = 150; }),
                      {{"<stream:stream", Header + register_}}, Failed);
    QTest::newRow("stream error instead of the form") << makeClient(
        cleartext, {{"<stream:stream", Header + register_}, {"register-1", PolicyViolation}},
        Failed);
    // Discovery changes no phase: a stop while it waits closes from sm_enabled.
    QTest::newRow("stopped during discovery") << makeClient(
        cleartextAnd([](C2sOptions &o) { o.disco = true; }),
        boundAfter(BindSm) + Steps{{"<enable", Enabled}}, Closed, QStringLiteral("sm_enabled"));
    // XEP-0198: enabling, and the two connections of a resumption test.
    QTest::newRow("stopped waiting for <enabled/>")
        << makeClient(cleartext, boundAfter(BindSm), Closed, QStringLiteral("sm_enable_sent"));
    // No answer to <enable/>: the session goes on without it; a resumption test cannot.
    QTest::newRow("silent after <enable/>") << makeClient(
        cleartextAnd([](C2sOptions &o) { o.timeoutMs = 150; }), boundAfter(BindSm), Closed);
    QTest::newRow("silent after <enable/>, resumption test")
        << makeClient(cleartextAnd([](C2sOptions &o) {
                          o.timeoutMs = 150;
                          o.smDrop = true;
                      }),
                      boundAfter(BindSm), Failed);
    QTest::newRow("resumption asked, not granted")
        << makeClient(cleartextAnd([](C2sOptions &o) { o.smDrop = true; }),
                      boundAfter(BindSm) + Steps{{"<enable", Enabled}}, Failed);
    QTest::newRow("dropped for the resumption") << makeClient(
        cleartextAnd([](C2sOptions &o) { o.smDrop = true; }),
        boundAfter(BindSm) + Steps{{"<enable", EnabledResumable}}, QStringLiteral("sm_dropped"));
    QTest::newRow("resumed") << makeClient(
        cleartextAnd(resumesFromDrop),
        resumingWith(Resumed) + Steps{{"<r ", "<a xmlns='urn:xmpp:sm:3' h='0'/>"}}, Closed);
    QTest::newRow("resumption refused")
        << makeClient(cleartextAnd(resumesFromDrop), resumingWith(SmRefused), Failed);
    QTest::newRow("stopped waiting for <resumed/>")
        << makeClient(cleartextAnd(resumesFromDrop), resumingWith(QByteArray()).mid(0, 3), Closed,
                      QStringLiteral("sm_resume_sent"));
    QTest::newRow("resumed, <r/> unanswered") << makeClient(cleartextAnd([](C2sOptions &o) {
                                                                resumesFromDrop(o);
                                                                o.timeoutMs = 150;
                                                            }),
                                                            resumingWith(Resumed), Failed);
}

void TestTransitions::client()
{
    QFETCH(ClientScenario, scenario);
    runClient(scenario);
}

void TestTransitions::runClient(const ClientScenario &scenario)
{
    EventLog log;
    MemoryTransport serverEnd;
    C2sOptions o;
    o.jid = QStringLiteral("alice@example.org");
    o.password = QStringLiteral("secret");
    o.host = QStringLiteral("example.org");
    o.timeoutMs = 1000;
    // The memory transport's chain proves nothing: credentials go anyway (RFC 6120 §13.7.2 is
    // checked by the client's own tests).
    o.insecureCredentials = true;
    o.transport = MemoryTransport::factory(&serverEnd, {m_certificate});
    scenario.configure(o, serverEnd);
    MemoryPeer peer(&serverEnd, scenario.steps);
    C2sSession session(&log, o);
    QSignalSpy finished(&session, &Session::finished);
    const int connection = log.connections().last().id;
    stopOnce(log, connection, scenario.stopAt, &session, [&session] { session.stop(); });
    session.start();
    if (scenario.peerStartsTls) {
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd.isOpen(), 5000);
        serverEnd.startServerTls(TlsOptions());
    }
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    m_coverage.recordConnection(QStringLiteral("client"), log, connection);
    m_coverage.recordScope(QStringLiteral("client actions"), log, QStringLiteral("c2s"));
    QVERIFY2(illegalTransitions(log).isEmpty(), qPrintable(illegalTransitions(log).join(u'\n')));
    QCOMPARE(lastPhase(log, connection), scenario.last);
}

void TestTransitions::clientActions_data()
{
    // The client's steps after binding (each only if asked for, in a fixed order), with and
    // without the session establishment before them.
    QTest::addColumn<bool>("session");
    QTest::addColumn<bool>("stanzas");
    QTest::addColumn<bool>("roster");
    QTest::addColumn<bool>("message");
    QTest::addColumn<bool>("ping");
    QTest::addColumn<bool>("stay");
    QTest::addColumn<int>("sm");     // XEP-0198: 0 not offered, 1 enabled, 2 refused
    QTest::addColumn<bool>("disco"); // XEP-0030 first
    QTest::newRow("nothing") << true << false << false << false << false << false << 0 << false;
    QTest::newRow("nothing, sm") << true << false << false << false << false << false << 1 << false;
    QTest::newRow("roster, sm") << false << false << true << false << false << false << 1 << false;
    QTest::newRow("message, sm") << true << false << false << true << false << false << 1 << false;
    QTest::newRow("ping, sm") << true << false << false << false << true << false << 1 << false;
    QTest::newRow("stay, sm") << true << false << false << false << false << true << 1 << false;
    QTest::newRow("roster, sm refused")
        << true << false << true << false << false << false << 2 << false;
    QTest::newRow("message, sm refused")
        << true << false << false << true << false << false << 2 << false;
    QTest::newRow("ping, sm refused")
        << true << false << false << false << true << false << 2 << false;
    QTest::newRow("stay, sm refused")
        << true << false << false << false << false << true << 2 << false;
    QTest::newRow("all") << false << true << true << true << true << true << 0 << false;
    QTest::newRow("roster, ping") << true << false << true << false << true << false << 0 << false;
    QTest::newRow("message, stay") << true << false << false << true << false << true << 0 << false;
    QTest::newRow("ping") << true << false << false << false << true << false << 0 << false;
    QTest::newRow("stay") << true << false << false << false << false << true << 0 << false;
    QTest::newRow("stanzas, message")
        << false << true << false << true << false << false << 0 << false;
    QTest::newRow("stanzas, ping")
        << false << true << false << false << true << false << 0 << false;
    QTest::newRow("stanzas, stay")
        << false << true << false << false << false << true << 0 << false;
    QTest::newRow("stanzas") << false << true << false << false << false << false << 0 << false;
    QTest::newRow("roster, stay") << false << false << true << false << false << true << 0 << false;
    QTest::newRow("roster") << false << false << true << false << false << false << 0 << false;
    // Discovery first, then each action that can follow it.
    QTest::newRow("disco") << true << false << false << false << false << false << 0 << true;
    QTest::newRow("disco, stanzas")
        << false << true << false << false << false << false << 0 << true;
    QTest::newRow("disco, roster")
        << false << false << true << false << false << false << 0 << true;
    QTest::newRow("disco, message")
        << false << false << false << true << false << false << 0 << true;
    QTest::newRow("disco, ping") << false << false << false << false << true << false << 0 << true;
    QTest::newRow("disco, stay") << false << false << false << false << false << true << 0 << true;
}

void TestTransitions::clientActions()
{
    QFETCH(bool, session);
    QFETCH(bool, stanzas);
    QFETCH(bool, roster);
    QFETCH(bool, message);
    QFETCH(bool, ping);
    QFETCH(bool, stay);
    QFETCH(int, sm);
    QFETCH(bool, disco);
    ClientScenario s;
    s.steps = boundAfter(session ? (sm ? BindSessionSm : BindSession) : (sm ? BindSm : Bind));
    if (session)
        s.steps.append(MemoryPeer::Step{"session-1", "<iq type='result' id='session-1'/>"});
    if (sm)
        s.steps.append(MemoryPeer::Step{"<enable", sm == 1 ? Enabled : SmRefused});
    if (disco) {
        for (const QByteArray &id : {QByteArray("disco-1"), QByteArray("disco-2")})
            s.steps.append(MemoryPeer::Step{id, "<iq type='result' id='" + id +
                                                    "'><query xmlns='http://jabber.org/protocol/"
                                                    "disco#info'/></iq>"});
    }
    if (roster)
        s.steps.append(MemoryPeer::Step{"roster-1", "<iq type='result' id='roster-1'><query "
                                                    "xmlns='jabber:iq:roster'/></iq>"});
    if (ping)
        s.steps.append(
            MemoryPeer::Step{"ping-1", "<iq type='result' id='ping-1' from='example.org'/>"});
    if (sm == 1) { // the server counted every stanza: presence, roster, message, ping, presence
        const int sent = int(stanzas) + int(roster) + int(message) + int(ping) + int(stay);
        s.steps.append(MemoryPeer::Step{"<r ", "<a xmlns='urn:xmpp:sm:3' h='" +
                                                   QByteArray::number(sent) + "'/>"});
    }
    s.configure = [=](C2sOptions &o, MemoryTransport &peer) {
        cleartext(o, peer);
        o.timeoutMs = 400; // the message's delivery-error window
        if (stanzas)
            o.stanzas = {Element(Ns::Client, QStringLiteral("presence")).share()};
        o.roster = roster;
        o.disco = disco;
        if (message)
            o.sendTo = QStringLiteral("bob@example.org");
        if (ping)
            o.pingJid = QStringLiteral("example.org");
        o.stayMs = stay ? 50 : 0;
    };
    s.last = QStringLiteral("stream_closed");
    runClient(s);
}
