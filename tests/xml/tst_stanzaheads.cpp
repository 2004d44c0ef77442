// SPDX-License-Identifier: GPL-3.0-or-later
// Stanza trees on demand: a stanza the parser's tree filter declines is reported with its start
// tag only, yet checked exactly as one with its tree; and the filter a live connection uses.
#include "session/streamconnection.h"
#include "trace/eventlog.h"
#include "xml/streamparser.h"

#include <QTest>

using namespace Inspector;

namespace {

/// What a parser reported, as comparable lines, with or without a tree filter.
struct Run
{
    QStringList events;
    QByteArray raw;    // every reported byte, in order
    QStringList asked; // the start tags the filter was asked about
    QVector<ElementPtr> heads;
    QVector<ElementPtr> trees;

    Run(const QByteArray &data, int chunk, const StreamParser::TreeFilter &filter = {})
    {
        StreamParser parser;
        if (filter) {
            parser.setTreeFilter([&](const Element &head) {
                asked << head.name();
                return filter(head);
            });
        }
        QObject::connect(&parser, &StreamParser::streamOpened, &parser,
                         [&](const StreamHeader &, const QByteArray &bytes, qint64 at) {
                             events << QStringLiteral("open @%1").arg(at);
                             raw += bytes;
                         });
        QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                         [&](const ElementPtr &e, const QByteArray &bytes, qint64 at) {
                             events << QStringLiteral("element %1 @%2").arg(e->name()).arg(at);
                             raw += bytes;
                             trees << e;
                         });
        QObject::connect(&parser, &StreamParser::stanzaHeadReceived, &parser,
                         [&](const ElementPtr &e, const QByteArray &bytes, qint64 at) {
                             // Listed as an element: what differs is only whether it has a tree.
                             events << QStringLiteral("element %1 @%2").arg(e->name()).arg(at);
                             raw += bytes;
                             heads << e;
                         });
        QObject::connect(&parser, &StreamParser::whitespaceReceived, &parser,
                         [&](const QByteArray &bytes, qint64) { raw += bytes; });
        QObject::connect(&parser, &StreamParser::streamClosed, &parser,
                         [&](const QByteArray &bytes, qint64 at) {
                             events << QStringLiteral("close @%1").arg(at);
                             raw += bytes;
                         });
        QObject::connect(&parser, &StreamParser::parseError, &parser, [&](const ParseError &e) {
            events << QStringLiteral("error %1 @%2 %3")
                          .arg(e.condition())
                          .arg(e.offset)
                          .arg(e.message.english());
        });
        for (qsizetype i = 0; i < data.size(); i += chunk)
            parser.feed(data.mid(i, chunk));
    }
};

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                          "xmlns:stream='http://etherx.jabber.org/streams' "
                          "xmlns:db='jabber:server:dialback' from='a.example' to='b.example' "
                          "version='1.0'>";

const QByteArray Mixed =
    Header +
    "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>"
    "<db:result from='a.example' to='b.example'>abc</db:result> "
    "<message from='alice@a.example/x' to='bob@b.example' type='chat' id='m1'><body>h\xc3\xa9llo "
    "&amp; <![CDATA[<raw>]]></body><x xmlns='urn:example' a='1'><y/>text</x></message>"
    "<iq type='get' from='a.example' to='b.example' id='p1'><ping xmlns='urn:xmpp:ping'/></iq>"
    "<presence from='carol@a.example/l'><show>away</show></presence>\n"
    "<iq type='result' from='a.example' to='b.example' id='d1'><query "
    "xmlns='http://jabber.org/protocol/disco#info'><feature var='urn:xmpp:ping'/></query></iq>"
    "<message type='error' from='b.example' to='a.example'><error type='cancel'><item-not-found "
    "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"
    "</stream:stream>";

bool onlyIqGet(const Element &head)
{
    return head.attribute(u"type") == QLatin1String("get");
}

} // namespace

class TestStanzaHeads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headsAtEverySplit();
    void protocolElementsAlwaysHaveTrees();
    void declinedStanzasAreCheckedAlike_data();
    void declinedStanzasAreCheckedAlike();
    void liveConnectionFilter();
    void treeParsedAgainFromTheBytes();
};

