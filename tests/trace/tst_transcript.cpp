// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/eventfacts.h"
#include "render/exporters.h"
#include "render/report.h"
#include "session/labsession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/transcript.h"
#include "xml/namespaces.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Inspector;

namespace {
void runLab(EventLog *log, LabSession::Variant variant)
{
    LabSession lab(log, variant);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
}

QStringList secretsIn(const EventLog &log)
{
    QStringList keys;
    for (const Event &e : log.events()) {
        if (e.element && e.element->namespaceUri() == Ns::Dialback && !e.element->text().isEmpty())
            keys << e.element->text().trimmed();
    }
    return keys;
}

/// Marks every translated text, as a loaded German or French .qm would change it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsIdentical();
    void secretsAreRedactedByDefault();
    void readsEveryVersion_data();
    void readsEveryVersion();
    void notesAreEnglishWhateverTheLanguage();
    void corruptFiles_data();
    void corruptFiles();
    void timesOutOfRange();
    void appenderSurvivesAKill();
    void htmlIsSelfContainedAndComplete();
    void otherExports();
    void exportsRedactSecretsUnlessAsked();

private:
    QTemporaryDir m_dir;
};

void TestTranscript::roundTripIsIdentical()
{
    EventLog live;
    runLab(&live, LabSession::Variant::SaslExternal);
    const QString path = m_dir.filePath(QStringLiteral("round.xitrace"));
    Transcript::WriteOptions keep;
    keep.keepSecrets = true;
    QString error;
    QVERIFY2(Transcript::write(live, path, keep, &error), qPrintable(error));
    EventLog back;
    const Transcript::ReadResult r = Transcript::read(path, &back);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.secretsKept);
    QCOMPARE(back.size(), live.size());
    QCOMPARE(back.connections().size(), live.connections().size());
    for (int i = 0; i < live.size(); ++i) {
        const Event &a = live.at(i), &b = back.at(i);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.direction, a.direction);
        QCOMPARE(b.connection, a.connection);
        QCOMPARE(b.monotonicNs, a.monotonicNs);
        QCOMPARE(b.wallMs, a.wallMs);
        QCOMPARE(b.raw, a.raw);
        QCOMPARE(EventJson::data(b), EventJson::data(a));
        const ElementPtr ta = live.element(i), tb = back.element(i);
        QCOMPARE(bool(tb), bool(ta));
        if (ta)
            QCOMPARE(tb->toXml(), ta->toXml());
    }
    // Everything derived from the log is the same: the summary the CLI prints, for instance.
    QCOMPARE(Summary::build(back).toJson(), Summary::build(live).toJson());
}

void TestTranscript::secretsAreRedactedByDefault()
{
    EventLog live;
    runLab(&live, LabSession::Variant::Standard);
    const QStringList keys = secretsIn(live);
    QVERIFY(keys.size() >= 2);
    const QString redactedPath = m_dir.filePath(QStringLiteral("redacted.xitrace"));
    const QString keptPath = m_dir.filePath(QStringLiteral("kept.xitrace"));
    QString error;
    QVERIFY(Transcript::write(live, redactedPath, {}, &error));
    Transcript::WriteOptions keep;
    keep.keepSecrets = true;
    QVERIFY(Transcript::write(live, keptPath, keep, &error));
    const QByteArray redacted = fileBytes(redactedPath), kept = fileBytes(keptPath);
    for (const QString &key : keys) {
        QVERIFY2(!redacted.contains(key.toUtf8()), qPrintable(key));
        QVERIFY(kept.contains(key.toUtf8()));
    }
    QVERIFY(redacted.contains("[redacted:64]"));
    QVERIFY(redacted.contains("\"secrets\":\"redacted\""));
    QVERIFY(kept.contains("\"secrets\":\"kept\""));
    // The redacted file still reads and gives the same verdicts.
    EventLog back;
    QVERIFY(Transcript::read(redactedPath, &back).ok);
    QCOMPARE(Summary::build(back).toJson().value(QStringLiteral("dialbackResult")).toString(),
             QStringLiteral("valid"));
}

