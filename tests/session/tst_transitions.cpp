// SPDX-License-Identifier: GPL-3.0-or-later
// Every transition of every role's phase table, taken by scenarios over the in-memory
// transport (no socket, no TLS library): the edges are read from the tables, so an edge added
// to a table fails this test until a scenario takes it or it is exempted below with a reason.
#include "trace/eventjson.h"
#include "transitions.h"

#include "net/certfactory.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Inspector;
using namespace Inspector::Test;

namespace Inspector::Test {

QString lastPhase(const EventLog &log, int connection, const QString &scope)
{
    QString last;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.kind == EventKind::Phase && e.connection == connection &&
            EventJson::data(e).value(QStringLiteral("scope")).toString() == scope)
            last = EventJson::data(e).value(QStringLiteral("name")).toString();
    }
    return last;
}

QStringList illegalTransitions(const EventLog &log)
{
    QStringList out;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        if (e.kind == EventKind::Error &&
            EventJson::data(e).value(QStringLiteral("code")).toString() ==
                QLatin1String("illegal-transition"))
            out.append(EventJson::data(e).value(QStringLiteral("message")).toString());
    }
    return out;
}

void stopOnce(EventLog &log, int connection, const QString &phase, QObject *context,
              const std::function<void()> &stop)
{
    if (phase.isEmpty())
        return;
    auto done = std::make_shared<bool>(false);
    QObject::connect(&log, &EventLog::eventAppended, context,
                     [&log, connection, phase, context, stop, done](int index) {
                         const Event &e = log.at(index);
                         // "verdict:WHAT": once that verdict is recorded (sm-enable, …).
                         const bool verdict = phase.startsWith(QLatin1String("verdict:"));
                         const bool matches =
                             verdict
                                 ? e.kind == EventKind::Verdict &&
                                       EventJson::data(e).value(QStringLiteral("what")) ==
                                           phase.mid(8)
                                 : e.kind == EventKind::Phase &&
                                       EventJson::data(e).value(QStringLiteral("name")) == phase;
                         if (*done || e.connection != connection || !matches)
                             return;
                         *done = true;
                         // A user's stop comes between two turns of the event loop, never inside a
                         // transition.
                         QTimer::singleShot(0, context, stop);
                     });
}

} // namespace Inspector::Test

namespace {
using Exempt = QHash<QString, QString>;

// Left in the same turn of the event loop as they are entered: nothing (a stop, a timeout,
// the peer) can come in between, so only the next phase can follow.
const QString Synchronous =
    QStringLiteral("left synchronously: nothing can happen between entering it and the next phase");
// STARTTLS: the parser restarts after the callback that saw <proceed/> (or <starttls/>)
// returns, by which time the phase is tls_handshake: cleartext after it fails there.
const QString DeferredRestart =
    QStringLiteral("the handshake starts in the same callback; the deferred parser restart reports "
                   "cleartext in tls_handshake");
const QString StartsAtOnce = QStringLiteral("start() moves to connecting before anything can fail");
const QString LabSocket =
    QStringLiteral("the lab is two of this tool's roles talking over loopback sockets");

Exempt outgoingExempt()
{
    return {{QStringLiteral("idle → failed"), StartsAtOnce},
            {QStringLiteral("tcp_connected → failed"), Synchronous},
            {QStringLiteral("starttls_proceed → stream_closing"), DeferredRestart},
            {QStringLiteral("starttls_proceed → failed"), DeferredRestart}};
}

Exempt inboundExempt()
{
    return {
        {QStringLiteral("header_received → stream_closing"), Synchronous},
        {QStringLiteral("starttls_proceed → stream_closing"), DeferredRestart},
        {QStringLiteral("starttls_proceed → failed"), DeferredRestart},
        // The parser opens a new stream only after a restart, and both restarts (STARTTLS,
        // SASL) move the phase on before it: no header can arrive in features_sent.
        {QStringLiteral("features_sent → header_received"),
         QStringLiteral("no restart happens in features_sent")},
    };
}

Exempt clientExempt()
{
    return {
        {QStringLiteral("idle → failed"), StartsAtOnce},
        {QStringLiteral("tcp_connected → stream_closing"), Synchronous},
        {QStringLiteral("tcp_connected → failed"), Synchronous},
        // The client has no --stop-after; the DANE check is the only stop in it.
        {QStringLiteral("tls_established → stream_closing"), Synchronous},
        {QStringLiteral("starttls_proceed → stream_closing"), DeferredRestart},
        {QStringLiteral("starttls_proceed → failed"), DeferredRestart},
        {QStringLiteral("authenticated → stream_closing"), Synchronous},
        {QStringLiteral("authenticated → failed"), Synchronous},
        {QStringLiteral("roster_received → failed"), Synchronous},
        {QStringLiteral("connecting → stream_opened"),
         QStringLiteral("BOSH only: tst_hostile_bosh and tst_bosh take it over HTTP, which the "
                        "in-memory transport does not speak")},
    };
}

Exempt labExempt()
{
    Exempt out;
    for (const QString &e :
         {QStringLiteral("idle → preparing"), QStringLiteral("preparing → running"),
          QStringLiteral("preparing → finished"), QStringLiteral("running → stopping"),
          QStringLiteral("stopping → finished")})
        out.insert(e, LabSocket);
    return out;
}
} // namespace

