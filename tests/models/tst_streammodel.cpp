// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/flushpacer.h"
#include "models/streamfiltermodel.h"
#include "models/streammodel.h"
#include "models/timelinemodel.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "xml/element.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>

using namespace Inspector;

namespace {
/// Appends <message id='mN'/> on `connection`.
void appendMessage(EventLog &log, int n, int connection, Direction direction = Direction::Inbound)
{
    Event e;
    e.kind = EventKind::Element;
    e.direction = direction;
    e.connection = connection;
    e.raw = "<message id='m" + QByteArray::number(n) + "'/>";
    log.append(std::move(e));
}
} // namespace

class TestStreamModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAppends();
    void pacingSharesTicks();
    void summaries();
    void filters();
    void filterKeepsSelectionAndFollowsTheLog();
    void filterTakesOtherChangesAsResets();
    void pacerJoinsOnlyAFlood();
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
        e.payload = NoteEventFact(Phrase(QStringLiteral("n%1").arg(i)));
        log.append(std::move(e));
    }
    QCOMPARE(model.rowCount(), 0); // nothing until the event loop turns
    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1); // one batch, not a thousand inserts
    QCOMPARE(model.index(999, StreamModel::SummaryColumn).data().toString(),
             QStringLiteral("n999"));

    // Rows that keep coming are shown at most every FlushPacer::GapMs or so (never sooner than
    // half of it after the last batch), so the views repaint a few dozen times a second during a
    // flood; a lone event after a pause at once.
    QElapsedTimer sinceBatch;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&sinceBatch] { sinceBatch.start(); });
    const auto note = [&log](const QString &text) {
        Event e;
        e.kind = EventKind::Note;
        e.payload = NoteEventFact(Phrase(text));
        log.append(std::move(e));
    };
    QTest::qWait(FlushPacer::GapMs + 5);
    note(QStringLiteral("after a pause"));
    QCoreApplication::processEvents(); // the timer of 0 ms fires on the next turn
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(inserted.count(), 2);
    const qint64 first = sinceBatch.msecsSinceReference();
    note(QStringLiteral("soon after"));
    QCoreApplication::processEvents();
    if (sinceBatch.elapsed() < FlushPacer::GapMs / 2)
        QCOMPARE(model.rowCount(), 1001); // still waiting for the next tick
    QTRY_COMPARE(model.rowCount(), 1002);
    QCOMPARE(inserted.count(), 3);
    QVERIFY2(sinceBatch.msecsSinceReference() - first >= FlushPacer::GapMs / 2,
             qPrintable(QString::number(sinceBatch.msecsSinceReference() - first)));
}

void TestStreamModel::pacingSharesTicks()
{
    // Under a flood, the stream pane's rows and the diagram's come in the same timer event:
    // the window repaints once for both.
    EventLog log;
    StreamModel rows(&log);
    TimelineModel arrows(&log);
    QCOMPARE(FlushPacer::shared(&rows), FlushPacer::shared(&arrows));
    int turn = 0; // turns of the event loop
    QTimer turns;
    connect(&turns, &QTimer::timeout, this, [&turn] { ++turn; });
    turns.start(0);
    QList<int> rowTurns, arrowTurns;
    connect(&rows, &QAbstractItemModel::rowsInserted, this, [&] { rowTurns << turn; });
    connect(&arrows, &QAbstractItemModel::rowsInserted, this, [&] { arrowTurns << turn; });
    QTimer feeder; // an event every few milliseconds
    feeder.setInterval(3);
    int sent = 0;
    connect(&feeder, &QTimer::timeout, this, [&] {
        appendMessage(log, sent, 1, sent % 2 ? Direction::Inbound : Direction::Outbound);
        ++sent;
    });
    feeder.start();
    QTRY_VERIFY(sent >= 60);
    feeder.stop();
    QTRY_COMPARE(rows.rowCount(), sent);
    QTRY_COMPARE(arrows.rowCount(), sent);
    QCOMPARE(rowTurns, arrowTurns);
    // Batches, not a row per event.
    QVERIFY2(rowTurns.size() <= sent / 4, qPrintable(QString::number(rowTurns.size())));
    // The pacer is the application's, shared by every model of its thread.
    QCOMPARE(FlushPacer::shared(nullptr)->parent(), QCoreApplication::instance());
    // A session that ends shows what it recorded at once, tick or not.
    Event last;
    last.kind = EventKind::Note;
    last.payload = NoteEventFact(Phrase(QStringLiteral("the end")));
    log.append(std::move(last));
    QCOMPARE(rows.rowCount(), sent);
    FlushPacer::shared(&rows)->flushNow();
    QCOMPARE(rows.rowCount(), sent + 1);
    QCOMPARE(arrows.rowCount(), sent); // a note is no arrow, but the model has looked
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

    // Long after, when the log holds only the stanza's bytes, the row reads the same: its tree
    // is parsed again under the stream header of its connection and direction.
    Event header;
    header.kind = EventKind::StreamHeader;
    header.direction = Direction::Outbound;
    header.connection = 1;
    header.raw =
        "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>";
    StreamHeader initial; // an initiating entity's header: no id yet (RFC 6120 §4.7.3)
    initial.from = QStringLiteral("a.example");
    initial.to = QStringLiteral("b.example");
    header.payload = initial;
    const int headerRow = log.append(std::move(header));
    Event again = log.at(0);
    const int row = log.append(std::move(again));
    for (int i = 0; i < EventLog::TreeWindow; ++i) {
        Event n;
        n.kind = EventKind::Note;
        log.append(std::move(n));
    }
    model.flush();
    QVERIFY(!log.holdsTree(row));
    QVERIFY(log.holdsTree(0)); // no header before it: nothing to parse it in again
    QCOMPARE(model.index(row, StreamModel::SummaryColumn).data().toString(),
             QStringLiteral("iq type=get id=ping1 <ping/>"));
    // Only the attributes the header has, no dangling "id=".
    QCOMPARE(model.index(headerRow, StreamModel::SummaryColumn).data().toString(),
             QStringLiteral("stream header from=a.example to=b.example"));
}

