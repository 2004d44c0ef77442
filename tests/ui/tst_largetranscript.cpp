// SPDX-License-Identifier: GPL-3.0-or-later
// A large transcript in the window: its first events show at once and the rest is read in
// slices with a progress bar and Cancel in its tab; saving waits for the end; a transcript
// stopped half-way keeps what was read; the replay then starts at the end without a copy.
#include "facts/eventfacts.h"
#include "mainwindow.h"
#include "readingbar.h"
#include "replaybar.h"
#include "session/labsession.h"
#include "session/replay.h"
#include "sessionview.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

class TestLargeTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Every slice one step of 64 KiB, the first one too: a file of a few MiB is read in
        // several slices whatever the machine's speed.
        SessionView::setReadingSlices(0, 0);
        EventLog log;
        QByteArray bytes = Transcript::headerLine(log, {});
        for (m_events = 0; bytes.size() < 3 * 1024 * 1024; ++m_events) {
            Event note;
            note.kind = EventKind::Note;
            note.monotonicNs = qint64(m_events) * 1000000;
            note.payload =
                NoteEventFact(Phrase(QStringLiteral("note %1 ").arg(m_events).repeated(20)));
            bytes += Transcript::eventLine(note, m_events, {});
        }
        m_path = m_dir.filePath(QStringLiteral("large.xitrace"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Then a whole session (the lab's): the transcript records how it ended.
        EventLog lab;
        LabSession session(&lab, LabSession::Variant::Standard);
        QSignalSpy finished(&session, &LabSession::finished);
        session.start();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        for (int i = 0; i < lab.size(); ++i)
            bytes += Transcript::eventLine(lab.at(i), m_events++, {});
        file.write(bytes);
    }

    void readInSlicesWithTheFirstRowsAtOnce()
    {
        MainWindow w;
        QVector<SessionController::Opened> results;
        SessionView *view = open(&w, &results);
        QVERIFY(view);
        // The tab is there with the first events, reading on.
        QVERIFY(view->isReading());
        QVERIFY(results.isEmpty());
        QVERIFY(view->log()->size() > 0 && view->log()->size() < m_events);
        auto *bar = view->findChild<ReadingBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->accessibleName(), QStringLiteral("Reading progress"));
        QVERIFY(!view->replay());
        // Saving waits for the end: the part read so far is no transcript of the file.
        QString error;
        QVERIFY(!view->save(m_dir.filePath(QStringLiteral("copy.xitrace")), false, &error));
        QVERIFY2(error.contains(QLatin1String("still being read")), qPrintable(error));
        int sizeSeen = view->log()->size();
        bool grew = false;
        QTRY_VERIFY_WITH_TIMEOUT((grew = grew || view->log()->size() > sizeSeen,
                                  sizeSeen = view->log()->size(), !view->isReading()),
                                 20000);
        QVERIFY(grew);
        QCOMPARE(results, QVector<SessionController::Opened>{SessionController::Opened::Whole});
        QCOMPARE(view->log()->size(), m_events);
        QVERIFY(!view->findChild<ReadingBar *>());
        QVERIFY(view->findChild<ReplayBar *>());
        QVERIFY(view->replay());
        QCOMPARE(view->replay()->position(), m_events);
        QCOMPARE(view->replay()->length(), m_events);
        // The replay's source and the shown log hold the same events, and stepping back and
        // forth gives them again.
        QCOMPARE(view->fullLog()->size(), m_events);
        view->replay()->stepTo(10);
        QCOMPARE(view->log()->size(), 10);
        view->replay()->last();
        QCOMPARE(view->log()->size(), m_events);
        QCOMPARE(view->log()->at(m_events - 1).raw, view->fullLog()->at(m_events - 1).raw);
        QCOMPARE(view->log()->at(m_events - 1).kind, view->fullLog()->at(m_events - 1).kind);
        // The tab says how the recorded session ended, wherever the cursor is.
        QCOMPARE(view->outcome(), SummaryPane::Outcome::Succeeded);
        view->replay()->stepTo(10);
        QCOMPARE(view->outcome(), SummaryPane::Outcome::Succeeded);
        QVERIFY(view->save(m_dir.filePath(QStringLiteral("copy.xitrace")), false, &error));
    }

    void cancelKeepsWhatWasRead()
    {
        MainWindow w;
        QVector<SessionController::Opened> results;
        SessionView *view = open(&w, &results);
        QVERIFY(view);
        auto *bar = view->findChild<ReadingBar *>();
        QVERIFY(bar);
        auto *cancel = bar->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isReading(), 20000);
        QCOMPARE(results, QVector<SessionController::Opened>{SessionController::Opened::Stopped});
        QVERIFY(view->log()->size() > 0 && view->log()->size() < m_events);
        QVERIFY(view->replay());
        QCOMPARE(view->replay()->length(), view->log()->size());
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("stopped")),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    void closingTheTabWhileReading()
    {
        MainWindow w;
        w.show();
        bool told = false;
        QVERIFY(w.openTranscript(m_path, [&told](SessionController::Opened) { told = true; }));
        QVERIFY(w.currentSession()->isReading());
        delete w.currentSession();
        QTest::qWait(50);
        QVERIFY(!told);
        QVERIFY(!w.currentSession());
    }

private:
    /// The test's transcript in a new tab of `w`; `results` collects how reading ended.
    SessionView *open(MainWindow *w, QVector<SessionController::Opened> *results)
    {
        w->show();
        if (!w->openTranscript(m_path,
                               [results](SessionController::Opened o) { results->append(o); }))
            return nullptr;
        return w->currentSession();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_events = 0;
};

QTEST_MAIN(TestLargeTranscript)
#include "tst_largetranscript.moc"
