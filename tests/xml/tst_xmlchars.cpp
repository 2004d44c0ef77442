// SPDX-License-Identifier: GPL-3.0-or-later
// The characters the stream parser allows in names, attribute values and text (XML 1.0 §2.2
// Char, §2.3 names as the fourth edition's Appendix B has them), wherever a read ends.
#include "xml/streamparser.h"
#include "xml/xmlchars.h"

#include <QTest>

using namespace Inspector;

namespace {

const QByteArray Head = "<stream:stream xmlns='jabber:server' "
                        "xmlns:stream='http://etherx.jabber.org/streams'>";

struct Result
{
    QVector<ElementPtr> elements;
    QList<ParseError> errors;
};

Result parse(const QList<QByteArray> &reads)
{
    StreamParser parser;
    Result r;
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&r](const ElementPtr &e, const QByteArray &, qint64) { r.elements << e; });
    QObject::connect(&parser, &StreamParser::parseError, &parser,
                     [&r](const ParseError &e) { r.errors << e; });
    for (const QByteArray &read : reads)
        parser.feed(read);
    return r;
}

// The characters that are not XML 1.0 Char (§2.2), anywhere.
void addNonChars(const char *where, const QByteArray &before, const QByteArray &after,
                 bool nameOffset)
{
    const struct
    {
        const char *name;
        QByteArray bytes;
    } chars[] = {
        {"nul", QByteArray("\0", 1)}, {"u0001", "\x01"},         {"u001f", "\x1f"},
        {"ufffe", "\xef\xbf\xbe"},    {"uffff", "\xef\xbf\xbf"},
    };
    for (const auto &c : chars) {
        QTest::addRow("%s-%s", where, c.name)
            << Head + before + c.bytes + after
            << (nameOffset ? qint64(Head.size() + before.size()) : qint64(-1));
    }
}

// Characters that are Char but not a name's, in the fourth edition (the first three are in
// the fifth edition's name ranges), in the middle of a name and at its start.
void addNonNameChars(const char *where, const QByteArray &before, const QByteArray &after,
                     bool nameOffset)
{
    addNonChars(where, before, after, nameOffset);
    const struct
    {
        const char *name;
        QByteArray bytes;
    } chars[] = {
        {"undertie-u203f", "\xe2\x80\xbf"},   {"cjk-ext-a-u3400", "\xe3\x90\x80"},
        {"emoji-u1f600", "\xf0\x9f\x98\x80"}, {"del-u007f", "\x7f"},
        {"nbsp-u00a0", "\xc2\xa0"},
    };
    for (const auto &c : chars) {
        QTest::addRow("%s-%s", where, c.name)
            << Head + before + c.bytes + after
            << (nameOffset ? qint64(Head.size() + before.size()) : qint64(-1));
    }
}

} // namespace

class TestXmlChars : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedHoweverSplit_data();
    void refusedHoweverSplit();
    void fourthEditionNamesAccepted_data();
    void fourthEditionNamesAccepted();
    void nameSeenFirstAsValue();
    void namesCheckedWhenTheTableIsFull();
    void nameTables();
    void repeatedDeclarations_data();
    void repeatedDeclarations();
};

void TestXmlChars::refusedHoweverSplit_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("offset"); // of the offending character, -1: the reader's
    addNonNameChars("element-name", "<mes", "sage/>", false);
    addNonNameChars("attribute-name", "<message a", "b='x'/>", true);
    addNonNameChars("nested-attribute-name", "<message><body a", "b='x'/></message>", true);
    addNonNameChars("prefixed-attribute-name", "<message xmlns:p='urn:p' p:a", "b='x'/>", true);
    addNonNameChars("declared-prefix", "<message xmlns:p", "q='urn:p'/>", true);
    addNonChars("attribute-value", "<message a='x", "'/>", false);
    addNonChars("text", "<message><body>x", "</body></message>", false);
    // Character references are checked against Char the same way (§4.1 WFC: Legal Character).
    QTest::newRow("text-reference-u0001")
        << Head + "<message><body>&#1;</body></message>" << qint64(-1);
    QTest::newRow("value-reference-ufffe") << Head + "<message a='&#xFFFE;'/>" << qint64(-1);
    // Not a name's first character, though a later one's (Digit, CombiningChar, Extender).
    QTest::newRow("attribute-name-first-middle-dot") << Head + "<message \xc2\xb7"
                                                               "a='x'/>"
                                                     << qint64(Head.size() + 9);
    QTest::newRow("attribute-name-first-combining") << Head + "<message \xcc\x80"
                                                              "a='x'/>"
                                                    << qint64(Head.size() + 9);
    QTest::newRow("declared-prefix-first-arabic-digit")
        << Head + "<message xmlns:\xd9\xa0='urn:p'/>" << qint64(Head.size() + 15);
    // In the stream header, whose attributes are read on their own path.
    const QByteArray header = "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' ";
    QTest::newRow("header-attribute-name-u0001")
        << header + "fr\x01om='a.example'>" << qint64(header.size() + 2);
    QTest::newRow("header-declared-prefix-ufffe") << header + "xmlns:d\xef\xbf\xbe"
                                                              "b='jabber:server:dialback'>"
                                                  << qint64(header.size() + 7);
}

