// SPDX-License-Identifier: GPL-3.0-or-later
// The typed phase machine and every role's phase table.
#include "session/c2ssession.h"
#include "session/inbounds2s.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/outgoings2s.h"
#include "session/phasemachine.h"
#include "session/s2ssession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/phases.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Inspector;

namespace {
enum class Toy { Idle, Open, Busy, Closing, Closed, Failed };

const PhaseTable<Toy> &toyTable()
{
    static const PhaseTable<Toy> table(
        {
            {Toy::Idle, "idle", {Toy::Open}, PhaseEnd::Fail},
            {Toy::Open, "open", {Toy::Busy}, PhaseEnd::CloseOrFail},
            {Toy::Busy, "busy", {Toy::Busy, Toy::Open}, PhaseEnd::CloseOrFail, true},
            {Toy::Closing, "closing", {Toy::Closed}},
            {Toy::Closed, "closed", {}},
            {Toy::Failed, "failed", {}},
        },
        Toy::Closing, Toy::Failed);
    return table;
}

QList<Event> eventsOf(const EventLog &log, EventKind kind)
{
    QList<Event> out;
    for (const Event &e : log.events()) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}
} // namespace

class TestPhaseMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tables_data();
    void tables();
    void brokenTableIsReported();
    void endsArePerPhase();
    void transitionRecordsPhase();
    void illegalTransitionIsAnError();
    void sessionMachineRecordsOnConnectionZero();
    void renamedPhase();
    void timeout();
    void stoppablePhases();
};

void TestPhaseMachine::tables_data()
{
    QTest::addColumn<const PhaseTableBase *>("table");
    QTest::newRow("outgoing-s2s") << static_cast<const PhaseTableBase *>(
        &OutgoingS2s::phaseTable());
    QTest::newRow("inbound-s2s") << static_cast<const PhaseTableBase *>(&InboundS2s::phaseTable());
    QTest::newRow("c2s") << static_cast<const PhaseTableBase *>(&C2sSession::phaseTable());
    QTest::newRow("c2s-actions") << static_cast<const PhaseTableBase *>(&C2sSession::actionTable());
    QTest::newRow("s2s-session") << static_cast<const PhaseTableBase *>(&S2sSession::phaseTable());
    QTest::newRow("listen") << static_cast<const PhaseTableBase *>(&ListenSession::phaseTable());
    QTest::newRow("lab") << static_cast<const PhaseTableBase *>(&LabSession::phaseTable());
}

void TestPhaseMachine::tables()
{
    // Consistent (rows in enum order, unique identifiers, every successor a phase of the table)
    // and every phase reachable from the first; each identifier has a label to show.
    QFETCH(const PhaseTableBase *, table);
    QCOMPARE(table->problems(), QStringList());
    QCOMPARE(table->id(table->initial()), QStringLiteral("idle"));
    for (const QString &id : table->ids())
        QVERIFY2(Phases::label(id) != id, qPrintable(id));
}

void TestPhaseMachine::brokenTableIsReported()
{
    enum class B { Idle, A, Orphan, Done };
    const PhaseTable<B> broken(
        {
            {B::Idle, "idle", {B::A}},
            {B::A, "a", {B::Done, B(7)}},
            {B::Orphan, "a", {B::Done}},
            {B::Done, "done", {}},
        },
        B::Done, B::Done);
    const QStringList problems = broken.problems();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).contains(QLatin1String("not a phase of the table")));
    QVERIFY(problems.at(1).contains(QLatin1String("repeated identifier 'a'")));
    QVERIFY(problems.at(2).contains(QLatin1String("cannot be reached")));
}

void TestPhaseMachine::endsArePerPhase()
{
    const PhaseTable<Toy> &t = toyTable();
    QVERIFY(t.allows(Toy::Idle, Toy::Failed));
    QVERIFY(!t.allows(Toy::Idle, Toy::Closing)); // nothing to close before it opened
    QVERIFY(t.allows(Toy::Busy, Toy::Closing));
    QVERIFY(!t.allows(Toy::Closing, Toy::Failed));
    QVERIFY(!t.allows(Toy::Closed, Toy::Open));
    // The outgoing connection: a connection already closing does not fail (Ending keeps it).
    using P = OutgoingS2s::Phase;
    QVERIFY(OutgoingS2s::phaseTable().allows(P::Idle, P::Failed));
    QVERIFY(!OutgoingS2s::phaseTable().allows(P::Idle, P::Closing));
    QVERIFY(OutgoingS2s::phaseTable().allows(P::Authenticated, P::Closing));
    QVERIFY(!OutgoingS2s::phaseTable().allows(P::Closing, P::Failed));
    QVERIFY(!InboundS2s::phaseTable().allows(InboundS2s::Phase::Idle, InboundS2s::Phase::Failed));
}

void TestPhaseMachine::transitionRecordsPhase()
{
    EventLog log;
    PhaseMachine<Toy> m(&log, 3, toyTable());
    QCOMPARE(m.current(), Toy::Idle);
    QVERIFY(m.transition(Toy::Open, 1500));
    QVERIFY(m.transition(Toy::Busy));
    QVERIFY(m.transition(Toy::Busy)); // a new round of the same phase
    QCOMPARE(m.current(), Toy::Busy);
    const QList<Event> phases = eventsOf(log, EventKind::Phase);
    QCOMPARE(phases.size(), 3);
    QCOMPARE(phases.at(0).connection, 3);
    QCOMPARE(EventJson::data(phases.at(0)),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("open")},
                          {QStringLiteral("previous"), QStringLiteral("idle")},
                          {QStringLiteral("timeoutMs"), 1500}}));
    QCOMPARE(EventJson::data(phases.at(2)).value(QStringLiteral("previous")).toString(),
             QStringLiteral("busy"));
    QVERIFY(eventsOf(log, EventKind::Error).isEmpty());
}