void TestStreamModel::filters()
{
    EventLog log;
    const auto add = [&log](EventKind kind, Direction direction, int connection,
                            const QByteArray &raw, const QString &text = {}) {
        Event e;
        e.kind = kind;
        e.direction = direction;
        e.connection = connection;
        e.raw = raw;
        if (!text.isEmpty())
            e.payload = NoteEventFact(Phrase(text));
        log.append(std::move(e));
    };
    add(EventKind::Element, Direction::Outbound, 1,
        "<iq type='get' id='Ping1'><ping xmlns='urn:xmpp:ping'/></iq>");
    add(EventKind::Element, Direction::Inbound, 1, "<iq type='result' id='Ping1'/>");
    add(EventKind::Note, Direction::Local, 1, {}, QStringLiteral("Dialback key sent"));
    add(EventKind::Element, Direction::Inbound, 2,
        "<message to='b\xc3\xa9"
        "b@b.example'><body>Caf\xc3\xa9</body></message>");
    add(EventKind::Whitespace, Direction::Inbound, 2, " ");
    StreamModel model(&log);
    StreamFilterModel filter(&log);
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.flush();
    QCOMPARE(filter.rowCount(), 5);
    QVERIFY(!filter.isFiltering());

    const auto rows = [&filter] {
        QList<int> out;
        for (int r = 0; r < filter.rowCount(); ++r)
            out << filter.mapToSource(filter.index(r, 0)).row();
        return out;
    };
    // Text: case-insensitive in the bytes on the wire, and in the text of facts.
    filter.setText(QStringLiteral("PING1"));
    QCOMPARE(rows(), (QList<int>{0, 1}));
    filter.setText(QStringLiteral("Urn:XMPP:ping"));
    QCOMPARE(rows(), (QList<int>{0}));
    filter.setText(QStringLiteral("dialback KEY"));
    QCOMPARE(rows(), (QList<int>{2}));
    filter.setText(QStringLiteral("café")); // UTF-8 bytes compare exactly
    QCOMPARE(rows(), (QList<int>{3}));
    filter.setText(QStringLiteral("iq type='resulT'"));
    QCOMPARE(rows(), (QList<int>{1}));
    filter.setText(QStringLiteral("type='results'")); // longer than what is there
    QCOMPARE(rows(), QList<int>{});
    QVERIFY(filter.isFiltering());
    filter.setText(QString());

    // Connection, direction and kind of row, combined.
    filter.setConnection(2);
    QCOMPARE(rows(), (QList<int>{3, 4}));
    filter.setDirection(int(Direction::Inbound));
    filter.setConnection(0);
    QCOMPARE(rows(), (QList<int>{1, 3, 4}));
    filter.setDirection(-1);
    filter.setShow(StreamFilterModel::Show::FactsOnly);
    QCOMPARE(rows(), (QList<int>{2}));
    filter.setShow(StreamFilterModel::Show::StreamOnly);
    filter.setText(QStringLiteral("iq"));
    QCOMPARE(rows(), (QList<int>{0, 1}));

    // New events arrive through the source model and are filtered as they come.
    add(EventKind::Element, Direction::Inbound, 1, "<iq type='error' id='x'/>");
    QTRY_COMPARE(rows(), (QList<int>{0, 1, 5}));
}

