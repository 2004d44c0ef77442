// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/eventfacts.h"
#include "text/phrase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace Inspector;

namespace {
/// Translates every text of the context "Ctx" into a marked form, as a loaded .qm would.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("Ctx"))
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestPhrase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void argumentsInOnePass();
    void pluralCount();
    void unknownPlaceholdersStay();
    void translatedOnlyWhenShown();
    void jsonRoundTrip();
    void hostileJson_data();
    void hostileJson();
    void renderingIsBounded();
    void noteData();
};

void TestPhrase::argumentsInOnePass()
{
    // As QString::arg(a, b): an argument's own "%2" is not replaced again.
    const Phrase p("Ctx", "%1 and %2", {QStringLiteral("%2"), QStringLiteral("x")});
    QCOMPARE(p.english(), QStringLiteral("%2 and x"));
    const Phrase order("Ctx", "%2 before %1", {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(order.english(), QStringLiteral("b before a"));
    const Phrase many("Ctx", "%1%2%3%4%5%6%7%8%9%10%11",
                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                       QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                       QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("i"),
                       QStringLiteral("j"), QStringLiteral("k")});
    QCOMPARE(many.english(), QStringLiteral("abcdefghijk"));
}

void TestPhrase::pluralCount()
{
    const Phrase p("Ctx", "%n file(s) in %1", {QStringLiteral("dir")}, 3);
    QCOMPARE(p.english(), QStringLiteral("3 file(s) in dir"));
    QCOMPARE(p.display(), QStringLiteral("3 file(s) in dir")); // no translator
}

void TestPhrase::unknownPlaceholdersStay()
{
    const Phrase p("Ctx", "100% of %1, %3 and %", {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(p.english(), QStringLiteral("100% of a, %3 and %"));
    QCOMPARE(Phrase(QStringLiteral("%1 stays")).english(), QStringLiteral("%1 stays"));
}

void TestPhrase::translatedOnlyWhenShown()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const Phrase inner("Ctx", "inner");
    const Phrase p("Ctx", "outer %1 %2 (%n)", {inner, QStringLiteral("literal")}, 2);
    QCOMPARE(p.english(), QStringLiteral("outer inner literal (2)"));
    QCOMPARE(p.display(), QStringLiteral("«outer «inner» literal (2)»"));
    // Another context, not translated by this translator, shows its source.
    QCOMPARE(Phrase("Other", "plain").display(), QStringLiteral("plain"));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QCOMPARE(p.display(), p.english());
}

void TestPhrase::jsonRoundTrip()
{
    const Phrase p("Ctx", "%1 → %2 (%n)", {QStringLiteral("a.test"), Phrase("Ctx", "nested")}, 4);
    const QJsonValue j = p.toJson();
    QVERIFY(j.isObject());
    QCOMPARE(Phrase::fromJson(j), p);
    QCOMPARE(Phrase::fromJson(j).english(), p.english());
    const Phrase literal(QStringLiteral("as it is"));
    QVERIFY(literal.toJson().isString());
    QCOMPARE(Phrase::fromJson(literal.toJson()), literal);
}

void TestPhrase::hostileJson_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("english");
    QTest::newRow("number") << QJsonValue(5) << QString();
    QTest::newRow("no-context") << QJsonValue(QJsonObject{{QStringLiteral("src"), 1}}) << QString();
    QTest::newRow("empty-context")
        << QJsonValue(QJsonObject{{QStringLiteral("ctx"), QString()},
                                  {QStringLiteral("src"), QStringLiteral("x")}})
        << QString();
    QTest::newRow("args-not-array")
        << QJsonValue(QJsonObject{{QStringLiteral("ctx"), QStringLiteral("C")},
                                  {QStringLiteral("src"), QStringLiteral("%1!")},
                                  {QStringLiteral("args"), QStringLiteral("x")}})
        << QStringLiteral("%1!");
    QTest::newRow("n-not-number") << QJsonValue(
                                         QJsonObject{{QStringLiteral("ctx"), QStringLiteral("C")},
                                                     {QStringLiteral("src"), QStringLiteral("%n")},
                                                     {QStringLiteral("n"), QStringLiteral("7")}})
                                  << QStringLiteral("%n");
    QTest::newRow("n-negative") << QJsonValue(
                                       QJsonObject{{QStringLiteral("ctx"), QStringLiteral("C")},
                                                   {QStringLiteral("src"), QStringLiteral("%n")},
                                                   {QStringLiteral("n"), -9}})
                                << QStringLiteral("%n");
    // Nesting beyond eight levels is not followed: the too deep argument is empty.
    QJsonValue deep = QStringLiteral("bottom");
    for (int i = 0; i < 40; ++i)
        deep = QJsonObject{{QStringLiteral("ctx"), QStringLiteral("C")},
                           {QStringLiteral("src"), QStringLiteral("(%1)")},
                           {QStringLiteral("args"), QJsonArray{deep}}};
    QTest::newRow("deep") << deep << QStringLiteral("(((((((())))))))");
}

void TestPhrase::renderingIsBounded()
{
    // Arguments repeat and nest: ten uses a level, eight levels, would be 10^8 copies.
    QJsonValue bomb = QString(1000, QLatin1Char('x'));
    for (int i = 0; i < 8; ++i)
        bomb = QJsonObject{{QStringLiteral("ctx"), QStringLiteral("C")},
                           {QStringLiteral("src"), QStringLiteral("%1").repeated(10)},
                           {QStringLiteral("args"), QJsonArray{bomb}}};
    const Phrase p = Phrase::fromJson(bomb);
    const QString english = p.english(), shown = p.display();
    QVERIFY2(english.size() <= 64 * 1024 + 1, qPrintable(QString::number(english.size())));
    QVERIFY(english.endsWith(QStringLiteral("…")));
    QCOMPARE(shown, english);
    // A short phrase is not touched by the limit.
    QCOMPARE(Phrase("C", "%1%1", {QStringLiteral("ab")}).english(), QStringLiteral("abab"));
}

void TestPhrase::hostileJson()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, english);
    QCOMPARE(Phrase::fromJson(json).english(), english);
}

void TestPhrase::noteData()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    // Written while a translation is loaded: the stored text is English all the same.
    const QJsonObject data =
        NoteEventFact(Phrase("Ctx", "a note on %1", {QStringLiteral("x")})).toEventData();
    QCOMPARE(data.value(QStringLiteral("text")).toString(), QStringLiteral("a note on x"));
    QCOMPARE(NoteEventFact::fromEventData(data).phrase.display(), QStringLiteral("«a note on x»"));
    // A version 1 or 2 note has only its text, shown as it is.
    const QJsonObject old{{QStringLiteral("text"), QStringLiteral("Eine Notiz")}};
    QCOMPARE(NoteEventFact::fromEventData(old).phrase.display(), QStringLiteral("Eine Notiz"));
    // A phrase that does not say what the stored text says is not shown: the text is.
    QJsonObject forged = data;
    forged.insert(QStringLiteral("text"), QStringLiteral("something else"));
    QCOMPARE(NoteEventFact::fromEventData(forged).phrase.display(),
             QStringLiteral("something else"));
    // A literal note stores no phrase.
    QVERIFY(!NoteEventFact(Phrase(QStringLiteral("as is")))
                 .toEventData()
                 .contains(QStringLiteral("phrase")));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
}

QTEST_GUILESS_MAIN(TestPhrase)
#include "tst_phrase.moc"
