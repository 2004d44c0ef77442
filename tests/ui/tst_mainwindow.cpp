// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the offscreen platform: the lab filling every pane, cross-selection, filtering
// and copying, sessions against a scripted peer and a real Prosody, comparing transcripts, help.
#include "c2sform.h"
#include "certificatedialog.h"
#include "consolepane.h"
#include "diagnose/findings.h"
#include "eventdetail.h"
#include "fileprogress.h"
#include "helpdialogs.h"
#include "language.h"
#include "mainwindow.h"
#include "models/featuresmodel.h"
#include "models/streamfiltermodel.h"
#include "models/streammodel.h"
#include "models/timelinemodel.h"
#include "newsessiondialog.h"
#include "peersenv.h"
#include "preferences.h"
#include "profiles.h"
#include "protocol/streamerror.h"
#include "scriptedpeer.h"
#include "session/labsession.h"
#include "sessionform.h"
#include "sessionview.h"
#include "streampane.h"
#include "summarypane.h"
#include "timelineview.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/transcript.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

namespace {
bool finished(const SessionView *view)
{
    const EventLog *log = view->log();
    return !view->isRunning() && log->size() > 0;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void labFillsEveryPane();
    void selectionCrossesPanes();
    void filterAndCopy();
    void sessionAgainstScriptedPeer();
    void compareTwoTranscripts();
    void helpMenu();
    void menuMnemonics_data();
    void menuMnemonics();
    void realProsodyInTheWindow();
    void fileProgressAppearsAndStops();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-tests"));
    QStandardPaths::setTestModeEnabled(true);
    Preferences().save(); // defaults, whatever an earlier run left
}

void TestMainWindow::menuMnemonics_data()
{
    Test::languageRows();
}

void TestMainWindow::menuMnemonics()
{
    // In every language, the menu bar's titles and each menu's items have one key each (an
    // item reached only by its shortcut may have none), unique among their neighbours.
    QFETCH(QString, language);
    const Test::LanguageScope scope(language);
    MainWindow w;
    const auto keysOf = [](const QList<QAction *> &actions) {
        QStringList clashes;
        QHash<QChar, QString> keys;
        for (const QAction *a : actions) {
            const QString text = a->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (a->isSeparator() || amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            if (keys.contains(key))
                clashes << keys.value(key) + QStringLiteral(" / ") + text;
            keys.insert(key, text);
        }
        return clashes;
    };
    QStringList clashes = keysOf(w.menuBar()->actions());
    for (const QMenu *menu : w.menuBar()->findChildren<QMenu *>())
        clashes += keysOf(menu->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestMainWindow::labFillsEveryPane()
{
    MainWindow w;
    w.show();
    SessionView *view = w.runLab();
    QTRY_VERIFY_WITH_TIMEOUT(finished(view), 20000);
    QAbstractItemModel *stream = view->streamPane()->view()->model();
    QTRY_COMPARE(stream->rowCount(), view->log()->size());
    // Timeline: one lane per party, arrows between them.
    TimelineModel *timeline = view->timelineModel();
    QTRY_VERIFY(timeline->rowCount() > 20);
    QStringList lanes;
    for (const TimelineModel::Lane &l : timeline->lanes())
        lanes << l.title();
    QVERIFY2(lanes.contains(QStringLiteral("lab-a.localhost · originating")),
             qPrintable(lanes.join(QLatin1Char('|'))));
    QVERIFY(lanes.contains(QStringLiteral("lab-b.localhost · receiving")));
    QVERIFY(lanes.contains(QStringLiteral("lab-a.localhost · authoritative")));
    QVERIFY(lanes.contains(QStringLiteral("lab-b.localhost · verifying")));
    // Features: stages before and after TLS, STARTTLS gone after TLS.
    QAbstractItemModel *features = view->featuresView()->model();
    QVERIFY(features->rowCount() >= 2);
    bool removedStarttls = false;
    for (int s = 0; s < features->rowCount(); ++s) {
        const QModelIndex stage = features->index(s, 0);
        QVERIFY(view->featuresView()->isExpanded(stage)); // each stage opened as it came
        for (int r = 0; r < features->rowCount(stage); ++r)
            removedStarttls = removedStarttls || features->index(r, 0, stage).data().toString() ==
                                                     QLatin1String("STARTTLS (removed)");
    }
    QVERIFY(removedStarttls);
    // Summary: the verdict and the ping.
    view->summaryPane()->refresh();
    const QJsonObject s = view->summaryPane()->summary().toJson();
    QCOMPARE(s.value(QStringLiteral("dialbackResult")).toString(), QStringLiteral("valid"));
    QVERIFY(
        !view->summaryPane()->findItems(QStringLiteral("Dialback"), Qt::MatchRecursive).isEmpty());
    QVERIFY(!view->rtt().isEmpty());
    QVERIFY(view->tlsState().contains(QLatin1String("TLSv1.")));
    QVERIFY(!view->timeline()->renderImage().isNull());

    // The sequence diagram exported: SVG keeps the lanes and labels as text; PNG as pixels.
    QTemporaryDir dir;
    QString error;
    const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
    QVERIFY2(view->timeline()->exportTo(svg, &error), qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QVERIFY(xml.contains("<svg"));
    QVERIFY(xml.contains("lab-b.localhost"));
    QVERIFY(xml.contains("starttls"));
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY2(view->timeline()->exportTo(png, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), view->timeline()->renderImage().size());
    QVERIFY(!view->timeline()->exportTo(dir.filePath(QStringLiteral("no/such/dir/t.svg")), &error));
    QVERIFY(error.contains(QLatin1String("no/such/dir")));

    // The certificate chain: activating a certificate's row opens its details; PEM export.
    const QList<QTreeWidgetItem *> certRows =
        view->summaryPane()->findItems(QStringLiteral("Certificate 1"), Qt::MatchRecursive);
    QCOMPARE(certRows.size(), 1);
    Q_EMIT view->summaryPane()->itemActivated(certRows.first(), 0);
    auto *dialog =
        view->summaryPane()->findChild<CertificateDialog *>(QStringLiteral("certificateDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *details = dialog->findChild<QTreeWidget *>(QStringLiteral("certificateDetails"));
    QVERIFY(!details
                 ->findItems(QStringLiteral("lab-b.localhost"),
                             Qt::MatchContains | Qt::MatchRecursive, 1)
                 .isEmpty());
    const QJsonObject leaf = s.value(QStringLiteral("tls"))
                                 .toObject()
                                 .value(QStringLiteral("peerCertificates"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QVERIFY(!details
                 ->findItems(leaf.value(QStringLiteral("sha256")).toString(),
                             Qt::MatchExactly | Qt::MatchRecursive, 1)
                 .isEmpty());
    const QString pem = dir.filePath(QStringLiteral("leaf.pem"));
    QVERIFY2(dialog->savePem(pem, false, &error), qPrintable(error));
    const QList<QSslCertificate> saved = QSslCertificate::fromPath(pem);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(QString::fromLatin1(saved.first().digest(QCryptographicHash::Sha256).toHex()),
             leaf.value(QStringLiteral("sha256")).toString());
    const int chainLength = int(s.value(QStringLiteral("tls"))
                                    .toObject()
                                    .value(QStringLiteral("peerCertificates"))
                                    .toArray()
                                    .size());
    QVERIFY2(dialog->savePem(pem, true, &error), qPrintable(error));
    QCOMPARE(QSslCertificate::fromPath(pem).size(), chainLength);
    QVERIFY(!dialog->savePem(dir.filePath(QStringLiteral("no/such/dir/c.pem")), false, &error));
    QVERIFY(error.contains(QLatin1String("no/such/dir")));
    dialog->close();
    QVERIFY(!view->summaryPane()->openCertificate(chainLength)); // no such certificate
}

void TestMainWindow::selectionCrossesPanes()
{
    MainWindow w;
    w.show();
    SessionView *view = w.runLab();
    QTRY_VERIFY_WITH_TIMEOUT(finished(view), 20000);
    TimelineModel *timeline = view->timelineModel();
    QTRY_VERIFY(timeline->rowCount() > 10);
    // Timeline → stream.
    const int row = 5;
    const int event = timeline->eventForRow(row);
    view->timeline()->selectEvent(event);
    Q_EMIT view->timeline()->eventSelected(event);
    QCOMPARE(view->streamPane()->currentEvent(), event);
    // Stream → timeline.
    QTableView *table = view->streamPane()->view();
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 3, 0);
    table->setCurrentIndex(last);
    const int streamEvent = view->streamPane()->currentEvent();
    QCOMPARE(view->timeline()->selectedRow(), timeline->rowForEvent(streamEvent));
}

void TestMainWindow::filterAndCopy()
{
    MainWindow w;
    w.show();
    SessionView *view = w.runLab();
    QTRY_VERIFY_WITH_TIMEOUT(finished(view), 20000);
    QTableView *table = view->streamPane()->view();
    const int all = table->model()->rowCount();
    auto *filter = view->streamPane()->findChild<QLineEdit *>(QStringLiteral("streamFilter"));
    QTest::keyClicks(filter, QStringLiteral("db:verify"));
    const int filtered = table->model()->rowCount();
    QVERIFY(filtered > 0 && filtered < all);
    for (int r = 0; r < filtered; ++r) {
        const QModelIndex i = table->model()->index(r, StreamModel::SummaryColumn);
        const QByteArray raw = i.data(StreamModel::RawBytesRole).toByteArray();
        QVERIFY(raw.toLower().contains("db:verify") ||
                i.data().toString().contains(QLatin1String("verify")));
    }
    table->setCurrentIndex(table->model()->index(0, 0));
    view->streamPane()->copySelected();
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("db:verify")));
    auto *pretty = view->detailPane()->findChild<QPlainTextEdit *>(QStringLiteral("prettyView"));
    QVERIFY(pretty->toPlainText().contains(QLatin1String("verify")));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), all);

    // Find next / previous (F3, Shift+F3) among the rows shown, around the end.
    auto *find = view->streamPane()->findChild<QLineEdit *>(QStringLiteral("streamFind"));
    QVERIFY(find);
    QList<int> expected; // every row whose bytes or summary mention "proceed"
    for (int r = 0; r < all; ++r) {
        const QModelIndex i = table->model()->index(r, StreamModel::SummaryColumn);
        if (i.data(StreamModel::RawBytesRole).toByteArray().contains("proceed") ||
            i.data().toString().contains(QLatin1String("proceed"), Qt::CaseInsensitive))
            expected << r;
    }
    QVERIFY(expected.size() >=
            2); // the lab's STARTTLS: at least the <proceed/> element and its phase
    table->setCurrentIndex(table->model()->index(0, 0));
    find->setText(QStringLiteral("PROCEED"));
    QAction *next = w.findChild<QAction *>(QStringLiteral("findNextAction"));
    QAction *previous = w.findChild<QAction *>(QStringLiteral("findPreviousAction"));
    QVERIFY(next && previous);
    QList<int> visited;
    for (int n = 0; n < expected.size(); ++n) {
        next->trigger();
        visited << table->currentIndex().row();
    }
    QCOMPARE(visited, expected);
    next->trigger(); // wraps around to the first
    QCOMPARE(table->currentIndex().row(), expected.first());
    previous->trigger(); // and back to the last
    QCOMPARE(table->currentIndex().row(), expected.last());
    find->setText(QStringLiteral("no such text anywhere"));
    QVERIFY(!view->streamPane()->findNext());
    QCOMPARE(table->currentIndex().row(), expected.last()); // the selection stays

    // Clear filter (Ctrl+Shift+L): text, connection and kind back to everything.
    QTest::keyClicks(filter, QStringLiteral("db:verify"));
    auto *show = view->streamPane()->findChildren<QComboBox *>().last();
    show->setCurrentIndex(1);
    QVERIFY(table->model()->rowCount() < all);
    w.findChild<QAction *>(QStringLiteral("clearFilterAction"))->trigger();
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), all);
}

void TestMainWindow::sessionAgainstScriptedPeer()
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
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = peer.port();
    SessionView *view = w.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(finished(view), 10000);
    QAbstractItemModel *model = view->streamPane()->view()->model();
    QTRY_COMPARE(model->rowCount(), view->log()->size());
    bool sawFeatures = false;
    for (int r = 0; r < model->rowCount(); ++r)
        sawFeatures = sawFeatures || model->index(r, StreamModel::SummaryColumn)
                                         .data()
                                         .toString()
                                         .startsWith(QLatin1String("stream:features"));
    QVERIFY(sawFeatures);
    QCOMPARE(w.tabs()->count(), 1);
    w.closeSession(0);
    QCOMPARE(w.tabs()->count(), 0);
}

void TestMainWindow::compareTwoTranscripts()
{
    QTemporaryDir dir;
    QStringList files;
    for (LabSession::Variant v : {LabSession::Variant::Standard, LabSession::Variant::WrongKey}) {
        EventLog log;
        LabSession lab(&log, v);
        QSignalSpy done(&lab, &LabSession::finished);
        lab.start();
        QVERIFY(done.wait(20000));
        files << dir.filePath(LabSession::variantName(v) + QStringLiteral(".xitrace"));
        QString error;
        QVERIFY(Transcript::write(log, files.last(), {}, &error));
    }
    MainWindow w;
    w.show();
    w.compareTranscripts(files.at(0), files.at(1));
    auto *table = w.findChild<QTableWidget *>(QStringLiteral("diffTable"));
    QVERIFY(table);
    bool dialback = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QLatin1String("dialbackResult")) {
            dialback = true;
            QCOMPARE(table->item(r, 1)->text(), QStringLiteral("valid"));
            QCOMPARE(table->item(r, 2)->text(), QStringLiteral("invalid"));
        }
    }
    QVERIFY(dialback);
}