void TestTranscript::readsEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v <= Transcript::Version; ++v)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void TestTranscript::readsEveryVersion()
{
    QFETCH(int, version);
    EventLog log;
    const Transcript::ReadResult r =
        Transcript::read(QStringLiteral(INSPECTOR_TEST_SOURCE_DIR
                                        "/trace/fixtures/v%1-tls-required-not-offered.xitrace")
                             .arg(version),
                         &log);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.header.value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(log.connections().size(), 2);
    QCOMPARE(log.connection(1)->role, QStringLiteral("initiating"));
    const QJsonObject s = Summary::build(log).toJson();
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("starttls-not-offered"));
    QCOMPARE(s.value(QStringLiteral("fromDomain")).toString(), QStringLiteral("lab-a.localhost"));
    QVERIFY(!s.value(QStringLiteral("features")).toArray().isEmpty());
    // Version 3 keeps notes as phrases; older versions' notes are their text, shown as it is.
    int notes = 0, phrases = 0;
    for (const Event &e : log.events()) {
        if (e.kind != EventKind::Note)
            continue;
        ++notes;
        if (EventJson::data(e).contains(QStringLiteral("phrase")))
            ++phrases;
        else
            QCOMPARE(e.payload.as<NoteEventFact>().phrase.display(),
                     e.payload.as<NoteEventFact>().text.text());
    }
    QVERIFY(notes > 0);
    QCOMPARE(phrases > 0, version >= 3);
}

void TestTranscript::notesAreEnglishWhateverTheLanguage()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    EventLog log;
    runLab(&log, LabSession::Variant::WrongKey);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("marked.xitrace"));
    QString error;
    QVERIFY2(Transcript::write(log, path, {}, &error), qPrintable(error));
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.contains("\"phrase\""));
    // The stored notes are English although a translation was loaded while they were made.
    int notes = 0;
    for (const Event &e : log.events()) {
        if (e.kind != EventKind::Note)
            continue;
        ++notes;
        QVERIFY2(!e.payload.as<NoteEventFact>().text.text().contains(QStringLiteral("«")),
                 qPrintable(e.payload.as<NoteEventFact>().text.text()));
    }
    QVERIFY(notes >= 3);
    // Read back, they are shown in the loaded language.
    EventLog back;
    QVERIFY(Transcript::read(path, &back).ok);
    int shown = 0;
    for (const Event &e : back.events()) {
        if (e.kind == EventKind::Note && EventJson::data(e).contains(QStringLiteral("phrase"))) {
            QVERIFY(e.payload.as<NoteEventFact>().phrase.display().startsWith(QStringLiteral("«")));
            ++shown;
        }
    }
    QVERIFY(shown >= 3);
    // So are its errors and how it ended, read back in the loaded language.
    int errors = 0;
    for (const Event &e : back.events()) {
        if (e.kind == EventKind::Error) {
            const ErrorEventFact &f = e.payload.as<ErrorEventFact>();
            QVERIFY2(!f.message.text().isEmpty() && f.messagePhrase.english() == f.message.text(),
                     qPrintable(f.message.text()));
            QVERIFY(f.messagePhrase.display().startsWith(QStringLiteral("«")));
            ++errors;
        } else if (e.kind == EventKind::SessionFinished) {
            const SessionFinishedFact &f = e.payload.as<SessionFinishedFact>();
            QVERIFY(!f.success);
            QCOMPARE(f.errorPhrase.english(), f.error.text());
            QVERIFY(f.errorPhrase.display().startsWith(QStringLiteral("«")));
        }
    }
    QVERIFY(errors >= 1);
    // Nothing a translation made reaches a transcript, in any of the lab's sessions: every
    // text the translator returned is marked.
    for (const LabSession::Variant v :
         {LabSession::Variant::Standard, LabSession::Variant::WrongKey,
          LabSession::Variant::SaslExternal, LabSession::Variant::TlsRequiredNotOffered,
          LabSession::Variant::WrongCertificateName}) {
        EventLog each;
        runLab(&each, v);
        const QString file = dir.filePath(QStringLiteral("variant.xitrace"));
        QVERIFY2(Transcript::write(each, file, {}, &error), qPrintable(error));
        const QByteArray written = fileBytes(file);
        const qsizetype at =
            written.indexOf("\u00ab") >= 0 ? written.indexOf("\u00ab") : written.indexOf("«");
        QVERIFY2(at < 0, written.mid(qMax<qsizetype>(0, at - 200), 400).constData());
    }
    QVERIFY(QCoreApplication::removeTranslator(&marking));
}

