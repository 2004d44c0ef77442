// SPDX-License-Identifier: GPL-3.0-or-later
// A scan in the window against the suite's DNS server and the real Prosody and ejabberd: the
// dialog reads the list as the command line does, the table fills with every domain's real
// outcome, filters and sorts, a double-click opens the domain's session from its transcript,
// and a scan saved with its transcripts opens again (with them) from its file.
#include "federation.h"
#include "mainwindow.h"
#include "models/scanmodel.h"
#include "peersenv.h"
#include "preferences.h"
#include "scandialog.h"
#include "scanview.h"
#include "sessionform.h"
#include "sessionview.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Inspector;

class TestScanView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogReadsTheList();
    void scanFillsTheTable();
    void federationInTheWindow();
    void savingCopiesOnlyItsOwnTranscripts();

private:
    /// Sessions from inspector.test through the suite's DNS server, trusting its CA.
    S2sOptions suiteOptions(int timeoutMs) const;
    /// The table's rows as shown: domain → outcome column.
    static QHash<QString, QString> shown(const QTableView *table);
    QHash<QString, QString> m_env;
};

void TestScanView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-tests"));
    QStandardPaths::setTestModeEnabled(true);
    Preferences().save();
    m_env = Test::peersEnv();
    QVERIFY2(m_env.contains(QStringLiteral("DNS_PORT")), "peers.env missing");
}

S2sOptions TestScanView::suiteOptions(int timeoutMs) const
{
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.dns.server = QStringLiteral("127.0.0.1@") + m_env.value(QStringLiteral("DNS_PORT"));
    o.caFile = m_env.value(QStringLiteral("CERTS")) + QStringLiteral("/ca.crt");
    o.timeoutMs = timeoutMs;
    return o;
}

QHash<QString, QString> TestScanView::shown(const QTableView *table)
{
    QHash<QString, QString> rows;
    const QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r)
        rows.insert(m->index(r, ScanRow::DomainColumn).data().toString(),
                    m->index(r, ScanRow::OutcomeColumn).data().toString());
    return rows;
}

void TestScanView::dialogReadsTheList()
{
    ScanDialog dialog;
    dialog.setListText(
        QStringLiteral("# partners\na.test\n127.0.0.1\nA.TEST.\nc.test # ejabberd\n"));
    QCOMPARE(dialog.list().domains.size(), 2);
    QCOMPARE(dialog.list().skipped.size(), 2);
    const auto *count = dialog.findChild<QLabel *>(QStringLiteral("scanListCount"));
    QVERIFY(count->text().contains(QStringLiteral("line 3")));
    // No start without a domain of our own, and the list's tab says why.
    QVERIFY(!dialog.canStart());
    const auto *problem = dialog.findChild<QLabel *>(QStringLiteral("scanProblem"));
    QVERIFY2(problem->text().contains(QStringLiteral("From domain")), qPrintable(problem->text()));
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    dialog.form()->setOptions(o);
    QTRY_VERIFY(dialog.canStart());
    QVERIFY(problem->text().isEmpty());
    // The peer is each domain in turn: the form has none, the options neither.
    QVERIFY(!dialog.form()->findChild<QLineEdit *>(QStringLiteral("toEdit"))->isVisibleTo(&dialog));
    QVERIFY(dialog.options().s2s.to.isEmpty());
    QCOMPARE(dialog.options().concurrency, 16);
    // An empty list cannot start.
    dialog.setListText(QStringLiteral("# nothing yet\n"));
    QVERIFY(!dialog.canStart());
}