void TestXmlChars::refusedHoweverSplit()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, offset);
    const Result whole = parse({data});
    QCOMPARE(whole.errors.size(), 1);
    const ParseError &e = whole.errors.first();
    QCOMPARE(e.kind, ParseError::Kind::NotWellFormed);
    QVERIFY(whole.elements.isEmpty());
    if (offset >= 0) {
        QCOMPARE(e.offset, offset);
        QVERIFY2(e.message.english().contains(QLatin1String("U+")),
                 qPrintable(e.message.english()));
    }
    for (int split = 1; split < data.size(); ++split) {
        const Result r = parse({data.left(split), data.mid(split)});
        QVERIFY2(r.errors.size() == 1, qPrintable(QStringLiteral("split at %1").arg(split)));
        QCOMPARE(r.errors.first().kind, ParseError::Kind::NotWellFormed);
        QCOMPARE(r.errors.first().message.english(), e.message.english());
        QCOMPARE(r.errors.first().offset, e.offset);
        QVERIFY(r.elements.isEmpty());
    }
}

void TestXmlChars::fourthEditionNamesAccepted_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("attribute");
    QTest::newRow("latin") << QByteArray("<m\xc3\xa9ssage \xc3\xa9t\xc3\xa9='x'/>")
                           << QStringLiteral(u"méssage") << QStringLiteral(u"été");
    QTest::newRow("greek-cyrillic")
        << QByteArray("<\xce\xb1 \xd0\xb6='x'/>") << QStringLiteral(u"α") << QStringLiteral(u"ж");
    QTest::newRow("ideographic") << QByteArray("<\xe4\xb8\x80 \xe3\x80\x87\xe4\xb8\x80='x'/>")
                                 << QStringLiteral(u"一") << QStringLiteral(u"〇一");
    QTest::newRow("hangul") << QByteArray("<a \xea\xb0\x80='x'/>") << QStringLiteral(u"a")
                            << QStringLiteral(u"가");
    // Later characters only: a middle dot (Extender), a combining grave (CombiningChar), an
    // Arabic-Indic digit (Digit), '.', '-'.
    QTest::newRow("later-only") << QByteArray("<a\xc2\xb7 b\xcc\x80\xd9\xa0.-_='x'/>")
                                << QStringLiteral(u"a·") << QStringLiteral(u"b\u0300\u0660.-_");
    QTest::newRow("prefixed") << QByteArray("<a xmlns:\xc3\xbc='urn:u' \xc3\xbc:b\xc3\xa9='x'/>")
                              << QStringLiteral(u"a") << QStringLiteral(u"bé");
}

void TestXmlChars::fourthEditionNamesAccepted()
{
    QFETCH(QByteArray, element);
    QFETCH(QString, name);
    QFETCH(QString, attribute);
    const QByteArray data = Head + element;
    for (int split = 0; split < data.size(); ++split) {
        const Result r = split == 0 ? parse({data}) : parse({data.left(split), data.mid(split)});
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message.english()));
        QCOMPARE(r.elements.size(), 1);
        QCOMPARE(r.elements.first()->name(), name);
        QCOMPARE(r.elements.first()->attributes().size(), 1);
        QCOMPARE(r.elements.first()->attributes().first().name, attribute);
    }
}

