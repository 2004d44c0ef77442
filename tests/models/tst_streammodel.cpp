// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/streammodel.h"
#include "trace/eventlog.h"
#include "xml/element.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;

class TestStreamModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAppends();
    void summaries();
};

void TestStreamModel::batchesAppends()
{
    EventLog log;
    StreamModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i) {
        Event e;
        e.kind = EventKind::Note;
        e.data.insert(QStringLiteral("text"), QStringLiteral("n%1").arg(i));
        log.append(std::move(e));
    }
    QCOMPARE(model.rowCount(), 0); // nothing until the event loop turns
    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1); // one batch, not a thousand inserts
    QCOMPARE(model.index(999, StreamModel::SummaryColumn).data().toString(), QStringLiteral("n999"));
}

void TestStreamModel::summaries()
{
    EventLog log;
    StreamModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Element iq(QStringLiteral("jabber:server"), QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("id"), QStringLiteral("ping1"));
    iq.appendChild(Element(QStringLiteral("urn:xmpp:ping"), QStringLiteral("ping")));
    Event e;
    e.kind = EventKind::Element;
    e.direction = Direction::Outbound;
    e.connection = 1;
    e.raw = "<iq type='get' id='ping1'><ping xmlns='urn:xmpp:ping'/></iq>";
    e.element = iq.share();
    log.append(std::move(e));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, StreamModel::SummaryColumn).data().toString(),
             QStringLiteral("iq type=get id=ping1 <ping/>"));
    QCOMPARE(model.index(0, StreamModel::SizeColumn).data().toInt(), 60);
    QCOMPARE(model.index(0, StreamModel::DirectionColumn).data().toString(), QStringLiteral("→"));
}

QTEST_GUILESS_MAIN(TestStreamModel)
#include "tst_streammodel.moc"