void TestTranscript::corruptFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("errorLine");
    QTest::newRow("cut-off") << "cut" << -1;
    QTest::newRow("garbage-line") << "garbage" << 5;
    QTest::newRow("not-a-transcript") << "header" << 1;
    QTest::newRow("newer-version") << "version" << 1;
    QTest::newRow("unknown-kind") << "kind" << 6;
    QTest::newRow("record-too-long") << "long" << 3;
}

void TestTranscript::corruptFiles()
{
    QFETCH(QString, damage);
    QFETCH(int, errorLine);
    const QByteArray good = fileBytes(QStringLiteral(
        INSPECTOR_TEST_SOURCE_DIR "/trace/fixtures/v1-tls-required-not-offered.xitrace"));
    QList<QByteArray> lines = good.split('\n');
    QByteArray bad;
    if (damage == QLatin1String("cut")) {
        bad = good.left(good.size() - 40);
        errorLine = int(bad.count('\n')) + 1;
    } else if (damage == QLatin1String("garbage")) {
        lines[4] = "{this is not json";
        bad = lines.join('\n');
    } else if (damage == QLatin1String("header")) {
        bad = "{\"type\":\"header\",\"format\":\"something-else\"}\n";
    } else if (damage == QLatin1String("version")) {
        lines[0].replace("\"version\":1", "\"version\":99");
        QVERIFY(lines[0].contains("99"));
        bad = lines.join('\n');
    } else if (damage == QLatin1String("long")) {
        // One byte over the 16 MiB a record may have, and no line feed before it.
        bad = lines[0] + '\n' + lines[1] + '\n' + QByteArray(16 * 1024 * 1024 + 1, ' ');
    } else {
        lines[5].replace("\"k\":\"", "\"k\":\"x");
        bad = lines.join('\n');
    }
    QBuffer buffer(&bad);
    buffer.open(QIODevice::ReadOnly);
    EventLog log;
    const Transcript::ReadResult r = Transcript::read(&buffer, &log);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorLine, errorLine);
    QVERIFY2(r.error.startsWith(QStringLiteral("Line %1:").arg(errorLine)), qPrintable(r.error));
    // Nothing read before the bad line is lost.
    QCOMPARE(log.size(), r.events);
    if (damage == QLatin1String("cut"))
        QVERIFY(log.size() > 10);
    if (damage == QLatin1String("long")) // refused as such, not taken apart into pieces
        QVERIFY2(r.error.contains(QLatin1String("16 MiB")), qPrintable(r.error));
}

void TestTranscript::timesOutOfRange()
{
    // Times no qint64 can hold were cast to one, which is undefined (UBSan in fuzz_transcript:
    // "1e+300 is outside the range of representable values of type 'long long'"). They read as 0.
    QByteArray bytes =
        "{\"format\":\"xmpp-inspector-transcript\",\"startWallMs\":-1e300,\"type\":\"header\","
        "\"version\":2}\n"
        "{\"c\":0,\"d\":\"local\",\"data\":{\"text\":\"x\"},\"i\":0,\"k\":\"note\",\"t\":1e300,"
        "\"type\":\"event\",\"w\":1.5e19}\n"
        "{\"c\":0,\"d\":\"local\",\"i\":1,\"k\":\"note\",\"t\":1500,\"type\":\"event\","
        "\"w\":1795318595427}\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    EventLog log;
    const Transcript::ReadResult r = Transcript::read(&buffer, &log);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.startWallMs(), Q_INT64_C(0));
    QCOMPARE(log.at(0).monotonicNs, Q_INT64_C(0));
    QCOMPARE(log.at(0).wallMs, Q_INT64_C(0));
    QCOMPARE(log.at(1).monotonicNs, Q_INT64_C(1500));
    QCOMPARE(log.at(1).wallMs, Q_INT64_C(1795318595427));
}

