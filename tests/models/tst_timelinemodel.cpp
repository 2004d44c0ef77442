// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/eventfacts.h"
#include "models/eventtext.h"
#include "models/featuresmodel.h"
#include "models/phasespanmodel.h"
#include "models/streamfiltermodel.h"
#include "models/streammodel.h"
#include "models/timelinemodel.h"
#include "session/labsession.h"
#include "trace/eventlog.h"
#include "trace/phases.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;

namespace {
/// Runs the built-in lab into `log` (models already attached see every row arrive).
bool runLab(EventLog *log, LabSession::Variant variant = LabSession::Variant::Standard)
{
    LabSession lab(log, variant);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    return finished.wait(20000);
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lanesOfTheLab();
    void phasesOffByDefault();
    void featuresTree();
    void filter();
    void phaseSpans();
    void eventsInHumanForm();
};

void TestTimelineModel::lanesOfTheLab()
{
    EventLog log;
    TimelineModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(runLab(&log));
    model.flush();
    QCOMPARE(model.lanes().size(), 5);
    for (const TimelineModel::Lane &l : model.lanes())
        QVERIFY(l.thisTool); // in the lab every party is this tool
    // Every message is drawn once: both ends of each TCP connection are in this log.
    int arrows = 0, messages = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        arrows += model.index(r, 0).data(TimelineModel::IsArrowRole).toBool() ? 1 : 0;
    for (const Event &e : log.events()) {
        if (e.direction == Direction::Outbound &&
            (e.kind == EventKind::Element || e.kind == EventKind::StreamHeader ||
             e.kind == EventKind::StreamEnd))
            ++messages;
    }
    QCOMPARE(arrows, messages);
    // The first arrow is lab-a's stream header, from the originating lane to the receiving one.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        if (!i.data(TimelineModel::IsArrowRole).toBool())
            continue;
        QCOMPARE(model.lanes().at(i.data(TimelineModel::FromLaneRole).toInt()).title(),
                 QStringLiteral("lab-a.localhost · originating"));
        QCOMPARE(model.lanes().at(i.data(TimelineModel::ToLaneRole).toInt()).title(),
                 QStringLiteral("lab-b.localhost · receiving"));
        break;
    }
    // rowForEvent/eventForRow agree.
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowForEvent(model.eventForRow(r)), r);
}

void TestTimelineModel::phasesOffByDefault()
{
    EventLog log;
    TimelineModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(runLab(&log));
    model.flush();
    const auto phaseRows = [&] {
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            n += log.at(model.eventForRow(r)).kind == EventKind::Phase ? 1 : 0;
        return n;
    };
    int phases = 0; // a connection's phase changes (the session's own are never drawn)
    for (const Event &e : log.events())
        phases += e.kind == EventKind::Phase && e.connection != 0 ? 1 : 0;
    QVERIFY(phases > 20);
    QVERIFY(!model.showsPhases());
    QCOMPARE(phaseRows(), 0);
    const int without = model.rowCount();
    QVERIFY(without > 20);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setShowPhases(true);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(phaseRows(), phases);
    QCOMPARE(model.rowCount(), without + phases);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowForEvent(model.eventForRow(r)), r);
    model.setShowPhases(true); // no change, no reset
    QCOMPARE(reset.size(), 1);
    model.setShowPhases(false);
    QCOMPARE(model.rowCount(), without);
    QCOMPARE(phaseRows(), 0);
    // A hidden phase's event maps to the row before it.
    for (int e = 0; e < log.size(); ++e) {
        if (log.at(e).kind == EventKind::Phase && log.at(e).connection != 0) {
            const int row = model.rowForEvent(e);
            QVERIFY(row < 0 || model.eventForRow(row) < e);
        }
    }
}

