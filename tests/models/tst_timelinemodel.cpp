// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/featuresmodel.h"
#include "models/streamfiltermodel.h"
#include "models/streammodel.h"
#include "models/timelinemodel.h"
#include "session/labsession.h"
#include "trace/eventlog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lanesOfTheLab();
    void featuresTree();
    void filter();
};

void TestTimelineModel::lanesOfTheLab()
{
    EventLog log;
    TimelineModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LabSession lab(&log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
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

void TestTimelineModel::featuresTree()
{
    EventLog log;
    FeaturesModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LabSession lab(&log, LabSession::Variant::SaslExternal);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
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
    LabSession lab(&log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
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

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