void TestTransitions::initTestCase()
{
    QString error;
    QVERIFY2(
        CertFactory::selfSigned(QStringLiteral("peer.example"), 1, &m_certificate, &m_key, &error),
        qPrintable(error));
    m_coverage.addTable(QStringLiteral("outgoing s2s"), OutgoingS2s::phaseTable(),
                        outgoingExempt());
    m_coverage.addTable(QStringLiteral("inbound s2s"), InboundS2s::phaseTable(), inboundExempt());
    // The client records its SASL phase after the mechanism: sasl_scram-sha-1_sent.
    m_coverage.addTable(QStringLiteral("client"), C2sSession::phaseTable(), clientExempt(),
                        [](const QString &name) {
                            static const QRegularExpression sasl(QStringLiteral("^sasl_.+_sent$"));
                            return sasl.match(name).hasMatch() ? QStringLiteral("sasl_sent") : name;
                        });
    // The end of a stay closes the session at once (onTimeout(Online)), without moving the
    // actions on to actions_done as every other last action does. Seam: that timeout going
    // through nextAction(), which records actions_done and then closes.
    m_coverage.addTable(QStringLiteral("client actions"), C2sSession::actionTable(),
                        {{QStringLiteral("staying_online → actions_done"),
                          QStringLiteral("a stay's end closes without recording actions_done")}});
    m_coverage.addTable(QStringLiteral("s2s session"), S2sSession::phaseTable());
    m_coverage.addTable(QStringLiteral("listen"), ListenSession::phaseTable());
    m_coverage.addTable(QStringLiteral("lab"), LabSession::phaseTable(), labExempt());
    QVERIFY2(m_coverage.problems().isEmpty(), qPrintable(m_coverage.problems().join(u'\n')));
}

void TestTransitions::sessionsWithoutSockets()
{
    {
        // Stopped before it started: wrapping up has nothing to wait for.
        EventLog log;
        S2sOptions o;
        o.from = QStringLiteral("inspector.test");
        o.to = QStringLiteral("peer.example");
        S2sSession session(&log, o);
        QSignalSpy finished(&session, &Session::finished);
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(lastPhase(log, 0, QStringLiteral("s2s")), QStringLiteral("finished"));
        m_coverage.recordScope(QStringLiteral("s2s session"), log, QStringLiteral("s2s"));
    }
    {
        // The authoritative listener needs an IP address: the session cannot start.
        EventLog log;
        S2sOptions o;
        o.from = QStringLiteral("inspector.test");
        o.to = QStringLiteral("peer.example");
        o.host = QStringLiteral("peer.example");
        o.authoritative = HostPort{QStringLiteral("not-an-address"), 0};
        S2sSession session(&log, o);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(session.outcome(), Outcome::NetworkFailure);
        m_coverage.recordScope(QStringLiteral("s2s session"), log, QStringLiteral("s2s"));
    }
    for (const bool started : {false, true}) {
        // Stopped before it started, and a --bind that is not an address.
        EventLog log;
        ListenOptions o;
        o.domain = QStringLiteral("inspector.test");
        o.bind = HostPort{QStringLiteral("not-an-address"), 0};
        ListenSession session(&log, o);
        QSignalSpy finished(&session, &Session::finished);
        if (started)
            session.start();
        else
            session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(session.outcome(), started ? Outcome::NetworkFailure : Outcome::Success);
        QCOMPARE(lastPhase(log, 0, QStringLiteral("listen")), QStringLiteral("finished"));
        m_coverage.recordScope(QStringLiteral("listen"), log, QStringLiteral("listen"));
    }
}

void TestTransitions::everyEdgeIsTaken()
{
    QStringList report, failures = m_coverage.problems();
    for (const QString &table : m_coverage.tables()) {
        const int all = m_coverage.edges(table).size();
        const QStringList exempt = m_coverage.exempt(table);
        report.append(QStringLiteral("%1: %2 of %3 edges taken, %4 exempt")
                          .arg(table)
                          .arg(m_coverage.taken(table).size())
                          .arg(all)
                          .arg(exempt.size()));
        for (const QString &e : m_coverage.missing(table))
            failures.append(table + QStringLiteral(": never taken: ") + e);
        for (const QString &e : m_coverage.takenExempt(table))
            failures.append(table + QStringLiteral(": exempt, but taken (drop the exemption): ") +
                            e);
    }
    qInfo().noquote() << report.join(u'\n');
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTransitions)