void TestPhaseMachine::illegalTransitionIsAnError()
{
    // In a build with assertions, an illegal transition stops the program (Q_ASSERT); the
    // machine's own switch lets this test see what a build without them does.
    EventLog log;
    PhaseMachine<Toy> m(&log, 2, toyTable());
    m.setAssertOnIllegal(false);
    QVERIFY(m.transition(Toy::Open));
    QVERIFY(!m.transition(Toy::Closed));
    QCOMPARE(m.current(), Toy::Open);
    QCOMPARE(eventsOf(log, EventKind::Phase).size(), 1);
    const QList<Event> errors = eventsOf(log, EventKind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().connection, 2);
    const QJsonObject d = EventJson::data(errors.first());
    QCOMPARE(d.value(QStringLiteral("code")).toString(), QStringLiteral("illegal-transition"));
    QCOMPARE(d.value(QStringLiteral("from")).toString(), QStringLiteral("open"));
    QCOMPARE(d.value(QStringLiteral("to")).toString(), QStringLiteral("closed"));
    QCOMPARE(d.value(QStringLiteral("phase")).toString(), QStringLiteral("open"));
    QVERIFY(!d.value(QStringLiteral("message")).toString().startsWith(QLatin1String("Internal")));
    // No note: the error is the only record.
    QVERIFY(eventsOf(log, EventKind::Note).isEmpty());
}

void TestPhaseMachine::sessionMachineRecordsOnConnectionZero()
{
    EventLog log;
    PhaseMachine<S2sSession::Phase> m(&log, QStringLiteral("s2s"), S2sSession::phaseTable());
    QVERIFY(m.transition(S2sSession::Phase::Resolving));
    QVERIFY(m.transition(S2sSession::Phase::WrappingUp, 6000));
    QVERIFY(m.transition(S2sSession::Phase::Finished));
    const QList<Event> phases = eventsOf(log, EventKind::Phase);
    QCOMPARE(phases.size(), 3);
    for (const Event &e : phases) {
        QCOMPARE(e.connection, 0);
        QCOMPARE(EventJson::data(e).value(QStringLiteral("scope")).toString(),
                 QStringLiteral("s2s"));
    }
    QCOMPARE(EventJson::data(phases.at(1)).value(QStringLiteral("name")).toString(),
             QStringLiteral("wrapping_up"));
    QCOMPARE(EventJson::data(phases.at(1)).value(QStringLiteral("timeoutMs")).toInt(), 6000);
}

void TestPhaseMachine::renamedPhase()
{
    EventLog log;
    using P = C2sSession::Phase;
    PhaseMachine<P> m(&log, 1, C2sSession::phaseTable());
    QCOMPARE(m.name(P::SaslSent), QStringLiteral("sasl_sent"));
    m.rename(P::SaslSent, QStringLiteral("sasl_scram-sha-1_sent"));
    for (P p : {P::Connecting, P::TcpConnected, P::StreamOpened, P::HeaderReceived,
                P::FeaturesReceived, P::SaslSent, P::Authenticated})
        QVERIFY(m.transition(p));
    const QList<Event> phases = eventsOf(log, EventKind::Phase);
    QCOMPARE(EventJson::data(phases.at(5)).value(QStringLiteral("name")).toString(),
             QStringLiteral("sasl_scram-sha-1_sent"));
    QCOMPARE(EventJson::data(phases.at(6)).value(QStringLiteral("previous")).toString(),
             QStringLiteral("sasl_scram-sha-1_sent"));
}

void TestPhaseMachine::timeout()
{
    EventLog log;
    PhaseMachine<Toy> m(&log, 1, toyTable());
    QSignalSpy timedOut(&m, &PhaseMachineBase::timedOut);
    QVERIFY(m.transition(Toy::Open, 50));
    QVERIFY(timedOut.wait(5000));
    QCOMPARE(timedOut.first().first().toInt(), int(Toy::Open));
    // A transition stops the previous phase's timeout.
    QVERIFY(m.transition(Toy::Busy, 0));
    m.rearm(30);
    m.cancelTimeout();
    QVERIFY(!timedOut.wait(200));
    QCOMPARE(timedOut.size(), 1);
}

void TestPhaseMachine::stoppablePhases()
{
    // --stop-after takes these, in protocol order; the CLI and its help read them here.
    QCOMPARE(OutgoingS2s::phaseTable().stoppable(),
             (QStringList{QStringLiteral("tcp_connected"), QStringLiteral("tls_established"),
                          QStringLiteral("header_received"), QStringLiteral("features_received")}));
    QVERIFY(OutgoingS2s::phaseTable().isStoppable(OutgoingS2s::Phase::HeaderReceived));
    QVERIFY(!OutgoingS2s::phaseTable().isStoppable(OutgoingS2s::Phase::Authenticated));
    QCOMPARE(toyTable().stoppable(), QStringList{QStringLiteral("busy")});
}

QTEST_GUILESS_MAIN(TestPhaseMachine)
#include "tst_phasemachine.moc"
