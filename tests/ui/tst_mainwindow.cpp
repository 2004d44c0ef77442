// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the offscreen platform: form validation, a session against a scripted peer.
#include "mainwindow.h"
#include "models/streammodel.h"
#include "scriptedpeer.h"
#include "sessionform.h"
#include "trace/eventlog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formValidation();
    void sessionFillsTheStreamPane();
};

void TestMainWindow::formValidation()
{
    MainWindow w;
    w.show();
    auto *from = w.findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    auto *to = w.findChild<QLineEdit *>(QStringLiteral("toEdit"));
    auto *start = w.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *message = w.findChild<QLabel *>(QStringLiteral("formMessage"));
    QVERIFY(from && to && start && message);
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(from, QStringLiteral("inspector..test"));
    QVERIFY(!start->isEnabled());
    QVERIFY(message->text().contains(QLatin1String("empty label")));
    from->clear();
    QTest::keyClicks(from, QStringLiteral("inspector.test"));
    QTest::keyClicks(to, QStringLiteral("user@peer.localhost"));
    QVERIFY(!start->isEnabled());
    to->clear();
    QTest::keyClicks(to, QStringLiteral("peer.localhost"));
    QVERIFY(start->isEnabled());
    QVERIFY(message->text().isEmpty());
}

void TestMainWindow::sessionFillsTheStreamPane()
{
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='g1' from='peer.localhost' xmlns='jabber:server' version='1.0'>"
              "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>")
        .expect("</stream:stream>")
        .send("</stream:stream>")
        .close();
    MainWindow w;
    w.show();
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("fromEdit")), QStringLiteral("inspector.test"));
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("peer.localhost"));
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("127.0.0.1"));
    w.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(peer.port());
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(w.eventLog());
    QTRY_VERIFY_WITH_TIMEOUT(w.eventLog()->size() > 0
                                 && w.eventLog()->events().constLast().kind == EventKind::SessionFinished,
                             10000);
    QAbstractItemModel *model = w.streamView()->model();
    QTRY_COMPARE(model->rowCount(), w.eventLog()->size());
    bool sawFeatures = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        sawFeatures = sawFeatures
                      || model->index(r, StreamModel::SummaryColumn).data().toString().startsWith(
                          QLatin1String("stream:features"));
    }
    QVERIFY(sawFeatures);
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
