// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript's reader and writer themselves: every byte written as JSON would write it,
// every event kind read back, stanzas read without trees, files and bytes read alike.
#include "facts/dnsfact.h"
#include "facts/eventfacts.h"
#include "run/controller.h"
#include "session/labsession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/rawarena.h"
#include "trace/transcript.h"
#include "xml/namespaces.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

namespace {
QByteArray headerOf(const EventLog &log)
{
    Transcript::WriteOptions keep;
    keep.keepSecrets = true;
    return Transcript::headerLine(log, keep);
}

/// The record as QJsonDocument writes it: what every earlier version of the writer produced.
QJsonObject expectedRecord(const Event &e, int index)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("event")},
                  {QStringLiteral("i"), index},
                  {QStringLiteral("t"), e.monotonicNs},
                  {QStringLiteral("w"), e.wallMs},
                  {QStringLiteral("c"), e.connection},
                  {QStringLiteral("d"), Event::directionName(e.direction)},
                  {QStringLiteral("k"), Event::kindName(e.kind)}};
    const QString text = QString::fromUtf8(e.raw);
    if (!e.raw.isEmpty())
        o.insert(text.toUtf8() == e.raw ? QStringLiteral("raw") : QStringLiteral("raw64"),
                 text.toUtf8() == e.raw ? text : QString::fromLatin1(e.raw.toBase64()));
    const QJsonObject data = EventJson::data(e);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

void runLab(EventLog *log, LabSession::Variant variant)
{
    LabSession lab(log, variant);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
}
} // namespace

class TestTranscriptIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytesAreWrittenAsJsonWouldWriteThem_data();
    void bytesAreWrittenAsJsonWouldWriteThem();
    void everyKindReadsBack();
    void stanzasAreReadWithoutTrees();
    void fileAndBytesReadAlike();
    void linesOfAnyShape();
    void arenaCopiesAreOrdinaryByteArrays();
    void progressAndStopping();
    void redactionReplacesTheTextOnly();

private:
    QTemporaryDir m_dir;
};

void TestTranscriptIo::bytesAreWrittenAsJsonWouldWriteThem_data()
{
    QTest::addColumn<QByteArray>("raw");
    QByteArray controls;
    for (char c = 0; c < 0x20; ++c)
        controls += c;
    QTest::newRow("quotes and backslashes") << QByteArray("<a b=\"c\\d\">'\\\\\"</a>");
    QTest::newRow("every control character") << "<a>" + controls + "</a>";
    QTest::newRow("delete and high ASCII") << QByteArray("<a>\x7f~</a>");
    QTest::newRow("two-, three- and four-byte characters") << QByteArray("<a>é € 𝄞 ☃ שלום</a>");
    QTest::newRow("not UTF-8: a lone byte") << QByteArray("<a>\xff</a>");
    QTest::newRow("not UTF-8: a surrogate") << QByteArray("<a>\xed\xa0\x80</a>");
    QTest::newRow("not UTF-8: overlong") << QByteArray("<a>\xc0\xaf</a>");
    QTest::newRow("not UTF-8: cut off") << QByteArray("<a>\xe2\x82");
    QTest::newRow("empty") << QByteArray();
}

void TestTranscriptIo::bytesAreWrittenAsJsonWouldWriteThem()
{
    QFETCH(QByteArray, raw);
    Event e;
    e.kind = EventKind::DiscardedBytes;
    e.direction = Direction::Inbound;
    e.connection = 3;
    e.monotonicNs = 1234567890123;
    e.wallMs = 1796466464002;
    e.offset = 77;
    e.raw = raw;
    const QByteArray line = Transcript::eventLine(e, 41, {});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    QCOMPARE(doc.object(), expectedRecord(e, 41));

    EventLog back;
    const Transcript::ReadResult r = Transcript::readBytes(headerOf(back) + line, &back);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).raw, raw);
    QCOMPARE(back.at(0).offset, Q_INT64_C(77));
    QCOMPARE(back.at(0).monotonicNs, e.monotonicNs);
}