void TestStreamModel::filterKeepsSelectionAndFollowsTheLog()
{
    EventLog log;
    for (int i = 0; i < 10; ++i)
        appendMessage(log, i, 1 + i % 2);
    StreamModel model(&log);
    StreamFilterModel filter(&log);
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.flush();
    QCOMPARE(filter.rowCount(), 10);
    QCOMPARE(filter.columnCount(), model.columnCount());
    QCOMPARE(filter.mapToSource(filter.index(7, 2)), model.index(7, 2));
    QCOMPARE(filter.mapFromSource(model.index(3, 1)), filter.index(3, 1));
    QCOMPARE(filter.index(10, 0), QModelIndex());

    // The selected row stays selected where the filter keeps it, and goes where it does not.
    QPersistentModelIndex kept(filter.index(5, 0));
    QPersistentModelIndex dropped(filter.index(4, 0));
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    filter.setConnection(2); // the odd ones: m1, m3, ...
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(filter.rowCount(), 5);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 2);
    QCOMPARE(filter.mapToSource(kept).row(), 5);
    QVERIFY(!dropped.isValid());
    QCOMPARE(filter.mapFromSource(model.index(4, 0)), QModelIndex());

    // Rows appended while filtered: only those that match, at the end, in one insertion.
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    for (int i = 10; i < 14; ++i)
        appendMessage(log, i, 1 + i % 2);
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(filter.rowCount(), 7);
    QCOMPARE(filter.mapToSource(filter.index(6, 0)).row(), 13);
    // Appended rows none of which match change nothing.
    appendMessage(log, 14, 1);
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(filter.rowCount(), 7);

    // Unfiltered again: every row, the selection where it was.
    filter.setConnection(0);
    QCOMPARE(filter.rowCount(), 15);
    QCOMPARE(kept.row(), 5);
    QCOMPARE(filter.mapToSource(filter.index(14, 0)).row(), 14);

    // The log truncated (a replay stepping back): the rows follow.
    log.truncate(3);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(filter.rowCount(), 3);
    filter.setText(QStringLiteral("M2"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 2);
}

void TestStreamModel::filterTakesOtherChangesAsResets()
{
    // The stream model only appends and resets; whatever else a source does stays right.
    EventLog log;
    for (int i = 0; i < 6; ++i)
        appendMessage(log, i, 1);
    auto *source = new QStandardItemModel(4, 2);
    StreamFilterModel filter(&log);
    filter.setSourceModel(source);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 4);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);

    // A row inserted before the end shifts the rest: a reset, not an insertion at the end.
    source->insertRow(1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(filter.rowCount(), 5);
    // Appended: an insertion.
    source->insertRow(5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(filter.rowCount(), 6);

    // Data changed: mapped, with its roles; filtered, only rows shown.
    source->setData(source->index(2, 1), QStringLiteral("x"), Qt::ToolTipRole);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), filter.index(2, 1));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::ToolTipRole});
    filter.setText(QStringLiteral("m3"));
    QCOMPARE(filter.rowCount(), 1);
    source->setData(source->index(2, 0), QStringLiteral("y"));
    QCOMPARE(changed.count(), 1); // row 2 is not shown
    source->setData(source->index(3, 0), QStringLiteral("z"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), filter.index(0, 0));
    // Setting the same filter again changes nothing.
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    filter.setText(QStringLiteral("m3"));
    QCOMPARE(layout.count(), 0);

    // The source gone: no rows left behind.
    delete source;
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.columnCount(), 0);
}

void TestStreamModel::pacerJoinsOnlyAFlood()
{
    QObject owner;
    FlushPacer *pacer = FlushPacer::shared(&owner);
    // The pacer is the application's: what earlier tests left waiting is run first.
    pacer->flushNow();
    int ran = 0;
    // Nothing waiting: the caller does the work itself.
    QVERIFY(!pacer->join(&owner, [&ran] { ++ran; }));
    // A tick that waits out the gap (rows right after rows): the work joins it.
    QObject rows;
    pacer->request(&rows, [] {});
    pacer->flushNow();
    pacer->request(&rows, [] {});
    QVERIFY(pacer->join(&owner, [&ran] { ++ran; }));
    QCOMPARE(ran, 0);
    QTRY_COMPARE(ran, 1);
}

QTEST_GUILESS_MAIN(TestStreamModel)
#include "tst_streammodel.moc"
