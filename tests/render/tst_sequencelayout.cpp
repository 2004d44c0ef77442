// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "render/sequencesvg.h"
#include "render/textmetrics.h"
#include "session/labsession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace Inspector;

namespace {
// Every character 7 wide, lines 14 high: figures a test can check by hand (times a zoom).
class FixedMetrics : public TextMetrics
{
public:
    explicit FixedMetrics(double zoom = 1)
        : m_zoom(zoom)
    {}
    double width(const QString &text) const override { return 7.0 * m_zoom * text.size(); }
    double ascent() const override { return 10 * m_zoom; }
    double descent() const override { return 4 * m_zoom; }

private:
    double m_zoom;
};

// Characters of different widths (3 to 9), as in a proportional font.
class UnevenMetrics : public TextMetrics
{
public:
    double width(const QString &text) const override
    {
        double w = 0;
        for (QChar c : text)
            w += c.unicode() % 7 + 3;
        return w;
    }
    double ascent() const override { return 10; }
    double descent() const override { return 4; }
};

int party(EventLog &log, const QString &role, const QString &local, const QString &remote)
{
    const int id = log.addConnection(role, local + QStringLiteral(" → ") + remote, local, remote);
    ConnectionInfo info = *log.connection(id);
    info.peerAddress = QStringLiteral("127.0.0.1");
    log.updateConnection(info);
    return id;
}

void record(EventLog &log, int connection, EventKind kind, Direction direction, double ms,
            const QJsonObject &data)
{
    Event e;
    e.connection = connection;
    e.kind = kind;
    e.direction = direction;
    e.monotonicNs = qint64(ms * 1e6);
    EventJson::setData(&e, data);
    log.appendRecorded(e);
}

// A header each way, a phase, a verdict and an error with a long message, per round.
void rounds(EventLog &log, int connection, const QString &from, const QString &to, int count)
{
    for (int i = 0; i < count; ++i) {
        const double ms = 10.0 * (log.size() + 1);
        const QJsonObject header{{QStringLiteral("from"), from},
                                 {QStringLiteral("to"), to},
                                 {QStringLiteral("id"), QStringLiteral("c2f7e1d9-%1").arg(i)}};
        record(log, connection, EventKind::StreamHeader, Direction::Outbound, ms, header);
        record(log, connection, EventKind::StreamHeader, Direction::Inbound, ms + 1, header);
        record(log, connection, EventKind::Phase, Direction::Local, ms + 2,
               {{QStringLiteral("name"), QStringLiteral("dialback")}});
        record(log, connection, EventKind::Verdict, Direction::Local, ms + 3,
               {{QStringLiteral("what"), QStringLiteral("dialback")},
                {QStringLiteral("result"), QStringLiteral("valid")}});
        record(log, connection, EventKind::Error, Direction::Local, ms + 4,
               {{QStringLiteral("message"),
                 QStringLiteral("the peer closed the stream before it answered the "
                                "dialback verification request that was sent")}});
    }
}

void runLab(EventLog *log)
{
    LabSession lab(log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
}

bool within(double low, double value, double high)
{
    return value >= low - 1e-9 && value <= high + 1e-9;
}

QString withoutSpaces(QString text)
{
    return text.remove(QLatin1Char(' '));
}

QString joined(const QVector<SequenceLayout::TextLine> &lines)
{
    QString all;
    for (const SequenceLayout::TextLine &line : lines)
        all += line.text;
    return all;
}
} // namespace

class TestSequenceLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrapped_data();
    void wrapped();
    void elided();
    void elidedIsTheLongestStart();
    void monospaceCells();
    void labOfFiveLanes();
    void sizeGrowsWithRows();
    void appendMatchesBuild();
    void buildInSlices();
    void rowsLaidOutAgainAreTheSame();
    void noLabelElidedThatFits_data();
    void noLabelElidedThatFits();
    void longNamesFitTheSvg();
};