void TestTranscriptIo::everyKindReadsBack()
{
    // The lab's variants record most kinds; the rest are made here.
    EventLog log;
    for (const LabSession::Variant v :
         {LabSession::Variant::Standard, LabSession::Variant::TlsRequiredNotOffered})
        runLab(&log, v);
    Event dns;
    dns.kind = EventKind::Dns;
    DnsFact fact;
    fact.domain = QStringLiteral("lab-b.localhost");
    fact.service = QStringLiteral("_xmpp-server._tcp");
    fact.dnssec = QStringLiteral("insecure");
    fact.noService = true;
    dns.payload = fact;
    log.append(dns);
    for (const auto &[kind, raw] :
         {std::pair{EventKind::Whitespace, QByteArray(" \n")},
          std::pair{EventKind::StreamEnd, QByteArray("</stream:stream>")}}) {
        Event e;
        e.kind = kind;
        e.direction = Direction::Inbound;
        e.connection = 1;
        e.raw = raw;
        log.append(e);
    }
    Event discarded;
    discarded.kind = EventKind::DiscardedBytes;
    discarded.raw = "garbage";
    discarded.payload = DiscardedFact{TextFact(QStringLiteral("after the stream's end"))};
    log.append(discarded);
    Event http; // a BOSH response: its <body/> start tag and what it answered
    http.kind = EventKind::Http;
    http.direction = Direction::Inbound;
    http.raw = "<body xmlns='http://jabber.org/protocol/httpbind' type='terminate'/>";
    http.offset = 584;
    HttpFact h;
    h.request = 3;
    h.rid = 1573741822;
    h.status = 200;
    h.elapsedMs = 42;
    h.bytes = 68;
    h.elements = 0;
    h.purpose = TextFact(QStringLiteral("poll"));
    h.type = TextFact(QStringLiteral("terminate"));
    h.condition = TextFact(QStringLiteral("system-shutdown"));
    http.payload = h;
    log.append(http);

    QSet<EventKind> kinds;
    for (const Event &e : log.events())
        kinds << e.kind;
    QCOMPARE(kinds.size(), int(EventKind::SessionFinished) + 1);

    const QString path = m_dir.filePath(QStringLiteral("kinds.xitrace"));
    Transcript::WriteOptions keep;
    keep.keepSecrets = true;
    QString error;
    QVERIFY2(Transcript::write(log, path, keep, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), log.size() + 2); // the header, then an empty piece after the last \n
    EventLog back;
    const Transcript::ReadResult r = Transcript::read(path, &back);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(back.size(), log.size());
    for (int i = 0; i < log.size(); ++i) {
        const Event &a = log.at(i), &b = back.at(i);
        QCOMPARE(QJsonDocument::fromJson(lines.at(i + 1)).object(), expectedRecord(a, i));
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.raw, a.raw);
        QCOMPARE(b.offset, a.offset);
        QCOMPARE(EventJson::data(b), EventJson::data(a));
    }
}

void TestTranscriptIo::stanzasAreReadWithoutTrees()
{
    EventLog live;
    runLab(&live, LabSession::Variant::SaslExternal);
    const QString path = m_dir.filePath(QStringLiteral("trees.xitrace"));
    QString error;
    QVERIFY2(Transcript::write(live, path, {}, &error), qPrintable(error));
    EventLog back;
    const Transcript::ReadResult r = Transcript::read(path, &back);
    QVERIFY2(r.ok, qPrintable(r.error));
    int stanzas = 0, protocol = 0;
    for (int i = 0; i < back.size(); ++i) {
        if (back.at(i).kind != EventKind::Element)
            continue;
        const ElementPtr tree = back.element(i);
        QVERIFY2(tree, back.at(i).raw.constData());
        QCOMPARE(tree->toXml(), live.element(i)->toXml());
        const bool stanza =
            tree->namespaceUri() == Ns::Server &&
            (tree->name() == QLatin1String("iq") || tree->name() == QLatin1String("message") ||
             tree->name() == QLatin1String("presence"));
        // A stanza is parsed when asked; features, TLS, SASL and dialback are at hand at once.
        QCOMPARE(back.holdsTree(i), !stanza);
        stanzas += stanza;
        protocol += !stanza;
    }
    QVERIFY(stanzas >= 2);
    QVERIFY(protocol >= 10);
}

