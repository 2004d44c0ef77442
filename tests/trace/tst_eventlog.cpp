// SPDX-License-Identifier: GPL-3.0-or-later
// The event log keeps the trees of its newest events and of every protocol element; older
// stanzas keep their bytes only and are parsed again, in their own stream's namespaces, on
// request.
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "xml/namespaces.h"
#include "xml/streamparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Inspector;

namespace {

/// Records what a StreamParser reads from `bytes` into `log`, as a live connection does.
void record(EventLog *log, int connection, Direction direction, const QByteArray &bytes)
{
    StreamParser parser;
    const auto add = [&](EventKind kind, const QByteArray &raw, const ElementPtr &element) {
        Event e;
        e.kind = kind;
        e.connection = connection;
        e.direction = direction;
        e.raw = raw;
        e.element = element;
        log->append(std::move(e));
    };
    QObject::connect(&parser, &StreamParser::streamOpened, &parser,
                     [&](const StreamHeader &, const QByteArray &raw, qint64) {
                         add(EventKind::StreamHeader, raw, {});
                     });
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&](const ElementPtr &element, const QByteArray &raw, qint64) {
                         add(EventKind::Element, raw, element);
                     });
    parser.feed(bytes);
    QVERIFY(!parser.hasFailed());
}

QByteArray header(const QByteArray &declarations)
{
    return "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' " +
           declarations + " from='a.example' to='b.example' id='s1' version='1.0'>";
}

QByteArray message(int n)
{
    return "<message from='alice@a.example/phone' to='bob@b.example' type='chat' id='m" +
           QByteArray::number(n) + "'><body>Hello \xc3\xa9t\xc3\xa9 &amp; &lt;more&gt; " +
           QByteArray::number(n) +
           "</body><x xmlns='jabber:x:data' type='form'><field var='a'/></x></message>";
}

/// An inbound stanza on connection 1, recorded with the bytes given and a tree of its name.
Event stanza(const QByteArray &raw, const QString &name)
{
    Event e;
    e.kind = EventKind::Element;
    e.connection = 1;
    e.direction = Direction::Inbound;
    e.raw = raw;
    e.element = std::make_shared<Element>(Ns::Server, name);
    return e;
}

/// Enough later events that everything before them is out of the window.
void ageOut(EventLog *log)
{
    for (int n = 0; n < EventLog::TreeWindow; ++n) {
        Event note;
        note.kind = EventKind::Note;
        log->append(std::move(note));
    }
}

QList<int> elementsOf(const EventLog &log, int connection)
{
    QList<int> out;
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).kind == EventKind::Element && log.at(i).connection == connection)
            out << i;
    }
    return out;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oldStanzasAreParsedAgain();
    void eachStreamKeepsItsNamespaces();
    void bytesThatDoNotParseGiveNoTree();
    void truncateKeepsTheHeaders();
    void storeAcrossChunksSharedAndTruncated();
    void summaryCountsEveryStanzaAndListsTheFirst();
};

void TestEventLog::oldStanzasAreParsedAgain()
{
    EventLog log;
    QByteArray bytes = header("xmlns='jabber:client'") +
                       "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                       "</stream:features>";
    const int count = EventLog::TreeWindow + 200;
    for (int n = 0; n < count; ++n)
        bytes += message(n);
    // The trees as first parsed, to compare with those parsed again.
    QVector<QByteArray> expected;
    {
        StreamParser parser;
        QObject::connect(
            &parser, &StreamParser::elementReceived, &parser,
            [&](const ElementPtr &e, const QByteArray &, qint64) { expected << e->toXml(); });
        parser.feed(bytes);
    }
    record(&log, 1, Direction::Inbound, bytes);
    const QList<int> elements = elementsOf(log, 1);
    QCOMPARE(elements.size(), count + 1);
    QCOMPARE(expected.size(), count + 1);

    // The features keep their tree however old; stanzas only within the window.
    QVERIFY(log.holdsTree(elements.first()));
    QVERIFY(!log.holdsTree(elements.at(1)));
    QVERIFY(!log.holdsTree(elements.at(150)));
    QVERIFY(log.holdsTree(elements.last()));
    const int lastEvent = log.size() - 1;
    QVERIFY(log.holdsTree(lastEvent - EventLog::TreeWindow + 1));
    QVERIFY(!log.holdsTree(lastEvent - EventLog::TreeWindow));

    // Every tree, held or not, is the one first parsed: names, namespaces, attributes, text
    // with entities, nested elements in other namespaces. In order and in random order.
    for (int k = 0; k < elements.size(); ++k) {
        const ElementPtr tree = log.element(elements.at(k));
        QVERIFY2(tree, qPrintable(QString::number(k)));
        QCOMPARE(tree->toXml(), expected.at(k));
    }
    for (int k : {4000, 3, 150, 4200, 1, 2, 4001}) {
        const ElementPtr tree = log.element(elements.at(k));
        QVERIFY(tree);
        QVERIFY(tree->is(Ns::Client, u"message"));
        QCOMPARE(tree->toXml(), expected.at(k));
        QCOMPARE(tree->attribute(u"id"), QStringLiteral("m%1").arg(k - 1));
        QCOMPARE(tree->firstChild(Ns::Client, u"body")->text(),
                 QStringLiteral("Hello été & <more> %1").arg(k - 1));
    }
    // Other kinds have no tree.
    QVERIFY(!log.element(0));
    QVERIFY(!log.element(-1));
    QVERIFY(!log.element(log.size()));
}