void TestSequenceLayout::wrapped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<QStringList>("lines");
    const QString header = QStringLiteral("stream header from=a.example to=b.example");
    QTest::newRow("fits") << header << 7.0 * header.size() << 3 << QStringList{header};
    QTest::newRow("at spaces") << header << 7.0 * 20 << 3
                               << QStringList{QStringLiteral("stream header"),
                                              QStringLiteral("from=a.example"),
                                              QStringLiteral("to=b.example")};
    // Ten characters a line: words broken after '.', the fifth line elided.
    QTest::newRow("after punctuation, elided")
        << header << 70.0 << 5
        << QStringList{QStringLiteral("stream"), QStringLiteral("header"),
                       QStringLiteral("from=a."), QStringLiteral("example"),
                       QStringLiteral("to=b.exam…")};
    QTest::newRow("punctuation early: hard break")
        << QStringLiteral("verify id=30a51347656f") << 70.0 << 3
        << QStringList{QStringLiteral("verify"), QStringLiteral("id=30a5134"),
                       QStringLiteral("7656f")};
    QTest::newRow("hard break") << QStringLiteral("abcdefghijklmnop") << 35.0 << 4
                                << QStringList{QStringLiteral("abcde"), QStringLiteral("fghij"),
                                               QStringLiteral("klmno"), QStringLiteral("p")};
    QTest::newRow("one line") << header << 70.0 << 1 << QStringList{QStringLiteral("stream he…")};
    QTest::newRow("nothing fits") << header << 5.0 << 3 << QStringList{};
    QTest::newRow("empty") << QString() << 70.0 << 3 << QStringList{};
}

void TestSequenceLayout::wrapped()
{
    QFETCH(QString, text);
    QFETCH(double, width);
    QFETCH(int, maxLines);
    QFETCH(QStringList, lines);
    const FixedMetrics metrics;
    const QStringList got = metrics.wrapped(text, width, maxLines);
    QCOMPARE(got, lines);
    for (const QString &line : got)
        QVERIFY2(metrics.width(line) <= width, qPrintable(line));
}

void TestSequenceLayout::elided()
{
    const FixedMetrics metrics;
    const QString text = QStringLiteral("authoritative");
    QCOMPARE(metrics.elided(text, 7.0 * 13), text);
    QCOMPARE(metrics.elided(text, 7.0 * 12), QStringLiteral("authoritati…"));
    QCOMPARE(metrics.elided(QStringLiteral("ab cd"), 7.0 * 4), QStringLiteral("ab…"));
    QCOMPARE(metrics.elided(text, 6.0), QString());
}

void TestSequenceLayout::elidedIsTheLongestStart()
{
    const UnevenMetrics metrics;
    QRandomGenerator random(20240601);
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int size = random.bounded(1, 90);
        for (int i = 0; i < size; ++i)
            text += QChar(char16_t(random.bounded(0x21, 0x7f)));
        const double width = random.bounded(1, 500);
        // The longest start that fits with the ellipsis, by trying every length.
        QString expected;
        if (metrics.width(text) <= width) {
            expected = text;
        } else {
            for (int n = 0; n < size; ++n) {
                if (metrics.width(text.left(n) + QStringLiteral("…")) <= width)
                    expected = text.left(n) + QStringLiteral("…");
            }
        }
        QCOMPARE(metrics.elided(text, width), expected);
        for (const QString &line : metrics.wrapped(text, width, 4))
            QVERIFY(metrics.width(line) <= width);
    }
}

void TestSequenceLayout::monospaceCells()
{
    QCOMPARE(MonospaceMetrics::cells(QStringLiteral("lab-a.localhost")), 15);
    QCOMPARE(MonospaceMetrics::cells(QStringLiteral("例え.jp")), 7);           // wide: 2 each
    QCOMPARE(MonospaceMetrics::cells(QStringLiteral("cafe\u0301")), 4);        // combining mark
    QCOMPARE(MonospaceMetrics::cells(QString::fromUcs4(U"\U0001F600 ok")), 5); // outside the BMP
    const MonospaceMetrics dejaVu(11);
    QCOMPARE(dejaVu.width(QStringLiteral("0123456789")), 10 * 11 * 1233.0 / 2048.0);
    // A wrapped line in a fallback wide character never splits a surrogate pair.
    const QString emoji = QString::fromUcs4(U"\U0001F600\U0001F600\U0001F600");
    for (const QString &line : dejaVu.wrapped(emoji, 2.5 * 11 * 1233.0 / 2048.0, 3))
        QVERIFY(!line.isEmpty() && !line.at(line.size() - 1).isHighSurrogate());
}