void TestTranscriptIo::fileAndBytesReadAlike()
{
    // simdjson reads past each record's end, so the records at the end of bytes in memory
    // are copied first. Sizes that end on a page boundary,
    // just before it and just after it, with short and long last records.
    EventLog log;
    runLab(&log, LabSession::Variant::Standard);
    QString error;
    const QString full = m_dir.filePath(QStringLiteral("full.xitrace"));
    QVERIFY(Transcript::write(log, full, {}, &error));
    QFile f(full);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (const int extra : {0, 1, 63, 64, 65}) {
        // The note is padded so that the whole file is a multiple of 4 096 bytes, plus extra.
        const QByteArray head = bytes;
        Event note;
        note.kind = EventKind::Note;
        note.payload = NoteEventFact(Phrase(QString()));
        const qsizetype bare = head.size() + Transcript::eventLine(note, log.size(), {}).size();
        const qsizetype pad = (4096 - bare % 4096) % 4096 + extra;
        note.payload = NoteEventFact(Phrase(QString(pad, QLatin1Char('x'))));
        const QByteArray file = head + Transcript::eventLine(note, log.size(), {});
        QCOMPARE(file.size() % 4096, extra % 4096);
        const QString path = m_dir.filePath(QStringLiteral("page-%1.xitrace").arg(extra));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        EventLog fromFile, buffered;
        const Transcript::ReadResult a = Transcript::read(path, &fromFile);
        const Transcript::ReadResult b = Transcript::readBytes(file, &buffered);
        QVERIFY2(a.ok && b.ok, qPrintable(a.error + b.error));
        QCOMPARE(fromFile.size(), log.size() + 1);
        QCOMPARE(buffered.size(), fromFile.size());
        QCOMPARE(fromFile.at(log.size()).payload.as<NoteEventFact>().text.value.size(), pad);
        // Cut anywhere in the last record: refused on that line, the rest kept.
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(file.left(file.size() - 2));
        cut.close();
        EventLog partial;
        const Transcript::ReadResult c = Transcript::read(path, &partial);
        QVERIFY(!c.ok);
        QCOMPARE(c.errorLine, log.size() + 2);
        QCOMPARE(partial.size(), log.size());
    }
}

void TestTranscriptIo::linesOfAnyShape()
{
    EventLog log;
    runLab(&log, LabSession::Variant::Standard);
    QByteArray bytes = headerOf(log);
    for (int i = 0; i < log.size(); ++i)
        bytes += Transcript::eventLine(log.at(i), i, {});
    // Windows line ends, blank lines and spaces between records change nothing.
    QByteArray crlf = bytes;
    crlf.replace("\n", "\r\n\n  \t\n");
    EventLog a, b;
    const Transcript::ReadResult ra = Transcript::readBytes(bytes, &a);
    const Transcript::ReadResult rb = Transcript::readBytes(crlf, &b);
    QVERIFY2(ra.ok && rb.ok, qPrintable(ra.error + rb.error));
    QCOMPARE(b.size(), a.size());
    // A byte-order mark before the first record, as some editors save one.
    EventLog c;
    const Transcript::ReadResult rc = Transcript::readBytes("\xEF\xBB\xBF" + bytes, &c);
    QVERIFY2(rc.ok, qPrintable(rc.error));
    QCOMPARE(c.size(), a.size());
    // Records that are valid JSON but not objects, and one cut short before its line feed.
    for (const QByteArray &bad : {QByteArray("[1,2,3]"), QByteArray("\"text\""),
                                  QByteArray("{\"k\":\"note\",\"k\":\"note\"")}) {
        EventLog c;
        const Transcript::ReadResult r = Transcript::readBytes(headerOf(c) + bad + "\n", &c);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorLine, 2);
        QVERIFY2(r.error.startsWith(QLatin1String("Line 2: not a JSON object")),
                 qPrintable(r.error));
    }
}

void TestTranscriptIo::arenaCopiesAreOrdinaryByteArrays()
{
    QList<QByteArray> copies;
    QList<QByteArray> originals;
    {
        RawArena arena;
        // Enough to fill several blocks, and one too large to share a block.
        for (int i = 0; i < 20000; ++i)
            originals << QByteArray::number(i).repeated(1 + i % 50);
        originals << QByteArray(200 * 1024, 'x');
        for (const QByteArray &o : std::as_const(originals))
            copies << arena.copy(o.constData(), o.size());
        QVERIFY(arena.copy("", 0).isEmpty());
    } // the arena is gone; its blocks live on in the copies
    QCOMPARE(copies, originals);
    for (const QByteArray &c : std::as_const(copies))
        QCOMPARE(c.constData()[c.size()], '\0'); // terminated, as QByteArray's data always is
    // Changing one copy changes no other.
    copies[5].append("changed");
    copies[6][0] = 'Z';
    copies[7].replace(0, 1, "long replacement");
    copies[8].clear();
    QCOMPARE(copies.at(4), originals.at(4));
    QCOMPARE(copies.at(9), originals.at(9));
    QCOMPARE(copies.at(5), originals.at(5) + "changed");
    QCOMPARE(copies.at(6).mid(1), originals.at(6).mid(1));
    // The last copy holding a block may grow into it: its bytes are its own either way.
    QByteArray alone = copies.at(19000);
    const QByteArray big = copies.last();
    copies.clear();
    alone.append(QByteArray(100, 'm'));
    QCOMPARE(alone, originals.at(19000) + QByteArray(100, 'm'));
    QCOMPARE(big, originals.last());
}

