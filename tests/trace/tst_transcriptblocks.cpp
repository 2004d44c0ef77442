// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript read from a device in blocks and in steps: records across the blocks' edges,
// records longer than a block, a device that fails half-way, and reading a few bytes at a time
// all give the log that reading the bytes at once gives.
#include "facts/eventfacts.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

namespace {

/// A transcript of notes of sizes that put records across every 4 MiB edge, and one record
/// longer than a block.
QByteArray notesTranscript(int *events)
{
    EventLog log;
    QByteArray bytes = Transcript::headerLine(log, {});
    int index = 0;
    const auto add = [&](qsizetype size) {
        Event note;
        note.kind = EventKind::Note;
        note.payload = NoteEventFact(Phrase(QString(size, QLatin1Char('a' + index % 26))));
        bytes += Transcript::eventLine(note, index++, {});
    };
    for (qsizetype size = 1; bytes.size() < 5 * 1024 * 1024; size = size * 7 % 50021 + 1)
        add(size);
    add(6 * 1024 * 1024);
    for (qsizetype size = 3; bytes.size() < 13 * 1024 * 1024; size = size * 11 % 70001 + 1)
        add(size);
    *events = index;
    return bytes;
}

void compareLogs(const EventLog &a, const EventLog &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).payload.as<NoteEventFact>().text.value !=
            b.at(i).payload.as<NoteEventFact>().text.value)
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
    }
}

/// A file that stops being readable after `good` bytes, as storage that fails does.
class FailingDevice : public QIODevice
{
public:
    FailingDevice(const QByteArray &bytes, qint64 good)
        : m_bytes(bytes)
        , m_good(good)
    {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_done >= m_good) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = qMin(max, m_good - m_done);
        memcpy(data, m_bytes.constData() + m_done, size_t(n));
        m_done += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_good;
    qint64 m_done = 0;
};

} // namespace

class TestTranscriptBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksAndBytesReadAlike()
    {
        int events = 0;
        const QByteArray bytes = notesTranscript(&events);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.xitrace"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        EventLog fromFile, fromBytes;
        const Transcript::ReadResult a = Transcript::read(path, &fromFile);
        const Transcript::ReadResult b = Transcript::readBytes(bytes, &fromBytes);
        QVERIFY2(a.ok && b.ok, qPrintable(a.error + b.error));
        QCOMPARE(fromFile.size(), events);
        compareLogs(fromFile, fromBytes);

        // A few kilobytes a step: the same events, and the position only grows.
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        EventLog stepped;
        Transcript::Reader reader(&in, &stepped);
        QCOMPARE(reader.total(), qint64(bytes.size()));
        qint64 last = 0;
        int steps = 0;
        while (reader.readSome(4000)) {
            QVERIFY(reader.position() > last);
            last = reader.position();
            ++steps;
        }
        QVERIFY(reader.result().ok);
        QCOMPARE(reader.position(), qint64(bytes.size()));
        QVERIFY(steps > 100);
        compareLogs(stepped, fromBytes);
        QVERIFY(!reader.readSome(4000)); // ended stays ended
    }

    void failingStorageIsAnErrorNotACrash()
    {
        int events = 0;
        const QByteArray bytes = notesTranscript(&events);
        FailingDevice device(bytes, 9 * 1024 * 1024);
        QVERIFY(device.open(QIODevice::ReadOnly));
        EventLog log;
        const Transcript::ReadResult r = Transcript::read(&device, &log);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("reading the file failed (Input/output error)")),
                 qPrintable(r.error));
        QVERIFY(log.size() > 10 && log.size() < events);
        QCOMPARE(r.events, log.size());
        QCOMPARE(r.errorLine, log.size() + 2); // the header, the events, then the line not read
    }

    void stoppedBetweenSteps()
    {
        int events = 0;
        const QByteArray bytes = notesTranscript(&events);
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        EventLog log;
        Transcript::Reader reader(&buffer, &log);
        QVERIFY(reader.readSome(1024 * 1024));
        reader.stop();
        QVERIFY(!reader.readSome(1024 * 1024));
        QVERIFY(reader.result().cancelled);
        QVERIFY(!reader.result().ok);
        QCOMPARE(reader.result().events, log.size());
        QVERIFY(log.size() > 0 && log.size() < events);
    }

    void earlyConnectionRecordsSurviveSteppingBack()
    {
        // Version 1 listed connections as records of their own, not events: a replay that
        // steps back keeps them (the window's log shares its events with the replay's source).
        EventLog log;
        const Transcript::ReadResult r = Transcript::read(
            QStringLiteral(INSPECTOR_TEST_SOURCE_DIR "/trace/fixtures/"
                                                     "v1-tls-required-not-offered.xitrace"),
            &log);
        QVERIFY2(r.ok, qPrintable(r.error));
        const int connections = int(log.connections().size());
        QVERIFY(connections > 0);
        EventLog source;
        source.shareEvents(log);
        log.truncate(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.connections().size(), connections);
        QCOMPARE(log.connections().constFirst().label, source.connections().constFirst().label);
        QCOMPARE(source.size(), r.events);
    }

    void longerThanTheLimit()
    {
        // One line of 16 MiB and one byte without a line feed: refused on that line, from a
        // device as from bytes.
        EventLog log;
        const QByteArray bytes =
            Transcript::headerLine(log, {}) + QByteArray(16 * 1024 * 1024 + 1, ' ');
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        EventLog a, b;
        const Transcript::ReadResult ra = Transcript::read(&buffer, &a);
        const Transcript::ReadResult rb = Transcript::readBytes(bytes, &b);
        QCOMPARE(ra.error, QStringLiteral("Line 2: the record is longer than 16 MiB."));
        QCOMPARE(rb.error, ra.error);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptBlocks)
#include "tst_transcriptblocks.moc"
