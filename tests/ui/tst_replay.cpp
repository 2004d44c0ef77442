// SPDX-License-Identifier: GPL-3.0-or-later
// Replay and recovery: the state at step N equals the live state after N events; a transcript
// opens in the window and steps; a session killed mid-way is recovered from its autosave.
#include "mainwindow.h"
#include "scriptedpeer.h"
#include "session/labsession.h"
#include "session/replay.h"
#include "sessionview.h"
#include "streampane.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

class TestReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stateAtEachStepEqualsLiveState();
    void transcriptOpensAndSteps();
    void killedSessionIsRecovered();

private:
    QTemporaryDir m_dir;
};

void TestReplay::initTestCase()
{
    // Private data folder for autosaves, shared with the helper process below.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector"));
    QCoreApplication::setApplicationName(QStringLiteral("XMPP Inspector"));
}

void TestReplay::stateAtEachStepEqualsLiveState()
{
    EventLog live;
    QVector<QJsonObject> liveStates;
    connect(&live, &EventLog::eventAppended, this,
            [&](int) { liveStates.append(Summary::build(live).toJson()); });
    LabSession lab(&live, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(liveStates.size(), live.size());

    EventLog view;
    ReplayController replay(&live, &view);
    for (int n = 1; n <= live.size(); ++n) {
        replay.stepTo(n);
        QCOMPARE(Summary::build(view).toJson(), liveStates.at(n - 1));
    }
    // Backwards too.
    for (int n : {live.size() / 2, 3, 1}) {
        replay.stepTo(n);
        QCOMPARE(view.size(), n);
        QCOMPARE(Summary::build(view).toJson(), liveStates.at(n - 1));
    }
}

void TestReplay::transcriptOpensAndSteps()
{
    EventLog live;
    LabSession lab(&live, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
    const QString path = m_dir.filePath(QStringLiteral("lab.xitrace"));
    QString error;
    QVERIFY(Transcript::write(live, path, {}, &error));

    MainWindow w;
    w.show();
    QVERIFY(w.openTranscript(path));
    SessionView *view = w.currentSession();
    QVERIFY(view && view->replay());
    QTableView *table = view->streamPane()->view();
    QTRY_COMPARE(table->model()->rowCount(), live.size());
    view->replay()->first();
    QTRY_COMPARE(table->model()->rowCount(), 0);
    for (int i = 0; i < 12; ++i)
        view->replay()->next();
    QTRY_COMPARE(table->model()->rowCount(), 12);
    auto *position = view->findChild<QLabel *>(QStringLiteral("replayPosition"));
    QVERIFY(position->text().contains(QLatin1String("12")));
    // The cursor's element is selected and explained for a learner.
    auto *explanation = view->findChild<QLabel *>(QStringLiteral("explanation"));
    int dialback = -1;
    for (int i = 0; i < live.size(); ++i) {
        if (live.at(i).raw.startsWith("<db:result") &&
            live.at(i).direction == Direction::Outbound) {
            dialback = i;
            break;
        }
    }
    QVERIFY(dialback > 0);
    view->replay()->stepTo(dialback + 1);
    QTRY_VERIFY(explanation->text().contains(QLatin1String("XEP-0220")));
    view->replay()->last();
    QTRY_COMPARE(table->model()->rowCount(), live.size());
    // Saving the replayed session writes all of it, whatever the cursor.
    view->replay()->stepTo(5);
    const QString again = m_dir.filePath(QStringLiteral("again.xitrace"));
    QVERIFY(view->save(again, false, &error));
    EventLog reread;
    QVERIFY(Transcript::read(again, &reread).ok);
    QCOMPARE(reread.size(), live.size());
}

void TestReplay::killedSessionIsRecovered()
{
    for (const QString &f : MainWindow::recoverableSessions())
        QFile::remove(f);
    // A peer that answers the header and then says nothing: the session waits.
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='k1' from='peer.localhost' xmlns='jabber:server' version='1.0'>");
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(INSPECTOR_GUISESSION_PATH),
              {QStringLiteral("127.0.0.1"), QString::number(peer.port())});
    QVERIFY(gui.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(peer.accepted() && peer.received().contains("<stream:stream"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(MainWindow::recoverableSessions().size() == 1, 10000);
    const QString autosave = MainWindow::recoverableSessions().first();
    // Wait until the peer's header is on disk, then kill the process without warning.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(autosave);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("id='k1'");
        }(),
        10000);
    gui.kill();
    QVERIFY(gui.waitForFinished());
    QCOMPARE(MainWindow::recoverableSessions().size(), 1);

    MainWindow w;
    w.recover(false);
    QCOMPARE(w.tabs()->count(), 1);
    const EventLog *recovered = w.currentSession()->fullLog();
    bool header = false;
    for (const Event &e : recovered->events())
        header = header || (e.kind == EventKind::StreamHeader && e.raw.contains("id='k1'"));
    QVERIFY2(header, "the peer's header, flushed before the kill, was not recovered");
    QVERIFY(MainWindow::recoverableSessions().isEmpty());
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