void TestStanzaHeads::headsAtEverySplit()
{
    const Run whole(Mixed, int(Mixed.size()));
    for (int chunk = 1; chunk <= 64; ++chunk) {
        const Run r(Mixed, chunk, onlyIqGet);
        QCOMPARE(r.events, whole.events);
        QCOMPARE(r.raw, Mixed);      // every byte reported, a declined stanza's included
        QCOMPARE(r.heads.size(), 4); // every stanza but the request
        QCOMPARE(r.trees.size(), 3); // features, db:result, the iq get
    }
    const Run r(Mixed, 7, onlyIqGet);
    // A head is the start tag: its name, namespace and attributes; no children, no text.
    const Element &message = *r.heads.at(0);
    QVERIFY(message.is(u"jabber:server", u"message"));
    QCOMPARE(message.attribute(u"from"), QStringLiteral("alice@a.example/x"));
    QCOMPARE(message.attribute(u"id"), QStringLiteral("m1"));
    QVERIFY(message.children().isEmpty());
    QVERIFY(message.text().isEmpty());
    // The request got its whole tree.
    QVERIFY(r.trees.at(2)->firstChild(u"urn:xmpp:ping", u"ping"));
}

void TestStanzaHeads::protocolElementsAlwaysHaveTrees()
{
    const Run r(Mixed, 5, [](const Element &) { return false; });
    // Asked about the five stanzas only, never about features or dialback.
    QCOMPARE(r.asked, QStringList({QStringLiteral("message"), QStringLiteral("iq"),
                                   QStringLiteral("presence"), QStringLiteral("iq"),
                                   QStringLiteral("message")}));
    QCOMPARE(r.trees.size(), 2);
    QVERIFY(r.trees.at(0)->firstChild(u"urn:xmpp:features:dialback", u"dialback"));
    QCOMPARE(r.trees.at(1)->text(), QStringLiteral("abc"));
}

void TestStanzaHeads::declinedStanzasAreCheckedAlike_data()
{
    QTest::addColumn<QByteArray>("stanza");
    QTest::addColumn<QString>("condition");
    QTest::newRow("attribute name not a name") << QByteArray("<message><body \xc2\xb7"
                                                             "a='1'>x</body></message>")
                                               << QStringLiteral("not-well-formed");
    QTest::newRow("prefix declared not a name")
        << QByteArray("<message><x xmlns:\xc2\xb7p='urn:x'/></message>")
        << QStringLiteral("not-well-formed");
    QTest::newRow("declaration twice")
        << QByteArray("<message><x xmlns:p='urn:x' xmlns:p='urn:y'/></message>")
        << QStringLiteral("not-well-formed");
    QTest::newRow("undeclared prefix")
        << QByteArray("<message><p:x/></message>") << QStringLiteral("not-well-formed");
    QTest::newRow("entity") << QByteArray("<message><body>&nbsp;</body></message>")
                            << QStringLiteral("restricted-xml");
    QTest::newRow("comment") << QByteArray("<presence><!-- c --></presence>")
                             << QStringLiteral("restricted-xml");
    QTest::newRow("mismatched end")
        << QByteArray("<message><body></bod></message>") << QStringLiteral("not-well-formed");
    QByteArray deep = "<message>";
    for (int i = 0; i < 70; ++i)
        deep += "<a>";
    QTest::newRow("too deep") << deep << QStringLiteral("policy-violation");
    QByteArray many = "<presence><x";
    for (int i = 0; i < 130; ++i)
        many += " a" + QByteArray::number(i) + "='1'";
    QTest::newRow("too many attributes")
        << many + "/></presence>" << QStringLiteral("policy-violation");
    QTest::newRow("too large") << "<message><body>" + QByteArray(600 * 1024, 'x') +
                                      "</body></message>"
                               << QStringLiteral("policy-violation");
    QTest::newRow("invalid UTF-8")
        << QByteArray("<message><body>\xff</body></message>") << QStringLiteral("not-well-formed");
}