void TestEventLog::eachStreamKeepsItsNamespaces()
{
    // Two connections, each restarted with different declarations, their events interleaved:
    // an old stanza must be parsed in the declarations of the header it came under, or its
    // prefixes are undeclared and it would not parse at all.
    EventLog log;
    record(&log, 1, Direction::Inbound,
           header("xmlns='jabber:server'") + "<iq type='get' id='first'/>");
    record(&log, 2, Direction::Inbound, header("xmlns='jabber:client'") + "<presence id='c2'/>");
    record(&log, 1, Direction::Outbound,
           header("xmlns='jabber:server'") + "<iq type='result' id='out'/>");
    record(&log, 1, Direction::Inbound,
           header("xmlns='urn:example:other' xmlns:s='jabber:server'") +
               "<s:message id='prefixed'><s:body>b</s:body></s:message>");
    ageOut(&log);
    const QList<int> one = elementsOf(log, 1), two = elementsOf(log, 2);
    QCOMPARE(one.size(), 3);
    QCOMPARE(two.size(), 1);
    for (int i : one + two)
        QVERIFY(!log.holdsTree(i));

    const ElementPtr first = log.element(one.at(0));
    QVERIFY(first && first->is(Ns::Server, u"iq"));
    QCOMPARE(first->attribute(u"id"), QStringLiteral("first"));
    const ElementPtr out = log.element(one.at(1));
    QVERIFY(out && out->is(Ns::Server, u"iq"));
    QCOMPARE(log.at(one.at(1)).direction, Direction::Outbound);
    const ElementPtr prefixed = log.element(one.at(2));
    QVERIFY(prefixed && prefixed->is(Ns::Server, u"message"));
    QCOMPARE(prefixed->prefix(), QStringLiteral("s"));
    QVERIFY(prefixed->firstChild(Ns::Server, u"body"));
    const ElementPtr client = log.element(two.at(0));
    QVERIFY(client && client->is(Ns::Client, u"presence"));
    // And back to the first header again.
    QCOMPARE(log.element(one.at(0))->namespaceUri(), Ns::Server);
}

void TestEventLog::bytesThatDoNotParseGiveNoTree()
{
    EventLog log;
    record(&log, 1, Direction::Inbound, header("xmlns='jabber:server'") + "<iq id='a'/>");
    const int good = log.size() - 1;
    // Not something a live connection records, but a transcript edited by hand could be.
    const int bad = log.append(stanza("<iq id='b'><unclosed></iq>", QStringLiteral("iq")));
    Event half = log.at(good);
    half.raw = "<iq id='c'>";
    const int unfinished = log.append(std::move(half));
    ageOut(&log);
    QVERIFY(!log.element(bad));
    QVERIFY(log.element(good));
    QVERIFY(!log.element(unfinished));
    QCOMPARE(log.element(good)->attribute(u"id"), QStringLiteral("a"));
}

void TestEventLog::truncateKeepsTheHeaders()
{
    EventLog log;
    record(&log, 1, Direction::Inbound, header("xmlns='jabber:server'") + "<iq id='a'/>");
    const int keep = log.size();
    record(&log, 1, Direction::Inbound, header("xmlns='jabber:client'") + "<iq id='b'/>");
    log.truncate(keep);
    QCOMPARE(log.size(), keep);
    // A stanza recorded after the cut, under no new header, is parsed in the first stream.
    const int after = log.append(stanza("<message id='after'/>", QStringLiteral("message")));
    ageOut(&log);
    QVERIFY(!log.holdsTree(after));
    const ElementPtr tree = log.element(after);
    QVERIFY(tree);
    QVERIFY(tree->is(Ns::Server, u"message"));
}