void TestSequenceLayout::labOfFiveLanes()
{
    EventLog log;
    TimelineModel model(&log);
    model.setShowPhases(true);
    runLab(&log);
    model.flush();
    const FixedMetrics metrics;
    SequenceLayout layout(metrics);
    layout.build(model);
    QCOMPARE(layout.lanes().size(), 5);
    QCOMPARE(layout.rows().size(), model.rowCount());
    // Lanes in order, their title boxes apart, every title line inside its box.
    for (int l = 0; l < layout.lanes().size(); ++l) {
        const SequenceLayout::Lane &lane = layout.lanes().at(l);
        QVERIFY(lane.box.left() >= layout.timeWidth());
        if (l > 0)
            QVERIFY(lane.box.left() > layout.lanes().at(l - 1).box.right());
        QVERIFY(!lane.title.isEmpty());
        for (const SequenceLayout::TextLine &line : lane.title) {
            QVERIFY2(within(lane.box.left(), line.origin.x(), lane.box.right()) &&
                         within(lane.box.left(), line.origin.x() + line.width, lane.box.right()),
                     qPrintable(line.text));
            QVERIFY(within(lane.box.top(), line.origin.y() - metrics.ascent(), lane.box.bottom()));
        }
        QVERIFY(lane.box.bottom() <= layout.headerHeight());
    }
    QVERIFY(layout.lanes().constLast().box.right() <= layout.size().width());
    int arrows = 0, marks = 0, wrappedLabels = 0;
    double previousBottom = layout.headerHeight();
    for (int r = 0; r < layout.rows().size(); ++r) {
        const SequenceLayout::Row &row = layout.rows().at(r);
        QCOMPARE(row.event, model.eventForRow(r));
        QCOMPARE(row.top, previousBottom); // rows follow each other without overlapping
        previousBottom = row.bottom();
        QCOMPARE(layout.rowAt(row.top), r);
        QCOMPARE(layout.rowAt(row.bottom() - 0.01), r);
        QVERIFY(within(0, row.time.origin.x(), layout.timeWidth() - row.time.width));
        QVERIFY(!row.label.isEmpty());
        wrappedLabels += row.label.size() > 1 ? 1 : 0;
        // Within the lanes; within its arrow's span if it fits there.
        double left = layout.timeWidth(), right = layout.size().width();
        double widest = 0;
        for (const SequenceLayout::TextLine &line : row.label)
            widest = qMax(widest, line.width);
        if (row.arrow && widest < qAbs(row.x2 - row.x1)) {
            left = qMin(row.x1, row.x2);
            right = qMax(row.x1, row.x2);
        }
        for (const SequenceLayout::TextLine &line : row.label) {
            QVERIFY2(within(left, line.origin.x(), right) &&
                         within(left, line.origin.x() + line.width, right),
                     qPrintable(row.fullLabel));
            QVERIFY(within(row.top, line.origin.y() - metrics.ascent(), row.bottom()));
            QVERIFY(within(row.top, line.origin.y() + metrics.descent(), row.bottom()));
        }
        QVERIFY(within(left, row.box.left(), right) && within(left, row.box.right(), right));
        if (row.arrow) {
            ++arrows;
            // The label above the line and clear of the arrow head.
            QVERIFY(row.box.bottom() < row.lineY - layout.headHalfHeight());
            QVERIFY(row.lineY + layout.headHalfHeight() <= row.bottom());
        } else {
            ++marks;
        }
    }
    QVERIFY(arrows > 20);
    QVERIFY(marks > 5);
    QVERIFY(wrappedLabels > 0); // the stream headers do not fit on one line
    QCOMPARE(layout.rowAt(layout.headerHeight() - 1), -1);
    QCOMPARE(layout.rowAt(previousBottom + 1), -1);
    QVERIFY(layout.size().height() > previousBottom);
}