void TestStanzaHeads::declinedStanzasAreCheckedAlike()
{
    QFETCH(QByteArray, stanza);
    QFETCH(QString, condition);
    const QByteArray data = Header + "<iq type='get' id='1'/>" + stanza + "<iq type='get'/>";
    for (const int chunk : {1, 3, 64, int(data.size())}) {
        if (chunk < 64 && data.size() > 100000)
            continue; // the large one byte by byte takes long and shows nothing more
        const Run trees(data, chunk);
        const Run heads(data, chunk, [](const Element &) { return false; });
        QVERIFY2(trees.events.last().startsWith(QStringLiteral("error ") + condition),
                 qPrintable(trees.events.last()));
        // The same fault at the same byte, with the same words, tree or no tree.
        QCOMPARE(heads.events, trees.events);
    }
}

void TestStanzaHeads::liveConnectionFilter()
{
    EventLog log;
    const auto head = [](const char *name, const char *type, const char *id = "x") {
        Element e(QStringLiteral("jabber:client"), QString::fromLatin1(name));
        if (*type)
            e.setAttribute(QStringLiteral("type"), QString::fromLatin1(type));
        e.setAttribute(QStringLiteral("id"), QString::fromLatin1(id));
        return e;
    };
    QVERIFY(!StreamConnection::needsTree(head("message", "chat"), log));
    QVERIFY(!StreamConnection::needsTree(head("presence", ""), log));
    // An error is read for its condition; a request is answered.
    QVERIFY(StreamConnection::needsTree(head("message", "error"), log));
    QVERIFY(StreamConnection::needsTree(head("presence", "error"), log));
    QVERIFY(StreamConnection::needsTree(head("iq", "get"), log));
    QVERIFY(StreamConnection::needsTree(head("iq", "set"), log));
    // A reply: only to a request of ours, whichever connection of the log sent it.
    QVERIFY(!StreamConnection::needsTree(head("iq", "result", "ping-1"), log));
    log.awaitReply(QStringLiteral("ping-1"));
    QVERIFY(StreamConnection::needsTree(head("iq", "result", "ping-1"), log));
    QVERIFY(StreamConnection::needsTree(head("iq", "error", "ping-1"), log));
    QVERIFY(!StreamConnection::needsTree(head("iq", "result", "ping-2"), log));
    // Past the bound, every reply is read whole rather than one of ours missed.
    for (int i = 0; i < EventLog::MaxAwaited; ++i)
        log.awaitReply(QStringLiteral("q-%1").arg(i));
    QVERIFY(StreamConnection::needsTree(head("iq", "result", "anything"), log));
}

void TestStanzaHeads::treeParsedAgainFromTheBytes()
{
    // A stanza recorded without its tree (as a live connection records a message) gives its
    // whole tree when a pane asks the log.
    EventLog log;
    StreamParser parser;
    parser.setTreeFilter([](const Element &) { return false; });
    const auto record = [&](EventKind kind, const QByteArray &raw) {
        Event e;
        e.kind = kind;
        e.direction = Direction::Inbound;
        e.connection = 1;
        e.raw = raw;
        log.append(std::move(e));
    };
    QObject::connect(&parser, &StreamParser::streamOpened, &parser,
                     [&](const StreamHeader &, const QByteArray &raw, qint64) {
                         record(EventKind::StreamHeader, raw);
                     });
    QObject::connect(&parser, &StreamParser::stanzaHeadReceived, &parser,
                     [&](const ElementPtr &, const QByteArray &raw, qint64) {
                         record(EventKind::Element, raw);
                     });
    parser.feed(Mixed);
    int message = -1;
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).raw.startsWith("<message from"))
            message = i;
    }
    QVERIFY(message > 0);
    QVERIFY(!log.holdsTree(message));
    const ElementPtr tree = log.element(message);
    QVERIFY(tree);
    QCOMPARE(tree->firstChild(u"jabber:server", u"body")->text(),
             QString::fromUtf8("h\xc3\xa9llo & <raw>"));
    QCOMPARE(tree->firstChild(u"urn:example", u"x")->attribute(u"a"), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestStanzaHeads)
#include "tst_stanzaheads.moc"