void TestTimelineModel::featuresTree()
{
    EventLog log;
    FeaturesModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(runLab(&log, LabSession::Variant::SaslExternal));
    model.flush();
    QVERIFY(model.rowCount() >= 3); // initial, after TLS, after SASL on the originating connection
    QStringList titles;
    for (int s = 0; s < model.rowCount(); ++s)
        titles << model.index(s, 0).data().toString();
    QVERIFY2(titles.filter(QStringLiteral("after SASL")).size() >= 1,
             qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY(titles.filter(QStringLiteral("after TLS")).size() >= 1);
}

void TestTimelineModel::filter()
{
    EventLog log;
    StreamModel source(&log);
    StreamFilterModel filter(&log);
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(runLab(&log));
    source.flush();
    const int all = filter.rowCount();
    QCOMPARE(all, log.size());
    filter.setConnection(1);
    QVERIFY(filter.rowCount() < all);
    for (int r = 0; r < filter.rowCount(); ++r)
        QCOMPARE(log.at(filter.mapToSource(filter.index(r, 0)).row()).connection, 1);
    filter.setConnection(0);
    filter.setShow(StreamFilterModel::Show::StreamOnly);
    for (int r = 0; r < filter.rowCount(); ++r)
        QVERIFY(!log.at(filter.mapToSource(filter.index(r, 0)).row()).raw.isEmpty());
    filter.setShow(StreamFilterModel::Show::Everything);
    filter.setText(QStringLiteral("PING"));
    QVERIFY(filter.rowCount() >= 2); // the request and its answer
    filter.setText(QString());
    QCOMPARE(filter.rowCount(), all);
}

void TestTimelineModel::phaseSpans()
{
    EventLog log;
    PhaseSpanModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LabSession lab(&log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    // Flushed while the lab runs, so rows arrive in many batches under the tester's eye.
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && clock.elapsed() < 20000) {
        QTest::qWait(20);
        model.flush();
    }
    QCOMPARE(finished.size(), 1);
    model.flush();
    // Every phase event is the start of exactly one span, on its connection's track.
    QSet<int> phaseEvents;
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).kind == EventKind::Phase)
            phaseEvents.insert(i);
    }
    QCOMPARE(model.rowCount(), phaseEvents.size());
    QSet<int> connections;
    for (const PhaseSpanModel::Track &t : model.tracks())
        connections.insert(t.connection);
    QCOMPARE(connections.size(), log.connections().size() + 1); // and the session's own
    QHash<int, qint64> lastEnd; // track → end of its previous span
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const int event = i.data(PhaseSpanModel::EventIndexRole).toInt();
        QVERIFY(phaseEvents.remove(event));
        const int track = i.data(PhaseSpanModel::TrackRole).toInt();
        QCOMPARE(model.tracks().at(track).connection, log.at(event).connection);
        const qint64 start = i.data(PhaseSpanModel::StartNsRole).toLongLong();
        const qint64 end = i.data(PhaseSpanModel::EndNsRole).toLongLong();
        QCOMPARE(start, log.at(event).monotonicNs);
        QVERIFY(end >= start);
        if (lastEnd.contains(track))
            QCOMPARE(lastEnd.value(track), start); // a track's spans follow each other
        lastEnd.insert(track, end);
        // Every connection ended: no span is left open, and each event maps back to its span.
        if (model.tracks().at(track).connection != 0)
            QVERIFY(!i.data(PhaseSpanModel::OpenRole).toBool());
        QCOMPARE(model.spanForEvent(event), r);
    }
    QVERIFY(phaseEvents.isEmpty());
    // The slowest span is a connection's work, not a state it rests in once authenticated.
    const int slowest = model.slowestRow();
    QVERIFY(slowest >= 0);
    QVERIFY(model.index(slowest, 0).data(PhaseSpanModel::SlowestRole).toBool());
    const QString phase = model.index(slowest, PhaseSpanModel::PhaseColumn).data().toString();
    QVERIFY2(phase != Phases::label(QStringLiteral("authenticated")), qPrintable(phase));
    const qint64 longest = model.index(slowest, 0).data(PhaseSpanModel::EndNsRole).toLongLong() -
                           model.index(slowest, 0).data(PhaseSpanModel::StartNsRole).toLongLong();
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const QString id = log.at(i.data(PhaseSpanModel::EventIndexRole).toInt())
                               .payload.as<PhaseEventFact>()
                               .name;
        if (model.tracks().at(i.data(PhaseSpanModel::TrackRole).toInt()).connection == 0 ||
            Phases::isResting(id))
            continue;
        QVERIFY(i.data(PhaseSpanModel::EndNsRole).toLongLong() -
                    i.data(PhaseSpanModel::StartNsRole).toLongLong() <=
                longest);
    }
    // An element maps to the span its connection was in when it crossed the wire.
    for (int e = 0; e < log.size(); ++e) {
        if (log.at(e).kind != EventKind::Element)
            continue;
        const int row = model.spanForEvent(e);
        QVERIFY(row >= 0);
        const QModelIndex i = model.index(row, 0);
        QVERIFY(i.data(PhaseSpanModel::StartNsRole).toLongLong() <= log.at(e).monotonicNs);
        QCOMPARE(model.tracks().at(i.data(PhaseSpanModel::TrackRole).toInt()).connection,
                 log.at(e).connection);
    }
    QVERIFY(model.trackTitle(model.tracks().size() - 1).contains(QStringLiteral("localhost")));
}

void TestTimelineModel::eventsInHumanForm()
{
    EventLog log;
    QVERIFY(runLab(&log));
    bool sawHeader = false, sawPhase = false;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        const QString heading = EventText::heading(log, i);
        const QString text = EventText::describe(log, i);
        QVERIFY2(heading.contains(QStringLiteral(" ms")), qPrintable(heading));
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(heading));
        // Nothing is shown as raw JSON: no braces opening an object.
        QVERIFY2(!text.startsWith(QLatin1Char('{')), qPrintable(text));
        if (e.kind == EventKind::StreamHeader) {
            sawHeader = true;
            QVERIFY2(text.contains(QStringLiteral("<stream:stream")), qPrintable(text));
        }
        if (e.kind == EventKind::Phase && e.connection != 0) {
            sawPhase = true;
            QVERIFY2(text.contains(Phases::label(e.payload.as<PhaseEventFact>().name)),
                     qPrintable(text));
            QVERIFY2(heading.contains(QString::number(e.connection)), qPrintable(heading));
        }
    }
    QVERIFY(sawHeader && sawPhase);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