void TestMainWindow::helpMenu()
{
    MainWindow w;
    w.show();
    auto *guideAction = w.findChild<QAction *>(QStringLiteral("guideAction"));
    auto *aboutAction = w.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(guideAction && aboutAction);
    QCOMPARE(guideAction->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guideAction->trigger();
    auto *guide = w.findChild<GuideDialog *>(QStringLiteral("guideDialog"));
    QVERIFY(guide && guide->isVisible());
    const QString text =
        guide->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"))->toPlainText();
    for (const char *topic :
         {"Built-in lab", "New session", "finding", ".xitrace", "xmpp-inspector-cli", "Ctrl+Tab",
          "Ctrl+Shift+F", "Narrate", "phase timeline", "Edit and run again", "Ctrl+Shift+R"})
        QVERIFY2(text.contains(QLatin1String(topic)), topic);
    aboutAction->trigger();
    auto *about = w.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(about && about->isVisible());
    const QString info = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    QVERIFY(info.contains(QStringLiteral(INSPECTOR_VERSION)));
    QVERIFY(info.contains(QString::fromLatin1(qVersion())));
    QVERIFY(!QSslSocket::sslLibraryVersionString().isEmpty());
    QVERIFY(info.contains(QSslSocket::sslLibraryVersionString()));
    QVERIFY(info.contains(QLatin1String("GPL-3.0-or-later")));
    about->close();
    guide->close();
}

void TestMainWindow::realProsodyInTheWindow()
{
    const QHash<QString, QString> env = Test::peersEnv();
    QVERIFY2(env.contains(QStringLiteral("PROSODY_S2S")), "peers.env missing");
    MainWindow w;
    w.show();
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = env.value(QStringLiteral("PROSODY_DOMAIN"));
    o.host = QStringLiteral("127.0.0.1");
    o.port = env.value(QStringLiteral("PROSODY_S2S")).toUShort();
    o.extraCa =
        QSslCertificate::fromPath(env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt"));
    SessionView *s2s = w.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(finished(s2s), 15000);
    QCOMPARE(s2s->summaryPane()->summary().toJson().value(QStringLiteral("tlsUpgraded")).toBool(),
             true);
    QVERIFY(s2s->featuresView()->model()->rowCount() >= 2);
    QStringList lanes;
    for (const TimelineModel::Lane &l : s2s->timelineModel()->lanes())
        lanes << l.title();
    QVERIFY2(lanes.contains(QStringLiteral("a.test")), qPrintable(lanes.join(QLatin1Char('|'))));

    C2sOptions c;
    c.jid = QStringLiteral("alice@a.test");
    c.password = QStringLiteral("alice-pass");
    c.host = QStringLiteral("127.0.0.1");
    c.port = env.value(QStringLiteral("PROSODY_C2S")).toUShort();
    c.extraCa = o.extraCa;
    c.roster = true;
    // Its own resource: tst_c2s logs alice in at the same time, and a second session with the
    // same full JID would replace the first (RFC 6120 §7.7.2.2, <conflict/>).
    c.resource = QStringLiteral("window-test");
    SessionView *c2s = w.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(finished(c2s), 15000);
    const QJsonObject summary = c2s->summaryPane()->summary().toJson();
    QCOMPARE(summary.value(QStringLiteral("jid")).toString(),
             QStringLiteral("alice@a.test/window-test"));
    QCOMPARE(summary.value(QStringLiteral("serverSignatureVerified")).toBool(), true);
    // The summary names the mechanism used, not the server-to-server EXTERNAL.
    QVERIFY(
        !c2s->summaryPane()
             ->findItems(QStringLiteral("SASL SCRAM-SHA-1"), Qt::MatchExactly | Qt::MatchRecursive)
             .isEmpty());
    QVERIFY(c2s->summaryPane()
                ->findItems(QStringLiteral("SASL EXTERNAL"), Qt::MatchExactly | Qt::MatchRecursive)
                .isEmpty());
    // The password typed into the form is nowhere in what the window shows.
    for (const Event &e : c2s->log()->events()) {
        QVERIFY(!e.raw.contains("alice-pass"));
        QVERIFY(!QJsonDocument(EventJson::data(e)).toJson().contains("alice-pass"));
    }

    // The console: staying online, a stanza typed by the user goes out through the writer.
    c.resource = QStringLiteral("window-console");
    c.roster = false;
    c.stayMs = 30000;
    SessionView *online = w.start(c);
    auto *edit = online->console()->findChild<QPlainTextEdit *>(QStringLiteral("consoleEdit"));
    auto *send = online->console()->findChild<QPushButton *>(QStringLiteral("consoleSendButton"));
    auto *status = online->console()->findChild<QLabel *>(QStringLiteral("consoleStatus"));
    QVERIFY(edit && send && status);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Ready")),
                              qPrintable(status->text()), 15000);
    edit->setPlainText(
        QStringLiteral("<iq type='get' id='console-1'><query xmlns='jabber:iq:version'>"));
    QVERIFY(!send->isEnabled()); // not well-formed: the element is not closed
    QVERIFY2(status->text().contains(QLatin1String("well-formed")), qPrintable(status->text()));
    edit->setPlainText(QStringLiteral(
        "<iq type='get' id='console-1' to='a.test'><query xmlns='jabber:iq:version'/></iq>"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(edit->toPlainText().isEmpty());
    const auto answered = [online] {
        for (const Event &e : online->log()->events()) {
            if (e.direction == Direction::Inbound && e.element &&
                e.element->attribute(u"id") == QLatin1String("console-1"))
                return e.element->attribute(u"type") == QLatin1String("result");
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 10000);
    // Written by the writer, in the client namespace.
    bool sentByWriter = false;
    for (const Event &e : online->log()->events())
        sentByWriter = sentByWriter ||
                       (e.direction == Direction::Outbound && e.raw.contains("id=\"console-1\""));
    QVERIFY(sentByWriter);
    w.stopSession();
    QTRY_VERIFY_WITH_TIMEOUT(finished(online), 10000);
    edit->setPlainText(QStringLiteral("<presence/>"));
    QVERIFY(!send->isEnabled()); // the session is over
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::fileProgressAppearsAndStops()
{
    // Reading or saving a large transcript: nothing shows for a short file; once the work has
    // taken a while, a window-modal dialog shows how far it has come, and Cancel stops it.
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    {
        FileProgress quick(&w, QStringLiteral("Reading quick.xitrace…"));
        const Transcript::Progress progress = quick.callback();
        QVERIFY(progress(50, 100));
        QVERIFY(progress(100, 100));
        QVERIFY(!quick.dialog()->isVisible());
    }
    FileProgress slow(&w, QStringLiteral("Reading slow.xitrace…"));
    const Transcript::Progress progress = slow.callback();
    QVERIFY(progress(1, 100));
    QTest::qWait(FileProgress::MinimumMs + 100);
    QVERIFY(progress(10, 100));
    QVERIFY(slow.dialog()->isVisible());
    QCOMPARE(slow.dialog()->windowModality(), Qt::WindowModal);
    QCOMPARE(slow.dialog()->value(), 100); // of 1 000
    const auto *cancel = slow.dialog()->findChild<QPushButton *>();
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(const_cast<QPushButton *>(cancel), Qt::LeftButton);
    QVERIFY(!progress(20, 100)); // the reader or writer stops here
}

#include "tst_mainwindow.moc"