void TestEventLog::storeAcrossChunksSharedAndTruncated()
{
    // Events in more than two chunks, each telling its own index.
    const auto numbered = [](int n) {
        Event e;
        e.offset = n;
        e.raw = QByteArray::number(n);
        return e;
    };
    const int count = 2 * EventStore::ChunkSize + 3;
    EventStore store;
    for (int n = 0; n < count; ++n)
        store.append(numbered(n));
    QCOMPARE(store.size(), count);
    int seen = 0;
    for (const Event &e : store)
        QCOMPARE(e.offset, qint64(seen++));
    QCOMPARE(seen, count);
    for (const int n : {0, EventStore::ChunkSize - 1, EventStore::ChunkSize, count - 1})
        QCOMPARE(store.at(n).raw, QByteArray::number(n));
    // A copy shares the events: cutting and growing one leaves the other as it was.
    EventStore copy = store;
    copy.truncate(EventStore::ChunkSize + 1);
    QCOMPARE(copy.size(), EventStore::ChunkSize + 1);
    copy.append(numbered(-1));
    copy[0].offset = -2;
    QCOMPARE(copy.at(EventStore::ChunkSize + 1).offset, qint64(-1));
    QCOMPARE(store.at(EventStore::ChunkSize + 1).offset, qint64(EventStore::ChunkSize + 1));
    QCOMPARE(store.at(0).offset, qint64(0));
    QCOMPARE(store.size(), count);
    // Cut on a chunk's boundary, then to nothing, then filled again.
    copy.truncate(EventStore::ChunkSize);
    QCOMPARE(copy.at(EventStore::ChunkSize - 1).offset, qint64(EventStore::ChunkSize - 1));
    copy.append(numbered(7));
    QCOMPARE(copy.at(EventStore::ChunkSize).offset, qint64(7));
    copy.truncate(0);
    QVERIFY(copy.isEmpty());
    QVERIFY(copy.begin() == copy.end());
    copy.append(numbered(5));
    QCOMPARE(copy.size(), 1);
    QCOMPARE(copy.at(0).offset, qint64(5));
    // Growing moves no event stored in a full chunk, nor any when room was asked for.
    const Event *full = &store.at(1);
    for (int n = count; n < count + EventStore::ChunkSize; ++n)
        store.append(numbered(n));
    QCOMPARE(&store.at(1), full);
    EventStore grown;
    for (int n = 0; n <= EventStore::FirstChunkGrows; ++n)
        grown.append(numbered(n));
    const Event *early = &grown.at(0);
    for (int n = EventStore::FirstChunkGrows + 1; n < 2 * EventStore::ChunkSize; ++n)
        grown.append(numbered(n));
    QCOMPARE(&grown.at(0), early);
    EventStore reserved;
    reserved.reserve(3 * EventStore::ChunkSize);
    reserved.append(numbered(0));
    const Event *first = &reserved.at(0);
    for (int n = 1; n < 2 * EventStore::ChunkSize + 10; ++n)
        reserved.append(numbered(n));
    QCOMPARE(&reserved.at(0), first);
}

void TestEventLog::summaryCountsEveryStanzaAndListsTheFirst()
{
    EventLog log;
    Event start;
    start.kind = EventKind::SessionStarted;
    SessionStartedFact started;
    started.mode = QStringLiteral("listen");
    started.connection = 0;
    start.payload = started;
    log.append(std::move(start));
    const int stanzas = EventLog::TreeWindow + 1500;
    QByteArray bytes = header("xmlns='jabber:server'");
    for (int n = 0; n < stanzas; ++n)
        bytes +=
            "<message from='x@a.example' to='y@b.example' id='" + QByteArray::number(n) + "'/>";
    record(&log, 2, Direction::Inbound, bytes);
    const QJsonObject summary = Summary::build(log).toJson();
    QCOMPARE(summary.value(QStringLiteral("inboundStanzaCount")).toInt(), stanzas);
    const QJsonArray listed = summary.value(QStringLiteral("inboundStanzas")).toArray();
    QCOMPARE(listed.size(), 1000);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("0"));
    QCOMPARE(listed.last().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("999"));
    // Incrementally, a slice at a time, the same.
    Summary::Builder builder;
    while (!builder.update(log, 700)) {
    }
    QCOMPARE(builder.result(log).toJson(), summary);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