void TestSequenceLayout::sizeGrowsWithRows()
{
    EventLog log;
    TimelineModel model(&log);
    model.setShowPhases(true);
    const int c = party(log, QStringLiteral("initiating"), QStringLiteral("a.example"),
                        QStringLiteral("b.example"));
    const FixedMetrics metrics;
    QSizeF before;
    for (int step = 0; step < 4; ++step) {
        rounds(log, c, QStringLiteral("a.example"), QStringLiteral("b.example"), 1);
        model.flush();
        SequenceLayout layout(metrics);
        layout.build(model);
        QCOMPARE(layout.rows().size(), 5 * (step + 1));
        if (step > 0) {
            QCOMPARE(layout.size().width(), before.width());
            QVERIFY(layout.size().height() > before.height());
        }
        before = layout.size();
    }
    // The error's long message wraps in its pill; the verdict is good, the error bad.
    SequenceLayout layout(metrics);
    layout.build(model);
    const SequenceLayout::Row &error = layout.rows().at(4);
    QVERIFY(error.label.size() > 1);
    QCOMPARE(error.tone, SequenceLayout::Tone::Bad);
    QCOMPARE(layout.rows().at(3).tone, SequenceLayout::Tone::Good);
    QCOMPARE(layout.rows().at(2).tone, SequenceLayout::Tone::Neutral);
    QVERIFY(!error.shortened);
    QCOMPARE(withoutSpaces(joined(error.label)), withoutSpaces(error.fullLabel));
    // Two lines hold less than the message: elided, the whole text kept.
    SequenceStyle twoLines;
    twoLines.maxLabelLines = 2;
    SequenceLayout tight(metrics, twoLines);
    tight.build(model);
    QVERIFY(tight.rows().at(4).shortened);
    QCOMPARE(tight.rows().at(4).label.size(), 2);
    QVERIFY(tight.rows().at(4).label.at(1).text.endsWith(QStringLiteral("…")));
    QCOMPARE(tight.rows().at(4).fullLabel, error.fullLabel);
    QVERIFY(!tight.rows().at(2).shortened);
}

void TestSequenceLayout::appendMatchesBuild()
{
    EventLog log;
    TimelineModel model(&log);
    model.setShowPhases(true);
    const int c = party(log, QStringLiteral("initiating"), QStringLiteral("a.example"),
                        QStringLiteral("b.example"));
    const FixedMetrics metrics;
    SequenceLayout grown(metrics);
    for (int step = 0; step < 3; ++step) {
        rounds(log, c, QStringLiteral("a.example"), QStringLiteral("b.example"), 2);
        model.flush();
        grown.append(model);
    }
    // A time wider than the column: the column widens, every row is laid out again.
    record(log, c, EventKind::Phase, Direction::Local, 12345678.9,
           {{QStringLiteral("name"), QStringLiteral("closed")}});
    model.flush();
    const double narrow = grown.timeWidth();
    grown.append(model);
    QVERIFY(grown.timeWidth() > narrow);
    SequenceLayout built(metrics);
    built.build(model);
    QCOMPARE(grown.rows().size(), built.rows().size());
    QCOMPARE(grown.size(), built.size());
    for (int r = 0; r < built.rows().size(); ++r) {
        QCOMPARE(grown.rows().at(r).top, built.rows().at(r).top);
        QCOMPARE(grown.rows().at(r).label.size(), built.rows().at(r).label.size());
        QCOMPARE(grown.rows().at(r).time.origin, built.rows().at(r).time.origin);
    }
}