void TestXmlChars::nameSeenFirstAsValue()
{
    // Shared texts are checked as names when first used as one, not when first seen: a value
    // that is a name passes, one that is not (a middle dot may not start a name) is refused.
    const Result good = parse({Head + "<m a='bc'/><m bc='1'/>"});
    QVERIFY(good.errors.isEmpty());
    QCOMPARE(good.elements.size(), 2);
    const Result bad = parse({Head + "<m a='\xc2\xb7x'/><m><n \xc2\xb7x='1'/></m>"});
    QCOMPARE(bad.elements.size(), 1);
    QCOMPARE(bad.errors.size(), 1);
    QCOMPARE(bad.errors.first().offset, qint64(Head.size() + 18));
    // Twice in a row: the second is found among the recent entries, not in the table.
    const Result again = parse({Head + "<m a='\xc2\xb7x'/><m a='\xc2\xb7x'/><m \xc2\xb7x='1'/>"});
    QCOMPARE(again.elements.size(), 2);
    QCOMPARE(again.errors.size(), 1);
}

void TestXmlChars::namesCheckedWhenTheTableIsFull()
{
    // Once the shared table stops growing, names are checked each time instead.
    QByteArray many;
    for (int i = 0; i < StreamParser::MaxInterned + 10; ++i)
        many += "<x a" + QByteArray::number(i) + "='1'/>";
    const Result r = parse({Head + many + "<x a\x01='1'/>"});
    QCOMPARE(r.elements.size(), StreamParser::MaxInterned + 10);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().offset, qint64(Head.size() + many.size() + 4));
}

void TestXmlChars::nameTables()
{
    using namespace XmlChars;
    // Appendix B's edges: BaseChar, Ideographic, CombiningChar, Digit, Extender.
    QVERIFY(isNameStartChar(U'A') && isNameStartChar(U'_') && !isNameStartChar(U':'));
    QVERIFY(isNameStartChar(0xC0) && !isNameStartChar(0xD7) && isNameStartChar(0xD8));
    QVERIFY(isNameStartChar(0x4E00) && isNameStartChar(0x9FA5) && !isNameStartChar(0x9FA6));
    QVERIFY(isNameStartChar(0x3007) && isNameStartChar(0xAC00) && isNameStartChar(0xD7A3));
    QVERIFY(!isNameStartChar(0x0300) && isNameChar(0x0300) && isNameChar(0x0345));
    QVERIFY(!isNameStartChar(0x0660) && isNameChar(0x0660) && isNameChar(0x0669));
    QVERIFY(!isNameStartChar(0x00B7) && isNameChar(0x00B7) && isNameChar(0x30FE));
    QVERIFY(!isNameChar(0x203F) && !isNameChar(0x2070) && !isNameChar(0xF900));
    QVERIFY(!isNameChar(0x10000) && !isNameChar(0x1F600) && !isNameChar(0xFFFE));
    QCOMPARE(firstNonNameChar(u"abc"), -1);
    QCOMPARE(firstNonNameChar(u""), 0);
    QCOMPARE(firstNonNameChar(u"-a"), 0);
    QCOMPARE(firstNonNameChar(u"a\U0001F600"), 1);
}

void TestXmlChars::repeatedDeclarations_data()
{
    // Found by fuzz_differential: the reader let a namespace declaration repeat in a start tag
    // (XML 1.0 §3.1, Unique Att Spec), expat does not.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("offset"); // of the second one
    const QByteArray header = "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' ";
    QTest::newRow("header-prefixed")
        << header + "xmlns:stream='http://etherx.jabber.org/streams'>" << qint64(header.size());
    QTest::newRow("header-default")
        << header + "xmlns='jabber:server' xmlns='jabber:client'>" << qint64(header.size() + 22);
    QTest::newRow("stanza-prefixed")
        << Head + "<message xmlns:a='urn:a' xmlns:a='urn:a'/>" << qint64(Head.size() + 25);
    QTest::newRow("nested-default") << Head + "<message><x xmlns='urn:a'\txmlns='urn:b'/></message>"
                                    << qint64(Head.size() + 26);
}

void TestXmlChars::repeatedDeclarations()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, offset);
    for (int split = 0; split < data.size(); ++split) {
        const Result r = split == 0 ? parse({data}) : parse({data.left(split), data.mid(split)});
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().kind, ParseError::Kind::NotWellFormed);
        QCOMPARE(r.errors.first().offset, offset);
        QVERIFY(r.errors.first().message.english().contains(u"§3.1"));
        QVERIFY(r.elements.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestXmlChars)
#include "tst_xmlchars.moc"