void TestTranscriptIo::progressAndStopping()
{
    // A log of about 12 MB: progress comes every 4 MiB, and at the end.
    EventLog log;
    Event e;
    e.kind = EventKind::Whitespace;
    e.direction = Direction::Inbound;
    e.connection = 1;
    e.raw = QByteArray(1000, ' ');
    for (int i = 0; i < 12000; ++i)
        log.append(e);
    const QString path = m_dir.filePath(QStringLiteral("progress.xitrace"));
    QVector<std::pair<qint64, qint64>> calls;
    QString error;
    QVERIFY(Transcript::write(log, path, {}, &error, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    }));
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.last(), std::pair(qint64(log.size()), qint64(log.size())));
    const qint64 size = QFileInfo(path).size();

    calls.clear();
    EventLog back;
    Transcript::ReadResult r = Transcript::read(path, &back, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(calls.size() >= 3);
    for (int i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first > calls.at(i - 1).first);
    QCOMPARE(calls.last(), std::pair(size, size));

    // Stopped after the first call: what was read stays, and the result says so.
    EventLog stopped;
    r = Transcript::read(path, &stopped, [](qint64, qint64) { return false; });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(stopped.size() > 1000 && stopped.size() < log.size());
    QCOMPARE(r.events, stopped.size());
    QVERIFY2(r.error.contains(QLatin1String("stopped")), qPrintable(r.error));
    SessionController controller; // the window keeps an autosave whose reading was stopped
    QCOMPARE(controller.open(path, &error, [](qint64, qint64) { return false; }),
             SessionController::Opened::Stopped);

    // A save stopped half-way leaves the earlier file as it was (QSaveFile), or none at all.
    const QString fresh = m_dir.filePath(QStringLiteral("stopped.xitrace"));
    QVERIFY(!Transcript::write(log, fresh, {}, &error, [](qint64, qint64) { return false; }));
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!Transcript::write(log, path, {}, &error, [](qint64, qint64) { return false; }));
    QCOMPARE(QFileInfo(path).size(), size);
}

void TestTranscriptIo::redactionReplacesTheTextOnly()
{
    // A one-character payload also found in the start tag, a secret the peer escaped, and a
    // '>' inside an attribute's value: only the text between the tags is replaced.
    const QByteArray header =
        "<stream:stream xmlns='jabber:server' xmlns:db='jabber:server:dialback' "
        "xmlns:stream='http://etherx.jabber.org/streams'>";
    struct Case
    {
        QByteArray raw, expected;
    };
    const QList<Case> cases{
        {"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='EXTERNAL'>=</auth>",
         "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='EXTERNAL'>[redacted:1]</auth>"},
        {"<db:result from='a.test' to='b.test'>k&amp;e&#x79;</db:result>",
         "<db:result from='a.test' to='b.test'>[redacted:4]</db:result>"},
        {"<db:verify from='a>b' to=\"c'd\" id='i'>0123abcd</db:verify>",
         "<db:verify from='a>b' to=\"c'd\" id='i'>[redacted:8]</db:verify>"},
    };
    for (const Case &c : cases) {
        EventLog log;
        Event h;
        h.kind = EventKind::StreamHeader;
        h.direction = Direction::Inbound;
        h.connection = 1;
        h.raw = header;
        Event e = h;
        e.kind = EventKind::Element;
        e.raw = c.raw;
        Transcript::WriteOptions keep;
        keep.keepSecrets = true;
        const Transcript::ReadResult r = Transcript::readBytes(
            headerOf(log) + Transcript::eventLine(h, 0, keep) + Transcript::eventLine(e, 1, keep),
            &log);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(log.holdsTree(1));
        QCOMPARE(Transcript::redacted(log.at(1)).raw, c.expected);
        // What is saved without secrets reads back as XML, with the marker as its text.
        EventLog back;
        const Transcript::ReadResult again =
            Transcript::readBytes(headerOf(back) + Transcript::eventLine(log.at(0), 0, {}) +
                                      Transcript::eventLine(log.at(1), 1, {}),
                                  &back);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(back.element(1));
        QVERIFY(back.element(1)->text().startsWith(QLatin1String("[redacted:")));
    }
}

QTEST_GUILESS_MAIN(TestTranscriptIo)
#include "tst_transcriptio.moc"