void TestSequenceLayout::buildInSlices()
{
    EventLog log;
    TimelineModel model(&log);
    model.setShowPhases(true);
    const int c = party(log, QStringLiteral("initiating"), QStringLiteral("a.example"),
                        QStringLiteral("b.example"));
    rounds(log, c, QStringLiteral("a.example"), QStringLiteral("b.example"), 10);
    // The widest time in the middle, neither first nor last: found on the way, once.
    record(log, c, EventKind::Phase, Direction::Local, 12345678.9,
           {{QStringLiteral("name"), QStringLiteral("closed")}});
    rounds(log, c, QStringLiteral("a.example"), QStringLiteral("b.example"), 10);
    model.flush();
    const FixedMetrics metrics;
    SequenceLayout built(metrics);
    QVERIFY(built.build(model)); // no budget: every row
    QCOMPARE(built.rows().size(), model.rowCount());
    // A budget spent at once: a slice of rows, the rest by append(), the same in the end.
    SequenceLayout sliced(metrics);
    QVERIFY(!sliced.build(model, 0));
    QVERIFY(sliced.rows().size() < model.rowCount());
    int calls = 0;
    while (!sliced.append(model, 0))
        QVERIFY(++calls < 1000);
    QCOMPARE(sliced.rows().size(), built.rows().size());
    QCOMPARE(sliced.timeWidth(), built.timeWidth());
    QCOMPARE(sliced.size(), built.size());
    for (int r = 0; r < built.rows().size(); ++r)
        QCOMPARE(sliced.rows().at(r).top, built.rows().at(r).top);
}

void TestSequenceLayout::rowsLaidOutAgainAreTheSame()
{
    // A row keeps only its top; its text and boxes are laid out again when read, and the last
    // rows read are kept. More rows than are kept, read twice, give the same geometry.
    EventLog log;
    TimelineModel model(&log);
    const int c = party(log, QStringLiteral("initiating"), QStringLiteral("a.example"),
                        QStringLiteral("b.example"));
    rounds(log, c, QStringLiteral("a.example"), QStringLiteral("b.example"), 300);
    model.flush();
    const FixedMetrics metrics;
    SequenceLayout layout(metrics);
    layout.build(model);
    QVERIFY(layout.rows().size() > 1000);
    QVector<SequenceLayout::Row> first;
    for (const SequenceLayout::Row &row : layout.rows())
        first.append(row);
    QCOMPARE(first.size(), layout.rows().size());
    for (int r = int(first.size()) - 1; r >= 0; --r) {
        const SequenceLayout::Row again = layout.row(r);
        QCOMPARE(again.top, first.at(r).top);
        QCOMPARE(again.height, first.at(r).height);
        QCOMPARE(again.box, first.at(r).box);
        QCOMPARE(again.lineY, first.at(r).lineY);
        QCOMPARE(again.fullLabel, first.at(r).fullLabel);
        QCOMPARE(again.label.size(), first.at(r).label.size());
        QCOMPARE(again.label.constFirst().text, first.at(r).label.constFirst().text);
        QCOMPARE(again.time.text, first.at(r).time.text);
        QCOMPARE(layout.rowTop(r), again.top);
        QCOMPARE(layout.rowBottom(r), again.bottom());
        QCOMPARE(layout.rowAt(again.top + again.height / 2), r);
    }
    QVERIFY(layout.size().height() > first.constLast().bottom());
}

void TestSequenceLayout::noLabelElidedThatFits_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<int>("maxLines");
    QTest::newRow("100 %") << 1.0 << 6;
    QTest::newRow("50 %") << 0.5 << 6;
    QTest::newRow("200 %") << 2.0 << 6;
    QTest::newRow("one line") << 1.0 << 1;
}