void TestTranscript::appenderSurvivesAKill()
{
    // The appender flushes every event: what is on disk at any moment reads back, whatever
    // happens to the process after (the GUI's autosave).
    EventLog live;
    const QString path = m_dir.filePath(QStringLiteral("autosave.xitrace"));
    auto *appender = new TranscriptAppender(&live, path, {});
    QVERIFY(appender->isOpen());
    runLab(&live, LabSession::Variant::Standard);
    const QByteArray onDisk = fileBytes(path); // as a killed process would leave it
    EventLog recovered;
    QBuffer buffer;
    buffer.setData(onDisk);
    buffer.open(QIODevice::ReadOnly);
    const Transcript::ReadResult r = Transcript::read(&buffer, &recovered);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(recovered.size(), live.size());
    appender->discard();
    QVERIFY(!QFile::exists(path));
    delete appender;
}

void TestTranscript::htmlIsSelfContainedAndComplete()
{
    EventLog log;
    runLab(&log, LabSession::Variant::Standard);
    const QByteArray html = Exporters::html(log);
    QXmlStreamReader reader(html);
    QString text;
    int svgElements = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            // Nothing to load; links only to places on the page (the navigation, "first seen").
            for (const char *attr : {"src", "xlink:href"})
                QVERIFY2(!reader.attributes().hasAttribute(QLatin1String(attr)), attr);
            const QStringView href = reader.attributes().value(QLatin1String("href"));
            QVERIFY2(href.isEmpty() || href.startsWith(u'#'), qPrintable(href.toString()));
            QVERIFY(reader.name() != QLatin1String("link") &&
                    reader.name() != QLatin1String("script"));
            if (reader.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg"))
                ++svgElements;
        }
        if (reader.isCharacters())
            text += reader.text();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(svgElements > 50); // the timeline
    for (const Event &e : log.events()) {
        if (e.kind == EventKind::Element)
            QVERIFY2(text.contains(QString::fromUtf8(Report::rawBytes(e, false))),
                     e.raw.constData());
    }
}

void TestTranscript::exportsRedactSecretsUnlessAsked()
{
    EventLog log;
    runLab(&log, LabSession::Variant::Standard);
    QStringList keys;
    for (const Event &e : log.events()) {
        if (e.element && e.element->is(Ns::Dialback, u"result") && !e.element->text().isEmpty())
            keys << e.element->text().trimmed();
    }
    QVERIFY(!keys.isEmpty());
    for (const auto format :
         {Exporters::Format::Html, Exporters::Format::Markdown, Exporters::Format::Text}) {
        const QByteArray redacted = Exporters::render(log, format);
        const QByteArray kept = Exporters::render(log, format, true);
        for (const QString &key : std::as_const(keys)) {
            QVERIFY2(!redacted.contains(key.toUtf8()), redacted.left(200).constData());
            QVERIFY(kept.contains(key.toUtf8()));
        }
        QVERIFY(redacted.contains("[redacted:64]"));
    }
    // --verbose prints the same lines.
    bool marked = false;
    for (int i = 0; i < log.size(); ++i) {
        const QString line = Report::eventLine(log, i);
        for (const QString &key : std::as_const(keys))
            QVERIFY(!line.contains(key));
        marked = marked || line.contains(QLatin1String("[redacted:64]"));
    }
    QVERIFY(marked);
}

void TestTranscript::otherExports()
{
    EventLog log;
    runLab(&log, LabSession::Variant::Standard);
    const QByteArray md = Exporters::markdown(log);
    QVERIFY(md.startsWith("# XMPP Inspector session: lab-a.localhost → lab-b.localhost"));
    QVERIFY(md.contains("```xml"));
    const QByteArray txt = Exporters::text(log);
    QVERIFY(txt.contains("Dialback:"));
    QVERIFY(txt.contains("<db:result"));
    const QJsonObject json = QJsonDocument::fromJson(Exporters::json(log)).object();
    QCOMPARE(json, Summary::build(log).toJson());
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
