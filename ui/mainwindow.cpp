// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "helpdialogs.h"
#include "newsessiondialog.h"
#include "preferences.h"
#include "sessionview.h"
#include "streampane.h"
#include "timelineview.h"

#include "trace/eventlog.h"
#include "trace/sessiondiff.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableWidget>

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Inspector {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_newAction(new QAction(this))
    , m_labAction(new QAction(this))
    , m_stopAction(new QAction(this))
    , m_closeAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_findNextAction(new QAction(this))
    , m_findPreviousAction(new QAction(this))
    , m_clearFilterAction(new QAction(this))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_fitAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_quitAction(new QAction(this))
    , m_openAction(new QAction(this))
    , m_saveAction(new QAction(this))
    , m_exportDocAction(new QAction(this))
    , m_compareAction(new QAction(this))
    , m_guideAction(new QAction(this))
    , m_aboutAction(new QAction(this))
    , m_preferencesAction(new QAction(this))
    , m_phase(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_tls(new QLabel(this))
    , m_rtt(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_newAction->setShortcut(QKeySequence::New);
    m_labAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_findAction->setShortcut(QKeySequence::Find);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_clearFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_clearFilterAction->setObjectName(QStringLiteral("clearFilterAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_exportDocAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_exportDocAction);
    m_fileMenu->addAction(m_compareAction);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareDialog);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferencesAction);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveDialog);
    connect(m_exportDocAction, &QAction::triggered, this, &MainWindow::exportDialog);
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->addAction(m_newAction);
    m_labMenu = m_sessionMenu->addMenu(QString());
    m_labMenu->addAction(m_labAction);
    m_labMenu->addSeparator();
    for (int v = 0; v < LabSession::variantNames().size(); ++v) {
        QAction *a = m_labMenu->addAction(LabSession::variantNames().at(v));
        connect(a, &QAction::triggered, this, [this, v] { runLab(LabSession::Variant(v)); });
        m_labVariants.append(a);
    }
    m_sessionMenu->addAction(m_stopAction);
    m_sessionMenu->addAction(m_closeAction);
    m_sessionMenu->addSeparator();
    m_sessionMenu->addAction(m_exportAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_clearFilterAction);
    m_viewMenu->addAction(m_findNextAction);
    m_viewMenu->addAction(m_findPreviousAction);
    m_viewMenu->addAction(m_copyAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_labAction);
    toolbar->addAction(m_stopAction);
    toolbar->addSeparator();
    toolbar->addAction(m_fitAction);

    statusBar()->addPermanentWidget(m_phase);
    statusBar()->addPermanentWidget(m_elapsed);
    statusBar()->addPermanentWidget(m_tls);
    statusBar()->addPermanentWidget(m_rtt);
    m_phase->setObjectName(QStringLiteral("phaseLabel"));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_labAction, &QAction::triggered, this, [this] { runLab(); });
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSession);
    connect(m_closeAction, &QAction::triggered, this,
            [this] { closeSession(m_tabs->currentIndex()); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeSession);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->streamPane()->focusFilter();
    });
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession(); s && !s->streamPane()->findNext())
            statusBar()->showMessage(tr("Not found."), 3000);
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession(); s && !s->streamPane()->findPrevious())
            statusBar()->showMessage(tr("Not found."), 3000);
    });
    connect(m_clearFilterAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->streamPane()->clearFilter();
    });
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->streamPane()->copySelected();
    });
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession()) {
            s->timeline()->setAutoFit(false);
            s->timeline()->zoomIn();
        }
    });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession()) {
            s->timeline()->setAutoFit(false);
            s->timeline()->zoomOut();
        }
    });
    connect(m_fitAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->timeline()->fit();
    });
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportTimeline);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        auto *guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    m_statusTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    retranslate();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("XMPP Inspector"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open transcript…"));
    m_saveAction->setText(tr("&Save transcript as…"));
    m_exportDocAction->setText(tr("E&xport as HTML, Markdown, text or JSON…"));
    m_compareAction->setText(tr("&Compare two transcripts…"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_viewMenu->setTitle(tr("&View"));
    m_labMenu->setTitle(tr("Built-in &lab"));
    m_newAction->setText(tr("&New session…"));
    m_newAction->setToolTip(tr("Open a server-to-server session to a real server"));
    m_labAction->setText(tr("Run the &lab"));
    m_labAction->setToolTip(tr("A complete federation on loopback between two roles of this tool"));
    for (int v = 0; v < m_labVariants.size(); ++v) {
        m_labVariants.at(v)->setText(LabSession::variantTitle(LabSession::Variant(v)));
        m_labVariants.at(v)->setToolTip(LabSession::describe(LabSession::Variant(v)));
    }
    m_stopAction->setText(tr("S&top"));
    m_closeAction->setText(tr("&Close tab"));
    m_findAction->setText(tr("&Filter the stream"));
    m_findNextAction->setText(tr("Find &next"));
    m_findPreviousAction->setText(tr("Find pre&vious"));
    m_clearFilterAction->setText(tr("C&lear filter"));
    m_copyAction->setText(tr("&Copy element"));
    m_zoomInAction->setText(tr("Zoom &in timeline"));
    m_zoomOutAction->setText(tr("Zoom &out timeline"));
    m_fitAction->setText(tr("&Fit timeline"));
    m_exportAction->setText(tr("&Export timeline as SVG or PNG…"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&Guide"));
    m_aboutAction->setText(tr("&About XMPP Inspector"));
    updateStatus();
}

SessionView *MainWindow::currentSession() const
{
    return qobject_cast<SessionView *>(m_tabs->currentWidget());
}

SessionView *MainWindow::addSession()
{
    auto *view = new SessionView(m_tabs);
    QSettings settings;
    const QList<QSplitter *> splitters = view->splitters();
    for (QSplitter *s : splitters)
        s->restoreState(settings.value(QStringLiteral("layout/") + s->objectName()).toByteArray());
    connect(view, &SessionView::statusChanged, this, &MainWindow::updateStatus);
    connect(view, &SessionView::finished, this, [this, view] {
        statusBar()->showMessage(tr("%1: finished.").arg(view->title()), 5000);
    });
    return view;
}

SessionView *MainWindow::runLab(LabSession::Variant variant)
{
    return start(LabOptions{variant});
}

SessionView *MainWindow::start(const Specification &spec)
{
    SessionView *view = addSession();
    view->start(spec);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    return view;
}

void MainWindow::newSession()
{
    NewSessionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.kind() == NewSessionDialog::Kind::Client)
        start(dialog.clientOptions());
    else
        start(dialog.options());
}

void MainWindow::compareDialog()
{
    const QString filter = tr("XMPP Inspector transcripts (*.%1)").arg(Transcript::Extension);
    const QString a = QFileDialog::getOpenFileName(this, tr("First transcript (A)"),
                                                   Preferences::load().startFolder(), filter);
    if (a.isEmpty())
        return;
    const QString b = QFileDialog::getOpenFileName(this, tr("Second transcript (B)"),
                                                   Preferences::load().startFolder(), filter);
    if (!b.isEmpty())
        compareTranscripts(a, b);
}

void MainWindow::compareTranscripts(const QString &a, const QString &b)
{
    EventLog logA, logB;
    for (const auto &[path, log] : {std::pair{a, &logA}, std::pair{b, &logB}}) {
        const Transcript::ReadResult r = Transcript::read(path, log);
        if (!r.ok && log->size() == 0) {
            QMessageBox::warning(this, tr("Cannot compare"), r.error);
            return;
        }
    }
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("diffTable"));
    const QJsonArray diffs = SessionDiff::differences(Summary::build(logA), Summary::build(logB));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {tr("Fact"), QFileInfo(a).fileName(), QFileInfo(b).fileName()});
    table->setRowCount(diffs.size());
    const QColor highlight = palette().color(QPalette::Highlight).lighter(175);
    for (int r = 0; r < diffs.size(); ++r) {
        const QJsonObject d = diffs.at(r).toObject();
        const auto show = [](const QJsonValue &v) {
            if (v.isArray())
                return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            if (v.isBool())
                return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
            if (v.isDouble())
                return QString::number(v.toDouble());
            return v.isNull() || v.isUndefined() ? QStringLiteral("—") : v.toString();
        };
        table->setItem(r, 0, new QTableWidgetItem(d.value(QStringLiteral("field")).toString()));
        for (int c = 1; c <= 2; ++c) {
            auto *item = new QTableWidgetItem(
                show(d.value(c == 1 ? QStringLiteral("a") : QStringLiteral("b"))));
            item->setBackground(highlight);
            item->setToolTip(item->text());
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int index = m_tabs->addTab(
        table, diffs.isEmpty() ? tr("Compare: no differences")
                               : tr("Compare: %n difference(s)", nullptr, int(diffs.size())));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::stopSession()
{
    if (SessionView *s = currentSession())
        s->stop();
}

void MainWindow::closeSession(int index)
{
    auto *view = qobject_cast<SessionView *>(m_tabs->widget(index));
    if (!view) {
        if (QWidget *other = m_tabs->widget(index)) { // a comparison
            m_tabs->removeTab(index);
            other->deleteLater();
        }
        return;
    }
    saveLayout();
    m_tabs->removeTab(index);
    view->stop();
    view->discardAutosave();
    view->deleteLater();
}

void MainWindow::exportTimeline()
{
    SessionView *s = currentSession();
    if (!s)
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export timeline"),
        Preferences::load().startFolder() + QStringLiteral("/timeline.svg"),
        tr("SVG drawings (*.svg);;PNG images (*.png)"));
    if (file.isEmpty())
        return;
    QString error;
    if (s->timeline()->exportTo(file, &error))
        statusBar()->showMessage(tr("Timeline saved to %1.").arg(file), 5000);
    else
        QMessageBox::warning(this, tr("Export timeline"), error);
}

void MainWindow::updateStatus()
{
    SessionView *s = currentSession();
    m_stopAction->setEnabled(s && s->isRunning());
    m_closeAction->setEnabled(s);
    m_exportAction->setEnabled(s);
    if (!s) {
        m_phase->setText(tr("No session"));
        m_elapsed->clear();
        m_tls->clear();
        m_rtt->clear();
        return;
    }
    m_phase->setText(s->isRunning() ? s->currentPhase() : tr("finished"));
    m_elapsed->setText(tr("%1 ms").arg(s->elapsedMs()));
    m_tls->setText(s->tlsState());
    m_rtt->setText(s->rtt());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (SessionView *s = currentSession()) {
        for (QSplitter *sp : s->splitters())
            settings.setValue(QStringLiteral("layout/") + sp->objectName(), sp->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<SessionView *>(m_tabs->widget(i)))
            view->discardAutosave();
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::openTranscript(const QString &path)
{
    SessionView *view = addSession();
    QString error;
    if (!view->openTranscript(path, &error)) {
        delete view;
        QMessageBox::warning(this, tr("Cannot open transcript"), error);
        return false;
    }
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Opened what could be read: %1").arg(error), 15000);
    return true;
}

void MainWindow::openDialog()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open transcript"), Preferences::load().startFolder(),
        tr("XMPP Inspector transcripts (*.%1);;All files (*)").arg(Transcript::Extension));
    if (!file.isEmpty())
        openTranscript(file);
}

void MainWindow::saveDialog()
{
    SessionView *s = currentSession();
    if (!s)
        return;
    QFileDialog dialog(this, tr("Save transcript"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("XMPP Inspector transcripts (*.%1)").arg(Transcript::Extension));
    dialog.setDefaultSuffix(Transcript::Extension);
    dialog.setDirectory(Preferences::load().startFolder());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *keep =
        new QCheckBox(tr("Keep secrets (dialback keys, SASL payloads) in the file"), &dialog);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(keep, grid->rowCount(), 0, 1, -1);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (s->save(dialog.selectedFiles().first(), keep->isChecked(), &error))
        statusBar()->showMessage(tr("Saved %1.").arg(dialog.selectedFiles().first()), 5000);
    else
        QMessageBox::warning(this, tr("Cannot save"), error);
}

void MainWindow::exportDialog()
{
    SessionView *s = currentSession();
    if (!s)
        return;
    QString filter;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export session"), Preferences::load().startFolder(),
        tr("HTML page (*.html);;Markdown (*.md);;Plain text (*.txt);;JSON summary (*.json)"),
        &filter);
    if (file.isEmpty())
        return;
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QString format = suffix.isEmpty() ? QStringLiteral("html") : suffix;
    QString error;
    if (s->exportTo(file, format, &error))
        statusBar()->showMessage(tr("Exported %1.").arg(file), 5000);
    else
        QMessageBox::warning(this, tr("Cannot export"), error);
}

QStringList MainWindow::recoverableSessions()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/autosave"));
    QStringList out;
    const QStringList names =
        dir.entryList({QStringLiteral("*.") + Transcript::Extension}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        out << dir.filePath(n);
    return out;
}

void MainWindow::recover(bool ask)
{
    const QStringList files = recoverableSessions();
    if (files.isEmpty())
        return;
    if (ask &&
        QMessageBox::question(this, tr("Recover sessions?"),
                              tr("%n session(s) did not end normally last time (the program was "
                                 "closed unexpectedly). Reopen what was recorded?",
                                 nullptr, int(files.size()))) != QMessageBox::Yes) {
        for (const QString &f : files)
            QFile::remove(f);
        return;
    }
    for (const QString &f : files) {
        if (openTranscript(f))
            QFile::remove(f); // now in memory; the user can save it
    }
}

} // namespace Inspector