void TestSequenceLayout::noLabelElidedThatFits()
{
    QFETCH(double, zoom);
    QFETCH(int, maxLines);
    EventLog log;
    TimelineModel model(&log);
    model.setShowPhases(true);
    runLab(&log);
    // A label no width holds in a few lines, beside the lab's.
    const int c = party(log, QStringLiteral("initiating"), QStringLiteral("a.example"),
                        QStringLiteral("b.example"));
    const QString message =
        QStringLiteral("the peer said: ") + QStringLiteral("nothing of use ").repeated(60);
    record(log, c, EventKind::Error, Direction::Local, 1e4, {{QStringLiteral("message"), message}});
    model.flush();
    // The layout as a view zoomed to `zoom` makes it: font and lengths scaled together.
    const FixedMetrics metrics(zoom);
    SequenceStyle style;
    style.laneWidth *= zoom;
    style.maxLaneWidth *= zoom;
    style.labelWidth *= zoom;
    style.maxLabelLines = maxLines;
    SequenceLayout layout(metrics, style);
    layout.build(model);
    const double room = layout.size().width() - layout.timeWidth();
    int shortened = 0;
    for (const SequenceLayout::Row &row : layout.rows()) {
        // What the label needs at the width it had: if that is no more than the lines it may
        // take, it is shown whole.
        const int needs = int(metrics.wrapped(row.fullLabel, row.labelWidth, 100000).size());
        QVERIFY(row.labelWidth > 0 && row.labelWidth <= room);
        if (needs <= maxLines) {
            QVERIFY2(!row.shortened, qPrintable(row.fullLabel));
            QCOMPARE(withoutSpaces(joined(row.label)), withoutSpaces(row.fullLabel));
            QVERIFY(!joined(row.label).contains(QStringLiteral("…")));
        } else {
            ++shortened;
            QVERIFY(row.shortened);
            QCOMPARE(row.label.size(), maxLines);
            // It had all the width a label may take (less a pill's round ends, the margins).
            QVERIFY(row.labelWidth >= qMin(style.labelWidth, room) - 3 * metrics.height());
        }
    }
    if (maxLines == 6)
        QCOMPARE(shortened, 1); // only the long error
    else
        QVERIFY(shortened > 1); // the stream headers too
}

void TestSequenceLayout::longNamesFitTheSvg()
{
    EventLog log;
    TimelineModel model(&log);
    const QString local = QStringLiteral("inspector.test");
    const QString remote =
        QStringLiteral("a-rather-long-federated-server-name.subdomain.example.org");
    const QString huge = QStringLiteral("x").repeated(120) + QStringLiteral(".example");
    rounds(log, party(log, QStringLiteral("initiating"), local, remote), local, remote, 2);
    rounds(log, party(log, QStringLiteral("receiving"), local, huge), local, huge, 1);
    model.flush();
    QCOMPARE(model.lanes().size(), 4);
    // Every text of the SVG inside the drawing, by the font's own advance.
    const QByteArray svg = SequenceSvg::document(model);
    QXmlStreamReader reader(svg);
    double width = 0;
    int texts = 0;
    QString all, titles;
    bool inRows = false; // the lanes' titles come first, then a <g> per row
    const double advance = SequenceSvg::FontSize * 1233.0 / 2048.0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        inRows = inRows || reader.name() == QLatin1String("g");
        if (reader.name() == QLatin1String("svg")) {
            QCOMPARE(a.value(QLatin1String("font-family")),
                     QLatin1String("DejaVu Sans Mono, monospace"));
            width = a.value(QLatin1String("width")).toDouble();
        } else if (reader.name() == QLatin1String("text")) {
            const double x = a.value(QLatin1String("x")).toDouble();
            const QString anchor = a.value(QLatin1String("text-anchor")).toString();
            const QString content = reader.readElementText();
            const double w = MonospaceMetrics::cells(content) * advance;
            const double left = anchor == QLatin1String("middle") ? x - w / 2
                                : anchor == QLatin1String("end")  ? x - w
                                                                  : x;
            QVERIFY2(left >= 0 && left + w <= width, qPrintable(content));
            all += content;
            if (!inRows)
                titles += content;
            ++texts;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(texts > 20);
    // Lane names whole, however long (wrapped, never elided), each lane named by its domain
    // and its role; no label elided either.
    QVERIFY(svg.contains("a-rather-long-federated-server-name.subdomain.example.org"));
    QVERIFY2(titles.contains(huge), qPrintable(titles));
    QVERIFY2(!all.contains(QStringLiteral("…")), qPrintable(all));
    QCOMPARE(titles.count(QStringLiteral("remote server")), 2);
    QCOMPARE(titles.count(QStringLiteral("originating")), 1);
    QCOMPARE(titles.count(QStringLiteral("receiving")), 1);
    QCOMPARE(titles.count(local), 2);
}

QTEST_GUILESS_MAIN(TestSequenceLayout)
#include "tst_sequencelayout.moc"