void TestScanView::scanFillsTheTable()
{
    MainWindow w;
    w.show();
    ScanDialog dialog;
    dialog.setListText(
        QStringLiteral("a.test\nc.test\nnosrv.test\nunknown.test\ndead.test\n127.0.0.2\n"));
    dialog.form()->setOptions(suiteOptions(10000));
    QTRY_VERIFY(dialog.canStart());
    ScanView *scan = w.startScan(dialog.options(), dialog.list());
    QCOMPARE(w.currentScan(), scan);
    QTRY_VERIFY_WITH_TIMEOUT(!scan->isRunning(), 60000);
    // Every domain with the outcome it really has.
    const QHash<QString, QString> rows = shown(scan->table());
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.value(QStringLiteral("a.test")), QStringLiteral("success"));
    QCOMPARE(rows.value(QStringLiteral("c.test")), QStringLiteral("success"));
    QCOMPARE(rows.value(QStringLiteral("nosrv.test")), QStringLiteral("dns-no-service"));
    QCOMPARE(rows.value(QStringLiteral("unknown.test")), QStringLiteral("dns-no-address"));
    QCOMPARE(rows.value(QStringLiteral("dead.test")), QStringLiteral("stream-error"));
    QCOMPARE(scan->model()->failed(), 3);
    QCOMPARE(scan->model()->result().skipped.size(), 1);
    QVERIFY(!scan->model()->result().summary.isEmpty());
    QVERIFY(w.tabs()->tabText(w.tabs()->currentIndex()).contains(QStringLiteral("3")));

    // Filtered by outcome and by words; sorted by a column.
    auto *outcome = scan->findChild<QComboBox *>(QStringLiteral("scanOutcomeFilter"));
    outcome->setCurrentIndex(1); // failed
    QCOMPARE(scan->table()->model()->rowCount(), 3);
    outcome->setCurrentIndex(0);
    scan->findChild<QLineEdit *>(QStringLiteral("scanFilter"))->setText(QStringLiteral("c.test"));
    QCOMPARE(scan->table()->model()->rowCount(), 1);
    scan->findChild<QLineEdit *>(QStringLiteral("scanFilter"))->clear();
    scan->table()->sortByColumn(ScanRow::DomainColumn, Qt::AscendingOrder);
    QCOMPARE(scan->table()->model()->index(0, 0).data().toString(), QStringLiteral("a.test"));
    QCOMPARE(scan->table()->model()->index(4, 0).data().toString(), QStringLiteral("unknown.test"));

    // A double-click (activation) opens the domain's session from its transcript.
    const int tabs = w.tabs()->count();
    Q_EMIT scan->table()->activated(scan->table()->model()->index(1, 0)); // c.test
    QCOMPARE(w.tabs()->count(), tabs + 1);
    auto *session = qobject_cast<SessionView *>(w.tabs()->currentWidget());
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isRunning(), 10000);
    QVERIFY2(session->title().contains(QStringLiteral("c.test")), qPrintable(session->title()));
    w.closeSession(w.tabs()->currentIndex());
    w.tabs()->setCurrentWidget(scan);

    // Saved with its transcripts beside it, closed, and opened again from the file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("federation.xiscan"));
    QString error;
    QVERIFY2(scan->save(file, &error), qPrintable(error));
    QVERIFY(
        QFileInfo(dir.filePath(QStringLiteral("federation-transcripts/a.test.xitrace"))).isFile());
    QVERIFY(scan->exportTo(dir.filePath(QStringLiteral("federation.csv")), QStringLiteral("csv"),
                           &error));
    QFile csv(dir.filePath(QStringLiteral("federation.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 1 + 5);
    w.closeSession(w.tabs()->indexOf(scan));
    QVERIFY(w.openTranscript(file));
    ScanView *again = w.currentScan();
    QVERIFY(again && again != scan);
    QCOMPARE(shown(again->table()), rows);
    QCOMPARE(again->model()->result().skipped.size(), 1);
    Q_EMIT again->table()->activated(again->table()->model()->index(0, 0));
    auto *reopened = qobject_cast<SessionView *>(w.tabs()->currentWidget());
    QVERIFY(reopened);
}

void TestScanView::federationInTheWindow()
{
    // The test federation's few hundred domains, at the pace the dialog is set to.
    MainWindow w;
    w.show();
    ScanDialog dialog;
    dialog.setListText(QString::fromUtf8(Test::Federation::listText()));
    dialog.findChild<QSpinBox *>(QStringLiteral("scanConcurrency"))->setValue(64);
    dialog.findChild<QSpinBox *>(QStringLiteral("scanPerAddress"))->setValue(16);
    dialog.findChild<QSpinBox *>(QStringLiteral("scanRate"))->setValue(500);
    dialog.form()->setOptions(suiteOptions(3000));
    QTRY_VERIFY(dialog.canStart());
    QCOMPARE(dialog.list().skipped.size(), Test::Federation::SkippedLines);
    ScanView *scan = w.startScan(dialog.options(), dialog.list());
    QCOMPARE(dialog.options().concurrency, 64);
    QTRY_VERIFY_WITH_TIMEOUT(!scan->isRunning(), 120000);
    const QHash<QString, QString> rows = shown(scan->table());
    const QStringList domains = Test::Federation::domains();
    QCOMPARE(rows.size(), domains.size());
    for (const QString &d : domains)
        QVERIFY2(rows.value(d) == Test::Federation::expectedOutcome(d),
                 qPrintable(d + QStringLiteral(": ") + rows.value(d)));
}

void TestScanView::savingCopiesOnlyItsOwnTranscripts()
{
    // A scan file from elsewhere names files outside its folder as transcripts: saving it
    // copies none of them into the folder a person would share.
    QTemporaryDir outside, mine, copy;
    const QString secret = outside.filePath(QStringLiteral("id_ed25519"));
    QFile key(secret);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    key.close();
    const QString file = mine.filePath(QStringLiteral("sent.xiscan"));
    QFile scanFile(file);
    QVERIFY(scanFile.open(QIODevice::WriteOnly));
    const QByteArray relative =
        "../" + QFileInfo(outside.path()).fileName().toUtf8() + "/id_ed25519";
    scanFile.write("{\"record\":\"domain\",\"domain\":\"a.example\",\"transcript\":\"" +
                   secret.toUtf8() +
                   "\"}\n{\"record\":\"domain\",\"domain\":\"b.example\","
                   "\"transcript\":\"" +
                   relative + "\"}\n");
    scanFile.close();
    QString error;
    std::unique_ptr<ScanView> view(ScanView::open(file, &error));
    QVERIFY2(view, qPrintable(error));
    QVERIFY(!view->mayCopy(view->transcriptOf(0)));
    QVERIFY(!view->mayCopy(view->transcriptOf(1)));
    const QString saved = copy.filePath(QStringLiteral("shared.xiscan"));
    QVERIFY2(view->save(saved, &error), qPrintable(error));
    QVERIFY(!QDir(copy.filePath(QStringLiteral("shared-transcripts"))).exists());
    QCOMPARE(QDir(copy.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("shared.xiscan")});
}

QTEST_MAIN(TestScanView)
#include "tst_scanview.moc"
